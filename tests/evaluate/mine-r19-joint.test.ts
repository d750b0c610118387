/**
 * Review18 mine A2 (issue 10 §1, §2): the mine head's own delay withdrawing the miners is a fault of its own, and the six
 * trapped are shared by the two faults that caused them. Mine-flood poor play, seed 7: the dispatch room heard of the signs
 * at 00:02 (withdrawal due 00:07, F5), the mine head at 00:15 (due 00:20, 5 min: 生产安全事故应急条例 第十七条; 煤矿防治水
 * 细则 第六条); the withdrawal came at 00:52. Correcting either alone, replayed (the head's: the room ordering it at 00:15,
 * when he knew), spares the six trapped (`whatif --shift 5=00:32:00`: 被困 −6). Before: the head's F6 「随 F5」 0, the
 * harm all on the dispatch room. Now F6 costs its own points (graded: 7 windows × 2, capped at its 履职 6; 6 × 30 / 99 = 1.82) and the harm (6.16 rubric
 * points) is shared by Shapley value over the replays.
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

  it("the six trapped are caused by both, shared between the dispatch room and the mine, the shares adding up to the harm", () => {
    const harm = poor.report.findings.find((f) => f.code === "OUTCOME_PREVENTABLE_HARM")!;
    const causes = harm.causes!.map((id) => [byId(id).agency, byId(id).ruleId]);
    expect(causes).toEqual([["dispatch", "LNK-MINE-DISPATCH"], ["mine", "LNK-MINE-MINE"]]);
    expect(harm.agency).toBeNull();
    expect(harm.shares!.map((s) => s.agency)).toEqual(["dispatch", "mine"]);
    for (const s of harm.shares!) expect(s.points).toBeGreaterThan(0);
    // 6 trapped × 1 + 8 exposed × 0.02 = 6.16 rubric points (the finding's own working)
    expect(harm.shares!.reduce((a, s) => a + s.points, 0)).toBeCloseTo(6.16, 3);
    expect(harm.message.zh).toContain("按因果份额分担");
  });
});

describe("causal share = Shapley value of the correction game (hand calculations)", () => {
  it("two faults each enough to avoid the whole harm H share it equally", () => {
    const H = 6;
    expect(shapley(2, () => H)).toEqual([3, 3]);
  });

  it("v({1}) = 4, v({2}) = 2, v({1,2}) = 5: φ1 = ½·4 + ½·(5 − 2) = 3.5, φ2 = ½·2 + ½·(5 − 4) = 1.5", () => {
    const v = (m: number) => ({ 1: 4, 2: 2, 3: 5 })[m]!;
    expect(shapley(2, v)).toEqual([3.5, 1.5]);
  });
});
