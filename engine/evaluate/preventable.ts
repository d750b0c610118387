/**
 * Harm the response could have prevented (issue 10 §9; AQ/T 9009-2015 附录A 事故处置、人员保护、
 * 医疗救护: the drill is judged on reducing casualties). Each drill is set between two references
 * replayed by the engine with the same scenario, seed and drill time: the scenario's best play
 * (nothing deducted) and no response (the whole item).
 *
 *   excess = Σ w·max(0, actual − best)   over deaths, serious injuries, injuries
 *   scale  = Σ w·max(0, none − best)
 *   share  = min(1, excess / scale); with nothing preventable (scale 0): 1 if the drill did harm
 *            no response would not have done, else 0
 *
 * Weights come from the rubric (harmWeights). Each figure counts only its excess over the best
 * play, so a death beyond it is never offset by fewer injuries; the weighted sum (not a share per
 * figure) is what lets a response that turns deaths into injuries (the school fire: no response
 * kills, a late one injures) sit near the best end of the scale rather than "worse than nothing".
 * People still trapped count as injured: the mine model counts every miner brought out after
 * being cut off as injured (engine/hazards/mine/report.ts), so rescuing them changes nothing here.
 *
 * A floor keeps a preventable death from being cheap where no response would kill many (the school
 * fire: 1 death against 42 is a 2 % share): each death, serious injury and person left trapped beyond
 * the best play costs at least what the rubric's own per-person items (OUTCOME_DEATHS,
 * OUTCOME_SERIOUS_INJURIES, OUTCOME_TRAPPED) charge, within the item's cap. The default rubric sets a
 * death at 8 of the item's 10 (scenarios/rubrics/default.yaml: the gravest finding of any report, AQ/T
 * 9009-2015 附录A 人员保护), its cap at the item's whole so no response, at share 1, never loses less
 * there. The finding is still one, deducted once; the grading carries the charged quantity
 * (`charged`), the figure the report's headline shows.
 */
import type { LocalText } from "../model/ids.ts";
import type { RubricProfile } from "../scenario/rubric-schema.ts";
import type { EvalContext } from "./context.ts";
import { finding } from "./findings.ts";
import { crewFinding, crewHarm, withoutCrews } from "./harmful-orders.ts";
import { harmOf, referenceAt, type BestPlay, type HarmFigures } from "./references.ts";
import type { Finding, HarmGrading, Strength } from "./report-model.ts";

const FIGURES = ["deaths", "seriousInjuries", "injured"] as const;
type Weights = RubricProfile["harmWeights"];

/** The figures graded: deaths, serious injuries, and injuries with the people still trapped. */
function graded(f: HarmFigures): Record<(typeof FIGURES)[number], number> {
  return { deaths: f.deaths, seriousInjuries: f.seriousInjuries, injured: f.injured + f.trapped };
}

/** The share (0–1) of the preventable harm between `best` and `none` that `actual` did not prevent. */
export function harmShare(actual: HarmFigures, best: HarmFigures, none: HarmFigures, w: Weights): number {
  const excess = harmExcess(actual, best, w);
  const scale = harmExcess(none, best, w);
  if (scale <= 0) return excess > 0 ? 1 : 0;
  return Math.min(1, excess / scale);
}

/** Σ w·max(0, a − b) over the graded figures: the weighted harm of `a` beyond `b`. */
function harmExcess(a: HarmFigures, b: HarmFigures, w: Weights): number {
  const ga = graded(a);
  const gb = graded(b);
  return FIGURES.reduce((s, k) => s + w[k] * Math.max(0, ga[k] - gb[k]), 0);
}

const words = (f: HarmFigures): LocalText => ({
  zh: `死亡 ${f.deaths}、重伤 ${f.seriousInjuries}、受伤 ${f.injured}${f.trapped > 0 ? `、被困 ${f.trapped}` : ""}`,
  en: `${f.deaths} dead, ${f.seriousInjuries} seriously injured, ${f.injured} injured${f.trapped > 0 ? `, ${f.trapped} trapped` : ""}`,
});

/** A share as a percentage for the report: whole percent, one decimal under 1 %, "<0.1" below that (never 0 % while it costs points). */
export function harmPercent(share: number): string {
  if (share > 0 && share < 0.001) return "<0.1";
  return share > 0 && share < 0.01 ? String(Math.round(share * 1000) / 10) : String(Math.round(share * 100));
}

