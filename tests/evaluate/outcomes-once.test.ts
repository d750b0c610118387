/**
 * Each person counts once in the outcomes section, at the worst outcome the response could have
 * prevented: death > serious injury > injury or trapped > exposure above the threshold (issue 10 §2
 * "each fault once" and §9 "outcomes count"; AQ/T 9009-2015 附录A judges harm to people). The exposure
 * finding keeps its place as evidence but deducts only for people no worse outcome already counts;
 * its message and points cell show the working. Expected points are worked by hand in each test name
 * from the rubric (scenarios/rubrics/default.yaml: exposure 0.02 per person, preventable harm 10,
 * serious injury 2.5 per person, a critical installation lost 2) and the figures the report prints; points
 * are rubric points × 15 / W, W what no response loses in the outcomes section (outcome-worth.ts).
 */
import { describe, expect, it } from "vitest";
import { evaluate } from "../../engine/evaluate/evaluate.ts";
import type { ReportModel } from "../../engine/evaluate/report-model.ts";
import { renderMarkdown } from "../../cli/report/markdown.ts";
import { wordReport } from "../../cli/report/worded.ts";
import { run } from "../../engine/replay.ts";
import { compiled, runPlay } from "../helpers.ts";
import { bestPlay, drill, noResponse, rubric } from "./fixtures.ts";

const find = (r: ReportModel, code: string) => r.findings.find((f) => f.code === code);
const outcomes = (r: ReportModel) => r.sections.find((s) => s.id === "outcomes")!;
/** The exposure finding `code` charges `quantity` only exposed, at 0 points, following the harm finding (each person once); both returned. */
function followsHarm(r: ReportModel, code: string, quantity: number) {
  const exposed = find(r, code)!;
  const harm = find(r, "OUTCOME_PREVENTABLE_HARM")!;
  expect(exposed.quantity).toBe(quantity);
  expect(exposed.points).toBe(0);
  expect(exposed.causedBy).toBe(harm.id);
  return { exposed, harm };
}

describe("a chlorine release: the villagers injured by the gas are not charged again as exposed above AEGL-2", () => {
  const d = drill("chemical-leak", "poor");
  const r = d.report;

  // outcome merge: the only-exposed are graded per person inside the harm item (death > serious > injured >
  // exposed), so the AEGL-2 finding is evidence following the harm (0 points), as in the mine flood below
  it("635 above AEGL-2, 609 of them injured (the workers' 3 dead and 12 seriously injured are the scenario's own, never exposed): only 635 − 609 = 26 only exposed, graded in the harm across the whole gap: 574 × 0.0166 (10/602) + 26 × 0.0066 (× 0.02/0.05) = 9.7, × 15 / 13 = 11.19; the exposure finding follows it at 0", () => {
    expect(r.outcomes.figures.exposedAegl2).toBe(635);
    expect(r.outcomes.harm.actual).toEqual({ deaths: 3, seriousInjuries: 12, injured: 609, trapped: 0 });
    // the best play: 35 farmers above AEGL-2, all 35 injured, so nobody there is only exposed
    expect(r.outcomes.harm.best!.injured).toBe(35);
    const { exposed: f, harm } = followsHarm(r, "OUTCOME_EXPOSED_AEGL2", 26);
    expect(f.message.zh).toContain("其中 609 人受伤");
    expect(f.message.zh).toContain("仅暴露 26 人，最佳处置为 0 人，超出部分 26 人计分");
    // graded across the whole gap between no response (637 injured) and the best play (35): each injured 10 / 602 =
    // 0.0166, each only exposed 0.4 of that (0.02 / 0.05) = 0.0066; 574 × 0.0166 + 26 × 0.0066 = 9.7 of the item's 10
    expect(harm.message.zh).toContain("较最佳处置多受伤 574 人（每人 0.0166 分）、仅受危害暴露 26 人（每人 0.0066 分）");
    expect(harm.rubricPoints).toBe(9.7);
    // W = 13: what no response loses here, the harm's 10 + the leak never stopped 3
    expect(outcomes(r).scoring?.worth).toBe(13);
    expect(harm.points).toBe(11.19);
  });

  it("the 600 people above AEGL-2 beyond the best play are each charged once: 574 more injured in the harm, 26 only exposed", () => {
    const f = find(r, "OUTCOME_EXPOSED_AEGL2")!;
    const moreInjured = r.outcomes.harm.actual.injured - r.outcomes.harm.best!.injured;
    expect(moreInjured + f.quantity).toBe(635 - 35);
  });

  it("the points cell shows the working: the exposure follows the harm, not deducted again", () => {
    const md = renderMarkdown(wordReport(d.c, r), "zh");
    const harm = find(r, "OUTCOME_PREVENTABLE_HARM")!;
    expect(md).toContain(`0（随 ${harm.id}，不重复扣分）`);
  });
});

