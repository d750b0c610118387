/**
 * The chemical poor play's findings as review16 (chemical, section C) would word them:
 * - F6, the 00:12 call to 119 that left out the chlorine and the people down: a leak is no fire, so not 消防法 第四十四条;
 *   the unit's duties are 危化条例 第七十一、七十三条 and 应急条例 第十七条 (domain.md §5, hazmatEnterprise row).
 * - F11, the 00:30 report to the 120 (content: 有员工吸入气体不舒服, 请派救护车): its defect is the substance and the count the
 *   health side needs (危化条例 第七十一条, report to the 卫生主管部门), not 493号令 第十二条's list.
 * - F33: the 01:02 report came 1 h 2 min after the unit knew (the leak at 00:00, its own staff): said so, and the basis
 *   no longer says 「在…第九条1小时的最迟时限之内」 beside it.
 */
import { describe, expect, it } from "vitest";
import { drill } from "./fixtures.ts";

const d = drill("chemical-leak", "poor");
const fire = (f: (typeof d.report.findings)[number]) => f.code === "ALARM_INACCURATE" && f.agency === "ent";

describe("chemical poor: review16 wording", () => {
  it("F6: the call to 119 cites 危化条例 第七十一、七十三条 and 应急条例 第十七条, not 消防法", () => {
    const f = d.report.findings.find(fire)!;
    expect(f.basis).not.toContain("消防法");
    expect(f.basis).toMatch(/^危险化学品安全管理条例 第七十一条（事故单位报告）、第七十三条/);
    expect(f.basis).toContain("生产安全事故应急条例 第十七条");
  });
  it("F11: the report to the 120 lacks the substance (氯气) and the casualty count, under 危化条例 第七十一条", () => {
    const f = d.report.findings.find((g) => g.code === "REPORT_INCOMPLETE" && g.agency === "ent" && g.message.zh.includes("120"))!;
    expect(f.message.zh).toContain("的初报未说明泄漏介质（氯气）和伤亡人数（另缺时间、简要经过、已采取的措施）");
    expect(f.basis.startsWith("危险化学品安全管理条例 第七十一条")).toBe(true);
    expect(f.basis).not.toContain("第十二条");
  });
  it("F33: the 01:02 report is said to come 1 h 2 min after the unit was told, and no basis says 「之内」", () => {
    const f = d.report.findings.find((g) => g.code === "REPORT_LATE" && g.ruleId === "RPT-ENT-CHEM-EB")!;
    expect(f.message.zh).toContain("实际 01:02:00 报告（00:00:00 接报后 1小时2分钟），超时 52分钟");
    for (const g of d.report.findings) expect(g.basis).not.toContain("最迟时限之内");
  });
});

// review16 chemical F40: the township, told at 00:18 by the head teacher (#66), ordered the villagers and the school to
// shelter only at 01:20: that is late protection of the people, not a duty "才开始履行"
describe("chemical poor: a late shelter order reads as late protection", () => {
  it("F40: 「01:20:00 才下达就地避险指令，人员防护迟延」, not 「才开始履行职责」", () => {
    const f = d.report.findings.find((g) => g.code === "LINKAGE_SLOW" && g.agency === "town")!;
    expect(f.message.zh).toContain("江湾镇人民政府于 00:18:00 接报，01:20:00 才下达就地避险指令，人员防护迟延（职责：");
    expect(f.message.zh).not.toContain("才开始履行职责");
    expect(f.message.en).toContain("gave the order (shelter in place) only at 01:20:00, so the people were protected late");
  });
});
