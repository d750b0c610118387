/**
 * Review21 (issue 10: each fault once): a never-made alarm call was charged twice, as 未报警 on the alarm-call row in 信息报告
 * (alarm-never.ts) and as 未通知 (LINKAGE_NOT_NOTIFIED) in 部门联动, for the one call. It is one fault: the 未通知 keeps it,
 * under the rule that makes the call a duty (the rescuer's noticeBasis); the 未报警 row cites it (随 Fx，不重复扣分), 0 points,
 * and its 4 rubric points are set aside with it. Seed 7, hand-worked from the printed working:
 *
 * School (/work/variants/r22/r22-mine/school-no120.yaml: the poor play without the school's 00:25 call to 120):
 *   - 未通知 120 (LNK-SCH-EMS), due 00:15:00 (first injury 00:10 + 5): (5 + 6) × 30 / 63 = 5.24, unchanged.
 *   - 未报警 (alarm:ems, ALARM_INACCURATE 4): was 4 × 30 / 90 = 1.33, now 0 and set aside: 信息报告 W − S loses 4, so the
 *     section's attainable falls by 30 × 4 / 90 = 1.33 and its deduction by the same 1.33.
 *   - total: was 100 × (87.99 − 71.93) / 87.99 = 18.3; now 100 × (86.65 − 70.60) / 86.65 = 18.5 — still below the call
 *     made late at 00:50 (18.9) and the poor play's call at 00:25 (19.4): silence never beats calling late.
 *   - r22-school-b then judges the brigade's cordon part (LNK-SCH-FIRE, nobody sets one): 2 × 30 / 63 = 0.95 more
 *     deducted, the attainable unchanged: 100 × (86.65 − 71.55) / 86.65 = 17.4 (the poor play likewise 19.4 → 18.3).
 *   - round 23 (r22-cordon, review22 school 7/8): the brigade's traffic part, due 5 min after its first unit on scene
 *     (00:14:15 + 5 = 00:19:15), is met only by the police's 00:45 car: 25 min 45 s late, 6 started 5-min windows × 0.5,
 *     capped at the part: 2 × 30 / 63 = 0.95 more: 100 × (86.65 − 72.50) / 86.65 = 16.3 (the poor play 18.3 → 17.2).
 * Chemical (/work/variants/r22/r22-mine/chem-no119.yaml: the poor play without the enterprise's 00:12 call to 119):
 *   - 未通知 119 (LNK-CHEM-FIRE) keeps 2.12 (= (5 + 2) × 30 / 99); 未报警 (alarm:fire) was 4 × 30 / 88 = 1.37, now 0.
 *   - total: was 100 × (87.01 − 72.11) / 87.01 = 17.1; now 100 × (85.65 − 70.74) / 85.65 = 17.4 (1.36 = 30 × 4 / 88 off both).
 *   - r23-mine-a adds the plant's own plan (LNK-CHEM-PLAN, act 6, never started here): 部门联动 W 99 → 105, S 22, L 55 → 61:
 *     attainable 30 × 77 / 99 = 23.33 → 30 × 83 / 105 = 23.71, deducted 30 × 55 / 99 = 16.67 → 30 × 61 / 105 = 17.43; the
 *     未通知 119 is (5 + 2) × 30 / 105 = 2.00; total 100 × (86.03 − 71.50) / 86.03 = 16.9 (the poor play 19.3 → 18.7).
 *   - r24-sums: every section deducts its findings' printed points (each rounded once), not its rounded L × 30 / W; the
 *     cents that rounding moves lift the total to 17.0 (the r24 chemical reviewer measured the same variant, v9: 17.0),
 *     still below the poor play (18.8).
 *
 * Round 28 (issue 10 §11, tests/evaluate/alarm-order.test.ts): the 未报警 row is charged again, its full 4 rubric points.
 * The review21 reading let silence score better in 信息报告 than a late vague call (chemical 8.2 against 7.7): the late
 * vague call is itself two findings (通知迟延 in 部门联动, 报警遗漏已知情况 in 信息报告), and a call never made is the same
 * call late by the whole drill with nothing said, so it carries both too. The 未通知 keeps exactly its points; the row no
 * longer follows it (no causedBy, no 不重复扣分), and its 4 points are back in W and lost:
 *   - school, no 120 call: 未报警 4 × 30 / 90 = 1.33: attainable 87.06 + 1.33 = 88.40 and deducted 74.37 + 1.33 = 75.68
 *     (findings' printed points, each rounded once): 100 × (88.40 − 75.68) / 88.40 = 14.4 (was 14.6).
 *   - chemical, no 119 call: 未报警 4 × 30 / 88 = 1.36: attainable 87.78 + 1.36 = 89.14, deducted 73.16 + 1.36 = 74.52:
 *     100 × 14.62 / 89.14 = 16.4 (was 16.7), still below the poor play (18.4).
 */
import { describe, expect, it } from "vitest";
import { evaluate } from "../../engine/evaluate/evaluate.ts";
import type { Command } from "../../engine/model/commands.ts";
import type { ReportModel } from "../../engine/evaluate/report-model.ts";
import { run } from "../../engine/replay.ts";
import { compiled, ms, playOf, SCENARIOS } from "../helpers.ts";
import { bestPlay, drill, rubric } from "./fixtures.ts";

