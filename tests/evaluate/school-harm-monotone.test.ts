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
import type { Command } from "../../engine/model/commands.ts";
import type { Finding, ReportModel } from "../../engine/evaluate/report-model.ts";
import { schoolVariant } from "./school-variant.ts";
import { harmCharges, harmShares, rises } from "./harm-charges.ts";

const by = (who: string, type: string, unit?: string) => (c: Command) => {
  const x = c as { by?: string; type?: string; units?: unknown; to?: unknown };
  return x.by === who && x.type === type && (unit === undefined || JSON.stringify(x.units ?? x.to).includes(unit));
};
type Fault = [agency: string, code: string, ruleId: string, atMs?: number];
type Case = [fixed: string, what: string, fault: Fault, drop: ((c: Command) => boolean) | undefined, extra: Array<[string, string, Record<string, unknown>]>];

const CASES: Case[] = [
  ["fire", "the turn-out at the 00:07:30 call", ["fire", "LINKAGE_SLOW", "LNK-SCH-FIRE"], by("fire", "dispatch", "cg-e1"), [["00:07:30", "fire", { type: "dispatch", units: "cg-e1", place: "school", task: "suppression" }]]],
  ["fire", "the second tender cd-e1 with the first at 00:09:30", ["fire", "DISPATCH_INSUFFICIENT", "req-engines"], undefined, [["00:09:30", "fire", { type: "dispatch", units: "cd-e1", place: "school", task: "suppression" }]]],
  ["fire", "the search crew at the 00:07:30 call", ["fire", "DISPATCH_LATE", "req-search"], by("fire", "dispatch", "cg-rescue"), [["00:07:30", "fire", { type: "dispatch", units: "cg-rescue", place: "school", task: "search" }]]],
  ["sch", "the evacuation signal at 00:01:40", ["sch", "LINKAGE_SLOW", "LNK-SCH-SCHOOL"], by("sch", "evacuate"), [["00:01:40", "sch", { type: "evacuate", place: "school", destination: "playground" }]]],
  ["sch", "the 119 call at 00:01:50", ["sch", "LINKAGE_NOTIFIED_LATE", "LNK-SCH-FIRE"], by("sch", "message", "fire"), [["00:01:50", "sch", { type: "message", to: "fire", channel: "phone", text: "119吗？临江县第二实验小学教学楼二楼西头科学实验准备室着火，浓烟已进入走廊和西楼梯，楼内约680名师生正在疏散，请立即出警！" }]]],
  ["sch", "the mini fire station sent at 00:02:00, on scene within its 3 min", ["sch", "DISPATCH_LATE", "req-mini"], by("sch", "dispatch", "sch-mini"), [["00:02:00", "sch", { type: "dispatch", units: "sch-mini", place: "school", task: "suppression" }]]],
  ["sch", "the 119 call at 00:07:30 with the facts it knew", ["sch", "ALARM_INACCURATE", "TELL-RESCUERS", 450_000], by("sch", "message", "fire"), [["00:07:30", "sch", { type: "message", to: "fire", channel: "phone", text: "119吗？临江县第二实验小学教学楼二楼西头科学实验准备室着火，浓烟已进入走廊和西楼梯，楼内约680名师生正在疏散，请立即出警！学校在育才路，南大门有人引导。我是校长，电话0714-5231200。" }]]],
  ["sch", "the pupil's place told at 00:14:00", ["sch", "TRAPPED_NOT_PASSED_ON", "TELL-RESCUERS"], undefined, [["00:14:00", "sch", { type: "message", to: "fire", channel: "inPerson", text: "清点人数发现三年级二班学生王小明下落不明，最后有人看见他去了三楼卫生间，请搜救组重点搜索三楼西侧卫生间！" }]]],
];
const has = (fs: readonly Finding[], [agency, code, ruleId, atMs]: Fault) => fs.some((f) => f.agency === agency && f.code === code && f.ruleId === ruleId && (atMs === undefined || f.atMs === atMs));

describe("school fire, poor play: correcting one agency's fault never raises another agency's share or charge of the harm, nor its own charge", () => {
  let poor: ReportModel;
  beforeAll(() => {
    poor = schoolVariant(undefined, [], true).report;
  }, 600_000);

  it("the poor play's shares to compare with: the school 5.5, the brigade 5.5 (each the whole joint part, 连带)", () => {
    expect(Object.fromEntries(harmShares(poor))).toEqual({ sch: 5.5, fire: 5.5 });
  });

  it.each(CASES)("%s corrected (%s): the fault is gone and no other agency's share or charge rises, nor its own charge", (fixed, what, fault, drop, extra) => {
    expect(has(poor.findings, fault)).toBe(true);
    const r = schoolVariant(drop, extra, true).report;
    expect(has(r.findings, fault)).toBe(false);
    const [s0, s1, c0, c1] = [harmShares(poor), harmShares(r), harmCharges(poor), harmCharges(r)];
    console.log(`${fixed} corrected (${what}): shares ${JSON.stringify(Object.fromEntries(s0))} → ${JSON.stringify(Object.fromEntries(s1))}; charges ${JSON.stringify(Object.fromEntries(c0))} → ${JSON.stringify(Object.fromEntries(c1))}`);
    expect([...rises(s0, s1, (a) => a !== fixed), ...rises(c0, c1, () => true)]).toEqual([]);
  }, 600_000);
});
