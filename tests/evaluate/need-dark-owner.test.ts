/**
 * Review8 mine 2 (issue 10 §1, §5): a need an owner could not meet because it was told only after the need fell due
 * is counted from the incident (or from when the owner should have been told), never "自获知起算" from the owner's own
 * late notice, and is charged to whoever had to tell it, grouped under that notice finding (once).
 *
 * Mine flood: traffic control at the access junction (req-traffic, 1 police car, 60 min) falls due at 01:25 (the
 * requirement's clock, dispatch.ts requirementStart: no rule times the police's notice, so from the accident, the
 * inrush at 00:25, scenario incidentAt; review8 mine 1).
 * The county bureau learns at 01:10 and tells the police only at 01:50 ("做好准备"), past its own 01:25 (15 min of
 * receipt, LNK-MINE-EB): the bureau's 通知迟延 is the fault. The police never send a car. An evaluator writes
 * "交通管制未按时到位，系县应急局迟至01:50才通知公安所致" — the police's own part is its linkage duty (联而不动/响应迟缓),
 * not the need. Without the fix the need is "时限 02:50:00；…01:50:00 才获知事故信息，自获知起算" on the police (5 points).
 */
import { describe, expect, it } from "vitest";
import { small } from "./verdicts-support.ts";

const MIN = 60_000;
const report: [string, string, Record<string, unknown>] = ["01:10:00", "mine", { type: "report", to: "eb", kind: "initial", mode: "oral", content: { unit: "兴隆煤矿", location: "井下1203工作面", scene: "突水", casualties: { deaths: 0, seriousInjuries: 0, injured: 0, missing: 0 } } }];
const tell: [string, string, Record<string, unknown>] = ["01:50:00", "eb", { type: "message", to: ["police", "ems"], channel: "phone", text: "兴隆煤矿井下出水，请做好准备。" }];

describe("a need that fell due before its owner was told is the late notifier's up to then, once", () => {
  const d = small("mine-flood", [report, tell], 200 * MIN);
  const need = (id: string) => d.report.findings.filter((f) => f.opportunity === `req:${id}` && f.code === "DISPATCH_INSUFFICIENT");

  // review9 chemical 8: the police, told at 01:50 (after the need fell due at 01:25) with their duty owed, had their own
  // window, 01:50 + 60 = 02:50, and never sent a car: the shortfall from then is their own, under their 联而不动 (0 again);
  // the time lost before stays the bureau's late notice, a finding of its own
  // r27 mine 1: booked with the 联而不动 (随 Fx 计入 Fx), its rubric points kept: 1 car × 3 (county-default rubric,
  // 派遣力量数量充足, 3 each), never set aside (set aside, never acting cost less than acting late)
  it("traffic control: the bureau's late notice stands; the shortfall from 02:50 (01:50 + 60) is the police's own, booked with their 联而不动", () => {
    const f = need("req-traffic");
    const notice = d.report.findings.find((x) => x.opportunity === "link:LNK-MINE-PSB:police" && x.code === "LINKAGE_NOTIFIED_LATE")!;
    expect(notice.agency).toBe("eb");
    const idle = d.report.findings.find((x) => x.code === "LINKAGE_IDLE" && x.agency === "police")!;
    expect(f.map((x) => [x.agency, x.atMs, x.causedBy, x.chargedWith, x.rubricPoints])).toEqual([["police", 170 * MIN, undefined, idle.id, 3]]);
  });

  // review12 mine 1: the 120, told at 01:50 ("做好准备") after its need fell due at 01:25, had its own window from receipt,
  // 01:50 + 60 = 02:50 (still inside the drill's 03:20), and sent no ambulance: the shortfall from then is its own; review
  // r15 mine 1: told of the inrush, it owed its stand-by (LNK-MINE-EMS, 01:50 + 30) and stayed idle, so the shortfall
  // follows its 联而不动 (0 again), as the police's does
  // r27 mine 1: booked with its 联而不动, 2 ambulances × 3 = 6 rubric points kept (it was 0 and set aside: the 120 that
  // never sent one paid 1.62 on the poor play, less than the police that sent a car late)
  it("the ambulances never sent: the 120's own shortfall from 02:50 (01:50 + 60), booked with its 联而不动 (2 × 3)", () => {
    const f = need("req-ems");
    const idle = d.report.findings.find((x) => x.code === "LINKAGE_IDLE" && x.agency === "ems")!;
    expect(f.map((x) => [x.agency, x.atMs, x.causedBy, x.chargedWith, x.rubricPoints])).toEqual([["ems", 170 * MIN, undefined, idle.id, 6]]);
    expect(f[0]!.message.zh).toContain("时限 02:50:00");
  });

  // review12 mine 2 (need-root.ts): the 120 had to know by 01:25 − 25:44 = 00:59:16; the mine's report fell due only at
  // 01:25 (00:25 + 60, 493号令 第九条), so even on time and honest it could not have had them there: its 瞒报 is no root.
  // Variant: the 120 is never told; the need goes with the bureau's own missing notice to it (its 未通知). r27 mine 2: the
  // bureau, told at 01:10, could have told it by 01:25 and the ambulances been there by 01:25 + 60 = 02:25, inside the
  // drill: what stays undone is booked with the 未通知 (2 × 3 rubric points, 随 Fx 计入 Fx), never set aside (was 0)
  it("never told: the ambulances follow the bureau's 未通知 to the 120, not the mine's 瞒报", () => {
    const dark = small("mine-flood", [report, ["01:50:00", "eb", { ...tell[2], to: ["police"] }]], 200 * MIN);
    const f = dark.report.findings.filter((x) => x.opportunity === "req:req-ems" && x.code === "DISPATCH_INSUFFICIENT");
    const notice = dark.report.findings.find((x) => x.key === undefined && x.code === "LINKAGE_NOT_NOTIFIED" && x.message.zh.includes("岭北县急救中心（120）") && x.agency === "eb")!;
    expect(f.map((x) => [x.agency, x.causedBy, x.chargedWith, x.rubricPoints])).toEqual([["eb", undefined, notice.id, 6]]);
    expect(f[0]!.message.zh).not.toContain("隐瞒");
  });
});

/**
 * Review8 chemical 10 (issue 10 §3): a notice finding names who really told. The chlorine leak's police first hear of it
 * from a villager's 110 call (inj-04, source 江湾村村民（110报警）) at 00:11, the enterprise never told them (F4): the
 * evaluator writes "公安00:11经群众110报警获知", never that the enterprise told them late.
 */
describe("a late notice names who really told", () => {
  it("chlorine leak, empty play: the police told by the villager's 110 call", () => {
    const d = small("chemical-leak", [], 30 * MIN);
    // never sent by the enterprise: 未通知 (review15 school 4), still naming who told the police
    const f = d.report.findings.find((x) => x.opportunity?.startsWith("link:") && x.opportunity.endsWith(":police") && x.code === "LINKAGE_NOT_NOTIFIED");
    expect(f?.message.zh).toContain("（经江湾村村民（110报警）告知）");
    expect(f?.message.en).toContain("(told by Jiangwan villager (110 call))");
  });
});
