/**
 * Review18 mine A2 (issue 10 §1, §2): the mine head's own delay withdrawing the miners is a fault of its own, and the six
 * trapped are shared by the two faults that caused them. Mine-flood poor play, seed 7: the dispatch room heard of the signs
 * at 00:02 (withdrawal due 00:07, F5), the mine head at 00:15 (due 00:20, 5 min: 生产安全事故应急条例 第十七条; 煤矿防治水
 * 细则 第六条); the withdrawal came at 00:52. Correcting either alone, replayed (the head's: the room ordering it at 00:15,
 * when he knew), spares the six trapped (`whatif --shift 5=00:32:00`: 被困 −6). Before: the head's F6 「随 F5」 0, the
 * harm all on the dispatch room. Now F6 costs its own points (graded: 7 windows × 2, capped at its 履职 6; 6 × 30 / 99 = 1.82) and the harm (6.16 rubric
 * points) is shared by causal share over the replays.
 *
 * The shares by hand (r29, causal-share.ts: each agency the most its corrections avoid over every state of the other's):
 * the harm is 6 trapped × 1 + 8 only exposed × 0.02 = 6.16. The dispatch room's withdrawal corrected (the best play's)
 * reaches no one: it avoids all 6.16, alone or beside the head's. The head's corrected (the room ordering it at 00:15,
 * when he knew) spares the six trapped, who are still reached, so 6 + 8 = 14 only exposed remain: 6.16 − 14 × 0.02 = 5.88
 * alone, 6.16 − 6.16 = 0 beside the room's. Dispatch room max(6.16 − 0, 6.16 − 5.88) = 6.16; mine max(5.88 − 0, 6.16 −
 * 6.16) = 5.88; deducted once (sharedPoints 6.16). The Shapley values the rule gave before (½·6.16 + ½·0.28 = 3.22 and
 * ½·5.88 = 2.94) were not monotone: with the head's withdrawal made at its 00:20 deadline the room's same fault bore the
 * 0.28 left, and with other plays more than its Shapley share (causal-share-monotone.test.ts).
 */
import { describe, expect, it } from "vitest";
import { shapley } from "../../engine/evaluate/causal-share.ts";
import { poor } from "./mine-poor-variant.ts";

describe("review18 mine A2: two posts, two duties, one harm shared", () => {
  const byId = (id: string) => poor.report.findings.find((f) => f.id === id)!;

  it("the mine head's late withdrawal is charged in its own right (2 rubric points), not 「随」 the dispatch room's", () => {
    const head = poor.report.findings.find((f) => f.code === "LINKAGE_SLOW" && f.ruleId === "LNK-MINE-MINE")!;
    // graded lateness (late-grade.ts, main): 00:15 → 00:52 is 32 min over a 5-min 立即 = ⌈32/5⌉ = 7 windows × 2 = 14,
    // capped at the duty's 履职 6; priced once with the room's late word (its alone 2 windows, 4) and split by causal
    // share (r29, relay-lateness.ts takeCaused): the head 6 − (4 + 6 − 6) / 2 = 4, the room's F1 the other 2
    expect([head.agency, head.causedBy, head.rubricPoints]).toEqual(["mine", undefined, 4]);
  });

  it("the six trapped are caused by both, shared between the dispatch room (6.16) and the mine (5.88), deducted once", () => {
    const harm = poor.report.findings.find((f) => f.code === "OUTCOME_PREVENTABLE_HARM")!;
    const causes = harm.causes!.map((id) => [byId(id).agency, byId(id).ruleId]);
    expect(causes).toEqual([["dispatch", "LNK-MINE-DISPATCH"], ["mine", "LNK-MINE-MINE"]]);
    expect(harm.agency).toBeNull();
    expect(harm.shares!.map((s) => s.agency)).toEqual(["dispatch", "mine"]);
    // each the most its own corrections avoid (header): 6.16 and 6.16 − 14 × 0.02 = 5.88; the 6.16 deducted once
    expect(harm.shares!.map((s) => s.points)).toEqual([6.16, 5.88]);
    expect(harm.sharedPoints).toBe(6.16);
    expect(harm.rubricPoints).toBe(6.16);
    expect(harm.message.zh).toContain("按因果份额分担");
  });
});

describe("Shapley value of a correction game (hand calculations; late-share.ts shares caused lateness by it)", () => {
  it("two faults each enough to avoid the whole harm H share it equally", () => {
    const H = 6;
    expect(shapley(2, () => H)).toEqual([3, 3]);
  });

  it("v({1}) = 4, v({2}) = 2, v({1,2}) = 5: φ1 = ½·4 + ½·(5 − 2) = 3.5, φ2 = ½·2 + ½·(5 − 4) = 1.5", () => {
    const v = (m: number) => ({ 1: 4, 2: 2, 3: 5 })[m]!;
    expect(shapley(2, v)).toEqual([3.5, 1.5]);
  });
});
