/**
 * r24-call ("never acting costs at least acting late; correcting a fault never lowers the score; one fault once"):
 * one late arrival is one part of its need, set aside once (credit.ts oncePerCode).
 *
 * School fire, poor play, seed 7 (drill start 10:10 = 00:00:00). The triage need (req-ems-triage: 1 ambulance at the
 * playground within 15 min, worth 1 × 3 = 3 rubric points, 派遣力量数量充足) runs from 00:15 (when the 120 should have been
 * told: first injury 00:10 + 5): due 00:30. The school calls the 120 at 00:25 (late); the 120 sends at 00:40 (its own
 * 响应迟缓); the ambulance arrives at 00:45:39. Three findings sit on the need, each following a linkage finding:
 *   - the school's 到场迟延（通知迟延所致）, 00:30 → its own window, 随 its 通知迟延 (力量按时到场 2 points);
 *   - the 120's own 到场迟延 from its window (00:40), 随 its 响应迟缓 (2 points);
 *   - the 120's 力量闲置 (专业力量不闲置 1 point), 随 the 120's 到场迟延 on this same need.
 * They are one late ambulance: the part set aside is 到场迟延's 2 once (the larger of the two, 2 and 2), and the idle
 * units that follow it add nothing (as for a need an agency was late on by itself: its 力量闲置 follows its 到场迟延 and
 * the arrival earns the need's last point). Summed (2 + 2 + 1, capped at 3) the whole need was set aside, and the school
 * calling at 00:50 — the 120 then already told by the bureau at 00:40, so in its own window, one 到场迟延 of 2 — earned
 * the point the 00:25 call did not: the later call scored 17.2 against the poor play's 16.8.
 *
 * Hand-worked, poor play: 力量调派 W 26, S 5 → 4 (triage 2, the evacuation 2), A = 25 × 22 / 26 = 21.15, D 11.54
 * unchanged (L 12 × 25 / 26), rate 100 × (21.15 − 11.54) / 21.15 = 45.4 (was 42.8). Total A = 24.67 + 25.65 + 21.15 + 15
 * = 86.47, D 71.15: 100 × (86.47 − 71.15) / 86.47 = 17.7 (was 16.8). The school calling at 00:50 stays 17.2 (its triage
 * need already set aside 2), so the later call now scores below the earlier one (tests/evaluate/school-r16-later-call,
 * alarm-once, school-r21 evaluate those variants).
 */
import { describe, expect, it } from "vitest";
import { drill } from "./fixtures.ts";

describe("one late ambulance is one part of its need (school fire, poor play)", () => {
  const poor = drill("school-fire", "poor").report;
  const dispatch = poor.sections.find((s) => s.id === "dispatch")!;
  const row = dispatch.scoring!.items!.find((i) => i.id === "req:req-ems-triage")!;

  it("sets aside the triage need's 到场迟延 once (2 of 3): the arrival earns the last point", () => {
    // its three findings: two 到场迟延 (the school's, the 120's), one 力量闲置, none deducted
    const on = poor.findings.filter((f) => f.opportunity === "req:req-ems-triage");
    expect(on.map((f) => f.code).sort()).toEqual(["DISPATCH_IDLE_UNITS", "DISPATCH_LATE", "DISPATCH_LATE"]);
    expect(on.every((f) => f.points === 0)).toBe(true);
    expect([row.worth, row.lost, row.unearned]).toEqual([3, 0, 2]);
  });

  // r24-sums: the section deducts its findings' printed points (each rounded once): 11.52 for L 12 × 25 / 26 = 11.54
  // unrounded, so the rate is 100 × (21.15 − 11.52) / 21.15 = 45.53 → 45.5
  it("moves the dispatch section to 45.5 (25 × 22 / 26 = 21.15 attainable, 11.52 deducted as printed) and the poor play to 16.2", () => {
    expect([dispatch.attainable, dispatch.deducted, dispatch.score]).toEqual([21.15, 11.52, 45.5]);
    expect(dispatch.deducted).toBeCloseTo(poor.findings.filter((f) => f.section === "dispatch").reduce((a, f) => a + f.points, 0), 6);
    // 17.7 until r24-chain (notice-chain.test.ts p13 ≥ p1): the brigade's missing notice also answers for the county's oral report it made late (due 00:30 had the bureau been told by 00:17:30, made 00:58): 迟报（他方所致）, 1 started hour × 4 × 30 / 90 = 1.33 in 信息报告: 100 × (86.47 − 72.46) / 86.47 = 16.2
    expect(poor.score).toBe(16.2);
  });
});
