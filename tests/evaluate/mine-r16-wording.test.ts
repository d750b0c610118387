/**
 * The mine poor play's findings as review16 (mine, section C) would word them, against the rules profile and the log:
 * - F5 (the dispatch room's withdrawal 00:52 for signs at 00:02): the signs are not an accident, so 生产安全事故应急条例
 *   第十七条 ("发生生产安全事故后") is not its basis; 煤矿防治水细则（2018）第六条 alone is. Its name says the fault, and its
 *   evidence holds the crew's 00:12 call for the withdrawal (#6, inj-02-borehole) and the room's 00:15 "先观察着" (#7).
 * - F1 (the mine head told at 00:15): the dispatch room's own duty under the 细则 and drill-scripts B1 (大贤: order 8:37,
 *   the general manager called 8:41), not 493号令 第九条 ("事故发生后").
 * - F2: the log has 8 reached by the water at 00:25:00 (#17) and 14 by 00:52:10 (#40).
 * - F13/F14: 煤矿安全生产条例 第五十九条 leads; the 办法's article number is not found in stored sources, so the 办法 is cited
 *   by name and its quoted provision alone, with no 条文序号未核对 remark (review19: a reader takes it for an author's note).
 */
import { describe, expect, it } from "vitest";
import { drill } from "./fixtures.ts";

const d = drill("mine-flood", "poor");
const by = (rule: string, code: string) => d.report.findings.find((f) => f.ruleId === rule && f.code === code)!;
const index = (pred: (e: (typeof d.events)[number]) => boolean) => d.events.findIndex(pred);

describe("mine poor: review16 wording", () => {
  it("F5: 煤矿防治水细则 第六条 alone, named 发现透水征兆未立即撤人, quoting 先观察, citing the 00:12 call and the 00:15 message", () => {
    const f = by("LNK-MINE-DISPATCH", "LINKAGE_SLOW");
    expect(f.basis.startsWith("煤矿防治水细则（2018）第六条")).toBe(true);
    expect(f.basis).not.toContain("应急条例");
    expect(f.message.zh).toMatch(/^响应迟缓：发现透水征兆未立即撤人（违反先撤人后汇报）：兴隆煤矿调度室于 00:02:00 接报/);
    expect(f.message.zh).toContain("其间 00:15:00 告知");
    expect(f.message.zh).toContain("先观察着");
    const call = index((e) => e.type === "injectDelivered" && e.inject === "inj-02-borehole");
    const said = index((e) => e.type === "messageSent" && e.from === "dispatch" && e.text.includes("先观察"));
    expect(f.evidence.events).toEqual(expect.arrayContaining([call, said]));
  });
  it("F1: the dispatch room's duty under the 细则 and 大贤 (B1), not 493号令 第九条", () => {
    const f = by("LNK-MINE-MINE", "LINKAGE_NOTIFIED_LATE");
    expect(f.basis).toMatch(/^矿调度室职责（本县设定，依煤矿防治水细则（2018）第六条/);
    expect(f.basis).toContain("8:41通知总经理");
    expect(f.basis).not.toContain("第九条");
  });
  it("F2: 8 reached by the water at 00:25:00, 14 by 00:52:10", () => {
    const f = d.report.findings.find((g) => g.code === "OUTCOME_EXPOSED")!;
    expect(f.message.zh).toMatch(/^14 人被涌水淹及（00:25:00 时 8 人，至 00:52:10 共 14 人）/);
    expect(f.message.en).toContain("(8 at 00:25:00, 14 by 00:52:10)");
  });
  it("F13/F14: 煤矿安全生产条例 第五十九条 leads the basis; the 办法 is cited by name, without a 条文序号未核对 remark", () => {
    for (const rule of ["RPT-MINE-01", "RPT-MINE-02"]) {
      const f = d.report.findings.find((g) => g.ruleId === rule)!;
      expect(f.basis.startsWith("煤矿安全生产条例 第五十九条（立即如实报告）；矿山生产安全事故报告和调查处理办法")).toBe(true);
      expect(f.basis).not.toContain("条文序号未核对");
    }
  });
});

// review16 mine, good play: 石门镇 sends its aftermath group at 00:18, names the information officer at 00:19 and receives
// the families at 01:42 (plays/mine-flood.good.yaml), but nobody is hurt or trapped, so its duty (LNK-MINE-TOWN, workWhen
// casualties/trapped) never falls due; the 经验 credits the work in words and the score stays 100
describe("mine good: the township's unasked work is credited in 经验, not scored", () => {
  const g = drill("mine-flood", "good");
  it("names its 00:18 dispatch and quotes its 00:19 and 01:42 messages, saying the duty never fell due", () => {
    const s = g.report.strengths.find((x) => x.agency === "town")!;
    expect(s.message.zh).toMatch(/^石门镇人民政府主动履职（乡镇政府（善后处理组）安抚遇险人员家属，指定现场信息员）：00:18:00 调派/);
    expect(s.message.zh).toContain("00:19:00 通报「石门镇善后工作组已出发，指定镇应急办主任为现场信息员");
    expect(s.message.zh).toContain("01:42:00 通报「镇善后组已在矿门口接待家属");
    expect(s.message.zh).toMatch(/未产生时限，不计分$/);
    expect(g.report.score).toBe(100);
  });
});
