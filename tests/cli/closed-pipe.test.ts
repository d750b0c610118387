/**
 * `drill … | head` closes the pipe after a few lines: the command stops there without a stack trace (README: bad
 * input gets one line per problem, never a stack trace; newcomer 21 saw `Error: write EPIPE` from `drill whatif … | head`).
 */
import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";

describe("a reader that closes the pipe early", () => {
  it("drill run's event log, read for one chunk and closed: no EPIPE trace on stderr", async () => {
    const child = spawn(process.execPath, ["bin/drill.js", "run", "scenarios/chemical-leak.yaml", "--play", "scenarios/plays/chemical-leak.poor.yaml", "--seed", "7"], { stdio: ["ignore", "pipe", "pipe"] });
    let err = "";
    child.stderr.on("data", (d: Buffer) => (err += d.toString()));
    // the first chunk of output, then the reader goes away as `head` does
    await new Promise<void>((resolve) => child.stdout.once("data", () => { child.stdout.destroy(); resolve(); }));
    const code = await new Promise<number | null>((resolve) => child.on("close", (c) => resolve(c)));
    expect(err).not.toMatch(/EPIPE|at .+:\d+:\d+/);
    expect(code).toBe(0);
  }, 60_000);
});
