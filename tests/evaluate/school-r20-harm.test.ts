/**
 * Review20 school 2: no part of the poor play's death on no agency when a correction within the agencies' duties saves
 * the pupil (AQ/T 9009-2015 4.1: a problem is reported with whoever caused it). The engine's reruns (cause-reruns.ts)
 * had left 2.5 rubric points (a serious injury instead of a light one) "暂不归于任何单位": the brigade's turnout
 * (LNK-SCH-FIRE 立即出动 ≤1 min, 救人第一) was no joint candidate — its duty listed any dispatch, so it bore on no
 * category — and its correction, once a candidate, carried the best play's search aimed at the toilets, an order the
 * best play gives only 30 s after the school's telling. Hand check (the reviewer's variant plays, seed 7): the poor play
 * with the signal at 00:01:40, the mini station at 00:02, the 119 call at 00:01:50, the brigade's best-play turnout
 * (tenders, search crews and the aerial ladder by 00:02:40) and the school's 00:14 telling with the 00:14:30 aimed
 * search leaves no harm beyond the best play; without the telling, or without the ladder, the pupil is seriously hurt.
 * Review21 school 1 undoes the turnout's part: its correction carried the best play's whole dispatch (ladder, search,
 * water), so the 1-minute-late turnout (F8) was named for the pupil's life. Corrected as its own act on time (cg-e1 at
 * the 00:07:30 call) it saves nobody; the brigade's causes are F11 (water) and F18 (search). No fault's correction sends
 * the ladder (req-rescue met by a tender, 00:20:45 ≤ 00:21:30), so the 2.5 of a serious injury beyond the best play's
 * light one is on no agency, the report saying why (the best play avoids it by acts no finding requires: r27, review24).
 */
import { describe, expect, it } from "vitest";
import { schoolVariant } from "./school-variant.ts";

const TELL = "清点人数发现三年级二班学生王小明下落不明，最后有人看见他去了三楼卫生间，请搜救组重点搜索三楼西侧卫生间！";

describe("school fire: the pupil's death is on the agencies whose duties, corrected together, save him", () => {
  it("poor play: the brigade's water and search are among the causes, its turnout is not; 2.5 on no agency (the ladder)", () => {
    const r = schoolVariant(undefined, [], true).report;
    const harm = r.findings.find((f) => f.code === "OUTCOME_PREVENTABLE_HARM")!;
    expect(harm.unattributed?.points).toBe(2.5);
    const named = harm.causes!.map((id) => r.findings.find((f) => f.id === id)!).map((f) => [f.code, f.agency]);
    expect(named).not.toContainEqual(["LINKAGE_SLOW", "fire"]);
    expect(named).toContainEqual(["DISPATCH_INSUFFICIENT", "fire"]);
    expect(named).toContainEqual(["DISPATCH_LATE", "fire"]);
  });

  it("the school tells the brigade at 00:14 (review17 v2): the brigade, told, is corrected with its aimed search, beside its water", () => {
    const r = schoolVariant(undefined, [["00:14:00", "sch", { type: "message", to: ["fire"], channel: "phone", text: TELL }]], true).report;
    const harm = r.findings.find((f) => f.code === "OUTCOME_PREVENTABLE_HARM")!;
    expect(r.findings.some((f) => f.code === "TRAPPED_NOT_PASSED_ON")).toBe(false);
    // r22-search: told at 00:14 where the pupil is, the brigade owes an aimed search by 00:19 (SEARCH_NOT_AIMED,
    // 消防法 第四十五条第一款, 5 min set by the county). Its correction (the aimed search 30 s after the telling, as the
    // best play) with the school's signal on time saves him: the causes are the school's late signal and the brigade's
    // unaimed search, and nothing is left on no agency (before r22 the ladder's 2.5 stayed 「暂不归于任何单位」 here)
    // Review22 school 2 (r23): that correction was never built (aimFix read the room from the finding's key, gone once
    // numbered), so the pair was never replayed and the whole harm went to the school 「其缺陷最先发生」. Replayed: the
    // late signal alone avoids 0.5795; with the aimed search and the brigade's second tender (F12) the pupil comes out
    // seriously injured, 8 − 2.5 = 5.5 jointly; the 2.5 beyond the best play's light injury stays on no agency (only the
    // best play's ladder, which no finding asks for, avoids it), as in the poor play. The brigade answers for its marginal 5.5.
    const named = harm.causes!.map((id) => r.findings.find((f) => f.id === id)!).map((f) => [f.code, f.agency]);
    expect(named).toEqual([["LINKAGE_SLOW", "sch"], ["SEARCH_NOT_AIMED", "fire"], ["DISPATCH_INSUFFICIENT", "fire"]]);
    expect(harm.shares?.find((x) => x.agency === "fire")?.points).toBe(5.5);
    expect(harm.unattributed?.points).toBe(2.5);
  });
});
