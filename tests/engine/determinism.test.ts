/**
 * The house rule: the engine is a pure function of (scenario, seed, command log). Same inputs
 * give the same state hash in one process and in another, and replaying a recorded live log
 * reproduces the live run exactly — what after-action review and crash recovery rely on.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { stringify } from "yaml";
import { describe, expect, it } from "vitest";
import type { Command } from "../../engine/model/commands.ts";
import { formatClock } from "../../engine/model/time.ts";
import { init } from "../../engine/init.ts";
import { stateHash } from "../../engine/replay.ts";
import { parsePlay } from "../../engine/scenario/load.ts";
import { playCommands } from "../../engine/replay.ts";
import { step } from "../../engine/step.ts";
import { compiled, playOf, runPlay, SCENARIOS } from "../helpers.ts";

const withGoodPlays = readdirSync(SCENARIOS)
  .filter((f) => f.endsWith(".yaml"))
  .map((f) => f.replace(/\.yaml$/, ""))
  .filter((id) => existsSync(`${SCENARIOS}/plays/${id}.good.yaml`));

describe.each(withGoodPlays)("%s with its good play", (id) => {
  const c = compiled(id);
  const play = playOf(c, `${SCENARIOS}/plays/${id}.good.yaml`);

  it("gives the same state hash and events on every run in one process", () => {
    const a = runPlay(c, play);
    const b = runPlay(c, play);
    expect(b.hash).toBe(a.hash);
    expect(b.events).toEqual(a.events);
    expect(a.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("gives a different hash for a different command log", () => {
    const base = runPlay(c, play);
    expect(runPlay(c, play.slice(0, Math.floor(play.length / 2))).hash).not.toBe(base.hash);
  });

  it("replaying the log recorded from a live, tick-by-tick run reproduces it exactly", () => {
    // Live: commands arrive while the clock runs; the room stamps each with the tick it applied at.
    const pending = [...play].sort((a, b) => a.at - b.at || a.seq - b.seq);
    const recorded: Command[] = [];
    let state = init(c, 7);
    const liveEvents = [];
    while (!state.ended) {
      const due = pending.filter((p) => p.at <= state.tMs);
      pending.splice(0, due.length);
      for (const d of due) recorded.push({ ...d, at: state.tMs, seq: recorded.length + 1 });
      const r = step(c, state, due.map((d, i) => ({ ...d, seq: recorded.length - due.length + i + 1 })));
      state = r.state;
      liveEvents.push(...r.events);
    }
    // Persist as a play file (the one log format), read it back, replay.
    const file = stringify({ scenario: id, seed: 7, commands: recorded.map(({ at, seq: _s, ...rest }) => ({ at: formatClock(at), ...rest })) });
    const parsed = parsePlay(file, "recorded.yaml");
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const replayed = runPlay(c, playCommands(parsed.value));
    expect(replayed.hash).toBe(stateHash(c, state));
    expect(replayed.events.length).toBe(liveEvents.length);
  });
});

describe("across processes", () => {
  it("two separate `drill run --json` processes print the in-process state hash", () => {
    const c = compiled("chemical-leak");
    const inProcess = runPlay(c, playOf(c, `${SCENARIOS}/plays/chemical-leak.good.yaml`)).hash;
    const args = ["tsx", "cli/main.ts", "run", `${SCENARIOS}/chemical-leak.yaml`, "--seed", "7", "--play", `${SCENARIOS}/plays/chemical-leak.good.yaml`, "--json"];
    const hashes = [0, 1].map(() => JSON.parse(execFileSync("npx", args, { encoding: "utf8" })).stateHash);
    expect(hashes).toEqual([inProcess, inProcess]);
  });
});

describe("checkpoint hashes", () => {
  it("agree for the same log and point to the first hour where two logs part", async () => {
    const { checkpoints, firstDivergence } = await import("../../engine/replay.ts");
    const c = compiled("chemical-leak");
    const play = playOf(c, `${SCENARIOS}/plays/chemical-leak.good.yaml`);
    const hour = 3_600_000;
    const a = checkpoints(c, 7, play, hour);
    expect(firstDivergence(a, checkpoints(c, 7, play, hour))).toBeUndefined();
    // drop the first command given after 01:00:00: the runs agree at 01:00 and part by 02:00
    const late = play.findIndex((p) => p.at > hour);
    const b = checkpoints(c, 7, play.filter((_, i) => i !== late), hour);
    expect(a[0]).toEqual(b[0]);
    expect(firstDivergence(a, b)?.tMs).toBe(2 * hour);
  });
});
