/**
 * Review22 school 2 and 3 (issue 10: correcting one agency's fault never raises another's charge for unchanged faults; a
 * harm several agencies caused together is never on no agency because one correction does harm beside the others), on
 * hand games (no drill: `together` is the harm the corrections of a set avoid, rubric points), for every scenario's shares:
 *
 * Joint part (joint-share.ts), the school fire's shape: the school's fault S and the brigade's B each avoid nothing alone,
 *   together 5.5 (the pupil's death made a serious injury: 8 − 2.5). g(S) = g(B) = 0, g(S, B) = 5.5. Each agency's marginal
 *   5.5 − 0 = 5.5, its Shapley share 2.75: each answers for 5.5 (连带), the shares adding up to 11 > 5.5, deducted once.
 *   With S corrected in the play (v1-fix-evac), B's two faults B1, B2 alone avoid the 5.5: the brigade's charge 5.5, not
 *   raised. Before: 2.75 each, then 5.5.
 * A correction that does harm beside the others (v9-fix-tenders: the turn-out T moved earlier left the pupil dead): S, B, T
 *   all corrected avoid 0; S and B 5.5; T is left out of the combination and the 5.5 is S's and B's, not on no agency.
 * Causal share (causal-share.ts), complements among single causes: A alone avoids 1, B alone 1, both 8, charged 10.
 *   Shapley A = (1 + (8 − 1)) / 2 = 4, B 4; marginals 8 − 1 = 7 each: each answers for 7 (sharedPoints 8). With B corrected
 *   in the play A's corrections avoid 8 − 1 = 7: the same 7, never more.
 */
import { describe, expect, it } from "vitest";
import type { Cleared } from "../../engine/evaluate/cause-reruns.ts";
import { jointShare } from "../../engine/evaluate/joint-share.ts";
import { shareByReruns } from "../../engine/evaluate/harm-share.ts";
import type { Finding } from "../../engine/evaluate/report-model.ts";

const fault = (id: string, agency: string): Finding =>
  ({ id, code: "DISPATCH_LATE", section: "dispatch", agency, atMs: 0, ruleId: id, basis: "", message: { zh: id, en: id }, evidence: { events: [], messages: [], obligations: [] }, quantity: 1, points: 1 }) as Finding;
/** a game: the harm a set of corrections avoids, by the sorted ids of the set */
const game = (v: Record<string, number>): Cleared =>
  Object.assign(() => false, {
    together: (rs: readonly Finding[]) => v[rs.map((r) => r.id).sort().join("+")] ?? 0,
    avoided: (r: Finding) => v[r.id] ?? 0,
    itemPoints: 10,
  }) as Cleared;

describe("joint part: each agency answers for its marginal (review22 school 3)", () => {
  const s = fault("S", "sch");
  const b1 = fault("B1", "fire");
  const b2 = fault("B2", "fire");
  it("the school and the brigade, each needed: 5.5 each (Shapley 2.75 is less), shares above the part (several)", () => {
    const j = jointShare([s, b1, b2], 8, 0, game({ "B1+B2+S": 5.5 }))!;
    expect(j.points).toBe(5.5);
    expect(j.shares.map((x) => [x.agency, x.points])).toEqual([["sch", 5.5], ["fire", 5.5]]);
    expect(j.several).toBe(true);
  });
  it("with the school's fault corrected in the play, the brigade's same faults still answer for 5.5, not more", () => {
    const j = jointShare([b1, b2], 8, 0, game({ "B1+B2": 5.5 }))!;
    expect(j.shares.map((x) => [x.agency, x.points])).toEqual([["fire", 5.5]]);
  });
  it("a correction that does harm beside the others is left out: the 5.5 is still the school's and the brigade's", () => {
    const t = fault("T", "fire");
    const j = jointShare([s, t, b1], 8, 0, game({ "B1+S+T": 0, "B1+S": 5.5, "S+T": 0, "B1+T": 0 }))!;
    expect(j.points).toBe(5.5);
    expect(j.needed.map((n) => n.id)).toEqual(["S", "B1"]);
  });
});

describe("causal share: complements answer for their marginals (review22 school 3, every scenario)", () => {
  const a = fault("F1", "a");
  const b = fault("F2", "b");
  const harm = { ...fault("F9", "a"), code: "OUTCOME_PREVENTABLE_HARM", section: "outcomes" } as Finding;
  it("A and B each 7 of the 8 they avoid together (Shapley 4 each is less), deducted once", () => {
    const out = shareByReruns(harm, [a, b], [a, b], game({ F1: 1, F2: 1, "F1+F2": 8 }));
    expect(out.shares).toEqual([{ agency: "a", causes: ["F1"], points: 7 }, { agency: "b", causes: ["F2"], points: 7 }]);
    expect(out.sharedPoints).toBe(8);
  });
});
