/**
 * Issue 10 §1, outcomes charged to the agency whose failure caused them: an evaluator (AQ/T 9009-2015
 * §7, 评估总结: problems with their causes, corrections to whoever caused them) names the late control of
 * a leak on the unit that sent the wrong crew to stop it, the miners left underground on the dispatch
 * room that did not order them out (先撤人后汇报, domain.md §5.1), and the public's exposure on the
 * agency whose protective-action order came late (ERG 2024 表3, 30 min). Each outcome keeps its own
 * deduction (issue 10 §9) and cites the finding that caused it ("由 Fx 所致").
 */
import { describe, expect, it } from "vitest";
import type { Finding, ReportModel } from "../../engine/evaluate/report-model.ts";
import { pointsText } from "../../cli/report/text.ts";
import { drill, noResponse } from "./fixtures.ts";

const one = (r: ReportModel, code: string, agency?: string): Finding => {
  const f = r.findings.filter((x) => x.code === code && (agency === undefined || x.agency === agency));
  expect(f.length, `${code} ${agency ?? ""}`).toBe(1);
  return f[0]!;
};

const none = (id: string): ReportModel => noResponse(id).report;

describe("chemical leak, poor play", () => {
  const { report, c } = drill("chemical-leak", "poor");

  // review12 chemical 2 (control-rerun.ts): replaying the play with the enterprise's 119 call in the good play's words still stops
  // the leak at 01:18:47, so that call is no cause of the late control; the fire brigade's water tenders sent to plug it are
  it("the leak stopped late follows the fire brigade's water tenders sent to plug it (req-plug needs a hazmat team; domain.md §5.2), not the enterprise's 119 wording, whose correction replayed stops it no sooner: HAZARD_CONTROL_LATE is on the brigade and keeps its own points", () => {
    const late = one(report, "HAZARD_CONTROL_LATE");
    const wrong = report.findings.find((f) => f.code === "DISPATCH_WRONG_TYPE" && f.causedBy === undefined)!;
    const hid = report.findings.find((f) => f.code === "ALARM_INACCURATE" && f.ruleId === "TELL-RESCUERS" && f.agency === "ent")!;
    expect(wrong.agency).toBe("fire");
    expect(c.scenario.leadAgency).toBe("eb");
    expect(late.agency).toBe("fire");
    expect(late.causes).toContain(wrong.id);
    expect(late.causes).not.toContain(hid.id);
    expect(late.causedBy).toBeUndefined();
    expect(late.points).toBeGreaterThan(0);
  });

  it("the recommendation on control goes to the fire brigade, not the lead agency", () => {
    const rec = report.recommendations.find((r) => r.codes.includes("HAZARD_CONTROL_LATE"))!;
    expect(rec.agencies).toEqual(["fire"]);
  });

  it("the villagers' exposure above AEGL-2 (from 00:36:50) is on the police, who owed their shelter/evacuation (ERG 2024 表3: within 30 min of the 110 call at 00:11); the AEGL-3 farmer, left in the field until 01:20, is on the police who moved the farmers late (危化条例 第七十二条第（一）项, the duty to evacuate; review r15 chemical 6), not on the enterprise", () => {
    const exp = one(report, "OUTCOME_EXPOSED_AEGL2");
    const byId = (id: string) => report.findings.find((f) => f.id === id)!;
    const notTold = report.findings.find((f) => f.code === "REPORT_MISSING" && f.agency === "ent" && f.ruleId === "RPT-ENT-CHEM-PSB")!;
    expect(exp.agency).toBe("police");
    expect(byId(exp.causes![0]!).code).toBe("PROTECTIVE_ACTION_LATE");
    expect(byId(exp.causes![0]!).agency).toBe("police");
    expect(exp.causes).toContain(notTold.id);
    for (const id of exp.causes!) expect(["PROTECTIVE_ACTION_LATE", "REPORT_MISSING"], id).toContain(byId(id).code);
    // the AEGL-3 figure is the high tail of the farmers' group (1.12 expected persons above AEGL-3): dated when the
    // farmers' exposure began (their group's AEGL-2 crossing, 00:05:33; the AEGL-3 moment itself is not known), but the
    // dose grew until they were out at 01:20: the agency owing their evacuation (due 00:41) and late with it answers for it
    const a3 = one(report, "OUTCOME_EXPOSED_AEGL3");
    expect(Math.floor(a3.atMs / 1000)).toBe(5 * 60 + 33);
    expect(a3.agency).toBe("police");
    expect(byId(a3.causes![0]!).opportunity).toBe("protect:farmers");
    expect(byId(a3.causes![0]!).agency).toBe("police");
    expect(a3.causes).toContain(notTold.id);
    expect(a3.quantity).toBe(1);
    expect(a3.causedBy).toBe(exp.id);
    expect(a3.points).toBe(0);
  });

  it("the written report says which finding caused the outcome: 由 Fx 所致", () => {
    const late = one(report, "HAZARD_CONTROL_LATE");
    expect(pointsText(late).zh).toContain(`由 ${late.causes![0]}`);
    expect(pointsText(late).zh).toContain("所致");
    expect(pointsText(late).en).toContain(`caused by ${late.causes![0]}`);
  });
});

