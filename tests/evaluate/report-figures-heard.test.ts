/**
 * Figures a report states, judged against what its sender had heard (review17 school, refuse item 3 and brief items 1–2):
 *
 * - 报告失实 (REPORT_UNVERIFIED): the county bureau told the duty office 「死亡 0、重伤 0、受伤 0、下落不明 0」 at 00:58, having
 *   had no word on casualties from anyone (the city only asked 「有没有学生伤亡？有没有被困的？」 at 00:40), while the pupil
 *   had lain dead since 00:20. A stated zero is a fact, not 尚不清楚; 突发事件应对法（2024）第六十一条 asks reports 客观、真实,
 *   493号令 第十二条（四） the casualties caused. Not 谎报 (故意不如实报告, 应急管理部令第14号): nothing shows it knew better.
 *   Likewise 下落不明 0 from a bureau a message had told that six were missing contradicts what it heard.
 * - 漏报涉险人员: a first report whose sender had heard people were trapped (the music teacher at 00:12:54: 三年级一班40个孩子…
 *   出不去了) and that names none of them leaves out 可能造成的伤亡 (493号令 第十二条（四）; 第14号令 names 涉险人数 beside
 *   伤亡人数). One fault per report: a report already found 谎报 or 漏报伤亡 carries it in that finding, not a second charge.
 */
import { describe, expect, it } from "vitest";
import { drill, MIN } from "./fixtures.ts";
import { schoolVariant } from "./school-variant.ts";
import { small } from "./verdicts-support.ts";

const figures = (missing: number | "unknown") => ({ deaths: 0, seriousInjuries: 0, injured: 0, missing });

describe("school fire, poor play: the bureau's 00:58 report of zeros nobody gave it", () => {
  const d = drill("school-fire", "poor");
  const f = d.report.findings.filter((x) => x.code === "REPORT_UNVERIFIED");

  it("is 报告失实 on 临江县应急管理局 (应对法 第六十一条 客观、真实; 493号令 第十二条（四）), not 谎报, and nobody else", () => {
    expect(f.map((x) => x.agency)).toEqual(["eb"]);
    expect(f[0]!.message.zh).toContain("死亡 0、重伤 0、受伤 0、下落不明 0");
    expect(f[0]!.message.zh).toContain("未获任何伤亡信息");
    expect(f[0]!.message.zh).toContain("实际（死亡 1）");
    expect(f[0]!.message.zh).toContain("正在核实");
    expect(f[0]!.basis).toContain("第六十一条");
    expect(f[0]!.basis).toContain("第十二条（四）");
    expect(d.report.findings.filter((x) => x.code === "REPORT_FALSE" && x.agency === "eb")).toEqual([]);
  });

  it("cites the report and the city's question, the only word the bureau had (a question is no source of figures)", () => {
    const kinds = f[0]!.evidence.events.map((i) => d.events[i]!);
    expect(kinds.some((e) => e.type === "reportSubmitted" && e.from === "eb" && e.to === "duty")).toBe(true);
    expect(kinds.some((e) => e.type === "injectDelivered" && e.inject === "inj-08-city-asks")).toBe(true);
  });

  // W 98 − 3 × (8 − 4) = 86: a missed 续报 weighs the rubric's followUpPoints 4, not 8 (report-weight.ts), and the
  // school's W holds three (sch>eb on the trapped class, sch>eb and eb>duty on the casualties); + 4 = 90 for the school's
  // second 续报 the demonstration play makes once the brigade reports the pupil found (review20 school 4)
  it("costs the rubric's report-accurate points within the report's worth: 2 × 30 / 90 = 0.67 (reporting weight 30, W 90: section-weight.test.ts)", () => {
    const s = d.report.sections.find((x) => x.id === "reporting")!;
    expect(s.scoring!.worth).toBe(90);
    expect(f[0]!.points).toBeCloseTo((2 * 30) / 90, 2);
    expect(f[0]!.opportunity).toBe("rep:eb>duty|first|any");
  });

  it("draws the advice to mark unchecked figures 正在核实, naming the bureau", () => {
    const advice = d.report.recommendations.find((r) => r.text.zh.includes("正在核实"));
    expect(advice?.agencies).toContain("eb");
  });
});

