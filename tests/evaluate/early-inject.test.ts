/**
 * Harm the scenario's director injects is not the response's (issue 10 §9: the outcome is graded between no response and
 * the best play, both run for the same scenario, seed and time). inj-07 sets 3 dead and 12 severely poisoned among the
 * plant's workers at its scripted 00:45:00; fired early by the director (injectNow at 00:05:30, newcomer23 2), the drill
 * has them while both references, run to the script, do not yet by 00:40:00. The best play itself plus that early inject,
 * stopped at 00:40:00, scored 83: the whole 处置结果 (15) lost to 「较最佳处置多死亡 3 人、重伤 12 人」. Each run's scripted
 * casualties are left out of the comparison (preventable.ts unscripted): beyond them the drill is the best play, 35
 * injured as in the best play (35) and under no response's 133, so nothing is charged and 处置结果 keeps 15 / 15.
 */
import { describe, expect, it } from "vitest";
import { evaluate } from "../../engine/evaluate/evaluate.ts";
import { compiled, cmd, ms, playOf, runPlay, SCENARIOS } from "../helpers.ts";
import { bestPlay, rubric } from "./fixtures.ts";

const c = compiled("chemical-leak");
const play = [...playOf(c, `${SCENARIOS}/plays/chemical-leak.good.yaml`), cmd("00:05:30", "director", { type: "injectNow", inject: "inj-07-casualties" }, 999_999)].sort((a, b) => a.at - b.at);
const r = runPlay(c, play, 7, ms("00:40:00"));
const report = evaluate(c, r.events, r.state, rubric(), undefined, bestPlay("chemical-leak", c));

describe("the best play with the director's casualty inject fired early, stopped at 00:40:00", () => {
  it("the drill has the inject's 3 dead and 12 seriously injured; the references, at 00:40, not yet", () => {
    expect(r.state.casualties).toMatchObject({ deaths: 3, seriousInjuries: 12 });
    expect(report.outcomes.harm).toMatchObject({ best: { deaths: 0, seriousInjuries: 0 }, none: { deaths: 0, seriousInjuries: 0 } });
  });

  it("no preventable harm is charged and 处置结果 keeps all 15 points; the comparison says the scripted harm is left out", () => {
    expect(report.findings.filter((f) => f.code === "OUTCOME_PREVENTABLE_HARM")).toEqual([]);
    expect(report.sections.find((s) => s.id === "outcomes")!.score).toBe(100);
    expect(report.outcomes.harm.note.zh).toContain("情景设定的伤亡由导调注入，各推演注入时刻不同，均不计入对比");
  });
});
