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
 * best play tells the brigade at 00:14:00). Each correction: the turn-out at the 00:07:30 call; the second tender
 * (城东站 cd-e1) with the first at 00:09:30 (review22 v9-fix-tenders); the search crew at the 00:07:30 call; the
 * signal at 00:01:40; the 119 call at 00:01:50; the telling at 00:14:00.
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
import type { Finding } from "../../engine/evaluate/report-model.ts";
import { schoolVariant } from "./school-variant.ts";

const harmOf = (fs: readonly Finding[]) => fs.find((f) => f.code === "OUTCOME_PREVENTABLE_HARM")!;
const sharesOf = (f: Finding) => new Map((f.shares ?? []).map((s) => [s.agency, s.points]));
const by = (who: string, type: string, unit?: string) => (c: Command) => {
  const x = c as { by?: string; type?: string; units?: unknown; to?: unknown };
  return x.by === who && x.type === type && (unit === undefined || JSON.stringify(x.units ?? x.to).includes(unit));
};
type Fault = [agency: string, code: string, ruleId: string];
type Case = [fixed: string, what: string, fault: Fault, drop: ((c: Command) => boolean) | undefined, extra: Array<[string, string, Record<string, unknown>]>];

const CASES: Case[] = [
  ["fire", "the turn-out at the 00:07:30 call", ["fire", "LINKAGE_SLOW", "LNK-SCH-FIRE"], by("fire", "dispatch", "cg-e1"), [["00:07:30", "fire", { type: "dispatch", units: "cg-e1", place: "school", task: "suppression" }]]],
  ["fire", "the second tender cd-e1 with the first at 00:09:30", ["fire", "DISPATCH_INSUFFICIENT", "req-engines"], undefined, [["00:09:30", "fire", { type: "dispatch", units: "cd-e1", place: "school", task: "suppression" }]]],
  ["fire", "the search crew at the 00:07:30 call", ["fire", "DISPATCH_LATE", "req-search"], by("fire", "dispatch", "cg-rescue"), [["00:07:30", "fire", { type: "dispatch", units: "cg-rescue", place: "school", task: "search" }]]],
  ["sch", "the evacuation signal at 00:01:40", ["sch", "LINKAGE_SLOW", "LNK-SCH-SCHOOL"], by("sch", "evacuate"), [["00:01:40", "sch", { type: "evacuate", place: "school", destination: "playground" }]]],
  ["sch", "the 119 call at 00:01:50", ["sch", "LINKAGE_NOTIFIED_LATE", "LNK-SCH-FIRE"], by("sch", "message", "fire"), [["00:01:50", "sch", { type: "message", to: "fire", channel: "phone", text: "119吗？临江县第二实验小学教学楼二楼西头科学实验准备室着火，浓烟已进入走廊和西楼梯，楼内约680名师生正在疏散，请立即出警！" }]]],
  ["sch", "the pupil's place told at 00:14:00", ["sch", "TRAPPED_NOT_PASSED_ON", "TELL-RESCUERS"], undefined, [["00:14:00", "sch", { type: "message", to: "fire", channel: "inPerson", text: "清点人数发现三年级二班学生王小明下落不明，最后有人看见他去了三楼卫生间，请搜救组重点搜索三楼西侧卫生间！" }]]],
];
const has = (fs: readonly Finding[], [agency, code, ruleId]: Fault) => fs.some((f) => f.agency === agency && f.code === code && f.ruleId === ruleId);

describe("school fire, poor play: correcting one agency's fault never raises another agency's share of the harm", () => {
  let poorFindings: readonly Finding[] = [];
  let before = new Map<string, number>();
  beforeAll(() => {
    poorFindings = schoolVariant(undefined, [], true).report.findings;
    before = sharesOf(harmOf(poorFindings));
  }, 600_000);

  it("the poor play's shares to compare with: the school 5.5, the brigade 5.5 (each the whole joint part, 连带)", () => {
    expect(Object.fromEntries(before)).toEqual({ sch: 5.5, fire: 5.5 });
  });

  it.each(CASES)("%s corrected (%s): the fault is gone and no other agency's share rises", (fixed, _what, fault, drop, extra) => {
    expect(has(poorFindings, fault)).toBe(true);
    const fs = schoolVariant(drop, extra, true).report.findings;
    expect(has(fs, fault)).toBe(false);
    const after = sharesOf(harmOf(fs));
    console.log(`${fixed} corrected (${_what}): before ${JSON.stringify(Object.fromEntries(before))} after ${JSON.stringify(Object.fromEntries(after))}`);
    const rises = [...after].filter(([a, p]) => a !== fixed && p > (before.get(a) ?? 0) + 1e-4).map(([a, p]) => `${a}: ${before.get(a) ?? 0} → ${p}`);
    expect(rises).toEqual([]);
  }, 600_000);
});
