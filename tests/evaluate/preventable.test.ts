/**
 * Issue 10 §9: deaths, serious injuries and injuries the response could have prevented cost points,
 * graded between what the scenario's hazard does with its best play (nothing deducted) and with no
 * response (the whole item), same scenario, seed and drill time (AQ/T 9009-2015 附录A 事故处置、人员
 * 保护、医疗救护: a drill is judged on reducing casualties). Weights 10 : 3 : 1 (deaths : serious :
 * injured) from the default rubric; 493号令 第三条 sets 3 deaths beside 10 serious injuries.
 *
 *   share = Σ w·max(0, actual − best) / Σ w·max(0, none − best), at most 1
 *
 * The hand values below are worked from that rule and the figures each case states.
 */
import { describe, expect, it } from "vitest";
import { evaluate } from "../../engine/evaluate/evaluate.ts";
import { harmPercent, harmShare } from "../../engine/evaluate/preventable.ts";
import type { HarmFigures } from "../../engine/evaluate/references.ts";
import { renderMarkdown } from "../../cli/report/markdown.ts";
import { wordReport } from "../../cli/report/worded.ts";
import { playOf, runPlay, SCENARIOS } from "../helpers.ts";
import { bestPlay, drill, noResponse, rubric } from "./fixtures.ts";

const W = { deaths: 10, seriousInjuries: 3, injured: 1 };
const fig = (deaths: number, seriousInjuries: number, injured: number, trapped = 0): HarmFigures => ({ deaths, seriousInjuries, injured, trapped });
const MIN = 60_000;
const harmOf = (r: ReturnType<typeof evaluate>) => r.findings.find((f) => f.code === "OUTCOME_PREVENTABLE_HARM");

describe("the grading rule, by hand", () => {
  it("no response costs the whole item, the best play nothing", () => {
    expect(harmShare(fig(42, 0, 0), fig(0, 0, 1), fig(42, 0, 0), W)).toBe(1);
    expect(harmShare(fig(0, 0, 1), fig(0, 0, 1), fig(42, 0, 0), W)).toBe(0);
  });

  it("a late school evacuation that injures 10 where no response kills 42 (best play: 1 injured): 1·(10 − 1) / (10·42) = 9/420", () => {
    expect(harmShare(fig(0, 0, 10), fig(0, 0, 1), fig(42, 0, 0), W)).toBeCloseTo(9 / 420, 12);
  });

  it("a death beyond the best play is not offset by fewer injuries: 10·1 / (10·3 + 3·12 + 1·602) = 10/668", () => {
    // best 0/0/35, no response 3/12/637 (the chemical leak's scale), the drill 1 dead and nobody injured
    expect(harmShare(fig(1, 0, 0), fig(0, 0, 35), fig(3, 12, 637), W)).toBeCloseTo(10 / 668, 12);
  });

  it("a response worse than no response costs the whole item", () => {
    expect(harmShare(fig(50, 0, 0), fig(0, 0, 1), fig(42, 0, 0), W)).toBe(1);
  });

  it("with nothing preventable (no response = best play) nothing is deducted, unless the response itself did harm", () => {
    expect(harmShare(fig(3, 12, 0), fig(3, 12, 0), fig(3, 12, 0), W)).toBe(0);
    expect(harmShare(fig(3, 13, 0), fig(3, 12, 0), fig(3, 12, 0), W)).toBe(1);
  });

  it("people still cut off count as injured, so bringing them out alive (the mine model counts them injured) changes nothing", () => {
    const none = fig(0, 0, 0, 6);
    expect(harmShare(fig(0, 0, 0, 6), fig(0, 0, 0), none, W)).toBe(1);
    expect(harmShare(fig(0, 0, 6, 0), fig(0, 0, 0), none, W)).toBe(1);
    expect(harmShare(fig(0, 0, 3, 0), fig(0, 0, 0), none, W)).toBe(0.5);
  });

  it("the weights are the rubric's: injuries alone at stake make the share a share of injuries", () => {
    expect(harmShare(fig(0, 0, 3), fig(0, 0, 1), fig(0, 0, 5), { deaths: 10, seriousInjuries: 3, injured: 7 })).toBe(0.5);
  });
});

