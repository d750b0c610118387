/** The `drill` command line as a trainer uses it: validate and run, with clear errors and exit codes. */
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { drill } from "./drill-cli.ts";
import { modeline, SCHEMAS } from "../../cli/schema.ts";


describe("drill validate", () => {
  it("prints ok <id> for every scenario, rules profile, play and rubric in the repository and exits 0", async () => {
    const files = [
      ...readdirSync("scenarios").filter((f) => f.endsWith(".yaml")).map((f) => `scenarios/${f}`),
      ...readdirSync("scenarios/rules").map((f) => `scenarios/rules/${f}`),
      ...readdirSync("scenarios/plays").map((f) => `scenarios/plays/${f}`),
      ...readdirSync("scenarios/rubrics").map((f) => `scenarios/rubrics/${f}`),
      ...readdirSync("scenarios/observations").map((f) => `scenarios/observations/${f}`),
    ];
    const r = await drill("validate", ...files);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(r.out.split("\n")).toHaveLength(files.length);
    expect(r.out).toContain("ok chemical-leak");
  });

  it("exits 1 with FILE:LINE:COL PATH: message (expected …) lines for a broken file, and no stack trace", async () => {
    const dir = mkdtempSync(join(tmpdir(), "drill-"));
    const file = join(dir, "broken.yaml");
    writeFileSync(file, readFileSync("scenarios/chemical-leak.yaml", "utf8").replace("stability: D, tempC: 24", "stability: Q, tempC: 24"));
    const r = await drill("validate", "--lang", "en", file);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:\\d+:\\d+ weather\\[0\\]\\.stability: "Q" is not allowed \\(expected one of: A, B, C, D, E, F\\)$`, "m"));
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  it("reports a missing file as a problem, not a crash", async () => {
    const r = await drill("validate", "no/such/file.yaml");
    expect(r.code).toBe(1);
    expect(r.err).toContain("no/such/file.yaml:1:1");
  });
});

describe("drill run", () => {
  it("a scenario given by its id, as the HTTP API takes it, is pointed at its file (newcomer trial item 12)", async () => {
    const r = await drill("run", "chemical-leak", "--lang", "en");
    expect(r.code).toBe(1);
    expect(r.err).toContain("chemical-leak:1:1 (root): file not found (expected a file path, e.g. scenarios/chemical-leak.yaml)");
  });

  it("--checkpoints 60 prints the hash at each hour in the text output, the same as --json gives (newcomer trial: text printed none)", async () => {
    const args = ["run", "scenarios/chemical-leak.yaml", "--lang", "en", "--seed", "7", "--until", "02:00:00", "--checkpoints", "60"];
    const text = await drill(...args);
    const json = JSON.parse((await drill(...args, "--json")).out) as { checkpoints: Array<{ tMs: number; hash: string }> };
    expect(json.checkpoints.map((k) => k.tMs)).toEqual([3_600_000, 7_200_000]);
    for (const [k, at] of json.checkpoints.map((k, i) => [k, ["01:00:00", "02:00:00"][i]] as const)) expect(text.out).toContain(`checkpoint ${at} stateHash ${k.hash}`);
  });

  it("--json gives the end as the console and the report say it: the director's end at 00:10:00 is simEndMs 600000, not the close of that tick", async () => {
    const dir = mkdtempSync(join(tmpdir(), "drill-"));
    const play = join(dir, "end.yaml");
    writeFileSync(play, "scenario: chemical-leak\nseed: 7\ncommands:\n  - { at: \"00:10:00\", by: director, type: end }\n");
    const r = await drill("run", "scenarios/chemical-leak.yaml", "--play", play, "--json");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ simEndMs: 600_000 });
  });

  it("--json gives the scenario, seed, end time, state hash, event count, outcome and obligations", async () => {
    const r = await drill("run", "scenarios/chemical-leak.yaml", "--seed", "7", "--until", "00:20:00", "--json");
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j).toMatchObject({ scenario: "chemical-leak", seed: 7, simEndMs: 1_200_000 });
    expect(j.stateHash).toMatch(/^[0-9a-f]{64}$/);
    expect(Object.keys(j.outcome)).toEqual(expect.arrayContaining(["deaths", "seriousInjuries", "injured", "exposed", "evacuated", "trapped"]));
    for (const o of j.obligations) {
      expect(Object.keys(o)).toEqual(expect.arrayContaining(["id", "agency", "kind", "deadlineMs", "status"]));
      expect(["met", "late", "missed", "open"]).toContain(o.status);
    }
  });

  it("prints a readable Chinese timeline by default and English with --lang en", async () => {
    const zh = await drill("run", "scenarios/chemical-leak.yaml", "--until", "00:05:00");
    expect(zh.out).toMatch(/^00:00:00 {2}09:20:00 UTC\+08:00 {2}演练开始/m);
    const en = await drill("run", "scenarios/chemical-leak.yaml", "--until", "00:05:00", "--lang", "en");
    expect(en.out).toMatch(/^00:00:00 {2}09:20:00 UTC\+08:00 {2}Drill started/m);
  });

  it("refuses a play written for another scenario, at the play's scenario line", async () => {
    const r = await drill("run", "scenarios/chemical-leak.yaml", "--lang", "en", "--play", "scenarios/plays/mine-flood.good.yaml");
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^scenarios\/plays\/mine-flood\.good\.yaml:\d+:\d+ scenario: this play is for scenario "mine-flood", not "chemical-leak"/);
  });

  it("rejects bad arguments with usage and exit 2", async () => {
    expect((await drill("run", "scenarios/chemical-leak.yaml", "--until", "soon")).code).toBe(2);
    expect((await drill("run", "scenarios/chemical-leak.yaml", "--seed", "-1")).code).toBe(2);
    expect((await drill("frobnicate")).code).toBe(2);
  });
});

describe("drill schema", () => {
  it.each(Object.keys(SCHEMAS))("scenarios/%s schema (what editors autocomplete from) is the one the loader enforces", async (kind) => {
    const r = await drill("schema", "--kind", kind);
    expect(JSON.parse(r.out)).toEqual(JSON.parse(readFileSync(`scenarios/${SCHEMAS[kind]!.file}`, "utf8")));
  });

  it.each(Object.keys(SCHEMAS))("every %s file points its editor at its schema", (kind) => {
    const folder = `scenarios/${SCHEMAS[kind]!.folder}`;
    const files = readdirSync(folder).filter((x) => x.endsWith(".yaml"));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) expect(readFileSync(`${folder}/${f}`, "utf8").split("\n")[0]).toBe(modeline(kind));
  });
});
