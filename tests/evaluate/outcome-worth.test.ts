/**
 * Issue 10 §11 and §9: the outcome is graded between the best play (nothing lost) and no response
 * (everything lost); a section with nothing to judge says 未展示 and is left out of the total. Doing
 * nothing keeps no outcome points wherever the best play does strictly better — in particular not for
 * a target nobody reaches (the mine's pumps never exceed the inflow within the drill, so "water held"
 * is stated at no charge and is nothing to judge).
 */
import { describe, expect, it } from "vitest";
import { evaluate } from "../../engine/evaluate/evaluate.ts";
import type { ReportModel } from "../../engine/evaluate/report-model.ts";
import { drill, noResponse, rubric, WITH_PLAYS } from "./fixtures.ts";

const section = (r: ReportModel, id: string) => r.sections.find((s) => s.id === id)!;

describe.each(WITH_PLAYS)("%s: no response", (id) => {
  it("scores 0 in outcomes: the best play does strictly better there", () => {
    const good = drill(id, "good");
    const none = noResponse(id).report;
    expect(section(good.report, "outcomes").score).toBe(100);
    expect(section(none, "outcomes").judged).toBe(true);
    expect(section(none, "outcomes").score).toBe(0);
  });
});

describe("mine flood: what the outcome can judge", () => {
  const poor = drill("mine-flood", "poor");

  // outcome merge: the harm item grades person by person (6 cut off × 1, each reached only × 0.02), not the whole 10
  it("the poor play keeps 100 × (1 − (6 × 1 + 8 × 0.02 + 2) / (6 × 1 + 36 × 0.02 + 2)) = 100 × (1 − 8.16 / 8.72) = 6.4 of the outcomes section: of the 14 reached by the water the 6 cut off count once, in the harm item (each person once, issue 10 §2), so 8 only reached (0.02 each) against no response's 36 (whose 6 cut off were never reached); the central pump room lost (2) as with no response, the best play saves it; control nobody reaches adds nothing", () => {
    const f = poor.report.outcomes.figures;
    expect(f.exposedAegl2).toBe(14);
    expect(f.controlled).toBe(false);
    // the same 6 miners are cut off with no response and with this play; the best play brings them out
    expect(poor.report.outcomes.harm.none!.trapped).toBe(6);
    expect(poor.report.outcomes.harm.actual.trapped).toBe(6);
    expect(section(poor.report, "outcomes").score).toBe(6.4);
  });

  it("with a best play no better than no response, there is nothing to judge: outcomes 未展示, left out of the total", () => {
    const report = evaluate(poor.c, poor.events, poor.state, rubric(), undefined, { ref: "nothing", commands: [] });
    const out = section(report, "outcomes");
    expect(out.judged).toBe(false);
    // left out: nothing attainable there, nothing deducted; the total is 100 × (A − D) / A over the other three
    expect(out.attainable).toBeUndefined();
    expect(out.deducted).toBe(0);
    const judged = report.sections.filter((s) => s.judged);
    expect(judged.map((s) => s.id)).toEqual(["reporting", "linkage", "dispatch"]);
    const A = judged.reduce((a, s) => a + s.attainable!, 0);
    const D = judged.reduce((a, s) => a + s.deducted, 0);
    // never below 0: against a reference of no response the mine's faults the scenario did not plan (its 谎报 beyond the
    // report's worth, the correction it never made) can deduct more than is attainable
    expect(report.score).toBeCloseTo(Math.max(0, (100 * (A - D)) / A), 1);
  });
});
