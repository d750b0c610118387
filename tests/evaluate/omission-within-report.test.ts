/**
 * 漏报伤亡 is priced within its report (review12 school 4; 突发事件应对法 第六十一条 names 漏报 apart from 瞒报). The school
 * fire's poor play reports to the education bureau at 00:35 (late: due 00:31:30) and gives no casualty figures although
 * it knew since 00:13:24 that 王小明 was missing. That report's opportunity is worth 8 rubric points (REPORT_MISSING,
 * default rubric), so its faults (late 4, 要素不全 1, 漏报伤亡 10) take 8 in all, nothing beyond; and the variant
 * without the report (p-noedu: REPORT_MISSING, 8) can never score above the poor play (ordering.test's principle: a
 * late or incomplete report never costs more than none). A report that STATES a false figure still costs beyond it
 * (score-accounting.test: the 01:20 "下落不明 0").
 */
import { describe, expect, it } from "vitest";
import { schoolVariant } from "./school-variant.ts";

const EDU_FIRST = "rep:sch>edu|first|any";

describe("school fire: the late report to the education bureau that leaves out the missing pupil", () => {
  const poor = schoolVariant();
  const noedu = schoolVariant((c) => c.type === "report" && (c as { to?: string }).to === "edu");
  it("is a 漏报伤亡 taken within the report's 8 rubric points, nothing beyond", () => {
    const on = poor.report.findings.filter((f) => f.opportunity === EDU_FIRST);
    const omitted = on.find((f) => f.code === "REPORT_FALSE")!;
    expect(omitted.message.zh).toContain("漏报伤亡");
    expect(on.reduce((a, f) => a + (f.rubricPoints ?? 0), 0)).toBeCloseTo(8, 6);
  });
  it("costs no more than sending no report (p-noedu): poor total ≥ p-noedu total", () => {
    expect(noedu.report.findings.some((f) => f.opportunity === EDU_FIRST && f.code === "REPORT_MISSING")).toBe(true);
    expect(poor.report.score!).toBeGreaterThanOrEqual(noedu.report.score!);
  });
});
