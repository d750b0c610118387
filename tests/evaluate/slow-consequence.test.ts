/**
 * Issue 10 §2, each fault once: an agency told in time but acting late (LINKAGE_SLOW, domain.md §7.4)
 * is charged for that late command once. When the very command that met its duty late is its first
 * command for a requirement or for the public's protection, it came after the duty's deadline, and
 * the duty's delay covers the requirement's or protection's own (had the duty been met on time, the
 * consequence would have been in time) or the requirement was met by that very late command (the drive
 * after it is the command's; review7 N1), the late requirement (DISPATCH_LATE) or late protection
 * (PROTECTIVE_ACTION_LATE) follows from the slowness: it cites the LINKAGE_SLOW finding and costs
 * nothing again (AQ/T 9009-2015 §7: a consequence is not a second problem). A consequence later than
 * the duty's delay explains — the police 10 min slow on their duty but 22 min late at the gate — is a
 * fault of its own, and so is the late arrival of an agency that acted by its deadline, or a shortfall
 * of units never sent.
 */
import { describe, expect, it } from "vitest";
import type { Finding, ReportModel } from "../../engine/evaluate/report-model.ts";
import { drill } from "./fixtures.ts";
import { small } from "./verdicts-support.ts";

const slowOf = (r: ReportModel, agency: string): Finding => r.findings.find((f) => f.code === "LINKAGE_SLOW" && f.agency === agency)!;

describe("school fire, poor play: police and 120 told in time, acting 40 and 15 min later (LNK-SCH-PSB 30 min, LNK-SCH-EMS 10 min)", () => {
  const { report } = drill("school-fire", "poor");

  // LNK-SCH-PSB: told 00:05 by the 110 call, act by 00:35, acted 00:45 (10 min slow); req-police due 00:25 (told + 20 min), met 00:47:28 (22 min 28 s late):
  // acting on time (00:35) would still have put the car at the gate 12 min late, so the late gate control is a fault of its own
  // LNK-SCH-PSB is tagged U (公安具体职责未核实): domain.md §0 keeps it out of scoring, so its slowness is not charged
  it("the police's 00:45 traffic dispatch is not judged (an unverified duty); the gate control 22 min late is its own finding, deducted", () => {
    expect(report.findings.filter((f) => f.code === "LINKAGE_SLOW" && f.agency === "police")).toEqual([]);
    const late = report.findings.find((f) => f.code === "DISPATCH_LATE" && f.ruleId === "req-police")!;
    expect(late.agency).toBe("police");
    expect(late.causedBy).toBeUndefined();
    expect(late.points).toBeGreaterThan(0);
  });

  // LNK-SCH-EMS: told 00:25, act by 00:35, acted 00:40 (5 min slow) by one dispatch (#86), its first for req-ems-triage;
  // the triage requirement (due 00:30) met 00:45:39 by that ambulance: the very command that met the duty late, so the
  // requirement follows from the LINKAGE_SLOW (README; review7 N1: one late dispatch was counted as F20 0.98 and F21 2.17);
  // the rest of its lateness is the 5 min 39 s drive and the school's late call (F11), neither the 120's second fault
  // told at 00:25 the 120 could have been there at 00:30:39 acting at once (a 5 min 39 s drive: 39 s of the lateness are
  // the school's late call, LNK-SCH-EMS LINKAGE_NOTIFIED_LATE); it sent at 00:40, so the 15 min that made the triage late
  // are its own slow response: the need follows the 120's LINKAGE_SLOW at 0 points, one fault once (r11-cause, review9
  // chemical 8's kind; review10 school 3: "charge 120's late dispatch once")
  it("the 120's 00:40 ambulance is charged once, as LINKAGE_SLOW (5 min); the triage met late follows that slow response at 0 points (review7 N1)", () => {
    const slow = slowOf(report, "ems");
    const notice = report.findings.find((f) => f.code === "LINKAGE_NOTIFIED_LATE" && f.ruleId === "LNK-SCH-EMS")!;
    // the 120's own part; the part lost before it was told (due 00:30, 120 told 00:25 by the late call) is the school's
    // (review16 school 1: 力量未按时到场（通知迟延所致）, notice-shortfall.ts), charged once: on the school's notice, which
    // already carries the 120's late dispatch (review20 school 3: 随其他问题不重复扣分)
    const late = report.findings.find((f) => f.code === "DISPATCH_LATE" && f.ruleId === "req-ems-triage" && f.agency === "ems")!;
    const share = report.findings.find((f) => f.code === "DISPATCH_LATE" && f.ruleId === "req-ems-triage" && f.agency === "sch")!;
    expect(share.causedBy).toBe(notice.id);
    expect(share.points).toBe(0);
    expect(slow.points).toBeGreaterThan(0);
    expect(notice.agency).toBe("sch");
    expect(late.agency).toBe("ems");
    expect(late.causedBy).toBe(slow.id);
    expect(late.points).toBe(0);
  });

  it("a requirement the 120 never sent anything for (transport) is its own fault, not a consequence of its slow triage dispatch", () => {
    const short = report.findings.find((f) => f.code === "DISPATCH_INSUFFICIENT" && f.ruleId === "req-ems-transport")!;
    expect(short.agency).toBe("ems");
    expect(short.causedBy).toBeUndefined();
    expect(short.points).toBeGreaterThan(0);
  });

  it("the fire brigade sent one water tender where two were needed (req-engines): too few is its own choice, charged beside its slow turn-out", () => {
    const short = report.findings.find((f) => f.code === "DISPATCH_INSUFFICIENT" && f.ruleId === "req-engines")!;
    expect(short.agency).toBe("fire");
    expect(short.causedBy).toBeUndefined();
    expect(short.points).toBeGreaterThan(0);
  });
});

