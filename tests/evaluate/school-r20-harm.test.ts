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
 */
import { describe, expect, it } from "vitest";
import { schoolVariant } from "./school-variant.ts";

const TELL = "清点人数发现三年级二班学生王小明下落不明，最后有人看见他去了三楼卫生间，请搜救组重点搜索三楼西侧卫生间！";

describe("school fire: the pupil's death is on the agencies whose duties, corrected together, save him", () => {
  it("poor play: nothing on no agency; the brigade's turnout and the school's silence about the pupil are among the causes", () => {
    const r = schoolVariant(undefined, [], true).report;
    const harm = r.findings.find((f) => f.code === "OUTCOME_PREVENTABLE_HARM")!;
    expect(harm.unattributed).toBeUndefined();
    expect(harm.message.zh).not.toContain("暂不归于任何单位");
    const named = harm.causes!.map((id) => r.findings.find((f) => f.id === id)!).map((f) => [f.code, f.agency]);
    expect(named).toContainEqual(["LINKAGE_SLOW", "fire"]);
    expect(named).toContainEqual(["TRAPPED_NOT_PASSED_ON", "sch"]);
  });

  it("the school tells the brigade at 00:14 (review17 v2): the brigade, told, is corrected with its aimed search, and nothing is left on no agency", () => {
    const r = schoolVariant(undefined, [["00:14:00", "sch", { type: "message", to: ["fire"], channel: "phone", text: TELL }]], true).report;
    const harm = r.findings.find((f) => f.code === "OUTCOME_PREVENTABLE_HARM")!;
    expect(r.findings.some((f) => f.code === "TRAPPED_NOT_PASSED_ON")).toBe(false);
    expect(harm.unattributed).toBeUndefined();
    // 8.5557 − 0.5795 = 7.9762 over the 2 agencies needed (the school: signal, mini station, 119 call; the brigade: its
    // turnout), not over the 4 findings (review20 school 1: that bias gave 3/4 to the school): 3.9881 each
    expect(Object.fromEntries(harm.shares!.map((s) => [s.agency, s.points]))).toEqual({ sch: 3.9881, fire: 3.9881 });
  });
});
