/**
 * Advice follows the kind of the finding it cites (review11 school 9). School-fire poor play, seed 7: the school heard
 * at 00:13:24 that 王小明 was missing (last seen going to the third-floor toilets) and never told the brigade searching
 * the building (未告知被困人员: told-rescuers.ts, on-scene command information, not a report up). The remedy an evaluator
 * writes is to tell the crews where the missing were last seen (drill-scripts.md C3 steps 7–8: head count, then report
 * to the fire crews), not the 瞒报 advice on casualty figures in reports.
 */
import { describe, expect, it } from "vitest";
import { drill } from "./fixtures.ts";

describe("school fire, poor play: advice for the missing pupil never passed on", () => {
  const { report } = drill("school-fire", "poor");
  const told = report.findings.find((f) => f.message.zh.startsWith("未告知被困人员"))!;

  it("is its own recommendation, to the school: tell the crews how many and where last seen", () => {
    const rec = report.recommendations.filter((r) => r.text.zh.includes("最后位置"));
    expect(rec).toHaveLength(1);
    expect(rec[0]!.agencies).toEqual([told.agency]);
    expect(told.agency).toBe("sch");
  });

  it("the 谎报 advice on reported casualty figures no longer stands for it alone", () => {
    const concealed = report.recommendations.find((r) => r.text.zh.startsWith("如实报告已掌握的伤亡"));
    // the school's 01:20 report to the bureau gave 下落不明 0 while it knew of 1: that 谎报 keeps this advice; the bureau's
    // 00:58 zeros on no word at all (报告失实, untrue-figures.ts) share it since r18-school (不以无据数字作确定报告)
    expect(concealed?.agencies).toEqual(["sch", "eb"]);
    expect(report.findings.some((f) => f.code === "REPORT_FALSE" && f.agency === "sch" && f.message.zh.startsWith("谎报"))).toBe(true);
  });
});
