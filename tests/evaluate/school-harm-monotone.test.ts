/**
 * Causal shares that make sense (issue 10 §9/§11, review22 school 3, r27 school item 3: each fault once, on the agency
 * that failed; correcting one agency's fault never raises another agency's charge, the other having done exactly the
 * same in both plays). Over the school poor play's harm finding (seed 7: the pupil in the third-floor toilets dies at
 * 00:20), each fault bearing on it is corrected in a copy of the play as the best play does it
 * (scenarios/plays/school-fire.good.yaml), one at a time, and no OTHER agency's share of the harm may rise.
 *
 * The faults (the joint part's pool, joint-share.ts): the brigade's late turn-out (LINKAGE_SLOW on LNK-SCH-FIRE: cg-e1
 * at 00:09:30, due a minute after the 00:07:30 call), its missing second tender (DISPATCH_INSUFFICIENT on req-engines)
 * and its late search crew (DISPATCH_LATE on req-search: cg-rescue at 00:22:00); the school's late evacuation signal
 * (LINKAGE_SLOW on LNK-SCH-SCHOOL: 00:06:30, the best play 00:01:40), its late 119 call (LINKAGE_NOTIFIED_LATE on
 * LNK-SCH-FIRE: 00:07:30, the best play 00:01:50) and the pupil's place never passed on (TRAPPED_NOT_PASSED_ON: the
 * best play tells the brigade at 00:14:00); and (r29) the school's late mini fire station (DISPATCH_LATE on req-mini:
 * sch-mini sent at 00:05:30, due on scene 3 min after the 00:01:30 smoke report, domain.md §4.3 微型消防站 “3分钟到场”)
 * and its 119 call understating the fire (ALARM_INACCURATE at 00:07:30: “有个房间冒烟……来看一下”, without the place,
 * the smoke in the stairs or the 680 inside). Each correction: the turn-out at the 00:07:30 call; the second tender
 * (城东站 cd-e1) with the first at 00:09:30 (review22 v9-fix-tenders); the search crew at the 00:07:30 call; the
 * signal at 00:01:40; the 119 call at 00:01:50; the telling at 00:14:00; the mini fire station at 00:02:00; the 119
 * call at its own 00:07:30 in the best play's words. Besides the shares, each agency's charge of the harm (its share,
 * the harm when on it alone, the part its corrections alone avoid: harm-charges.ts) may not rise, the corrected
 * agency's included.
 *
 * In the suite (r31): the poor play's shares and one correction, the second tender added (a missing command put in at
 * its time; the other kinds, a late command moved and a call said again with the facts, in causal-share-monotone.test.ts),
 * the case where the rule before raised the school's share. Every correction above, swept: tests/long/monotone.check.ts
 * (`npm run check:long`, a table of each agency's share and charge before and after; the cases: monotone-cases.ts).
 *
 * r27 measured the rule before (each agency's marginal at every other agency corrected): the poor play's shares were
 * the school 0.114, the brigade 5.5; with the second tender or the search crew put right the school's rose to 5.5 for
 * the same late signal — put right at the rule's time, not the best play's, the brigade's remaining corrections no
 * longer saved the pupil alone, so the school's signal became needed. The rule now (joint-share.ts): each agency
 * answers for the most of the joint part (8 − 2.5 = 5.5, a death made a serious injury) its own corrections make the
 * difference to, over every state of the other agencies' needed corrections. In the poor play, with the brigade's
 * search crew alone corrected (at 00:07:30) the pupil still dies (the r27 variant: the tenders' correction still
 * needed), while the school's corrections beside it (its 119 call at 00:01:50 brings the search forward to the best
 * play's 00:02:25) save him: the school answers for 5.5, as the brigade does (its corrections with the school's signal
 * made: 5.5); 5.5 is the cap, the joint part, so no correction can raise either.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { ReportModel } from "../../engine/evaluate/report-model.ts";
import { schoolVariant } from "./school-variant.ts";
import { harmCharges, harmShares } from "./harm-charges.ts";
import { corrected, pick, plain, SCHOOL } from "./monotone-cases.ts";

describe("school fire, poor play: correcting one agency's fault never raises another agency's share or charge of the harm, nor its own charge", () => {
  let poor: ReportModel;
  beforeAll(() => {
    poor = schoolVariant(undefined, [], true).report;
  }, 600_000);

  it("the poor play's shares to compare with: the school 5.5, the brigade 5.5 (each the whole joint part, 连带); charges the school 6.0795 (+ the 61 exposed its signal alone avoids, 0.5795)", () => {
    expect(plain(harmShares(poor))).toEqual({ sch: 5.5, fire: 5.5 });
    expect(plain(harmCharges(poor))).toEqual({ sch: 6.0795, fire: 5.5 });
  });

  it("the brigade's second tender added (cd-e1 with the first at 00:09:30): its fault is gone, and the school still answers for 5.5, not more, the brigade's late search crew beside its signal", () => {
    const c = corrected(pick(SCHOOL, "the second tender cd-e1 with the first at 00:09:30"));
    expect([c.before, c.after]).toEqual([true, false]);
    // the rule before (each agency's marginal at the other's corrections all made) gave the school 0.114 here and 5.5
    // after; now the school answers from the start for the 5.5 its signal makes the difference to beside the brigade's
    // search crew, and 5.5 (8 − 2.5, the joint part) is the cap: no correction can raise it
    expect(plain(c.shares[1])).toEqual({ sch: 5.5, fire: 5.5 });
    expect(c.rose).toEqual([]);
  }, 600_000);
});