describe("chemical leak, no action", () => {
  const report = none("chemical-leak");

  it("the leak never stopped because nobody called 119 (危化条例 第七十一条; the profile's LNK-CHEM-FIRE: the incident's unit tells the brigade): HAZARD_NOT_CONTROLLED names the enterprise and cites the notice it never gave", () => {
    const nc = one(report, "HAZARD_NOT_CONTROLLED");
    const nn = report.findings.find((f) => f.code === "LINKAGE_NOT_NOTIFIED" && f.ruleId === "LNK-CHEM-FIRE")!;
    expect(nc.agency).toBe("ent");
    // b6b8b2e (a notifier's share of a need): a need whose owner was never told is the notifier's own 力量不足 with
    // points, its text naming the owner not told in time; so the leak's first cause is the enterprise's plugging
    // shortfall (req-plug, the brigade's hazmat team never told), and the notice it never gave stays charged on its own
    // (its first cause is the call never made. Review21 to round 27 the 未报警 row followed the 未通知 at 0 (随 Fx), and the
    // cause was cited through it as the 未通知; since round 28 the row is charged in 信息报告 on its own (alarm-never.ts,
    // alarm-order.test.ts: a call never made costs at least a late vague one), so, as before r22, the row itself — what
    // the brigade was never told (causes.ts RESCUE_RULES), under the notice's basis — stands first)
    const alarm = report.findings.find((f) => f.code === "ALARM_INACCURATE" && f.opportunity === "alarm:fire")!;
    expect(nc.causes?.[0]).toBe(alarm.id);
    expect([alarm.causedBy, alarm.points > 0, alarm.basis.startsWith(nn.basis)]).toEqual([undefined, true, true]);
    const plug = report.findings.find((f) => nc.causes?.includes(f.id) && f.code === "DISPATCH_INSUFFICIENT")!;
    expect([plug.code, plug.agency, plug.causedBy]).toEqual(["DISPATCH_INSUFFICIENT", "ent", undefined]);
    expect(plug.message.zh).toContain("堵漏");
    expect(plug.message.zh).toContain("临江县消防救援大队未及时获知事故信息所致");
    expect([nn.agency, nn.causedBy, nn.points > 0]).toEqual(["ent", undefined, true]);
  });
});

describe("mine flood: the people underground follow the dispatch room's withdrawal order (先撤人后汇报, domain.md §5.1; LNK-MINE-DISPATCH is met only by it)", () => {
  it("poor play (the order 45 min late): the miners reached by the water and the preventable harm name the dispatch room and cite its slow response", () => {
    const { report } = drill("mine-flood", "poor");
    const slow = one(report, "LINKAGE_SLOW", "dispatch");
    // the room's late notice to the mine head (due 00:07, told 00:15) is no cause: the room owed the withdrawal itself
    // (LNK-MINE-DISPATCH), and with the notice on time the same six are cut off (review9 mine 7)
    const notice = report.findings.find((f) => f.code === "LINKAGE_NOTIFIED_LATE" && f.ruleId === "LNK-MINE-MINE")!;
    expect(notice.agency).toBe("dispatch");
    // review18 mine A2: the mine head's own late withdrawal (told 00:15, due 00:20) is a cause beside the room's; the
    // preventable harm is shared by both (mine-r19-joint.test.ts), those exposed and trapped follow it
    const head = one(report, "LINKAGE_SLOW", "mine");
    for (const code of ["OUTCOME_EXPOSED", "OUTCOME_PREVENTABLE_HARM", "OUTCOME_TRAPPED"]) {
      const f = one(report, code);
      expect([...f.causes!].sort(), code).toEqual([slow.id, head.id].sort());
    }
    expect(one(report, "OUTCOME_PREVENTABLE_HARM").points).toBeGreaterThan(0);
    // the advice on withdrawing first (先撤人、后汇报) goes to the dispatch room alone
    const rec = report.recommendations.find((r) => r.codes.includes("OUTCOME_PREVENTABLE_HARM"))!;
    expect(rec.agencies).toContain("dispatch");
  });

  it("no action: the same outcomes name the dispatch room, told at 00:02 and never ordering the withdrawal (LINKAGE_IDLE)", () => {
    const report = none("mine-flood");
    const idle = one(report, "LINKAGE_IDLE", "dispatch");
    for (const code of ["OUTCOME_EXPOSED", "OUTCOME_PREVENTABLE_HARM"]) {
      const f = one(report, code);
      expect(f.agency, code).toBe("dispatch");
      expect(f.causes?.[0], code).toBe(idle.id);
    }
  });
});

describe("school fire, poor play", () => {
  const { report } = drill("school-fire", "poor");

  it("the smoke exposure follows the school's late evacuation signal (消防法 第四十四条); the one engine sent where two were required (req-engines) is charged, but the fire is under control in time, so no control outcome is put on it", () => {
    // the corridor burnt out by itself and the first tanker knocked the prep room down at 00:17:15 (fire-control.test.ts)
    const short = one(report, "DISPATCH_INSUFFICIENT", "fire");
    expect(short.ruleId).toBe("req-engines");
    expect(report.findings.filter((f) => f.code === "HAZARD_NOT_CONTROLLED" || f.code === "HAZARD_CONTROL_LATE")).toEqual([]);
    const exp = one(report, "OUTCOME_EXPOSED");
    expect(exp.agency).toBe("sch");
    expect(report.findings.find((f) => f.id === exp.causes![0])!.ruleId).toBe("LNK-SCH-SCHOOL");
  });
});

describe("an outcome no process finding explains", () => {
  // AQ/T 9009-2015 (domain.md §3.6) judges participants' performance and the drill's objectives apart:
  // what no participant's fault explains is charged to no agency (not to the lead agency by default)
  it("is on no agency, says so and cites nothing (chemical leak, good play: 35 people exposed before any response could act)", () => {
    const { report } = drill("chemical-leak", "good");
    const exp = one(report, "OUTCOME_EXPOSED_AEGL2");
    expect(exp.agency).toBeNull();
    expect(exp.message.zh).toContain("无可归因的处置缺陷");
    expect(exp.causes).toBeUndefined();
  });
});