/** Points the rubric charges per person for `code` (its absolute casualty items), 0 when it has none. */
function perPerson(rubric: RubricProfile, code: string): number {
  return rubric.sections.flatMap((s) => s.items).find((it) => it.codes.includes(code as never))?.points ?? 0;
}

/**
 * The finding's quantity: the share, or the per-person floor (in units of the item's points) when
 * that is larger; the item's cap bounds what it costs.
 */
function chargedQuantity(share: number, actual: HarmFigures, best: HarmFigures, rubric: RubricProfile): { quantity: number; floored: boolean } {
  const item = perPerson(rubric, "OUTCOME_PREVENTABLE_HARM");
  const beyond = (k: keyof HarmFigures, code: string) => Math.max(0, actual[k] - best[k]) * perPerson(rubric, code);
  const floor = beyond("deaths", "OUTCOME_DEATHS") + beyond("seriousInjuries", "OUTCOME_SERIOUS_INJURIES") + beyond("trapped", "OUTCOME_TRAPPED");
  const byFloor = item > 0 ? floor / item : 0;
  return byFloor > share ? { quantity: Math.round(byFloor * 10_000) / 10_000, floored: true } : { quantity: share, floored: false };
}

const BASIS = "生产安全事故应急演练评估规范（AQ/T 9009-2015）附录A 事故处置、人员保护、医疗救护";

export interface HarmResult {
  grading: HarmGrading;
  findings: Finding[];
  strengths: Strength[];
}

/**
 * Grades the drill's harm (its final state) against the references; with no best play, says so
 * and grades nothing (the absolute casualty findings stand). Replays the references through the
 * engine (memoised, references.ts). `scoreOnly` (Monte-Carlo seeds): when the drill did no more
 * harm than the best play its share is 0 whatever no response does, so that replay is skipped
 * (the score is the same; the report's no-response figures and the strength are left out).
 */
