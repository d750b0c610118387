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

// r28 (issue 10 §9/§11; school-harm-monotone.test.ts): the school poor play's game as its replays measured it (rubric
// points above the 0.5795 its signal avoids alone; single = 0 here). The school's faults: S1 the signal, S2 the 119 call;
// the brigade's: T its turn-out, B1 its tenders, B2 its search. All five avoid 5.5 (the pupil's death made a serious
// injury); without T the same (T is not needed); the brigade's T, B1, B2 alone 5.386; the school's with B2 alone 5.5 (the
// call brings the search forward); anything else 0. Needed: S1, B1, B2 (without S2 and T the others still avoid 5.5).
// The review22 marginal gave the school 5.5 − g(B1, B2) = 5.5 − 5.386 = 0.114; with B1 put right at the rule's time
// (v9-fix-tenders) the brigade's remaining B2 alone avoided 0 and the school's share rose to 5.5 for the same signal.
describe("joint part: the most an agency's corrections make the difference to, so another's correction never raises it (r28)", () => {
  const [s1, s2, t, b1, b2] = [fault("S1", "sch"), fault("S2", "sch"), fault("T", "fire"), fault("B1", "fire"), fault("B2", "fire")];
  const poor = game({ "B1+B2+S1+S2+T": 5.5, "B1+B2+S1+S2": 5.5, "B1+B2+S1+T": 5.5, "B1+B2+S1": 5.5, "B1+B2+T": 5.386, "B1+B2": 5.386, "B2+S1+S2": 5.5 });
  it("the poor play: the school 5.5 (its corrections beside the brigade's search alone: 5.5 − 0), the brigade 5.5 (beside the school's signal)", () => {
    const j = jointShare([s1, s2, t, b1, b2], 8, 0, poor)!;
    expect(j.needed.map((n) => n.id)).toEqual(["S1", "B1", "B2"]);
    expect(j.shares.map((x) => [x.agency, x.points])).toEqual([["sch", 5.5], ["fire", 5.5]]);
  });
  it("the tenders put right at 00:09:30 (v9-fix-tenders: the school's and the search's corrections together 5.5, each alone 0): the school's share does not rise", () => {
    const v9 = jointShare([s1, s2, b2], 8, 0, game({ "B2+S1+S2": 5.5 }))!;
    const before = jointShare([s1, s2, t, b1, b2], 8, 0, poor)!.shares.find((x) => x.agency === "sch")!.points;
    expect(v9.shares.find((x) => x.agency === "sch")!.points).toBeLessThanOrEqual(before);
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