describe("the references are the engine's own runs of no response and the best play", () => {
  const poor = drill("chemical-leak", "poor");
  const h = poor.report.outcomes.harm;
  const none = runPlay(poor.c, []).state.casualties;
  const good = drill("chemical-leak", "good").state.casualties;

  it("states the three figures: this drill, the best play and no response, same seed and end", () => {
    expect(h.status).toBe("graded");
    expect(h.bestPlay).toBe("chemical-leak.good");
    expect(h.none).toMatchObject({ deaths: none.deaths, seriousInjuries: none.seriousInjuries, injured: none.injured });
    expect(h.best).toMatchObject({ deaths: good.deaths, seriousInjuries: good.seriousInjuries, injured: good.injured });
    expect(h.actual).toMatchObject({ deaths: poor.state.casualties.deaths, injured: poor.state.casualties.injured });
  });

  it("chemical leak, poor play: deaths and serious injuries are the scenario's own (equal in all three); the injuries beyond the best play are graded across the whole gap", () => {
    // per person (harm-costs.ts): 574 injured × 10/602 (0.0166) + 26 only exposed × 0.0066 (0.0166 × 0.02/0.05)
    // = 9.5284 + 0.1716 = 9.7 of the item's 10: below the cap, so 125 fewer injured would still cost less (review11 chemical 1)
    expect(h.none!.deaths).toBe(h.best!.deaths);
    expect(h.none!.seriousInjuries).toBe(h.best!.seriousInjuries);
    expect(h.actual.injured - h.best!.injured).toBe(574);
    const f = harmOf(poor.report)!;
    expect(f.quantity).toBeCloseTo(0.97, 4);
    // scaled by the section's 15 over what no response loses there
    // (W = 10 for the harm, exposure graded within it, + 3 not under control = 13)
    expect(f.rubricPoints).toBeCloseTo(9.7, 3);
    expect(f.points).toBeCloseTo((9.7 * 15) / 13, 2);
    expect(f.message.zh).toContain(`本次演练 死亡 ${h.actual.deaths}、重伤 ${h.actual.seriousInjuries}、受伤 ${h.actual.injured}`);
    expect(f.message.zh).toContain(`最佳处置 死亡 ${h.best!.deaths}`);
    expect(f.message.en).toContain(`no response ${h.none!.deaths} dead`);
    expect(f.basis).toContain("AQ/T 9009-2015");
    expect(f.basis).toContain("《液氯储罐泄漏 — 规范处置（示范剧本）》");
  });

  it("a drill stopped early is compared with the references at the same drill time", () => {
    const c = poor.c;
    const early = runPlay(c, poor.commands, 7, 30 * MIN);
    const r = evaluate(c, early.events, early.state, rubric(), undefined, bestPlay("chemical-leak", c));
    const noneThen = runPlay(c, [], 7, 30 * MIN).state.casualties;
    expect(r.outcomes.harm.none!.injured).toBe(noneThen.injured);
    expect(r.outcomes.harm.none!.injured).toBeLessThan(h.none!.injured);
  });

  it("a live drill asking early and then at the end gets the references at each time (seed 8, asked in that order)", () => {
    const c = poor.c;
    const best = bestPlay("chemical-leak", c);
    const at = (untilMs?: number) => {
      const r = runPlay(c, poor.commands, 8, untilMs);
      return evaluate(c, r.events, r.state, rubric(), undefined, best).outcomes.harm;
    };
    const early = at(20 * MIN);
    const end = at();
    expect(early.none!.injured).toBe(runPlay(c, [], 8, 20 * MIN).state.casualties.injured);
    expect(end.none!.injured).toBe(runPlay(c, [], 8).state.casualties.injured);
    expect(end.best!.injured).toBe(runPlay(c, [...best!.commands], 8).state.casualties.injured);
  });

  it("the good plays leave nothing preventable undone: no deduction, and the strength says so", () => {
    for (const id of ["chemical-leak", "school-fire", "mine-flood"]) {
      const r = drill(id, "good").report;
      expect(harmOf(r), id).toBeUndefined();
      expect(r.outcomes.harm.share, id).toBe(0);
      // the drill's own outcome against no response, no agency's (review8 school 12: "no worse than the best play" was tautological)
      expect(r.strengths.some((s) => s.message.zh.startsWith("可避免的伤亡已全部避免") && s.agency === null), id).toBe(true);
    }
  });
});

