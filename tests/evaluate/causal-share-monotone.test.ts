/**
 * Causal shares are monotone under correction (issue 10 §9/§11): over the shipped poor plays (scenarios/plays/), each
 * fault of each agency among the harm's causes is corrected in a copy of the play as the rules ask (a late command moved
 * to its deadline, a missing one added at it, a wrong unit replaced by the right one), and no OTHER agency's share or
 * charge of the preventable harm may rise, nor the corrected agency's own charge (tests/evaluate/harm-charges.ts).
 * The school fire's are in school-harm-monotone.test.ts.
 *
 * By hand, the mine flood (seed 7; scenarios/plays/mine-flood.poor.yaml): the dispatch room (told 00:02:00, withdrawal due
 * 00:07:00, F6) and the mine head (told 00:15:00, due 00:20:00, F7) both left the withdrawal to 00:52:00; six miners
 * trapped (6 × 1) and eight only exposed (8 × 0.02): 6.16 rubric points. The room's correction (the best play's) reaches
 * no one: 6.16 avoided, alone or beside the head's; the head's (the room ordering it at 00:15, when he knew) spares the six
 * trapped, still reached: 14 only exposed remain, 6.16 − 0.28 = 5.88 avoided, and nothing beside the room's. The rule
 * before (Shapley) gave the room ½·6.16 + ½·0.28 = 3.22 and the head ½·5.88 = 2.94; the rule now (each agency the most
 * its corrections avoid over every state of the other's, causal-share.ts) the room 6.16, the head 5.88, deducted once.
 *
 * Where the rule before failed (chemical leak, seed 7; poor shares fire 9.0704 = 8.9978 causal + 0.0726 joint, police
 * 2.5606, town 1.2339, enterprise 0.0726): with the brigade's plugging put right at 00:13 the harm left (7.2994) was the
 * police's alone (2.5606 → 7.2994); with the enterprise's 119 call at its 00:10 deadline the brigade's share rose
 * 9.0704 → 9.0914, and with its report to the police at 00:10 the township's 1.2339 → 1.2398. Now each agency bears from
 * the start the most its corrections avoid in any state of the others' (fire 9.0704, police 6.4394, town 4.639,
 * enterprise 0.0726), which a correction the replays would make can only lower (ness.ts).
 * The brigade's plugging is put right as its replay puts it right: the best play's two hazmat teams, given when the
 * brigade was told (00:12). Not covered (LEFT, r29): a correction other than the replays' can still raise another
 * agency's charge, since the states range over the replays' corrections only — the same two teams a minute later
 * (00:13) leave 6.5932 that the police's corrections alone avoid, one team at 00:13 (the requirement's count) 7.2994,
 * both above the police's 6.4394. Nor the police's or the township's protection of the villagers put right (the shelter
 * at 00:35 by the police, at 00:40 by the township): each leaves the brigade's and the enterprise's corrections together
 * a larger joint part, and the enterprise's share of it rises 0.0726 → 3.2096 (police) and → 3.6342 (township). Decided
 * in r31 (ness.ts): such a rise is causal — in that play the late call did more harm (a shelter ordered as the cloud
 * passes) — and no rule both charges a harm only two faults together cause and ignores how the others acted; so the
 * guarantee tested here is for corrections as the replays make them.
 *
 * In the suite (r31), one correction of each kind, each with its hand values: a late command moved to its deadline (the
 * mine dispatch room's withdrawal at 00:07:00: no one reached, no harm left), a missing one added at it (the mine head's
 * withdrawal at 00:20:00: the six trapped spared, the 14 only exposed, 14 × 0.02 = 0.28, the room's alone), a wrong unit
 * replaced by the right one (the chemical brigade's hazmat teams for the plugging: the police's share, 7.2994 under the
 * rule before, stays at most its 6.4394); the school's second tender (a command added) in school-harm-monotone.test.ts.
 * Every correction, the chemical enterprise's and the school's included, swept outside the suite:
 * tests/long/monotone.check.ts (`npm run check:long`, printed as a table; the cases: monotone-cases.ts).
 */
import { describe, expect, it } from "vitest";
import { playVariant } from "./play-variant.ts";
import { harmShares } from "./harm-charges.ts";
import { corrected, OTHERS, pick, plain } from "./monotone-cases.ts";

describe("causal share: correcting one agency's fault never raises another agency's share or charge of the harm, nor its own charge", () => {
  it("the mine flood's poor play: the dispatch room 6.16 (6 trapped × 1 + 8 exposed × 0.02), the mine head 5.88 (6.16 − 0.28)", () => {
    expect(plain(harmShares(playVariant("mine-flood", undefined, [], true).report))).toEqual({ dispatch: 6.16, mine: 5.88 });
  });

  it("a late command moved to its deadline: the room's withdrawal at 00:07:00 reaches everyone, no harm is left to share", () => {
    const c = corrected(pick(OTHERS, "the withdrawal at 00:07:00, the deadline"));
    expect([c.before, c.after]).toEqual([true, false]);
    expect([plain(c.shares[1]), plain(c.charges[1])]).toEqual([{}, {}]);
    expect(c.rose).toEqual([]);
  }, 600_000);

  it("a missing command added at its deadline: the mine head's withdrawal at 00:20:00 spares the six trapped; the 14 only exposed (0.28) are the room's alone", () => {
    const c = corrected(pick(OTHERS, "the mine head's withdrawal at 00:20:00, the deadline"));
    expect([c.before, c.after]).toEqual([true, false]);
    expect(plain(c.charges[1])).toEqual({ dispatch: 0.28 });
    expect(c.rose).toEqual([]);
  }, 600_000);

  it("a wrong unit replaced by the right one: the chemical brigade's hazmat teams for the plugging at 00:12:00; the police's share stays at most its 6.4394 (7.2994 under the rule before)", () => {
    expect(plain(harmShares(playVariant("chemical-leak", undefined, [], true).report))).toEqual({ fire: 9.0704, police: 6.4394, town: 4.639, ent: 0.0726 });
    const c = corrected(pick(OTHERS, "the hazmat teams for the plugging at 00:12:00, when it was told, as the best play sends them, not the water tenders"));
    expect([c.before, c.after]).toEqual([true, false]);
    expect(c.shares[1].get("police")).toBeLessThanOrEqual(6.4394);
    expect(c.rose).toEqual([]);
  }, 600_000);
});
