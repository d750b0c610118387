/**
 * A duty that has work only on casualties or people trapped (the profile's `workWhen`, domain.md §5 "Trigger")
 * is owed as action by an agency once IT is told of that work, not on the ground truth (review9 mine 2; issue
 * 10 §1: blame the agency that failed): the township's aftermath group, the health bureau's triage.
 * The mine's 120 stand-by is not such a duty (review r15 mine 1): the drill plan asks for ambulances at the
 * mine from the inrush (req-ems, 救护车到矿待命), hurt or not, so a 120 told of the inrush — even by a bare
 * "请做好准备" — owes its stand-by from then (LNK-MINE-EMS: 10 min since r19-chem, as the chemical and school 120: 本县设定), and sending nothing is 联而不动 on the 120,
 * its ambulance shortfall following from it (README: a shortfall of an agency told but idle follows from its 联而不动).
 */
import { describe, expect, it } from "vitest";
import type { DrillEvent, EventOf } from "../../engine/model/events.ts";
import { drill, MIN } from "./fixtures.ts";
import { small } from "./verdicts-support.ts";

const opened = (events: readonly DrillEvent[], id: string): EventOf<"obligationOpened"> | undefined =>
  events.find((e): e is EventOf<"obligationOpened"> => e.type === "obligationOpened" && e.obligation.id === id);

describe("mine flood, poor play: the 120 hears only EB's '请做好准备' (01:50)", () => {
  const d = drill("mine-flood", "poor");

  // r27 mine 1: the shortfall is booked with the 联而不动 (随 Fx 计入 Fx, 2 ambulances × 3 rubric points), no longer 0 and set aside
  it("联而不动 on the 120 from its receipt, 01:50 + 10 min = 02:00, in 部门联动; its ambulance shortfall is booked with it (2 × 3)", () => {
    expect(opened(d.events, "LNK-MINE-EMS:act:ems")?.obligation.deadlineMs).toBe((110 + 10) * MIN);
    const idle = d.report.findings.filter((f) => f.agency === "ems" && f.code === "LINKAGE_IDLE");
    expect(idle).toHaveLength(1);
    expect(idle[0]!.section).toBe("linkage");
    const short = d.report.findings.filter((f) => f.agency === "ems" && f.code === "DISPATCH_INSUFFICIENT");
    expect(short.map((f) => [f.causedBy, f.chargedWith, f.rubricPoints])).toEqual([[undefined, idle[0]!.id, 6]]);
  });

  it("EB's late notice to the 120 stays a finding on EB (the notifier)", () => {
    expect(d.report.findings.filter((f) => f.code === "LINKAGE_NOTIFIED_LATE" && f.agency === "eb" && f.message.zh.includes("急救中心"))).toHaveLength(1);
  });

  it("the township, told by the families at the gate (01:40, relatives come to find their people), still owes its aftermath work: idle by 02:40", () => {
    // LNK-MINE-TOWN: 60 min to act from 01:40 = 02:40
    expect(opened(d.events, "LNK-MINE-TOWN:act:town")?.obligation.deadlineMs).toBe((100 + 60) * MIN);
    expect(d.report.findings.filter((f) => f.code === "LINKAGE_IDLE" && f.agency === "town")).toHaveLength(1);
  });
});

describe("mine flood: the 120 owes its stand-by once a call tells it of the inrush, trapped or not (review r15 mine 1)", () => {
  // the withdrawal at 00:52 leaves heading 1205 cut off (01:03:50, as in the poor play); the mine tells EB of 6 missing at 01:10
  const before: Array<[string, string, Record<string, unknown>]> = [
    ["00:52:00", "dispatch", { type: "evacuate", place: "mine" }],
    ["01:10:00", "mine", { type: "report", to: "eb", kind: "initial", mode: "oral", content: { unit: "兴隆煤矿", location: "1205回风顺槽", scene: "透水", casualties: { deaths: 0, seriousInjuries: 0, injured: 0, missing: 6 } } }],
  ];
  const call = (text: string): [string, string, Record<string, unknown>] => ["01:15:00", "eb", { type: "message", to: ["ems"], channel: "phone", text }];

  it("EB's 01:15 call saying 6 are trapped tells the 120: due to act by 01:25 (10 min)", () => {
    const d = small("mine-flood", [...before, call("兴隆煤矿井下6人被困，请派救护车到矿待命。")], 120 * MIN);
    const ems = opened(d.events, "LNK-MINE-EMS:act:ems");
    expect(ems?.at).toBe(75 * MIN);
    expect(ems?.obligation.deadlineMs).toBe(85 * MIN);
    expect(d.of("LINKAGE_IDLE", "ems")).toHaveLength(1);
  });

  it("the same bureau's bare '请做好准备' owes the same stand-by: due 01:25, idle is 联而不动 on the 120", () => {
    const d = small("mine-flood", [...before, call("兴隆煤矿井下出水，请做好准备。")], 120 * MIN);
    expect(d.state.knowledge.find((k) => k.agency === "ems")?.notifiedAtMs).toBe(75 * MIN);
    expect(opened(d.events, "LNK-MINE-EMS:act:ems")?.obligation.deadlineMs).toBe(85 * MIN);
    expect(d.of("LINKAGE_IDLE", "ems")).toHaveLength(1);
  });
});
