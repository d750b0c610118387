/**
 * Newcomer 21: `drill whatif --help` answered "Unknown option '--help'" (exit 2) before the usage; the README's
 * `drill run --json` paragraph left out `outcome.missing` and `rejected`, and its director code had three groups
 * where the server prints five (server/live/seats.ts newCode: 100 bits, 20 Crockford symbols in groups of 4).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { drill } from "./drill-cli.ts";
import { runSummary } from "../../cli/summary.ts";
import { compiled } from "../helpers.ts";
import { run } from "../../engine/replay.ts";
import { newCode } from "../../server/live/seats.ts";

describe("every subcommand's --help", () => {
  for (const command of ["validate", "run", "schema", "evaluate", "whatif", "montecarlo", "verify", "serve"]) {
    it(`drill ${command} --help prints its usage on stdout and exits 0`, async () => {
      const r = await drill(command, "--help");
      expect(r.code).toBe(0);
      expect(r.err).toBe("");
      // the header in the run's language (zh-CN default): 用法：, usage: with --lang en
      expect(r.out).toMatch(new RegExp(`^用法：\\n  drill ${command}\\b`));
      expect((await drill(command, "--lang", "en", "--help")).out).toMatch(new RegExp(`^usage:\\n  drill ${command}\\b`));
      expect(r.out).not.toContain("Unknown option");
      expect((await drill(command, "scenarios/chemical-leak.yaml", "-h")).code).toBe(0);
    });
  }
});

describe("the README's CLI sections say what the commands print", () => {
  const readme = readFileSync("README.md", "utf8");
  it("drill run --json: every key it prints, and every outcome figure, is named in the README", () => {
    const c = compiled("chemical-leak");
    const r = run(c, 7, []);
    const summary = runSummary(c, 7, r.state, r.events);
    const para = readme.slice(readme.indexOf("`--json` prints one object"), readme.indexOf("Three scenarios ship"));
    for (const key of [...Object.keys(summary), ...Object.keys(summary.outcome)]) expect(para, key).toContain(`\`${key}\``);
  });

  it("the director code the server prints has as many groups as the README shows", () => {
    const code = newCode();
    const shape = code.replace(/[0-9A-Z]/g, "X");
    expect(readme).toContain(`director code: ${shape}\``);
  });
});
