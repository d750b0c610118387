/**
 * What a report must say (issue 10 §7; 493号令 第四条 不得谎报、瞒报; 第十二条 report fields):
 *
 * - review8 mine item 6: the figures of a formal report from the accident unit are known to the
 *   recipient, so a county bureau that passes up "下落不明 0" after the mine reported 6 conceals them
 *   (瞒报, 493号令 第四条; 第三十九条 for the supervising department), not a missing follow-up.
 * - review8 mine item 5: 要素不全 (第十二条) and 瞒报 (第四条) are separate faults: the missing fields of a
 *   concealing report still cost their 1 point each (rubric report-content), never 0 "used up by 瞒报".
 * - review8 school item 8: a report that leaves out casualties its sender knew (the school's 00:35 report
 *   to the education bureau, silent on the pupil reported missing to it at 00:13:24) is 漏报伤亡, the
 *   瞒报 kind (10 rubric points), not 要素不全 (1 point).
 */
import { describe, expect, it } from "vitest";
import { MIN } from "./fixtures.ts";
import { small } from "./verdicts-support.ts";

type Cmd = [string, string, Record<string, unknown>];
const figures = (missing: number) => ({ deaths: 0, seriousInjuries: 0, injured: 0, missing });
// the mine's 01:20 report (6 missing) and the bureau's 02:05 report up (0 missing): variant report-true of the review
const mineReports: Cmd = ["01:20:00", "mine", { type: "report", to: "eb", kind: "initial", mode: "oral", content: { unit: "兴隆煤矿", time: "8时55分", location: "井下1203工作面", scene: "发生出水", casualties: figures(6) } }];
const ebReports = (missing: number): Cmd => ["02:05:00", "eb", { type: "report", to: "duty", kind: "initial", mode: "oral", content: { unit: "兴隆煤矿", time: "8时55分", location: "兴隆煤矿井下", scene: "井下出水，情况正在核实", casualties: figures(missing) } }];

describe("mine flood, variant report-true: the bureau passes up 0 missing after the mine reported 6", () => {
  const d = small("mine-flood", [mineReports, ebReports(0)], 160 * MIN);

  it("is 谎报 by the bureau (493号令 第四条; 第14号令 第三条): it reported 下落不明 0 while it knew of 6 from the mine's own report", () => {
    const c = d.of("REPORT_FALSE", "eb");
    expect(c).toHaveLength(1);
    // worded by the hazard (review22 mine B6, people-words.ts): the mine's 下落不明 are its trapped miners, 被困（涉险）
    expect(c[0]!.message.zh).toContain("被困（涉险）人员 0");
    expect(c[0]!.message.zh).toContain("已知被困（涉险）人员 6");
    expect(c[0]!.basis).toContain("第四条");
    const row = d.report.reporting.reports.find((r) => r.from === "eb" && r.to === "duty");
    expect(row?.senderKnew.missing).toBe(6);
    expect(row?.honesty).toBe("false");
  });

  it("its follow-up duty (493号令 第十三条) follows from the 谎报: no deadline runs from it; the correction never made aggravates the 谎报", () => {
    // a 续报 owed only to correct its own 谎报 is no new duty with a deadline (review11 chemical 6, corrections.ts); a
    // 谎报 left standing to the drill's end is one finding, its uncorrected figures the aggravation (review16 school 3)
    expect(d.report.findings.filter((f) => f.agency === "eb" && f.ruleId === "RPT-FU-01" && f.points > 0)).toEqual([]);
    const lie = d.of("REPORT_FALSE", "eb")[0]!;
    expect(lie.points).toBeGreaterThan(0);
    expect(lie.message.zh).toContain("谎报始终未更正");
    expect(lie.message.zh).not.toContain("时限");
  });

  it("the missing fields of the same report are a fault of their own (第十二条): 简要经过、已采取的措施, 1 rubric point", () => {
    const inc = d.of("REPORT_INCOMPLETE", "eb").filter((f) => f.atMs === 125 * MIN);
    expect(inc).toHaveLength(1);
    expect(inc[0]!.message.zh).toContain("简要经过、已采取的措施");
    expect(inc[0]!.rubricPoints).toBe(1);
  });
});

describe("the same bureau passing up the 6 the mine reported is honest", () => {
  const d = small("mine-flood", [mineReports, ebReports(6)], 160 * MIN);
  it("no 谎报 (nor 漏报伤亡) on the bureau", () => {
    expect(d.of("REPORT_FALSE", "eb")).toEqual([]);
    expect(d.of("REPORT_FALSE", "eb")).toEqual([]);
  });
});

describe("school fire: a report silent on the missing pupil its sender knew of is 漏报伤亡", () => {
  // the school knows 下落不明 1 from the class teacher's head count (inj-05, scenario reveals missing: 1, 00:13:24)
  const report: Cmd = ["00:35:00", "sch", { type: "report", to: "edu", kind: "initial", mode: "oral", content: { unit: "第二实验小学", location: "学校教学楼", scene: "教学楼有房间着火" } }];
  // the poor play's late alarm (00:06:30): the head count at the playground finds the pupil missing
  const evacuate: Cmd = ["00:06:30", "sch", { type: "evacuate", place: "school", destination: "playground" }];
  const d = small("school-fire", [evacuate, report], 40 * MIN);

  // review12 school 4: a 漏报伤亡 (figures left out) is priced within its report's worth, never beyond it as a stated false
  // figure is: at most 8 − 4 (REPORT_LATE, timeliness), and the late, incomplete, silent report costs its 8, as none would
  it("漏报伤亡 (REPORT_FALSE, omission: 第14号令 第三条 遗漏未报…伤亡人数) on the school (突发事件应对法 第六十一条), within its report's 8 rubric points, and the casualties not counted again as a missing field", () => {
    const c = d.of("REPORT_FALSE", "sch").filter((f) => f.ruleId === "RPT-HONEST-OMIT");
    expect(c).toHaveLength(1);
    expect(c[0]!.message.zh).toMatch(/^漏报伤亡：.*未报伤亡人数，而其当时已知下落不明 1/);
    expect(c[0]!.basis).toContain("突发事件应对法（2024）第六十一条");
    expect(c[0]!.omission).toBe(true);
    expect(c[0]!.rubricPoints).toBeGreaterThan(0);
    expect(c[0]!.rubricPoints).toBeLessThanOrEqual(4);
    const same = d.report.findings.filter((f) => f.opportunity === c[0]!.opportunity);
    expect(same.reduce((a, f) => a + (f.rubricPoints ?? 0), 0)).toBe(8);
    const inc = d.of("REPORT_INCOMPLETE", "sch");
    expect(inc.every((f) => !f.message.zh.includes("伤亡人数"))).toBe(true);
  });

  it("a report before the school knew of anyone missing (00:10) with no figures is only incomplete (要素不全)", () => {
    const early = small("school-fire", [evacuate, ["00:10:00", "sch", { type: "report", to: "edu", kind: "initial", mode: "oral", content: { unit: "第二实验小学", location: "学校教学楼", scene: "教学楼有房间着火" } }]], 20 * MIN);
    expect(early.of("REPORT_FALSE", "sch")).toEqual([]);
    expect(early.of("REPORT_INCOMPLETE", "sch")[0]?.message.zh).toContain("伤亡人数");
  });
});
