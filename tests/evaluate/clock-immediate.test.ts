/**
 * Review6 B15 (issue 10 §3, §12): 危险化学品安全管理条例 第七十一条 — the unit's principal organises
 * the rescue 立即 and reports to the environmental, police and health authorities; 生产安全事故应急条例
 * 第十七条 — rescue the people in danger at once. "立即" is this county's 10 min from the unit's
 * receipt (tag D, 本县设定; as its 119 call), not the 1 h of a report to the emergency bureau (493号令
 * 第九条). The chemical-leak scenario's first inject (00:00) tells the enterprise that workers are down,
 * so its call to the health bureau (120) is due 00:10:00. The meteorological bureau is told by the lead
 * agency within 30 min of the release (本县设定: the ERG protective distances are for the first 30 min).
 */
import { describe, expect, it } from "vitest";
import type { DrillEvent } from "../../engine/model/events.ts";
import { MIN } from "./fixtures.ts";
import { small } from "./verdicts-support.ts";

const call120 = (at: string): [string, string, Record<string, unknown>] => [at, "ent", {
  type: "report", to: "health", kind: "initial", mode: "oral",
  content: { unit: "临江化工有限公司", time: "9时20分", location: "液氯罐区", scene: "液氯泄漏，员工倒地", sequence: "出料阀法兰泄漏", casualties: { deaths: 0, seriousInjuries: 0, injured: 1, missing: 0 }, measures: ["企业救援队搜救"] },
}];

/** The timeline's marks on obligations whose id starts with `prefix`: true for ✓ 按时. */
function marks(events: readonly { event: unknown }[], prefix: string): boolean[] {
  return events.flatMap((t) => {
    const e = t.event as DrillEvent;
    return e.type === "obligationMet" && e.id.startsWith(prefix) ? [!e.late] : [];
  });
}

describe("the enterprise calls 120 when its people are down: 立即, 10 min (危化条例 第七十一条, 应急条例 第十七条)", () => {
  it("a call at 00:30 is 20 min late (due 00:10:00): one 迟报 on the enterprise, the health bureau's late notice grouped under it", () => {
    const d = small("chemical-leak", [call120("00:30:00")], 40 * MIN);
    const late = d.of("REPORT_LATE", "ent").filter((f) => f.ruleId === "RPT-ENT-CHEM-HEALTH");
    expect(late).toHaveLength(1);
    expect(late[0]!.message.zh).toContain("时限 00:10:00，实际 00:30:00 报告（00:00:00 接报后 30分钟），超时 20分");
    expect(late[0]!.basis).toContain("第七十一条");
    expect(late[0]!.basis).toContain("本县设定");
    const notice = d.of("LINKAGE_NOTIFIED_LATE", "ent").filter((f) => f.ruleId === "LNK-CHEM-HEALTH");
    expect(notice).toHaveLength(1);
    expect(notice[0]!.message.zh).toContain("时限 00:10:00，迟 20分");
    expect([notice[0]!.causedBy, notice[0]!.points]).toEqual([late[0]!.id, 0]);
    // the timeline never marks the call "按时"
    expect(marks(d.report.timeline, "RPT-ENT-CHEM-HEALTH:")).toEqual([false]);
    expect(d.report.linkage.rows.find((r) => r.agency === "health")?.notifyDeadlineMs).toBe(10 * MIN);
  });

  it("a call at 00:08 is in time: no finding on the call, marked ✓", () => {
    const d = small("chemical-leak", [call120("00:08:00")], 40 * MIN);
    expect(d.report.findings.filter((f) => f.ruleId === "RPT-ENT-CHEM-HEALTH" || (f.ruleId === "LNK-CHEM-HEALTH" && f.code.startsWith("LINKAGE_NOT")))).toEqual([]);
    expect(marks(d.report.timeline, "RPT-ENT-CHEM-HEALTH:")).toEqual([true]);
  });

  it("no report or notice text says 可配置 (a signed report states the county's choice, not that it can be changed)", () => {
    const d = small("chemical-leak", [call120("00:30:00")], 70 * MIN);
    const texts = [...d.report.findings.map((f) => `${f.message.zh}${f.basis}`), ...d.c.rules.reporting.map((r) => `${r.text.zh}${r.basis}`), ...d.c.rules.linkage["chemical-leak"].map((r) => `${r.text.zh}${r.basis}${r.noticeBasis ?? ""}`)];
    expect(texts.filter((t) => t.includes("可配置"))).toEqual([]);
  });
});

describe("the lead agency tells the meteorological bureau within 30 min of the release (本县设定, ERG first 30 min), not 1 h", () => {
  const reportEb: [string, string, Record<string, unknown>] = ["00:02:00", "ent", {
    type: "report", to: "eb", kind: "initial", mode: "oral",
    content: { unit: "临江化工有限公司", time: "9时20分", location: "液氯罐区", scene: "液氯泄漏", sequence: "出料阀法兰泄漏", casualties: { deaths: 0, seriousInjuries: 0, injured: 0, missing: 0 }, measures: ["企业救援队搜救"] },
  }];
  const respond: [string, string, Record<string, unknown>] = ["00:05:00", "eb", { type: "activateResponse", level: 4 }];
  const tellMet = (at: string): [string, string, Record<string, unknown>] => [at, "eb", { type: "message", to: ["met"], channel: "phone", text: "临江化工液氯泄漏，请立即提供事发地风向风速" }];

  it("told at 00:58, as in the poor play, is 28 min late (due 00:30:00) on the bureau, which knew from 00:02", () => {
    const d = small("chemical-leak", [reportEb, respond, tellMet("00:58:00")], 70 * MIN);
    const f = d.of("LINKAGE_NOTIFIED_LATE", "eb").filter((x) => x.ruleId === "LNK-CHEM-MET");
    expect(f).toHaveLength(1);
    expect(f[0]!.message.zh).toContain("时限 00:30:00，迟 28分");
    expect(f[0]!.basis).toContain("本县设定");
    expect(d.report.linkage.rows.find((r) => r.agency === "met")?.notifyDeadlineMs).toBe(30 * MIN);
  });

  it("told at 00:25 is in time", () => {
    const d = small("chemical-leak", [reportEb, respond, tellMet("00:25:00")], 70 * MIN);
    expect(d.report.findings.filter((x) => x.ruleId === "LNK-CHEM-MET" && x.code.startsWith("LINKAGE_NOT"))).toEqual([]);
  });
});