describe("injuries a late response causes now cost points", () => {
  it("school fire, the school's first actions 2 minutes late: one serious injury the best play avoids, 3·1 / 10·42 of the scale, charged at the rubric's 2.5 points per serious injury (the floor)", () => {
    const good = drill("school-fire", "good");
    const late = good.commands.map((x) => (x.by === "sch" && x.at < 5 * MIN ? { ...x, at: x.at + 2 * MIN } : x));
    const r = runPlay(good.c, late);
    const report = evaluate(good.c, r.events, r.state, rubric(), undefined, bestPlay("school-fire", good.c));
    const h = report.outcomes.harm;
    expect([h.actual.deaths, h.actual.seriousInjuries, h.actual.injured]).toEqual([0, 1, 0]);
    expect([h.best!.deaths, h.best!.seriousInjuries, h.best!.injured]).toEqual([0, 0, 1]);
    expect([h.none!.deaths, h.none!.seriousInjuries, h.none!.injured]).toEqual([42, 0, 0]);
    const f = harmOf(report)!;
    // per person: 10 × 3 / 420 = 0.07 < the floor 2.5 → 2.5, + the 12 only exposed to smoke beyond the best play
    // × 0.0095 (an injury's 10 × 1 / 420 = 0.0238 × the exposure items' 0.02 / 0.05) = 0.114: 2.614 of the item's 10 points
    expect(h.share).toBeCloseTo(0.2614, 4);
    // × 15 / W, W = what no response loses there: 10 (42 dead, the whole item) + 3 not under control = 13
    expect(f.rubricPoints).toBeCloseTo(2.614, 4);
    expect(f.points).toBeCloseTo((2.614 * 15) / 13, 2);
    expect(f.message.zh).toContain("重伤 1 人（每人 2.5 分）");
    // each fault once: the serious injury is inside this finding, not charged again on its own
    expect(report.findings.some((x) => x.code === "OUTCOME_SERIOUS_INJURIES")).toBe(false);
  });

  it("mine flood, the withdrawal order at 00:52 instead of 00:02:30: 6 miners cut off, as with no response: 6 × 1 point each, fewer reached by the water than with no response", () => {
    const good = drill("mine-flood", "good");
    const i = good.commands.findIndex((x) => x.type === "evacuate");
    const late = good.commands.map((x, j) => (j === i ? { ...x, at: 52 * MIN } : x));
    const r = runPlay(good.c, late);
    const report = evaluate(good.c, r.events, r.state, rubric(), undefined, bestPlay("mine-flood", good.c));
    const h = report.outcomes.harm;
    expect(h.actual.trapped).toBe(6);
    expect(h.best!.trapped + h.best!.injured).toBe(0);
    expect(h.none!.trapped + h.none!.injured).toBe(6);
    const f = harmOf(report)!;
    // 6 left trapped × 1 point each (the rubric's per-trapped floor) + 8 only reached by the water × 0.02 = 6.16 of the item's 10
    expect(f.quantity).toBe(0.616);
    // what the same harm costs with no response (points are shares of what the outcome can judge, issue 10 §11)
    const nr = runPlay(good.c, []);
    const none = harmOf(evaluate(good.c, nr.events, nr.state, rubric(), undefined, bestPlay("mine-flood", good.c)))!;
    // no response: the same 6 trapped + 36 only reached by the water × 0.02 = 6.72 of 10
    expect(none.quantity).toBe(0.672);
    expect(f.points).toBeLessThan(none.points);
    expect(f.points).toBeGreaterThan(0);
    // the people still trapped are the same harm: cited, not deducted again
    const trapped = report.findings.find((x) => x.code === "OUTCOME_TRAPPED")!;
    expect(trapped.causedBy).toBe(f.id);
    expect(trapped.points).toBe(0);
  });
});

describe("a scenario that names no best play", () => {
  const poor = drill("school-fire", "poor");
  const c = { ...poor.c, scenario: { ...poor.c.scenario, bestPlay: undefined } };
  const report = evaluate(c, poor.events, poor.state, rubric());

  it("is not graded relatively, says so, and keeps the absolute casualty findings", () => {
    expect(report.outcomes.harm.status).toBe("noBestPlay");
    expect(report.outcomes.harm.note.zh).toContain("未指定最佳处置剧本");
    expect(harmOf(report)).toBeUndefined();
    expect(report.findings.find((f) => f.code === "OUTCOME_DEATHS")?.quantity).toBe(1);
    // with its best play the same death is graded within OUTCOME_PREVENTABLE_HARM instead
    expect(poor.report.findings.some((f) => f.code === "OUTCOME_DEATHS")).toBe(false);
    expect(harmOf(poor.report)).toBeDefined();
  });

  it("the report says it in its outcomes section", () => {
    const md = renderMarkdown(wordReport(c, report), "zh");
    expect(md).toContain("**伤亡对照（最佳处置 / 无处置）**: 本情景未指定最佳处置剧本");
    const graded = renderMarkdown(wordReport(poor.c, poor.report), "en");
    expect(graded).toContain("Harm graded person by person beyond the best play: this drill 1 dead");
    // the overview's headline: 1 death where no response kills 42 is 10/420 of the scale
    // the overview's headline shows what F13 charges (the per-death floor 8 of the item's 10 = 0.8 → 80%), the share 10/420 beside it (review6 A1)
    // 1 death × 8 + 61 pupils only exposed to smoke beyond the best play × 0.0095 (10/420 × 0.02/0.05) = 8.5795 of the item's 10: 86 %, as F13 says
    expect(graded).toContain("- Preventable harm not prevented: **86% (of the item's points; best play 0%)**");
    // B17: a card of casualties shows the people still trapped (mine poor play: 6 cut off, F31)
    const mine = drill("mine-flood", "poor");
    expect(renderMarkdown(wordReport(mine.c, mine.report), "zh")).toMatch(/伤亡（死亡 \/ 重伤 \/ 受伤）: \*\*0 \/ 0 \/ 0（情景设定 0 \/ 0）；仍被困 6 人/);
    expect(md).not.toContain("- 未避免的可避免伤亡:");
  });
});