export function gradeHarm(x: EvalContext, rubric: RubricProfile, best: BestPlay | undefined, scoreOnly = false): HarmResult {
  // harm to responders' crews is the sending order's, graded apart (harmful-orders.ts; issue 10 §1)
  const crews = crewHarm(x);
  const actual = withoutCrews(harmOf(x.state.casualties), crews);
  const weights = rubric.harmWeights;
  if (!best) {
    const named = x.c.scenario.bestPlay;
    return {
      grading: {
        status: "noBestPlay", actual, weights, basis: BASIS,
        note: named === undefined
          ? { zh: "本情景未指定最佳处置剧本，伤亡不作相对评分，按情景设定之外的死亡、重伤计分", en: "This scenario names no best play: harm is not graded relatively; deaths and serious injuries beyond the scenario's own are scored" }
          : { zh: `未载入本情景指定的最佳处置剧本（${named}），伤亡不作相对评分`, en: `The scenario's best play (${named}) was not loaded: harm is not graded relatively` },
      },
      findings: [],
      strengths: [],
    };
  }
  const seed = x.state.seed;
  const bestF = referenceAt(x.c, seed, best.commands, x.state.tMs);
  const basis = `${BASIS}；对照：同一情景、同一随机种子、同一时刻的无处置推演与最佳处置推演（${best.title ? `《${best.title}》` : `剧本 ${best.ref}`}）`;
  if (scoreOnly && harmExcess(actual, bestF, weights) === 0 && crews.length === 0) {
    const note = { zh: `伤亡不多于最佳处置（${words(bestF).zh}），不扣分`, en: `Harm no greater than with the best play (${words(bestF).en}): nothing deducted` };
    return { grading: { status: "graded", bestPlay: best.ref, actual, best: bestF, weights, share: 0, basis, note }, findings: [], strengths: [] };
  }
  const noneF = referenceAt(x.c, seed, [], x.state.tMs);
  const share = Math.round(harmShare(actual, bestF, noneF, weights) * 10_000) / 10_000;
  const apart = crews.length > 0 ? { zh: "（不含救援人员，其伤亡另计于派遣单位）", en: " (responders apart: their harm is charged to the agency that sent them)" } : { zh: "", en: "" };
  const three = {
    zh: `本次演练 ${words(actual).zh}${apart.zh}；最佳处置 ${words(bestF).zh}；无处置 ${words(noneF).zh}`,
    en: `this drill ${words(actual).en}${apart.en}; best play ${words(bestF).en}; no response ${words(noneF).en}`,
  };
  const pct = harmPercent(share);
  const grading: HarmGrading = {
    status: "graded", bestPlay: best.ref, actual, best: bestF, none: noneF, weights, share, basis,
    note: { zh: `伤亡按最佳处置与无处置之间的位置评分：${three.zh}`, en: `Harm graded between the best play and no response: ${three.en}` },
  };
  const changes = x.events.flatMap((e, i) => (e.type === "casualtiesChanged" ? [i] : []));
  const findings: Finding[] = [];
  const strengths: Strength[] = [];
  if (share > 0) grading.charged = chargedQuantity(share, actual, bestF, rubric).quantity;
  // something was preventable: no response does more weighted harm than the best play
  const preventable = harmShare(noneF, bestF, noneF, weights) > 0;
  if (share > 0) {
    const last = changes.length > 0 ? x.events[changes[changes.length - 1]!]!.at : x.endMs;
    const { quantity, floored } = chargedQuantity(share, actual, bestF, rubric);
    const floorNote = floored
      ? { zh: `；按每名可避免的死亡不少于 ${perPerson(rubric, "OUTCOME_DEATHS")} 分、重伤不少于 ${perPerson(rubric, "OUTCOME_SERIOUS_INJURIES")} 分、仍被困者不少于 ${perPerson(rubric, "OUTCOME_TRAPPED")} 分计`, en: `; charged at least ${perPerson(rubric, "OUTCOME_DEATHS")} points per preventable death, ${perPerson(rubric, "OUTCOME_SERIOUS_INJURIES")} per serious injury and ${perPerson(rubric, "OUTCOME_TRAPPED")} per person left trapped` }
      : { zh: "", en: "" };
    findings.push(finding({
      code: "OUTCOME_PREVENTABLE_HARM", section: "outcomes", opportunity: "outcomes", agency: x.c.scenario.leadAgency, atMs: Math.min(last, x.endMs), ruleId: "OUT-HARM", basis, quantity, key: "harm",
      message: preventable
        ? { zh: `未避免的可避免伤亡占 ${pct}%（最佳处置为 0%，无处置为 100%）：${three.zh}${floorNote.zh}`, en: `${pct}% of the preventable harm was not prevented (best play 0%, no response 100%): ${three.en}${floorNote.en}` }
        : { zh: `处置造成了无处置时不会发生的伤亡：${three.zh}${floorNote.zh}`, en: `The response caused harm that doing nothing would not have caused: ${three.en}${floorNote.en}` },
      evidence: { events: changes.length > 0 ? changes : [x.endEvent] },
    }));
  } else if (preventable) {
    strengths.push({
      section: "outcomes", agency: x.c.scenario.leadAgency,
      message: { zh: `伤亡不多于最佳处置：${three.zh}`, en: `Harm no greater than with the best play: ${three.en}` },
      evidence: { events: changes.slice(-1), messages: [], obligations: [] },
    });
  }
  // each order's harm to its crews, against the same scale and per-person floor (the best play sends no crew to harm)
  const scale = harmExcess(noneF, bestF, weights);
  for (const g of crews) {
    const fig = { deaths: g.deaths, seriousInjuries: g.seriousInjuries, injured: g.injured, trapped: 0 };
    const shareG = scale > 0 ? Math.min(1, harmExcess(fig, NOBODY, weights) / scale) : 1;
    findings.push(finding(crewFinding(x, g, "OUTCOME_PREVENTABLE_HARM", chargedQuantity(Math.round(shareG * 10_000) / 10_000, fig, NOBODY, rubric).quantity, basis)));
  }
  return { grading, findings, strengths };
}

const NOBODY: HarmFigures = { deaths: 0, seriousInjuries: 0, injured: 0, trapped: 0 };

/**
 * The absolute casualty findings once harm is graded relatively: deaths and serious injuries are
 * inside OUTCOME_PREVENTABLE_HARM (each fault once); people still trapped cite it and cost nothing
 * again, or go when nothing preventable was left undone.
 */
export function withHarm(outcomeFindings: readonly Finding[], harm: HarmResult): Finding[] {
  if (harm.grading.status !== "graded") return [...outcomeFindings];
  const root = harm.findings.length > 0;
  return outcomeFindings.flatMap((f) => {
    if (f.code === "OUTCOME_DEATHS" || f.code === "OUTCOME_SERIOUS_INJURIES") return [];
    if (f.code === "OUTCOME_TRAPPED") return root ? [{ ...f, rootKey: "harm" }] : [];
    return [f];
  });
}