function variant(id: "school-fire" | "chemical-leak", edit: (cs: Command[]) => Command[]): ReportModel {
  const c = compiled(id);
  const r = run(c, 7, edit(playOf(c, `${SCENARIOS}/plays/${id}.poor.yaml`)), {});
  return evaluate(c, r.events, r.state, rubric(), undefined, bestPlay(id, c));
}
const callTo = (by: string, to: string) => (k: Command) => k.by === by && k.type === "message" && (k as { to: string[] }).to.includes(to);

/** The one 未通知 of `to` on `by` and the 未报警 row, with what each costs. */
function pair(r: ReportModel, by: string, to: string) {
  const notice = r.findings.filter((f) => f.code === "LINKAGE_NOT_NOTIFIED" && f.agency === by && f.opportunity?.endsWith(`:${to}`));
  const alarm = r.findings.filter((f) => f.code === "ALARM_INACCURATE" && f.opportunity === `alarm:${to}`);
  return { notice, alarm };
}

describe("a never-made alarm call: 未通知 in 部门联动 and 未报警 in 信息报告, as a late vague call is charged on both", () => {
  it("school never calls 120: 未通知 keeps 4.78 (W 69), 未报警 is charged its 4 points (1.33)", () => {
    const r = variant("school-fire", (cs) => cs.filter((k) => !callTo("sch", "ems")(k)));
    const { notice, alarm } = pair(r, "sch", "ems");
    expect(notice).toHaveLength(1);
    expect(notice[0]!.ruleId).toBe("LNK-SCH-EMS");
    expect(notice[0]!.points).toBeCloseTo((11 * 30) / 69, 2);
    expect(alarm.map((f) => [f.agency, f.causedBy, f.points])).toEqual([["sch", undefined, 1.33]]);
    expect(alarm[0]!.points).toBeCloseTo((4 * 30) / 90, 2);
    expect(alarm[0]!.message.zh).not.toContain("不重复扣分");
    const row = r.sections.find((s) => s.id === "reporting")!.scoring!.items!.find((i) => i.id === "alarm:ems")!;
    expect([row.worth, row.lost, row.unearned ?? 0, row.follows]).toEqual([4, 4, 0, undefined]);
    // r23-mine-a's LNK-SCH-PLAN (act 6, never started): W 69, L 50 → 56: A 86.65 − 25.24 + 25.65 = 87.06, D 72.50 −
    // 30 × 50 / 63 + 30 × 56 / 69 = 72.50 − 23.81 + 24.35 = 73.04: 100 × 14.02 / 87.06 = 16.1 (the poor play 16.8; 17.7
    // since r24-call sets its late triage ambulance aside once, late-arrival-once.test.ts; here the never-told 120's
    // triage lateness is the school's, booked with its 未通知, nothing set aside there: 16.1 unchanged)
    // r24-chain (notice-chain.test.ts p13 ≥ p1): the brigade's missing notice also answers for the county's oral report it made late (due 00:30 had the bureau been told by 00:17:30, made 00:58): 迟报（他方所致）, 1 started hour × 4 × 30 / 90 = 1.33 in 信息报告, here too: D 73.04 + 1.33 = 74.37, 100 × (87.06 − 74.37) / 87.06 = 14.6
    // round 28: the 未报警 row charged (1.33 on both sides, see the header): 14.6 → 14.4
    expect(r.score).toBeCloseTo(14.4, 1);
  });

  // three whole school drills run and evaluated here (seconds each; a shared machine may take minutes)
  it("school: silence still scores below the call made late (00:50) and the poor play's call (00:25)", { timeout: 600_000 }, () => {
    const never = variant("school-fire", (cs) => cs.filter((k) => !callTo("sch", "ems")(k)));
    const late = variant("school-fire", (cs) => cs.map((k) => (callTo("sch", "ems")(k) ? { ...k, at: ms("00:50:00") } : k)));
    expect(never.score!).toBeLessThan(late.score!);
    expect(late.score!).toBeLessThanOrEqual(drill("school-fire", "poor").report.score!);
  });

  it("chemical enterprise never calls 119: 未通知 keeps 2.00 (W 105), 未报警 is charged its 4 points (1.36)", () => {
    const r = variant("chemical-leak", (cs) => cs.filter((k) => !callTo("ent", "fire")(k)));
    const { notice, alarm } = pair(r, "ent", "fire");
    expect(notice).toHaveLength(1);
    expect(notice[0]!.points).toBeCloseTo((7 * 30) / 105, 2);
    expect(alarm.map((f) => f.causedBy)).toEqual([undefined]);
    expect(alarm[0]!.points).toBeCloseTo((4 * 30) / 88, 2);
    // r27 mine 1: the eco bureau's monitoring van, left short by its own 联而不动, is booked with it (dispatch S 5 → 2), as
    // in the poor play (18.8 → 18.4): 17.0 → 16.7
    // round 28: the 未报警 row charged (1.36 on both sides, see the header): 16.7 → 16.4
    expect(r.score).toBeCloseTo(16.4, 1);
    expect(r.score!).toBeLessThan(drill("chemical-leak", "poor").report.score!);
  });
});
