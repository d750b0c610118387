/**
 * Review10 mine 1, school 3 (issue 10 §1, §2, §11): a need (a scenario resource requirement) is judged on the agency that
 * owns it from when that agency was told; only the part it could not meet because it was told late is set aside, what it
 * could still do once told and did not is its own finding, charged, and its notifier's late notice is charged once on the
 * notifier (通知迟延). So telling an owner earlier, or calling it earlier, never lowers the total or the 力量调派 rate.
 *
 * Mine flood, poor play: the bureau tells the police and the 120 only at 01:50 ("请做好准备"). The ambulances (req-ems: 2,
 * 60 min) and the traffic control at the junction (req-traffic: 1 police car, 60 min) fell due at 01:25 (00:25 + 60). Own
 * windows: 01:50 + 60 = 02:50; neither ever came (the drill ends 04:00). Hand count: 2 × 3 + 1 × 3 = 9 rubric points
 * charged on the 120 and the police, W = 15 for 力量调派 (4 needs: 3 + 3 + 6 + 3) all judged, lost 3 (pumps) + 9 = 12:
 * rate 100 × (1 − 12 / 15) = 20, where before the two needs were set aside 随 the notices (W − S = 6, rate 50) and hid them.
 * Variant notify0112 (the reviewer's): the same message at 01:12, on time (the requirement-notice's due is 01:25), too close
 * to 01:25 for either to act in its own minutes (30 min, LNK-MINE-EMS / LNK-MINE-PSB): their need runs from 01:12 to 02:12,
 * and is charged the same 9 points, while the bureau's two 通知迟延 (2 points each, × 30 / 71) are gone: total ≥ poor.
 *
 * School fire, variant s1ems: the school calls the 120 at 00:07:30 instead of 00:25. The 120 sends its triage ambulance
 * only at 00:40 either way (its own 响应迟缓). The triage need (req 4, 3 points) was set aside 随 that 响应迟缓 in s1ems (all
 * 3 points off 应得分) but only 2 of 3 in the poor play: the earlier call lowered the total 17.6 → 16.4. Judged on the
 * 120 in both (2 points, 到场/派出迟延 within the need's 3), the rate and the total no longer fall.
 */
import { describe, expect, it } from "vitest";
import { evaluate } from "../../engine/evaluate/evaluate.ts";
import type { Command } from "../../engine/model/commands.ts";
import { run } from "../../engine/replay.ts";
import { compiled, ms, playOf, SCENARIOS } from "../helpers.ts";
import { bestPlay, drill, rubric } from "./fixtures.ts";

/** The shipped poor play of `id` with the one message from `by` to `to` at `from` moved to `to_` (a reviewer's variant). */
function variant(id: string, by: string, to: string, from: string, at: string) {
  const c = compiled(id);
  const commands = playOf(c, `${SCENARIOS}/plays/${id}.poor.yaml`)
    .map((k): Command => (k.by === by && k.at === ms(from) && k.type === "message" && k.to.includes(to) ? { ...k, at: ms(at) } : k))
    .sort((a, b) => a.at - b.at);
  expect(commands.some((k) => k.at === ms(at) && k.by === by)).toBe(true);
  const r = run(c, 7, commands);
  return evaluate(c, r.events, r.state, rubric(), undefined, bestPlay(id, c));
}
const rate = (report: ReturnType<typeof drill>["report"], id: string) => report.sections.find((s) => s.id === id)!.score;

describe("a need is judged on its owner from when it was told (review10 mine 1, school 3)", () => {
  it("mine flood: the 120 and the police told at 01:50 that sent nothing by 02:50 are charged their needs, not set aside", () => {
    const d = drill("mine-flood", "poor");
    const needs = d.report.findings.filter((f) => (f.opportunity === "req:req-ems" || f.opportunity === "req:req-traffic") && f.code === "DISPATCH_INSUFFICIENT");
    expect(needs.map((f) => [f.opportunity, f.agency, f.causedBy, f.atMs, f.rubricPoints])).toEqual([
      ["req:req-ems", "ems", undefined, ms("02:50:00"), 6],
      ["req:req-traffic", "police", undefined, ms("02:50:00"), 3],
    ]);
    expect(needs[0]!.message.zh).toContain("时限 02:50:00；岭北县急救中心（120） 01:50:00");
    // nothing set aside in 力量调派: W − S = W = 15, lost 12
    const s = d.report.sections.find((x) => x.id === "dispatch")!;
    expect([s.scoring?.unearned, s.scoring?.lost, s.score]).toEqual([0, 12, 20]);
    // the bureau's late notices stay charged once, on the bureau
    const late = d.report.findings.filter((f) => f.code === "LINKAGE_NOTIFIED_LATE" && f.agency === "eb" && f.atMs === ms("01:50:00"));
    expect(late.map((f) => f.points)).toEqual([0.85, 0.85]);
  });

  it("mine flood notify0112: telling the police and the 120 at 01:12 keeps the total and the 力量调派 rate at least the poor play's", () => {
    const poor = drill("mine-flood", "poor").report;
    const v = variant("mine-flood", "eb", "ems", "01:50:00", "01:12:00");
    expect(v.score!).toBeGreaterThanOrEqual(poor.score!);
    expect(rate(v, "dispatch")).toBeGreaterThanOrEqual(rate(poor, "dispatch"));
    // its deadline starts when it really starts: 01:12 + 60, not 01:25 (13 min after the notice)
    const ems = v.findings.find((f) => f.opportunity === "req:req-ems" && f.code === "DISPATCH_INSUFFICIENT")!;
    expect([ems.agency, ems.atMs]).toEqual(["ems", ms("02:12:00")]);
  });

  it("school fire s1ems: calling the 120 at 00:07:30 keeps the total and the 力量调派 rate at least the poor play's", () => {
    const poor = drill("school-fire", "poor").report;
    const v = variant("school-fire", "sch", "ems", "00:25:00", "00:07:30");
    expect(v.score!).toBeGreaterThanOrEqual(poor.score!);
    expect(rate(v, "dispatch")).toBeGreaterThanOrEqual(rate(poor, "dispatch"));
    // the triage need is the 120's own, charged (its 3 points never dropped from 应得分)
    const triage = v.sections.find((x) => x.id === "dispatch")?.scoring?.items?.find((o) => o.id === "req:req-ems-triage");
    expect([triage?.unearned, triage?.lost]).toEqual([undefined, 2]);
    expect(v.findings.filter((f) => f.opportunity === "req:req-ems-triage" && (f.rubricPoints ?? 0) > 0).map((f) => [f.code, f.agency, f.causedBy])).toEqual([["DISPATCH_LATE", "ems", undefined]]);
    // one receipt time for the call (#29): 00:07:30, 1 min after its 00:06:30 limit, in the late-notice finding as in the table
    const notice = v.findings.find((f) => f.code === "LINKAGE_NOTIFIED_LATE" && f.agency === "sch" && f.message.zh.includes("通知临江县急救中心（120）"))!;
    expect(notice.message.zh).toContain("于 00:07:30 才收到事故信息，时限 00:06:30，迟 1分钟");
  });
});
