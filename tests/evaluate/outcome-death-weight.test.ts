/**
 * A preventable death is the gravest finding of a report (review6 A1; AQ/T 9009-2015 附录A 人员保护: a
 * drill is judged first on reducing casualties). It must cost at least as much as a missing report, the
 * gravest process fault (493号令 第四条 漏报; rubric item report-made, 8 points).
 *
 * Small play: the school-fire good play with the aerial ladder sent 15 minutes late (00:17:30 instead of
 * 00:02:30), so one pupil cut off on the upper floor dies, and without the school's report to the township
 * (漏报). Hand calculation, points of 100 (scenarios/rubrics/default.yaml):
 *   death:   the per-death floor 8 rubric points (the share is only 10·1 / 10·42 of the item's 10 = 0.24),
 *            × the outcomes section's 15 / W, W = what no response loses there = 10 (42 dead: the whole
 *            harm item, in which the people only exposed to smoke are graded too, each person once) + 3 (the
 *            fire never under control) = 13: 8 × 15 / 13 = 9.23;
 *   missing: the report's 8 rubric points × the reporting section's 30 / W, W = 98 (8 reports owed × 8 +
 *            1 spot question × 2 + the two alarm calls the scenario plans × 4, review r15 school 3, + the education
 *            bureau's report up and the school's follow-up on the trapped class, 8 each, review r16, + the city's
 *            demanded written report, 8, review18 school 4 = 98; tests/evaluate/section-weight.test.ts) and no more:
 *            8 × 30 / 98 = 2.45.
 * Under the old weights (a death 2 of a 6-point item) the death cost 2 × 15 / 15 = 2 < 3.64.
 */
import { describe, expect, it } from "vitest";
import { evaluate } from "../../engine/evaluate/evaluate.ts";
import { runPlay } from "../helpers.ts";
import { bestPlay, drill, MIN, rubric } from "./fixtures.ts";

describe("a preventable death costs at least a missing report (review6 A1)", () => {
  const good = drill("school-fire", "good");
  const ladder = good.commands.findIndex((k) => k.type === "dispatch" && k.units.includes("cg-ladder"));
  const toTown = good.commands.findIndex((k) => k.type === "report" && k.by === "sch" && k.to === "town");
  const play = good.commands.flatMap((k, i) => (i === toTown ? [] : i === ladder ? [{ ...k, at: k.at + 15 * MIN }] : [k]));
  const r = runPlay(good.c, play);
  const report = evaluate(good.c, r.events, r.state, rubric(), undefined, bestPlay("school-fire", good.c));

  it("the small play: one death the best play avoids, and the school's report to the township missing", () => {
    expect(ladder).toBeGreaterThanOrEqual(0);
    expect(toTown).toBeGreaterThanOrEqual(0);
    expect(report.outcomes.harm.actual.deaths - report.outcomes.harm.best!.deaths).toBe(1);
    expect(report.findings.filter((f) => f.code === "REPORT_MISSING" && f.agency === "sch")).toHaveLength(1);
  });

  // reporting W 98 − 3 × (8 − 4) = 86: a missed 续报 weighs followUpPoints 4 (report-weight.ts), and the school has three
  // + 4 = 90: the demonstration play's school follows up once the brigade reports the pupil found (review20 school 4)
  it("the death costs 8 × 15 / 13 = 9.23, the missing report 8 × 30 / 90 = 2.67 (reporting W 90): the death is the gravest finding", () => {
    const death = report.findings.find((f) => f.code === "OUTCOME_PREVENTABLE_HARM")!;
    const missing = report.findings.find((f) => f.code === "REPORT_MISSING" && f.agency === "sch")!;
    expect(death.points).toBeCloseTo(9.23, 2);
    expect(missing.points).toBeCloseTo(2.67, 2);
    expect(death.points).toBeGreaterThanOrEqual(missing.points);
    expect(Math.max(...report.findings.map((f) => f.points))).toBe(death.points);
  });
});
