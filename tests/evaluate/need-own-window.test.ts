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
 * The 120 of the mine flood, told at 01:50 "做好准备", owes the ambulances from then (review10 mine 1:
 * "120 01:50 接报后至演练结束未派救护车到矿"): its linkage duty to act opens only once told of its work (rules/duty-work.ts), but the need to stand
 * ambulances by at the mine is the scenario's, judged on its owner's own window (01:50 + 60 = 02:50 = 170 min).
 */
import { describe, expect, it } from "vitest";
import { drill, MIN } from "./fixtures.ts";

describe("a need told late is the owner's own after its own window (review9 chemical 8)", () => {
  it("chlorine leak: the missing monitoring van is eco's from 01:43 (00:58 + 45), under its 联而不动", () => {
    const d = drill("chemical-leak", "poor");
    const f = d.report.findings.filter((x) => x.opportunity === "req:req-monitor" && x.code === "DISPATCH_INSUFFICIENT");
    const idle = d.report.findings.find((x) => x.code === "LINKAGE_IDLE" && x.agency === "eco")!;
    // its own shortfall, charged in its own need (review10 school 3: never set aside under its own 联而不动, which stays charged once in 部门联动)
    expect(f.map((x) => [x.agency, x.atMs, x.causedBy, x.rubricPoints])).toEqual([["eco", 103 * MIN, undefined, 3]]);
    expect(idle.points).toBeGreaterThan(0);
    expect(f[0]!.message.zh).toContain("时限 01:43:00；市生态环境局临江分局 00:58:00 才获知事故信息，自获知起算");
    expect(f[0]!.message.zh).not.toContain("未及时获知事故信息所致");
  });

  it("mine flood: the 120, told at 01:50 to stand by, answers for the ambulances it never sent in its own window (to 02:50)", () => {
    const d = drill("mine-flood", "poor");
    const f = d.report.findings.filter((x) => x.opportunity === "req:req-ems" && x.agency === "ems");
    expect(f.map((x) => [x.code, x.atMs, x.causedBy])).toEqual([["DISPATCH_INSUFFICIENT", 170 * MIN, undefined]]);
  });
});
