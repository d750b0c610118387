/**
 * r22 school d3 (issue 10: each fault charged to the agency that failed): the fire brigade told where the missing pupil
 * is and not searching there at once. Hand-worked on the school fire's good play, seed 7 (drill start 10:10 = 00:00:00):
 *
 *   the school tells the brigade at 00:14:00 (in person) that Wang Xiaoming is missing, last seen going to the third-floor
 *   toilets (三楼卫生间: floor 3 has one toilet room, toilet-3); the good play aims cd-e1's search there at 00:14:30.
 *   d3 moves that aimed search to 00:24:30. 消防法 第四十五条第一款 (优先保障遇险人员的生命安全) with 「立即」 taken as 5 min
 *   after being told (本县设定, as the school's own 5 min to pass on where the trapped are): due 00:14:00 + 5 min = 00:19:00,
 *   met at 00:24:30, 5 min 30 s late → SEARCH_NOT_AIMED on the brigade, dated 00:19:00. The pupil, though, was found by the
 *   general search (00:15:21) and brought out at 00:17:44 (groupRescued of k-toilet-3, the room's one occupant group): the
 *   need ended there, so the 00:24:30 crew went to an empty room and the finding says 未搜救 with 「该处遇险人员至 00:17:44 才被
 *   救出（未经定点搜救）」, as in the play without the aimed search, never 「至 02:00:00 …未派出」 (review23 school 7), and
 *   its ✗ mark stands at 00:19:01 (「✗ 超时未完成（时限 00:19:00）」, finding-marks.ts).
 *   Points (a finding prints its points to 0.01): the rubric item search-where-told weighs 3; on no scenario opportunity, it is taken off the
 *   overall score at the dispatch section's rate: 3 × 25 / W(dispatch) = 3 × 25 / 26 = 2.8846.
 *   The pupil's serious injury (one more than the best play: 2.5 points of the outcome's 10, × 15 / 13 = 2.8846) was on no
 *   agency before (「无可归因的处置缺陷，不归于任何单位」): no fault of the play's explained it. Corrected — the aimed search
 *   given 30 s after the telling, as the best play's cd-e1 at 00:14:30 after its 00:14:00 message — the play is the good
 *   play, which does no preventable harm: the whole 2.5 is this fault's, on the brigade.
 *   Score: 100 × (100 − 2.8846 − 2.8846) / 100 = 94.23 → 94.2 (was 97.1 with the harm on no one and no search fault).
 *   Correcting it (the good play) scores 100: correcting never lowers the score.
 */
import { describe, expect, it } from "vitest";
import { evaluate } from "../../engine/evaluate/evaluate.ts";
import { runKeepingReference } from "../../engine/evaluate/references.ts";
import type { Command } from "../../engine/model/commands.ts";
import { compiled, ms, playOf, SCENARIOS } from "../helpers.ts";
import { bestPlay, rubric } from "./fixtures.ts";

/** The good play with the brigade's aimed search at toilet-3 moved to `at` (or dropped when undefined), evaluated with reruns. */
function aimed(at: string | undefined) {
  const c = compiled("school-fire");
  const aim = (k: Command) => k.type === "dispatch" && (k as { target?: string }).target === "toilet-3";
  const good = playOf(c, `${SCENARIOS}/plays/school-fire.good.yaml`);
  const commands = at === undefined ? good.filter((k) => !aim(k)) : good.map((k) => (aim(k) ? ({ ...k, at: ms(at) } as Command) : k));
  const best = bestPlay("school-fire", c);
  const r = runKeepingReference(c, 7, commands, best);
  return evaluate(c, r.events, r.state, rubric(), undefined, best, { commands });
}

describe("r22 school d3: the brigade told at 00:14 where the missing pupil is searches there only at 00:24:30", () => {
  const report = aimed("00:24:30");
  const search = report.findings.filter((f) => f.code === "SEARCH_NOT_AIMED");
  const harm = report.findings.find((f) => f.code === "OUTCOME_PREVENTABLE_HARM")!;

  it("is charged to the brigade once, due 00:19:00 (5 min after being told), 3 × 25 / 26 = 2.88, citing the message and the late search", () => {
    expect(search.map((f) => [f.agency, f.atMs])).toEqual([["fire", ms("00:19:00")]]);
    expect(search[0]!.points).toBeCloseTo(2.88, 2);
    expect(search[0]!.basis).toContain("消防法 第四十五条第一款");
    expect(search[0]!.message.zh).toContain("临江县消防救援大队未派出搜救力量前往该处（应在 00:19:00 前，获知后5分钟）；该处遇险人员至 00:17:44 才被救出（未经定点搜救）");
    expect(search[0]!.message.zh).not.toContain("02:00:00");
    expect(search[0]!.evidence.messages).toHaveLength(1);
    // its own ✗ mark at its deadline (review23 school 7)
    expect(search[0]!.mark).toEqual({ text: { zh: "获知遇险人员在三层卫生间后5分钟内派出搜救力量前往该处", en: "a search sent to the Third-floor toilets within 5 min of being told people in danger were there" }, dueMs: ms("00:19:00") });
    const mark = report.timeline.find((e) => e.findings.includes(search[0]!.id) && e.type === "obligationMissed")!;
    expect([mark.atMs, mark.agency]).toEqual([ms("00:19:01"), "fire"]);
  });

  it("puts the pupil's serious injury (2.5 × 15 / 13 = 2.88), on no agency before, on the brigade through that fault", () => {
    expect(harm.agency).toBe("fire");
    expect(harm.causes).toEqual([search[0]!.id]);
    expect(harm.points).toBeCloseTo(2.88, 2);
    expect(harm.message.zh).not.toContain("不归于任何单位");
  });

  it("scores 100 − 2.88 − 2.88 = 94.2, below the good play's 100 (correcting the fault never lowers the score)", () => {
    expect(report.score).toBeCloseTo(94.23, 1);
    const good = aimed("00:14:30");
    expect(good.score).toBe(100);
    expect(good.findings.filter((f) => f.code === "SEARCH_NOT_AIMED")).toEqual([]);
  });
});

describe("r22 school: the brigade told where the missing pupil is never searches there", () => {
  const report = aimed(undefined);
  it("is 未搜救 on the brigade, due 00:19:00, and never scores above the late search (worsening never raises the score)", () => {
    const f = report.findings.filter((g) => g.code === "SEARCH_NOT_AIMED");
    expect(f.map((g) => [g.agency, g.atMs, g.message.zh.startsWith("获知遇险人员位置后未搜救")])).toEqual([["fire", ms("00:19:00"), true]]);
    // the open interval ends when the need did: the pupil out at 00:17:44, not 「至 02:00:00 未派出」 (review23 school 7)
    expect(f[0]!.message.zh).toContain("该处遇险人员至 00:17:44 才被救出（未经定点搜救）");
    expect(f[0]!.message.zh).not.toContain("02:00:00");
    expect(report.score).toBeLessThanOrEqual(aimed("00:24:30").score as number);
  });
});
