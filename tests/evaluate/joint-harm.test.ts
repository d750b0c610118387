/**
 * Harm no single correction avoids but several together do is charged jointly, each agency its share (review15
 * school 1; AQ/T 9009-2015 4.1 via domain.md §3.6: problems are found in the organisation and people that caused
 * them; joint-share.ts). School fire, poor play, seed 7: the pupil in the third-floor toilets dies at 00:20 whichever
 * single fault is put right (the late signal F2 spares only the 61 exposed, 0.5795 points). Replayed with the school's
 * signal at 00:01:40 and the brigade's tenders and searches as the good play sends them (no earlier than its 00:07:30
 * call), he is brought out alive, seriously injured: of his 8 points (per death, preventable.ts) 8 − 2.5 (per serious
 * injury) = 5.5 are avoided only by the three together, shared equally per agency needed (an accounting convention).
 * Review16 school 4c: with the school's mini fire station judged (req-mini, 3 min after the fire is found), its
 * correction (sent at 00:02 as the good play does, not 00:05:30) slows the fire enough that the brigade's second tender
 * is no longer needed in the combination (the reviewer's vm1: that change alone moves the death from 00:20:00 to
 * 00:26:40).
 * Review20 school 2: the 2.5 a serious injury left on no agency is the brigade's turnout and the school's 119 call and
 * silence: the best play's brigade turns out at once (立即出动 ≤1 min, LNK-SCH-FIRE: its tenders, both search crews and
 * the aerial ladder by 00:02:40, after the school's 00:01:50 call) and aims its second search crew at the toilets only
 * once the school told it (00:14 → 00:14:30; the brigade's own correction no longer carries that aim). All five
 * corrected, the replay avoids 8.5557 (all but one light injury, 10 × 1 / 420 = 0.0238); less F4's own 0.5795, the
 * combination's part is 7.9762. Review20 school 1: split per agency needed, not per finding (the school's correction is
 * itemised as four findings, the brigade's whole best-play dispatch as one, which gave 4/5 to 1/5): the school (late
 * signal, late mini fire station, late 119 call, the pupil's place never passed on) 7.9762 / 2 = 3.9881, the brigade
 * 7.9762 / 2 = 3.9881.
 * Review21 school 1 (moves the review20 figures): the turnout's correction is its own act on time, no more (cause-reruns.ts
 * slowFix: cg-e1's 00:09:30 dispatch moved to the 00:07:30 call); the search and the water are corrected by their own
 * faults, F11 (req-engines) and F18 (req-search). The replay with the signal at 00:01:40 and the best play's tenders and
 * search crews from 00:07:30 brings the pupil out seriously injured: 8 − 2.5 = 5.5 avoided only by the three together,
 * 5.5 / 2 agencies = 2.75 each (the school: F4; the brigade: F11, F18). The 2.5 of a serious injury rather than the best
 * play's light one is avoided only with the aerial ladder (best play 00:02:30) sent too, which no fault's correction
 * sends (req-rescue was met by a tender at 00:20:45, due 00:21:30): it stays on no agency, the report saying so (r27:
 * the best play avoids it by acts no finding requires; before, it blamed the 119 call's correction for being only a message).
 * Review22 school 3 (moves the 2.75 / 2.75): each agency answers for its marginal, what the joint part loses without its
 * corrections, never less than its Shapley share (joint-share.ts), so correcting the school never raises the brigade's
 * charge (v1-fix-evac: 5.5 for the brigade's same two faults, where the equal split gave it 2.75 here). The replays:
 * all three corrected avoid 6.0795; F4 alone 0.5795 (the single part); the brigade's F11 + F18 without F4 avoid 5.9655.
 * g(S) = min(5.5, avoided(S) − 0.5795): g(school) = 0, g(brigade) = 5.386, g(both) = 5.5.
 * r28 (issue 10 §9/§11, moves the school's 0.114): the marginal at every other agency corrected was not monotone — with
 * the brigade's second tender or its search crew put right in the play (at the rule's time, not the best play's), the
 * brigade's remaining corrections no longer saved the pupil alone and the school's charge for the same late signal rose
 * 0.114 → 5.5 (school-harm-monotone.test.ts). Each agency now answers for the most of the 5.5 its own corrections (its
 * faults in the combination's pool) make the difference to, over every state of the other agency's needed corrections
 * (joint-share.ts: NESS, 连带), at most the 5.5:
 *   the brigade: with the school's signal corrected, its corrections take g from 0 to 5.5 → 5.5;
 *   the school: with the brigade's search crew alone corrected the pupil still dies (g 0), and the school's corrections
 *   beside it (its 119 call at 00:01:50 brings the best play's search forward to 00:02:25, no earlier than the brigade
 *   was told) save him: 5.5 − 0 → 5.5.
 * The shares add up to 11, more than the 5.5 they stand for (连带), which the harm deducts once.
 */
import { describe, expect, it } from "vitest";
import { schoolVariant } from "./school-variant.ts";

describe("school fire, poor play: the death is the school's and the brigade's jointly (review15 school 1)", () => {
  const { report } = schoolVariant(undefined, [], true);
  const harm = report.findings.find((f) => f.code === "OUTCOME_PREVENTABLE_HARM")!;
  const byId = (id: string) => report.findings.find((f) => f.id === id)!;

  it("names both agencies with their shares of the 5.5 points only the combination avoids; 2.5 left on no agency, said why", () => {
    const shares = Object.fromEntries((harm.shares ?? []).map((s) => [s.agency, s.points]));
    expect(shares).toEqual({ sch: 5.5, fire: 5.5 });
    expect(harm.sharedPoints).toBe(5.5);
    expect(harm.unattributed?.points).toBe(2.5);
    expect(harm.message.zh).toContain("共同所致");
    expect(harm.message.zh).toContain("临江县消防救援大队");
  });

  it("the brigade's share rests on its water and its search (not its turnout), the school's on its late signal", () => {
    const fire = harm.shares!.find((s) => s.agency === "fire")!;
    expect(fire.causes.map((id) => [byId(id).code, byId(id).ruleId])).toEqual([["DISPATCH_INSUFFICIENT", "req-engines"], ["DISPATCH_LATE", "req-search"]]);
    expect(harm.shares!.find((s) => s.agency === "sch")!.causes.map((id) => [byId(id).code, byId(id).ruleId])).toEqual([["LINKAGE_SLOW", "LNK-SCH-SCHOOL"]]);
    // the single correction's part stays as it was (harm-share.test.ts)
    expect(harm.causedPart).toBeCloseTo(0.5795, 4);
  });
});