describe("a mine flood: the miners cut off are not charged again as reached by the water", () => {
  const r = drill("mine-flood", "poor").report;

  // outcome merge: the only-reached are graded per person inside the harm item (death > serious > injured > exposed),
  // so the exposure finding is evidence that follows the harm (0 points) and the harm carries 6 × 1 + 8 × 0.02 = 6.16
  it("14 reached, the 6 of crew 1205 cut off among them: 14 − 6 = 8 only reached, graded in the harm: (6 × 1 + 8 × 0.02) × 15 / 8.72 = 10.6; the exposure finding follows it at 0", () => {
    expect(r.outcomes.figures.exposedAegl2).toBe(14);
    expect(r.outcomes.harm.actual.trapped).toBe(6);
    const { exposed: f, harm } = followsHarm(r, "OUTCOME_EXPOSED", 8);
    expect(f.message.zh).toContain("14 人被涌水淹及（00:25:00 时 8 人，至 00:52:10 共 14 人）；其中 6 人重伤、死亡或被困");
    expect(harm.rubricPoints).toBeCloseTo(6.16, 4);
    expect(harm.points).toBe(10.6);
    // with the central pump room lost, 2 × 15 / 8.72 = 3.44: (6.16 + 2) × 15 / 8.72 = 14.04
    expect(outcomes(r).deducted).toBe(14.04);
  });

  it("counted per person, not by subtraction: with no response the 6 cut off stay in a dry heading the water never reaches, so all 36 reached are only reached", () => {
    const none = noResponse("mine-flood").report;
    expect(none.outcomes.figures.exposedAegl2).toBe(36);
    expect(none.outcomes.harm.actual.trapped).toBe(6);
    expect(find(none, "OUTCOME_EXPOSED")!.quantity).toBe(36);
  });

  // outcome merge: no response's harm is per person too, 6 trapped × 1 + 36 reached × 0.02 = 6.72 of the item's 10 (was the whole 10)
  it("W = 8.72 can be recomputed from the report: what no response loses there, the harm's 0.672 × 10 = 6.72 (the share printed whole, so the product can be redone: newcomer 4) (6 trapped × 1 + 36 reached × 0.02) + the pump room lost 1 × 2; the water nobody holds within 4 h costs no response nothing", () => {
    expect(outcomes(r).scoring!.worth).toBe(8.72);
    const note = r.outcomes.harm.note.zh;
    expect(note).toContain("0.672 × 10 = 6.72");
    expect(note).toContain("1 × 2 = 2");
    expect(note).toContain("W = 8.72 分");
    expect(note).toContain("最佳处置在同一时段内也未能实现");
  });
});