describe("the best play a scenario names is a play for that scenario", () => {
  it("the shipped scenarios name their good plays", () => {
    for (const id of ["chemical-leak", "mine-flood", "school-fire"]) {
      const c = drill(id, "good").c;
      expect(c.scenario.bestPlay).toBe(`${id}.good`);
      expect(bestPlay(id, c)!.commands).toEqual(playOf(c, `${SCENARIOS}/plays/${id}.good.yaml`));
    }
  });
});

describe("the share in words", () => {
  it("whole percent, one decimal under 1 % so a share that costs points never reads 0 %", () => {
    expect([harmPercent(0.9535), harmPercent(0.0238), harmPercent(0.0071), harmPercent(0.0004), harmPercent(0)]).toEqual(["95", "2", "0.7", "<0.1", "0"]);
  });
});

describe("score-only grading (Monte-Carlo seeds) gives the written report's score and findings", () => {
  for (const id of ["chemical-leak", "school-fire", "mine-flood"]) {
    for (const kind of ["good", "poor", "none"] as const) {
      it(`${id} ${kind === "none" ? "no response (an empty play)" : `${kind} play`}`, () => {
        const d = kind === "none" ? noResponse(id) : drill(id, kind);
        const full = evaluate(d.c, d.events, d.state, rubric(), undefined, bestPlay(id, d.c));
        const quick = evaluate(d.c, d.events, d.state, rubric(), undefined, bestPlay(id, d.c), { scoreOnly: true });
        expect(quick.score).toBe(full.score);
        expect(quick.sections.map((s) => s.score)).toEqual(full.sections.map((s) => s.score));
        expect(quick.findings.map((f) => [f.code, f.agency, f.points])).toEqual(full.findings.map((f) => [f.code, f.agency, f.points]));
      });
    }
  }
});

describe("a preventable death is never cheap (the floor)", () => {
  it("school fire poor play: 1 death the best play avoids costs at least the rubric's 8 points per death, though it is 1 of no response's 42", () => {
    const { report } = drill("school-fire", "poor");
    const h = report.outcomes.harm;
    expect(h.actual.deaths - h.best!.deaths).toBe(1);
    expect(h.none!.deaths).toBe(42);
    const f = harmOf(report)!;
    // 8 rubric points (the floor) for the death, + 61 only exposed to smoke × 0.0095 (an injury's 10/420 × 0.02/0.05)
    // = 8.5795, never more than the item's 10; × 15 / 13 (W: 10 + 3 not under control)
    expect(f.rubricPoints).toBeCloseTo(8.5795, 4);
    expect(f.points).toBeCloseTo((8.5795 * 15) / 13, 2);
  });
});

describe("people left trapped count in the floor too", () => {
  it("school fire good play without the aerial ladder: 1 death and 41 pupils still trapped cost the whole harm item (8 + 41 × 1 points ≥ its cap 10, × 15 / 13), and the drill is no longer 优秀", () => {
    const good = drill("school-fire", "good");
    const ladder = good.commands.findIndex((k) => k.type === "dispatch" && JSON.stringify(k).includes("cg-ladder"));
    const r = runPlay(good.c, good.commands.filter((_, i) => i !== ladder));
    const report = evaluate(good.c, r.events, r.state, rubric(), undefined, bestPlay("school-fire", good.c));
    expect([report.outcomes.harm.actual.deaths, report.outcomes.harm.actual.trapped]).toEqual([1, 41]);
    expect(harmOf(report)!.rubricPoints).toBe(10);
    expect(harmOf(report)!.points).toBeCloseTo((10 * 15) / 13, 2);
    expect(report.score).toBeLessThan(90);
  });
});
