/**
 * Issue 10 §14, tools find their defaults: `drill evaluate` on a scenario kept outside scenarios/
 * (a trainer's own folder) finds the default rubric and rules profile by name from the project, or
 * takes a profile by path; a name found nowhere is a clear problem listing where it looked.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { main } from "../../cli/main.ts";

async function drill(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { log: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

describe("drill evaluate on a scenario outside scenarios/", () => {
  const dir = mkdtempSync(join(tmpdir(), "trainer-"));
  const scen = join(dir, "my-school-fire.yaml");
  copyFileSync("scenarios/school-fire.yaml", scen);
  const play = resolve("scenarios/plays/school-fire.poor.yaml");

  it("finds the project's default rubric and rules profile by name", async () => {
    const r = await drill("evaluate", scen, "--play", play, "--format", "json");
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.rubric.id).toBe("default");
    expect(j.scenario.rules).toBe("county-default");
  });

  it("finds them with the compiled CLI run from the trainer's own folder (not the repository root)", () => {
    // the profiles are found from the project (dist/cli/ → ../../scenarios), not the working directory; they are found
    // before the play runs, so the drill is judged as stopped at 00:10:00 (a fresh process shares none of this run's
    // reruns: the whole play with its cause reruns took most of this file's time)
    const r = spawnSync(process.execPath, [resolve("bin/drill.js"), "evaluate", scen, "--play", play, "--format", "json", "--until", "00:10:00"], { cwd: dir, encoding: "utf8" });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).scenario.rules).toBe("county-default");
  });

  it("takes a rules profile by path, relative to the scenario", async () => {
    mkdirSync(join(dir, "profiles"), { recursive: true });
    copyFileSync("scenarios/rules/county-default.yaml", join(dir, "profiles", "mine.yaml"));
    const byPath = join(dir, "by-path.yaml");
    writeFileSync(byPath, readFileSync(scen, "utf8").replace(/^rules: .*$/m, "rules: profiles/mine.yaml"));
    // found before the play runs, so judged as stopped at 00:10:00: the changed scenario text shares none of the run's
    // reruns, and the whole play with its cause reruns took a minute and more
    const r = await drill("evaluate", byPath, "--play", play, "--format", "json", "--until", "00:10:00");
    expect(r.code).toBe(0);
  });

  it("names every place it looked for a profile it cannot find", async () => {
    const missing = join(dir, "missing.yaml");
    writeFileSync(missing, readFileSync(scen, "utf8").replace(/^rules: .*$/m, "rules: no-such-profile"));
    const r = await drill("evaluate", missing, "--play", play, "--format", "json");
    expect(r.code).not.toBe(0);
    expect(r.err).toContain("no-such-profile");
    expect(r.err).toContain(join("scenarios", "rules", "no-such-profile.yaml"));
  });
});