describe("mine flood: a bureau told in words that six are missing reports 下落不明 0 (any scenario)", () => {
  const told: [string, string, Record<string, unknown>] = ["01:00:00", "mine", { type: "message", to: ["eb"], channel: "phone", text: "井下1203工作面透水，6名工人下落不明，正在组织搜救。" }];
  const report = (missing: number | "unknown"): [string, string, Record<string, unknown>] => ["01:10:00", "eb", { type: "report", to: "duty", kind: "initial", mode: "oral", content: { unit: "兴隆煤矿", time: "8时55分", location: "兴隆煤矿井下", scene: "井下透水", casualties: figures(missing) } }];

  it("is 报告失实 on the bureau, quoting what it was told (its figures contradict it), not 谎报 (a message's words are no known figure)", () => {
    const d = small("mine-flood", [told, report(0)], 80 * MIN);
    const f = d.of("REPORT_UNVERIFIED", "eb");
    expect(f).toHaveLength(1);
    expect(f[0]!.message.zh).toContain("下落不明 0");
    expect(f[0]!.message.zh).toContain("6名工人下落不明");
    expect(d.of("REPORT_FALSE", "eb")).toEqual([]);
  });

  it("draws nothing when the bureau says 不详 (尚不清楚 is what an unchecked figure should be: issue 10 §7)", () => {
    const d = small("mine-flood", [told, report("unknown")], 80 * MIN);
    expect(d.of("REPORT_UNVERIFIED")).toEqual([]);
  });
});

describe("school fire: people trapped left out of a first report (涉险, 493号令 第十二条（四）)", () => {
  const drop = (c: { type: string; by: string; at: number }) => c.type === "report" && c.by === "sch" && c.at === 80 * MIN;
  const eb = (scene: string): [string, string, Record<string, unknown>] => ["01:20:00", "sch", { type: "report", to: "eb", kind: "initial", mode: "oral", content: { unit: "第二实验小学", time: "上午10点多", location: "学校教学楼", scene, casualties: figures(1) } }];

  it("the school's 01:20 report, truthful on the missing pupil but silent on class 3-1, is 漏报涉险人员 on the school, citing the teacher's call (#inj-03)", () => {
    const v = schoolVariant(drop, [eb("着火，消防已经来了")]);
    const f = v.report.findings.filter((x) => x.ruleId === "RPT-AT-RISK");
    expect(f.map((x) => [x.code, x.agency])).toEqual([["REPORT_FALSE", "sch"]]);
    expect(f[0]!.message.zh).toMatch(/^漏报涉险人员：/);
    expect(f[0]!.message.zh).toContain("00:12:54");
    expect(f[0]!.basis).toContain("第十二条（四）");
    expect(f[0]!.evidence.events.some((i) => { const e = v.events[i]!; return e.type === "injectDelivered" && e.inject === "inj-03-trapped-class"; })).toBe(true);
    // a 漏报 of content costs what 漏报伤亡 does: at most a report's 8 (REPORT_MISSING) less timeliness's 4, even on this
    // report no rule owed, × 30 / 90 (reporting weight 30, W 98 with the city's demanded written report, less 3 × 4 for
    // its three 续报 now at followUpPoints 4, plus the school's second 续报 of the demonstration play, 4) = 1.333; printed
    // to the cent with the section's cents apportioned (largest remainder, credit.ts), so within a cent of it
    expect(f[0]!.rubricPoints).toBe(8 - 4);
    expect(Math.abs(f[0]!.points - ((8 - 4) * 30) / 90)).toBeLessThan(0.01);
  });

  it("draws nothing when the report names the trapped class (rescued)", () => {
    const v = schoolVariant(drop, [eb("着火，消防已经来了；三年级一班被困音乐教室，已被消防救出")]);
    expect(v.report.findings.filter((x) => x.ruleId === "RPT-AT-RISK")).toEqual([]);
  });

  it("in the poor play it is carried by the report's 漏报伤亡 and 谎报 findings, once each, not charged again", () => {
    const d = drill("school-fire", "poor");
    expect(d.report.findings.filter((x) => x.ruleId === "RPT-AT-RISK")).toEqual([]);
    const carried = d.report.findings.filter((x) => x.code === "REPORT_FALSE" && x.agency === "sch" && x.message.zh.includes("未报被困（涉险）人员"));
    expect(carried.map((x) => x.message.zh.split("：")[0])).toEqual(["漏报伤亡", "谎报"]);
  });

  it("the mine's trapped miners are its missing (a figure): honesty judges them, never 漏报涉险人员", () => {
    const d = drill("mine-flood", "poor");
    expect(d.report.findings.filter((x) => x.ruleId === "RPT-AT-RISK")).toEqual([]);
  });
});
