/** `drill evaluate` and `drill whatif` as an evaluator uses them: formats, files, errors and exit codes. */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../cli/main.ts";

async function drill(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { log: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

const SCEN = "scenarios/chemical-leak.yaml";
const POOR = "scenarios/plays/chemical-leak.poor.yaml";

describe("drill evaluate", () => {
  it("prints JSON with the score, section scores and findings with code, agency, time, basis and message", async () => {
    const r = await drill("evaluate", SCEN, "--play", POOR, "--format", "json");
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(typeof j.score).toBe("number");
    expect(j.sections.map((s: { id: string }) => s.id)).toEqual(["reporting", "linkage", "dispatch", "outcomes"]);
    for (const s of j.sections) expect(typeof s.score).toBe("number");
    expect(j.findings.length).toBeGreaterThan(5);
    for (const f of j.findings) {
      expect(Object.keys(f)).toEqual(expect.arrayContaining(["code", "agency", "atMs", "basis", "message", "evidence"]));
      expect(f.message.zh && f.message.en).toBeTruthy();
    }
    expect(j.findings.map((f: { code: string }) => f.code)).toEqual(expect.arrayContaining(["REPORT_LATE", "LINKAGE_IDLE", "DISPATCH_WRONG_TYPE"]));
  });

  it("writes Markdown in the chosen language with the five parts of the report, and takes a rubric and observations file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "eval-"));
    const obs = join(dir, "obs.yaml");
    writeFileSync(obs, `observations:\n  - { at: "00:40:00", evaluator: 评估员甲, section: linkage, agency: eco, rating: notMet, text: 接到通知后未派监测车, justification: 环境监测车始终在站内 }\n`);
    const zh = await drill("evaluate", SCEN, "--play", POOR, "--format", "md", "--rubric", "scenarios/rubrics/office.yaml", "--observations", obs, "--out", join(dir, "r.md"));
    expect(zh.code).toBe(0);
    const md = readFileSync(join(dir, "r.md"), "utf8");
    for (const h of ["一、演练概况", "二、评估内容与方法", "三、发现的问题", "四、经验与不足", "五、改进建议"]) expect(md).toContain(`## ${h}`);
    expect(md).toContain("迟报扣1分");
    expect(md).toContain("接到通知后未派监测车");
    const en = await drill("evaluate", SCEN, "--play", POOR, "--format", "md", "--lang", "en");
    expect(en.out).toContain("## 3. Problems found");
  });

  it("exits 2 with the usage for a missing --play or a bad format, and 1 with file:line for a broken observations file", async () => {
    const noPlay = await drill("evaluate", SCEN);
    expect(noPlay.code).toBe(2);
    expect(noPlay.err).toContain("drill: 必须给出 --play FILE"); // zh, the default (i18n/usage-errors.ts `required`)
    expect((await drill("evaluate", SCEN, "--lang", "en")).err).toContain("--play FILE is required");
    expect(noPlay.err).toContain("drill evaluate SCENARIO");
    expect((await drill("evaluate", SCEN, "--play", POOR, "--format", "docx")).code).toBe(2);
    expect((await drill("evaluate", SCEN, "--play", POOR, "--format", "pdf")).err).toContain("--out");
    const dir = mkdtempSync(join(tmpdir(), "eval-"));
    writeFileSync(join(dir, "o.yaml"), "observations:\n  - at: \"00:10:00\"\n    evaluator: A\n    section: nowhere\n    rating: met\n    text: x\n    justification: y\n");
    const bad = await drill("evaluate", SCEN, "--play", POOR, "--observations", join(dir, "o.yaml"));
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/o\.yaml:4:\d+ observations\[0\]\.section/);
  });
});

