/**
 * Review17 mine A1 (issue 10 §1, §11): a 漏报 that cuts the reporting chain is charged with what it cut. On the
 * mine-flood poor play, seed 7, the county bureau reports to the county duty office late (02:05, F30 迟报 + 要素不全)
 * with the mine's false 0; the duty office never reports to the city (漏报, 8) and the mine pays the duty office's
 * untrue figures (谎报致转报失实, 8 outside W). M4 drops that one 02:05 report:
 *   - before: the bureau's 漏报 (8) alone; the duty office's report to the city set aside as 未产生, the relay's figures
 *     gone: 11.1, above the poor play (8.9) and equal to reporting on time (V4, 11.1);
 *   - now: the bureau's one 漏报 finding takes, as its aggravation, the duty office's first report to the city it made
 *     impossible (8, in W: 突发事件应对法（2024）第十七条, 立即向上一级人民政府报告) and what it left the duty office not
 *     knowing, priced as the relay's untrue figures (8, outside W): 8 + 8 + 8 = 24 rubric points (hand count).
 *     Required order (review17 table B): M4 < poor < V4.
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { SCENARIOS } from "../helpers.ts";
import { bestPlay, drill } from "./fixtures.ts";
import { POOR, poor, variant, variantOf } from "./mine-poor-variant.ts";

/** The bureau's 02:05 report to the county duty office, as the poor play gives it. */
const REPORT = /  - at: "02:05:00"\n    by: eb\n    type: report\n    to: duty\n[\s\S]*?    note: 超过1小时时限；未如实报告被困人员\n/;

describe("review17 mine A1: the bureau that never reports up is charged with the chain it cut", () => {
  const m4 = variant(POOR.replace(REPORT, ""));
  const v4 = variant(POOR.replace(REPORT, (b) => b.replace('"02:05:00"', '"01:20:00"')));

  it("the play without the 02:05 report (M4) scores below the poor play, and the poor play below reporting on time (V4)", () => {
    expect(POOR).toMatch(REPORT);
    expect(m4.score!).toBeLessThan(poor.report.score!);
    expect(poor.report.score!).toBeLessThan(v4.score!);
  });

  it("the bureau's one 漏报 takes 8 + 8 + 8 = 24: its report, the duty office's report to the city (in W, not 未产生) and the duty office left uninformed (outside W)", () => {
    const f = m4.findings.filter((x) => x.code === "REPORT_MISSING" && x.opportunity === "rep:eb>duty|first|any");
    expect(f.map((x) => [x.agency, x.rubricPoints, x.counted?.blocked])).toEqual([["eb", 24, 16]]);
    expect(f[0]!.message.zh).toContain("岭北县委县政府总值班室因此至演练结束未获知事故");
    // the rule of the report it cut is cited beside its own
    expect(f[0]!.basis).toContain("突发事件应对法（2024）第十七条");
    const items = m4.sections.find((s) => s.id === "reporting")!.scoring!.items!;
    const up = items.find((o) => o.id === "rep:duty>cityduty|first|any")!;
    expect([up.inW, up.lost, up.unearned, up.findings]).toEqual([true, 8, undefined, [f[0]!.id]]);
    const kept = items.find((o) => o.id === "withheld:rep:eb>duty|first|any")!;
    expect([kept.inW, kept.lost]).toEqual([false, 8]);
    // nobody else is charged for the duty office's silence toward the city: it was never told
    expect(m4.findings.filter((x) => x.agency === "duty" && x.points > 0)).toEqual([]);
  });

  it("the poor play (the bureau reported, late) is untouched: nothing of its findings is charged as a cut chain", () => {
    expect(poor.report.findings.filter((x) => x.blocks !== undefined)).toEqual([]);
  });
});

// The same kind in the chemical-leak poor play (seed 7): the county bureau's 01:18 first report and 02:20 follow-up to the
// county duty office dropped, so the office never hears of the leak. Before: 26.7, above the poor play (25.8). Its one
// 漏报 now takes the office's report to the city (8; the written copy stays 未产生, as a missing report's copy follows it)
// and the office left uninformed (8): 8 + 8 + 8 = 24.
describe("review17 mine A1, the same kind in the chemical leak: the bureau wholly silent toward the county duty office", () => {
  const chem = drill("chemical-leak", "poor");
  const text = readFileSync(`${SCENARIOS}/plays/chemical-leak.poor.yaml`, "utf8");
  const silent = variantOf(chem, bestPlay("chemical-leak", chem.c), text
    .replace(/  - at: "01:18:00"\n    by: eb\n    type: report\n[\s\S]*?(?=  - at: "01:20:00")/, "")
    .replace(/  - at: "02:20:00"\n    by: eb\n    type: report\n[\s\S]*?(?=  # ── 公安)/, ""));

  it("scores below the poor play, its 漏报 charged 8 + 8 + 8 = 24 once", () => {
    expect(silent.findings.filter((f) => f.code === "REPORT_MISSING" && f.opportunity === "rep:eb>duty|first|any").map((f) => f.rubricPoints)).toEqual([24]);
    expect(silent.score!).toBeLessThan(chem.report.score!);
  });
});

// Two reporters both silent toward the same office cut its chain once (each fault once): in the school-fire poor play
// (seed 7) the education bureau never reports to the county duty office; drop the county bureau's 00:58 report too and
// the office never hears of the fire. The earlier 漏报 due to it (the education bureau's) takes the office's report to the
// city and its ignorance (8 + 8 + 8 = 24); the county bureau's 漏报 stays 8. Before: 22.4, now below the poor play 22.5.
describe("review17 mine A1, the same kind in the school fire: two silent reporters cut one chain once", () => {
  const school = drill("school-fire", "poor");
  const text = readFileSync(`${SCENARIOS}/plays/school-fire.poor.yaml`, "utf8");
  const silent = variantOf(school, bestPlay("school-fire", school.c), text.replace(/  - at: "00:58:00"\n    by: eb\n    type: report\n    to: duty\n[\s\S]*?casualties: .*\n/, ""));

  it("charges the office's chain to one 漏报 only, and scores below the poor play", () => {
    const missing = silent.findings.filter((f) => f.code === "REPORT_MISSING" && /^rep:(edu|eb)>duty\|first\|any$/.test(f.opportunity ?? ""));
    expect(missing.map((f) => [f.agency, f.rubricPoints]).sort()).toEqual([["eb", 8], ["edu", 24]]);
    expect(silent.score!).toBeLessThan(school.report.score!);
  });
});
