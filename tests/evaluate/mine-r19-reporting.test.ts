/**
 * Review18 mine (issue 10 §1, §2, §11), mine-flood poor play, seed 7, default rubric:
 *  - A1 (refuse): a reporter must never score below silence. The mine never reports to the county energy bureau (F13,
 *    due 01:27; duty opened 00:27 when the head heard of the inrush); A10 reports to it truthfully at 01:00 and then
 *    sends no follow-up. The silent 漏报 now carries the follow-ups its silence made impossible, the developments the mine
 *    learnt after 00:27 (人员被困 01:05:50, 二次突水 01:30:30, 中央水泵房进水 03:13:30, each due 30 min later, before
 *    04:00): 8 + 3 × 4 = 20 rubric points (hand count; 493号令 第十三条, 煤矿安全生产条例 第五十九条 "立即如实报告").
 *  - C: a missed 续报 weighs 4 (the rubric row's followUpPoints), a missed 初报 8 (domain.md §1.4: 快报事实，续报进展).
 *  - C (issue 10 §2): the mine that reports to nobody (W2) hid one accident: one 瞒报 (8 + 10), its other addressees 漏报.
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { POOR, poor, variant } from "./mine-poor-variant.ts";
import { SCENARIOS } from "../helpers.ts";

/** A10 (review18 table B): the mine's complete, true first report to the energy bureau at 01:00, nothing else changed. */
const A10 = `  - at: "01:00:00"
    by: mine
    type: report
    to: coalsup
    kind: initial
    mode: oral
    content:
      unit: 兴隆煤矿，本班入井42人
      time: 8时55分
      location: 井下1203运输顺槽掘进工作面
      scene: 1203迎头突水约每小时3000立方米，水流向1201运输顺槽低洼段
      sequence: 8时32分起迎头出现透水征兆，8时55分突水，9时22分下达撤人命令
      casualties: { deaths: 0, seriousInjuries: 0, injured: 0, missing: unknown }
      measures: [全矿撤人, 已召请矿山救护队]
      other: 升井人数正在核对，有无被困正在核实
`;
/** The mine's 01:20 report to the county bureau (dropped in W2: the mine reports to nobody). */
const EB_REPORT = /  - at: "01:20:00"\n    by: mine\n    type: report\n    to: eb\n[\s\S]*?    note: 迟报，且缺少事故经过和已采取措施；未报告县能源局和省局\n/;

describe("review18 mine A1: silence carries the follow-ups it made impossible", () => {
  const a10 = variant(POOR.replace(/(  - at: "01:05:00"\n)/, `${A10}$1`));

  it("A10 (a true report at 01:00, then silence) scores above the poor play (silence): 7.7 < 8.9 before", () => {
    expect(a10.findings.some((f) => f.opportunity === "rep:mine>coalsup|first|any" && f.code === "REPORT_MISSING")).toBe(false);
    expect(a10.score!).toBeGreaterThan(poor.report.score!);
  });

  it("the poor play's 漏报 to the energy bureau takes 8 + the one follow-up W holds (二次突水) × 4 = 12, in words", () => {
    // 人员被困 and 中央水泵房进水 are this play's own harm, not in W: bounded out (review19 mine: 2 lines × 2 × 4 = 16 more
    // in X floored the poor play at 0 = no action); A10 still scores above it (test above)
    const f = poor.report.findings.find((x) => x.code === "REPORT_MISSING" && x.opportunity === "rep:mine>coalsup|first|any")!;
    expect([f.rubricPoints, f.counted?.silenced]).toEqual([12, 4]);
    expect(f.silences).toEqual(["rep:mine>coalsup|fu:secondInrush|any"]);
    expect(f.message.zh).toContain("其后获知的新情况（二次突水）也无从续报");
    // the follow-up in W is failed through the 漏报, no longer set aside 「随 F13 未完成」
    const items = poor.report.sections.find((s) => s.id === "reporting")!.scoring!.items!;
    const inW = items.find((o) => o.id === "rep:mine>coalsup|fu:secondInrush|any")!;
    expect([inW.inW, inW.lost, inW.unearned]).toEqual([true, 4, undefined]);
  });
});

describe("review18 mine C: a missed 续报 weighs less than a missed 初报 (rubric data, followUpPoints)", () => {
  it("the mine's missed follow-up on the second inrush (4) against the duty office's missed first report (8)", () => {
    const fu = poor.report.findings.find((f) => f.code === "REPORT_MISSING" && f.opportunity === "rep:mine>eb|fu:secondInrush|any")!;
    const first = poor.report.findings.find((f) => f.code === "REPORT_MISSING" && f.opportunity === "rep:duty>cityduty|first|any")!;
    expect([fu.rubricPoints, first.rubricPoints]).toEqual([4, 8]);
    const row = poor.report.sections.find((s) => s.id === "reporting")!.items.find((i) => i.id === "report-made")!;
    expect([row.points, row.followUpPoints]).toEqual([8, 4]);
  });

  it("the default rubric says so in its data", () => {
    expect(readFileSync(`${SCENARIOS}/rubrics/default.yaml`, "utf8")).toMatch(/followUpPoints: 4/);
  });
});

describe("review18 mine C / issue 10 §2: one concealment, one 瞒报 (W2 was charged three)", () => {
  const w2 = variant(POOR.replace(EB_REPORT, ""));

  it("one REPORT_CONCEALED (to the county bureau, 8 + 10), the energy bureau and the province 漏报 citing it", () => {
    expect(POOR).toMatch(EB_REPORT);
    const hid = w2.findings.filter((f) => f.code === "REPORT_CONCEALED");
    expect(hid.map((f) => f.opportunity)).toEqual(["rep:mine>eb|first|any"]);
    const others = w2.findings.filter((f) => f.code === "REPORT_MISSING" && f.agency === "mine" && /\|first\|any$/.test(f.opportunity ?? ""));
    expect(others.map((f) => f.opportunity).sort()).toEqual(["rep:mine>coalsup|first|any", "rep:mine>msp|first|any"]);
    for (const f of others) expect(f.message.zh).toContain("瞒报只计一次");
  });
});
