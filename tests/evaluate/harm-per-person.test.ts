/**
 * Harm graded per person and in proportion (issue 10 §9; review 8 chemical items 3 and 6, school
 * item 13; engine/evaluate/harm-costs.ts). Default rubric: preventable-harm item 10 points (cap 10),
 * per person death 8, serious injury 2.5, trapped 1, exposure 0.02 (AEGL-2) and 0.05 (AEGL-3);
 * harmWeights deaths 10 : serious 3 : injured 1.
 *
 *   rel = 10 × w / scale;  death = max(8, rel);  serious = max(2.5, rel);
 *   injured = clamp(rel, 0.05, 2.5 × 1/3 = 0.8333);  exposed only = 0.02
 *
 * So per person death > serious injury > injury > exposure, and one figure (charged / 10) is what
 * both the finding and the headline show.
 */
import { describe, expect, it } from "vitest";
import { evaluate } from "../../engine/evaluate/evaluate.ts";
import { harmCharge, personCosts } from "../../engine/evaluate/harm-costs.ts";
import { renderMarkdown } from "../../cli/report/markdown.ts";
import { wordReport } from "../../cli/report/worded.ts";
import { runPlay } from "../helpers.ts";
import { bestPlay, drill, MIN, rubric } from "./fixtures.ts";

const W = { deaths: 10, seriousInjuries: 3, injured: 1 };
const harmOf = (r: ReturnType<typeof evaluate>) => r.findings.find((f) => f.code === "OUTCOME_PREVENTABLE_HARM");
const outcomes = (r: ReturnType<typeof evaluate>) => r.sections.find((s) => s.id === "outcomes")!;
const nobody = { deaths: 0, seriousInjuries: 0, injured: 0, trapped: 0, exposed: 0 };

describe("the order of gravity holds per person", () => {
  it("chemical leak at seed 7 (no response 637 injured, best 35: scale 602): an injury costs 10 / 602 of the item, an exposure no more", () => {
    const c = personCosts(rubric(), W, 602);
    // rel = 10 × 1 / 602 = 0.016611 → 0.0166: graded across the whole gap, no floor (review11 chemical 1: the old
    // 0.05 floor took the item at 200 people); an exposure keeps its ratio to the gravest exposure item,
    // min(0.02, 0.016611 × 0.02 / 0.05) = 0.006645 → 0.0066, below an injury
    expect(c).toEqual({ deaths: 8, seriousInjuries: 2.5, injured: 0.0166, trapped: 1, exposed: 0.0066 });
    expect(c.deaths).toBeGreaterThan(c.seriousInjuries);
    expect(c.seriousInjuries).toBeGreaterThan(c.injured);
    expect(c.injured).toBeGreaterThan(c.exposed);
  });

  it("turning an exposed person into an injured one never lowers the charge, below the cap or at it", () => {
    const c = personCosts(rubric(), W, 602);
    for (const [inj, exp] of [[10, 10], [574, 26]] as const) {
      const before = harmCharge(rubric(), { ...nobody, injured: inj, exposed: exp }, c);
      const after = harmCharge(rubric(), { ...nobody, injured: inj + 1, exposed: exp - 1 }, c);
      expect(after.points).toBeGreaterThanOrEqual(before.points);
    }
    // below the cap strictly more: 11 × 0.0166 + 9 × 0.0066 = 0.2420 > 10 × 0.0166 + 10 × 0.0066 = 0.2320
    expect(harmCharge(rubric(), { ...nobody, injured: 11, exposed: 9 }, c).points).toBeCloseTo(0.242, 4);
  });

  it("fewer injured always costs less: 574 beyond the best play is 574 × 0.0166 = 9.5284, 449 (125 fewer) is 7.4534, neither capped", () => {
    const c = personCosts(rubric(), W, 602);
    expect(harmCharge(rubric(), { ...nobody, injured: 574 }, c).points).toBeCloseTo(9.5284, 4);
    expect(harmCharge(rubric(), { ...nobody, injured: 449 }, c).points).toBeCloseTo(7.4534, 4);
  });

  it("chemical poor play without the police evacuation (review 8 vA: +20 injured) never scores better in outcomes", () => {
    const poor = drill("chemical-leak", "poor");
    const i = poor.commands.findIndex((x) => x.type === "evacuate" && x.by === "police");
    const r = runPlay(poor.c, poor.commands.filter((_, j) => j !== i));
    const vA = evaluate(poor.c, r.events, r.state, rubric(), undefined, bestPlay("chemical-leak", poor.c));
    expect(vA.outcomes.figures.injured).toBeGreaterThan(poor.report.outcomes.figures.injured);
    expect(outcomes(vA).deducted).toBeGreaterThanOrEqual(outcomes(poor.report).deducted);
    expect(vA.score!).toBeLessThanOrEqual(poor.report.score!);
  });
});