describe("drill whatif", () => {
  it("prints base, variant and their difference as JSON", async () => {
    const r = await drill("whatif", SCEN, "--play", POOR, "--shift", "5=00:05:00", "--json");
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(Object.keys(j)).toEqual(["changes", "base", "variant", "diff", "dropped"]);
    for (const k of ["base", "variant"]) {
      expect(typeof j[k].score).toBe("number");
      expect(typeof j[k].outcome.deaths).toBe("number");
    }
    expect(j.diff.score).toBeCloseTo(j.variant.score - j.base.score, 5);
  });

  it("takes --drop and --add (YAML or JSON) and prints the changes in words", async () => {
    const r = await drill("whatif", SCEN, "--play", POOR, "--drop", "7", "--add", '{"at":"00:13:00","by":"fire","type":"dispatch","units":["hz-chem1","hz-chem2"],"place":"tank-v101","task":"plugLeak"}', "--lang", "en");
    expect(r.code).toBe(0);
    expect(r.out).toContain("drop: #7");
    expect(r.out).toMatch(/score: [\d.]+ → [\d.]+ \(\+/);
  });

  // domain.md §6 (glossary): sections, agencies and commands in words, never the ids "linkage" or "fire"
  it("names sections, agencies and commands in words, in Chinese by default", async () => {
    const r = await drill("whatif", SCEN, "--play", POOR, "--drop", "7", "--add", '{"at":"00:13:00","by":"fire","type":"dispatch","units":["hz-chem1","hz-chem2"],"place":"tank-v101","task":"plugLeak"}');
    expect(r.code).toBe(0);
    expect(r.out).toContain("增加：00:13:00 临江县消防救援大队 调派");
    // a section's change in the report's own figures, 应得分 − 扣分 (newcomer 21), and the points of the total it moved
    expect(r.out).toMatch(/^ {2}力量调派（应得分 − 扣分）: [\d.]+ → [\d.]+ \(\+[\d.]+ 分，折合综合得分 \+[\d.]+；得分率 [\d.]+ → [\d.]+\)$/m);
    expect(r.out).toMatch(/^综合得分: [\d.]+ → [\d.]+ \(\+[\d.]+ 分\)$/m);
    expect(r.out).toMatch(/力量闲置 \(DISPATCH_IDLE_UNITS\) 临江县消防救援大队: \d+ → \d+/);
    expect(r.out).not.toMatch(/^ {2}(reporting|linkage|dispatch|outcomes):/m);
    expect(r.out).not.toMatch(/ (fire|eb|police|ent): \d/);
  });

  // domain.md §6 names; check-play.ts: the names a play may use are the scenario's (its populations for groups)
  it("an unknown people group in --add is an error that lists the groups there are, and nothing runs", async () => {
    const r = await drill("whatif", SCEN, "--play", POOR, "--add", "{at: '00:10:00', by: eb, type: shelter, groups: [village, pupils]}", "--lang", "en");
    expect(r.code).toBe(1);
    expect(r.err).toBe('drill: --add groups[0]: no group "village" in scenario chemical-leak (expected one of: farmers, hamlet-residents, pupils, villagers, workers)');
    expect(r.out).toBe("");
    const two = await drill("whatif", SCEN, "--play", POOR, "--add", "{at: '00:10:00', by: eb, type: shelter, groups: [pupils]}", "--add", "{at: '00:11:00', by: police, type: evacuate, groups: [hamlet]}", "--lang", "en");
    expect(two.code).toBe(1);
    expect(two.err).toContain('drill: --add 2 groups[0]: no group "hamlet"');
    expect(two.out).toBe("");
  });

  it("prints each section's change in points with its unit, in English too", async () => {
    const r = await drill("whatif", SCEN, "--play", POOR, "--drop", "7", "--add", '{"at":"00:13:00","by":"fire","type":"dispatch","units":["hz-chem1","hz-chem2"],"place":"tank-v101","task":"plugLeak"}', "--lang", "en");
    expect(r.out).toMatch(/^score: [\d.]+ → [\d.]+ \(\+[\d.]+ points\)$/m);
    expect(r.out).toMatch(/^ {2}Resource dispatch \(attainable − deducted\): [\d.]+ → [\d.]+ \(\+[\d.]+; \+[\d.]+ on the score; section score [\d.]+ → [\d.]+\)$/m);
    const j = JSON.parse((await drill("whatif", SCEN, "--play", POOR, "--drop", "7", "--add", '{"at":"00:13:00","by":"fire","type":"dispatch","units":["hz-chem1","hz-chem2"],"place":"tank-v101","task":"plugLeak"}', "--json")).out);
    // a section's points are what the report prints it keeps: 应得分 − 扣分 (newcomer 21: not weight × rounded rate)
    const b = j.base.sections.find((s: { id: string }) => s.id === "dispatch");
    const v = j.variant.sections.find((s: { id: string }) => s.id === "dispatch");
    const fb = j.diff.scoring.base.sections.find((s: { id: string }) => s.id === "dispatch");
    expect(b.points).toBeCloseTo(fb.attainable - fb.deducted, 2);
    // the change is the difference of the two printed figures
    expect(j.diff.sections.find((s: { id: string }) => s.id === "dispatch").points).toBeCloseTo(v.points - b.points, 2);
  });

  it("exits 2 with a clear message for a command number outside the play or a malformed change", async () => {
    const far = await drill("whatif", SCEN, "--play", POOR, "--drop", "999", "--lang", "en");
    expect(far.code).toBe(2);
    expect(far.err).toMatch(/command 999 does not exist: the play has commands 1 to \d+/);
    expect((await drill("whatif", SCEN, "--play", POOR, "--shift", "3=noon")).err).toContain("HH:MM:SS");
    expect((await drill("whatif", SCEN, "--play", POOR, "--lang", "en")).err).toContain("at least one --shift, --drop or --add");
    expect((await drill("whatif", SCEN, "--play", POOR, "--add", "{at: '00:01:00', by: fire, type: fly}")).code).toBe(2);
  });
});

// issue 10 §9: the same harm verdict from every shell; a best play that is not there is a problem with its place
describe("the scenario's best play in the CLI", () => {
  it("drill evaluate grades harm against the best play and no response, as the engine does", async () => {
    const r = await drill("evaluate", SCEN, "--play", POOR, "--format", "json");
    const j = JSON.parse(r.out);
    expect(j.outcomes.harm).toMatchObject({ status: "graded", bestPlay: "chemical-leak.good" });
    const f = j.findings.find((x: { code: string }) => x.code === "OUTCOME_PREVENTABLE_HARM");
    expect(f.quantity).toBe(j.outcomes.harm.share);
    expect(f.quantity).toBeGreaterThan(0.9);
  });

  it("drill whatif scores the play as drill evaluate does (the same harm grading)", async () => {
    const evaluated = JSON.parse((await drill("evaluate", SCEN, "--play", POOR, "--format", "json")).out);
    const j = JSON.parse((await drill("whatif", SCEN, "--play", POOR, "--drop", "7", "--json")).out);
    expect(j.base.score).toBe(evaluated.score);
  });

  it("drill validate names the scenario's bestPlay line when the play is missing or belongs to another scenario", async () => {
    const dir = mkdtempSync(join(tmpdir(), "best-"));
    const text = readFileSync(SCEN, "utf8");
    const line = text.split("\n").findIndex((l) => l.startsWith("bestPlay:")) + 1;
    expect(line).toBeGreaterThan(0);
    const withBest = async (name: string) => {
      const file = join(dir, `${name}.yaml`);
      writeFileSync(file, text.replace(/^bestPlay: .*$/m, `bestPlay: ${name}`));
      const r = await drill("validate", "--lang", "en", file);
      expect(r.code).toBe(1);
      expect(r.err).toContain(`${file}:${line}:`);
      return r.err;
    };
    expect(await withBest("no-such-play")).toContain('no best play "no-such-play"');
    expect(await withBest("mine-flood.good")).toContain('this play is for scenario "mine-flood", not "chemical-leak"');
    expect((await drill("validate", SCEN)).code).toBe(0);
  });
});
