/**
 * Review9 chemical 8 (issue 10 §1, §5): a need its owner was told of only after it fell due is the notifier's up to then;
 * once the owner was told, with its own duty owed, what it then left undone in its own window (told + the need's
 * minutes) is its own.
 *
 * Chlorine leak, poor play: air monitoring at the village (req-monitor: 1 monitoring van, 45 min) fell due at 00:55
 * (00:10 + 45: the enterprise's 10-min notice to eco, LNK-CHEM-ECO). The enterprise never told eco; the bureau did at
 * 00:58 (#106), after the need fell due. Eco then sent no van before the drill ended at 04:00. Hand count: eco's own
 * window ends 00:58 + 45 = 01:43; the shortfall from then is eco's, grouped under its 联而不动 (LINKAGE_IDLE, from the
 * 00:58 notice), not the enterprise's "（生态环境局未及时获知事故信息所致）" for the whole drill.
 * The 120 of the mine flood, told at 01:50 "做好准备", owes the scenario's need from its own window, 01:50 + 60 = 02:50
 * (review12 mine 1), and its stand-by from 01:50 + 30 (LNK-MINE-EMS, owed from the inrush: review r15 mine 1): the
 * shortfall follows its 联而不动, as eco's does: booked with it at its own points (r27 mine 1: 随 Fx 计入 Fx, chargedWith;
 * was causedBy at 0, set aside, so never sending cost less than sending late).
 */
import { describe, expect, it } from "vitest";
import { drill, MIN } from "./fixtures.ts";

describe("a need told late is the owner's own after its own window (review9 chemical 8)", () => {
  it("chlorine leak: the missing monitoring van is eco's from 01:43 (00:58 + 45), under its 联而不动", () => {
    const d = drill("chemical-leak", "poor");
    const f = d.report.findings.filter((x) => x.opportunity === "req:req-monitor" && x.code === "DISPATCH_INSUFFICIENT");
    const idle = d.report.findings.find((x) => x.code === "LINKAGE_IDLE" && x.agency === "eco")!;
    expect(f.map((x) => [x.agency, x.atMs, x.chargedWith])).toEqual([["eco", 103 * MIN, idle.id]]);
    expect(f[0]!.message.zh).toContain("时限 01:43:00；市生态环境局临江分局 00:58:00 才获知事故信息，自获知起算");
    expect(f[0]!.message.zh).not.toContain("未及时获知事故信息所致");
  });

  it("mine flood: the 120, told at 01:50 and sending nothing, is charged its need from 02:50 (01:50 + 60), under its 联而不动", () => {
    const d = drill("mine-flood", "poor");
    const f = d.report.findings.filter((x) => x.opportunity === "req:req-ems" && x.agency === "ems");
    const idle = d.report.findings.find((x) => x.code === "LINKAGE_IDLE" && x.agency === "ems")!;
    expect(f.map((x) => [x.code, x.atMs, x.chargedWith])).toEqual([["DISPATCH_INSUFFICIENT", 170 * MIN, idle.id]]);
    expect(f[0]!.message.zh).toContain("时限 02:50:00；岭北县急救中心（120） 01:50:00 才获知事故信息，自获知起算");
  });
});