describe("one injury beyond a one-person gap is charged per person, not as the whole item", () => {
  it("chemical poor play stopped at 00:30 (injured 36; best 35; no response 36): one injury is 0.8333 of 10 points, and the figure is the same in the finding and the headline", () => {
    const poor = drill("chemical-leak", "poor");
    const r = runPlay(poor.c, poor.commands, 7, 30 * MIN);
    const report = evaluate(poor.c, r.events, r.state, rubric(), undefined, bestPlay("chemical-leak", poor.c));
    const h = report.outcomes.harm;
    expect([h.actual.injured, h.best!.injured, h.none!.injured]).toEqual([36, 35, 36]);
    const f = harmOf(report)!;
    // the people only exposed beyond the best play, graded within the harm (the exposure finding states them)
    const exposedOnly = report.findings.find((x) => x.code === "OUTCOME_EXPOSED_AEGL2")!.quantity;
    expect(exposedOnly).toBe(62);
    // scale = 1 × (36 − 35) = 1; rel = 10 → the injury ceiling 2.5 × 1/3 = 0.8333 for the one injury (not the
    // whole item, as the share of a one-person gap was), + 62 × 0.02 = 1.24: 2.0733 of 10 → 21 %
    expect(f.quantity).toBeCloseTo(0.2073, 4);
    expect(f.message.zh).toContain("受伤 1 人（每人 0.8333 分）");
    expect(f.message.zh).toContain("未避免的可避免伤亡 21%");
    const md = renderMarkdown(wordReport(poor.c, report), "zh");
    expect(md).toContain("- 未避免的可避免伤亡: **21%");
  });

  it("school poor play: one death the best play avoids is 8 of 10 points (with the pupils only exposed), one figure in the finding and the headline (review 8 school 13)", () => {
    const poor = drill("school-fire", "poor");
    const f = harmOf(poor.report)!;
    const exposedOnly = poor.report.findings.find((x) => x.code === "OUTCOME_EXPOSED")!.quantity;
    // 1 death × 8 + the pupils only exposed to smoke beyond the best play × 0.0095 (an injury's 10 × 1 / 420 × 0.02 / 0.05), of the item's 10
    expect(f.message.zh).toContain("死亡 1 人（每人 8 分）");
    expect(f.quantity).toBeCloseTo((8 + exposedOnly * 0.0095) / 10, 4);
    const pct = Math.round(f.quantity * 100);
    expect(f.message.zh).toContain(`未避免的可避免伤亡 ${pct}%`);
    expect(renderMarkdown(wordReport(poor.c, poor.report), "zh")).toContain(`- 未避免的可避免伤亡: **${pct}%`);
  });

  it("no response in the school (42 dead) reads 100 %, never more", () => {
    const none = runPlay(drill("school-fire", "poor").c, []);
    const c = drill("school-fire", "poor").c;
    const report = evaluate(c, none.events, none.state, rubric(), undefined, bestPlay("school-fire", c));
    const f = harmOf(report)!;
    // 42 × 8 = 336 points, bounded by the item's 10: quantity 1, 100 %
    expect(f.quantity).toBe(1);
    expect(renderMarkdown(wordReport(c, report), "zh")).toContain("- 未避免的可避免伤亡: **100%");
  });
});