describe("a school fire: a pupil hurt by the smoke is not charged again as exposed to it", () => {
  const good = drill("school-fire", "good");
  // the good play with the school's evacuation order 5 (or 3) minutes later: more pupils breathe smoke
  const late = (min: number) => {
    const r = runPlay(good.c, good.commands.map((k) => (k.type === "evacuate" ? { ...k, at: k.at + min * 60_000 } : k)));
    return { r, graded: evaluate(good.c, r.events, r.state, rubric(), undefined, bestPlay("school-fire", good.c)), absolute: evaluate(good.c, r.events, r.state, rubric()) };
  };

  // outcome merge: graded against the best play, the only-exposed are inside the harm item (per person, each once)
  it("5 min late: 13 exposed, 1 of them seriously injured; graded against the best play, in the harm: 1 × 2.5 + 12 only exposed × 0.0095 (10/420 × 0.02/0.05) = 2.614, × 15 / 13 = 3.02 (W = no response's harm 10, 42 dead, + the fire not controlled 3); the exposure finding follows it at 0", () => {
    const { graded } = late(5);
    expect(graded.outcomes.figures.exposedAegl2).toBe(13);
    expect(graded.outcomes.harm.actual.seriousInjuries).toBe(1);
    const { harm } = followsHarm(graded, "OUTCOME_EXPOSED", 12);
    expect(harm.message.zh).toContain("较最佳处置多重伤 1 人（每人 2.5 分）、仅受危害暴露 12 人（每人 0.0095 分）");
    expect(harm.rubricPoints).toBeCloseTo(2.614, 6);
    expect(outcomes(graded).scoring?.worth).toBe(13);
    expect(harm.points).toBe(3.02);
  });

  it("5 min late, no best play (absolute): the seriously injured pupil costs 2.5 once, the 12 others 12 × 0.02 = 0.24, 2.74 in all (not 2.5 + 13 × 0.02 = 2.76)", () => {
    const { absolute } = late(5);
    expect(absolute.outcomes.harm.status).toBe("noBestPlay");
    expect(find(absolute, "OUTCOME_SERIOUS_INJURIES")!.points).toBe(2.5);
    expect(find(absolute, "OUTCOME_EXPOSED")!.quantity).toBe(12);
    expect(outcomes(absolute).deducted).toBe(2.74);
  });

  it("3 min late, no best play: an injury (not serious) is charged nowhere else, so the injured pupil stays among the 13 charged as exposed (a worse outcome never costs less than exposure)", () => {
    const { absolute, graded } = late(3);
    expect(absolute.outcomes.harm.actual.injured).toBe(1);
    expect(find(absolute, "OUTCOME_EXPOSED")!.quantity).toBe(13);
    // graded against the best play the injury is in the harm, and only the other 12 are charged as exposed
    expect(find(graded, "OUTCOME_EXPOSED")!.quantity).toBe(12);
  });
});

describe("score-only grading (Monte-Carlo seeds) is exact where no response loses nothing", () => {
  it("mine flood poor play against a best play no better than no response: the outcomes are 未展示 in both, and the totals agree", () => {
    const poor = drill("mine-flood", "poor");
    const nothing = { ref: "nothing", commands: [] };
    const full = evaluate(poor.c, poor.events, poor.state, rubric(), undefined, nothing);
    const quick = evaluate(poor.c, poor.events, poor.state, rubric(), undefined, nothing, { scoreOnly: true });
    expect(outcomes(full).judged).toBe(false);
    expect(outcomes(quick).judged).toBe(false);
    expect(quick.score).toBe(full.score);
  });
});

describe("the facts score-only grading stops the no-response replay on (outcome-worth.ts) hold in every shipped hazard", () => {
  for (const id of ["chemical-leak", "mine-flood", "school-fire"]) {
    it(`${id}, no response: deaths never fall, control once reached keeps its time, and a hazard only work controls is never controlled`, () => {
      const c = compiled(id);
      let deaths = 0;
      let controlledAt: number | undefined;
      let fell = 0;
      let moved = 0;
      run(c, 7, [], {
        onTick: ({ state }) => {
          if (state.casualties.deaths < deaths) fell++;
          deaths = state.casualties.deaths;
          const at = c.hazard.summary(state.hazard, state.tMs, c.scenario).controlledAtMs;
          if (controlledAt !== undefined && at !== controlledAt) moved++;
          controlledAt = at;
        },
      });
      expect([fell, moved]).toEqual([0, 0]);
      // a hazard the model says only units' work controls (the chlorine leak: plugging or closing the valve) is never controlled here
      if (c.hazard.controlNeedsWork?.(c.scenario)) expect(controlledAt).toBeUndefined();
    });
  }
});