describe("chemical leak, poor play: the township told at 00:18 orders the pupils to shelter only at 01:20 (LNK-CHEM-TOWN, 30 min)", () => {
  const { report } = drill("chemical-leak", "poor");

  // the duty was due 00:48 and met 01:20 (32 min slow, 部门联动); the pupils, the head teacher's charge, asked of the township
  // at 00:18, were to be protected by 00:48 and were at 01:20 (力量调派). Review17 chemical A1 revised review6 B13: grouping
  // the pupils under the 响应迟缓 held only while the township did nothing else, and then put their points on the police
  it("the late shelter order is the township's 响应迟缓, and the pupils' late protection its own shortfall, not 随 it", () => {
    const slow = slowOf(report, "town");
    const late = report.findings.find((f) => f.code === "PROTECTIVE_ACTION_LATE" && f.agency === "town" && f.opportunity === "protect:pupils")!;
    expect(slow.points).toBeGreaterThan(0);
    expect(late.causedBy).toBeUndefined();
    expect(late.points).toBeGreaterThan(0);
  });

  it("the health bureau sent 2 ambulances at 01:10 where 3 were needed: the missing third is its own shortfall (quantity 1), not its slowness again", () => {
    const short = report.findings.find((f) => f.code === "DISPATCH_INSUFFICIENT" && f.ruleId === "req-treat")!;
    expect(short.agency).toBe("health");
    expect(short.quantity).toBe(1);
    expect(short.causedBy).toBeUndefined();
    expect(short.points).toBeGreaterThan(0);
  });
});

describe("school fire: police told by the 110 call, sending its car at 00:30, inside its 30-min duty (LNK-SCH-PSB), arrive after 00:20 (req-police)", () => {
  const d = small("school-fire", [["00:30:00", "police", { type: "dispatch", units: "pol-1", place: "school-gate", task: "traffic" }]], 60 * 60_000);

  it("no LINKAGE_SLOW for the police, and the late arrival is a dispatch fault of its own, deducted", () => {
    expect(d.of("LINKAGE_SLOW", "police")).toHaveLength(0);
    const late = d.report.findings.find((f) => f.code === "DISPATCH_LATE" && f.ruleId === "req-police")!;
    expect(late.agency).toBe("police");
    expect(late.causedBy).toBeUndefined();
    expect(late.points).toBeGreaterThan(0);
  });
});
