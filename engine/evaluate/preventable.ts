/**
 * Harm the response could have prevented (issue 10 §9; AQ/T 9009-2015 附录A 事故处置、人员保护、
 * 医疗救护: the drill is judged on reducing casualties). Each drill is set beside two references
 * replayed by the engine with the same scenario, seed and drill time: the scenario's best play
 * (nothing deducted) and no response.
 *
 * Graded per person and in proportion (harm-costs.ts): each person dead, seriously injured, injured or
 * left trapped beyond the best play costs points of the rubric's preventable-harm item, death ≥
 * serious injury ≥ injury ≥ exposure per person, in proportion to the harm no response does beyond the
 * best play (scale = Σ w·max(0, none − best), the rubric's harmWeights) within per-person floors and
 * ceilings, the whole bounded by the item's cap. The finding and the report's headline show the one
 * figure charged points / cap (0–100 %). People still trapped are graded apart from the injured (a
 * miner brought out injured costs less than one left trapped). Harm to responders' crews is the
 * sending order's (harmful-orders.ts), at the same per-person costs.
 */
import type { Command } from "../model/commands.ts";
import type { LocalText } from "../model/ids.ts";
import type { RubricProfile } from "../scenario/rubric-schema.ts";
import type { EvalContext } from "./context.ts";
import { finding } from "./findings.ts";
import { crewFinding, crewHarm, withoutCrews } from "./harmful-orders.ts";
import type { DrillState } from "../model/state.ts";
import { canonicalJson } from "../model/hash.ts";
import { harmOf, referenceAt, referenceStateAt, type BestPlay, type HarmFigures } from "./references.ts";
import { beyond, costWorking, GRADES, harmCharge, harmItem, personCosts, type Graded, type PersonCosts } from "./harm-costs.ts";
import { exposedSplit } from "./exposed-once.ts";
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

/**
 * `f` (a run's figures at `st`) without the casualties the scenario's injects set (each group's `scripted`: the director's
 * "3 人已无生命体征，12 人重度中毒", people/exposure.ts): harm no response could prevent is graded in none of the three runs
 * (issue 10 §9). A drill whose director fired that inject early (injectNow, newcomer23 2: the best play plus inj-07 at
 * 00:05:30, stopped at 00:40) has it while the references, run to their script, do not yet: the difference was the
 * director's, not the response's. Runs to the end have the same scripted harm, so nothing changes there.
 */
function unscripted(f: HarmFigures, st: DrillState): HarmFigures {
  const sum = (k: "deaths" | "seriousInjuries" | "injured") => st.groups.reduce((n, g) => n + g.scripted[k], 0);
  return { ...f, deaths: Math.max(0, f.deaths - sum("deaths")), seriousInjuries: Math.max(0, f.seriousInjuries - sum("seriousInjuries")), injured: Math.max(0, f.injured - sum("injured")) };
}

/** Whether two runs' scripted casualties differ (an inject fired at another time than the script's, or not yet in one). */
function scriptedApart(a: DrillState, b: DrillState): boolean {
  const sum = (st: DrillState) => st.groups.map((g) => `${g.scripted.deaths}/${g.scripted.seriousInjuries}/${g.scripted.injured}`).join(",");
  return sum(a) !== sum(b);
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

const BASIS = "生产安全事故应急演练评估规范（AQ/T 9009-2015）附录A 事故处置、人员保护、医疗救护";

export interface HarmResult {
  grading: HarmGrading;
  findings: Finding[];
  strengths: Strength[];
  /** people only exposed beyond the best play whose charge waits for their harm (undecided(), below); absent when none */
  held?: number;
  /**
   * The harm a play (its commands) does by this drill's time, in this grading's per-person points, uncapped
   * (each grade's count × its cost): what a cause's correction is measured by (cause-reruns.ts). Absent when not graded.
   */
  measure?: (commands: readonly Command[]) => number;
}

/**
 * Whether the people only exposed beyond the best play (`extra.exposed`) are left uncharged: in a drill
 * stopped before its scheduled end (no drillEnded "duration": ended early by the director, `--until`, or
 * live) whose deaths, serious injuries, injuries and people trapped are no more than the best play's at
 * that instant. Such a drill is judged on what was decided by then (README "A drill stopped early",
 * issue 10 §11): an exposure above the threshold has not yet decided its harm (toxic loads keep growing
 * until the exposure ends), and with harm equal to the best play's nothing decided is worse, so it
 * costs nothing (newcomer trial item 4: 5 people exposed beyond the best play at 00:25 took the outcome
 * section's whole 15 points while the casualties equalled the best play's). The exposure is still
 * stated; at the drill's end, or alongside harm beyond the best play, it is charged as before.
 */
export function undecided(x: Pick<EvalContext, "events">, extra: Graded): boolean {
  const ranItsCourse = x.events.some((e) => e.type === "drillEnded" && e.reason === "duration");
  return !ranItsCourse && extra.exposed > 0 && extra.deaths + extra.seriousInjuries + extra.injured + extra.trapped === 0;
}

/** `extra` as charged: the people only exposed left out while undecided (above). */
function charged(x: Pick<EvalContext, "events">, extra: Graded): { extra: Graded; held: number } {
  return undecided(x, extra) ? { extra: { ...extra, exposed: 0 }, held: extra.exposed } : { extra, held: 0 };
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
  const actual = withoutCrews(leftIn(x, harmOf(x.state.casualties), x.state), crews);
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
  const bestState = referenceStateAt(x.c, seed, best.commands, x.state.tMs);
  const bestF = leftIn(x, referenceAt(x.c, seed, best.commands, x.state.tMs), bestState);
  // graded without the scenario's own (scripted) casualties in each run; printed whole (unscripted)
  const actualG = unscripted(actual, x.state);
  const bestG = unscripted(bestF, bestState);
  const basis = `${BASIS}；对照：同一情景、同一随机种子、同一时刻的无处置推演与最佳处置推演（${best.title ? `《${best.title}》` : `剧本 ${best.ref}`}）`;
  if (scoreOnly && Object.values(charged(x, beyond({ ...actualG, exposed: exposedSplit(x, x.state).only }, { ...bestG, exposed: exposedSplit(x, bestState).only })).extra).every((n) => n === 0) && crews.length === 0) {
    const note = { zh: `伤亡不多于最佳处置（${words(bestF).zh}），不扣分`, en: `Harm no greater than with the best play (${words(bestF).en}): nothing deducted` };
    return { grading: { status: "graded", bestPlay: best.ref, actual, best: bestF, weights, share: 0, basis, note }, findings: [], strengths: [] };
  }
  const noneF = referenceAt(x.c, seed, [], x.state.tMs);
  const noneState = referenceStateAt(x.c, seed, [], x.state.tMs);
  const noneG = unscripted(noneF, noneState);
  // per person and grade, in proportion (harm-costs.ts): one figure 0–100 %, the finding's and the headline's
  const scale = harmExcess(noneG, bestG, weights);
  const costs = personCosts(rubric, weights, scale);
  // the people only exposed are the lowest grade (exposed-once.ts: each person once, at the worst outcome)
  const only = (st: DrillState) => exposedSplit(x, st).only;
  // the people only exposed wait for their harm in a drill stopped early with harm no worse than the best play's (undecided)
  const { extra, held } = charged(x, beyond({ ...actualG, exposed: only(x.state) }, { ...bestG, exposed: only(bestState) }));
  const charge = harmCharge(rubric, extra, costs);
  const share = charge.figure;
  const measure = (commands: readonly Command[]) => {
    const st = referenceStateAt(x.c, seed, commands, x.state.tMs);
    const g: Graded = { ...unscripted(leftIn(x, harmOf(st.casualties), st), st), exposed: only(st) };
    return GRADES.reduce((sum, k) => sum + g[k] * costs[k], 0);
  };
  const apart = crews.length > 0 ? { zh: "（不含救援人员，其伤亡另计于派遣单位）", en: " (responders apart: their harm is charged to the agency that sent them)" } : { zh: "", en: "" };
  // the scenario's own casualties, when the runs have them at different times, said apart (graded in none)
  const set = scriptedApart(x.state, bestState) || scriptedApart(x.state, noneState)
    ? { zh: "（情景设定的伤亡由导调注入，各推演注入时刻不同，均不计入对比）", en: " (the casualties the scenario sets come from the director's inject, at different times in the runs, and are compared in none)" }
    : { zh: "", en: "" };
  const three = {
    zh: `本次演练 ${words(actual).zh}${apart.zh}；最佳处置 ${words(bestF).zh}；无处置 ${words(noneF).zh}${set.zh}`,
    en: `this drill ${words(actual).en}${apart.en}; best play ${words(bestF).en}; no response ${words(noneF).en}${set.en}`,
  };
  const grading: HarmGrading = {
    status: "graded", bestPlay: best.ref, actual, best: bestF, none: noneF, weights, share, basis,
    note: { zh: `伤亡按超出最佳处置的人数逐人计分：${three.zh}`, en: `Harm graded person by person beyond the best play: ${three.en}` },
  };
  const changes = x.events.flatMap((e, i) => (e.type === "casualtiesChanged" ? [i] : []));
  const findings: Finding[] = [];
  const strengths: Strength[] = [];
  if (share > 0) grading.charged = share;
  // something was preventable: no response does more weighted harm than the best play
  const preventable = scale > 0;
  if (share > 0) {
    // dated when the harm reached its worst (6 miners cut off at 01:03:50), not at the last change of figures (miners
    // surfacing at 01:06:50), with the hazard's own events at that moment (review8 mine 10)
    // …over the grades the points price (review18 school 3: the pupil's 41 classmates trapped at 00:12 outweighed his
    // serious injury at 00:16:30, so the harm was dated by his first injury and the school's silence, due 00:13:34, not tried)
    // (people left trapped date it only when nobody is dead or hurt beyond the best play: those left inside at the end are
    // counted at the end, not when a class was cut off)
    const hurt = GRADES.filter((k): k is keyof HarmFigures => extra[k] > 0 && k !== "exposed" && k !== "trapped");
    const priced = hurt.length > 0 ? hurt : GRADES.filter((k): k is keyof HarmFigures => extra[k] > 0 && k === "trapped");
    const worst = priced.length > 0 ? worstChange(x, changes, (e) => priced.reduce((s, k) => s + e[k] * costs[k], 0)) : worstChange(x, changes, (e) => harmExcess(e, NOBODY, weights));
    const last = worst !== undefined ? x.events[worst]!.at : changes.length > 0 ? x.events[changes[changes.length - 1]!]!.at : x.endMs;
    const atWorst = worst !== undefined ? x.events.flatMap((e, i) => (e.type === "hazardChanged" && e.at === last ? [i] : [])) : [];
    const text = chargeText(extra, costs, charge, harmItem(rubric).cap, costWorking(rubric, weights, noneG, bestG, GRADES.filter((k) => extra[k] > 0)));
    findings.push(finding({
      code: "OUTCOME_PREVENTABLE_HARM", section: "outcomes", opportunity: "outcomes", agency: x.c.scenario.leadAgency, atMs: Math.min(last, x.endMs), ruleId: "OUT-HARM", basis, quantity: charge.quantity, key: "harm",
      message: preventable
        ? { zh: `未避免的可避免伤亡 ${harmPercent(share)}%：${text.zh}；${three.zh}`, en: `Preventable harm not prevented ${harmPercent(share)}%: ${text.en}; ${three.en}` }
        : { zh: `处置造成了无处置时不会发生的伤亡：${text.zh}；${three.zh}`, en: `The response caused harm that doing nothing would not have caused: ${text.en}; ${three.en}` },
      evidence: { events: changes.length > 0 ? [...new Set([...changes, ...atWorst])].sort((p, q) => p - q) : [x.endEvent] },
    }));
  } else if (preventable && held === 0) {
    // the play compared against, by name, and whether it is this drill's own: the good play graded against itself
    // shows nothing beyond it (review16 mine and chemical good reports)
    const name = best.title ? `《${best.title}》` : `剧本 ${best.ref}`;
    const own = canonicalJson(bestState) === canonicalJson(x.state);
    const against = own
      ? { zh: `对照的最佳处置即本次演练所用剧本${name}，故只说明未劣于其本身`, en: `the best play compared against is this drill's own play, ${best.title ? `“${best.title}”` : best.ref}: it shows no worse than itself` }
      : { zh: `对照的最佳处置为${name}`, en: `the best play compared against is ${best.title ? `“${best.title}”` : best.ref}` };
    strengths.push({
      // what the response achieved against no response, for the drill as a whole (no agency's own act): "no more than
      // the best play" said nothing of the best play itself (review8 school 12)
      section: "outcomes", agency: null,
      message: { zh: `可避免的伤亡已全部避免：${three.zh}（${against.zh}）`, en: `All the preventable harm was prevented: ${three.en} (${against.en})` },
      evidence: { events: changes.slice(-1), messages: [], obligations: [] },
    });
  }
  // each order's harm to its crews, at the same per-person costs (the best play sends no crew to harm)
  for (const g of crews) {
    const fig = { deaths: g.deaths, seriousInjuries: g.seriousInjuries, injured: g.injured, trapped: 0, exposed: 0 };
    findings.push(finding(crewFinding(x, g, "OUTCOME_PREVENTABLE_HARM", harmCharge(rubric, fig, costs).quantity, basis)));
  }
  return { grading, findings, strengths, measure, ...(held > 0 ? { held } : {}) };
}

/**
 * `f` with the people left alive inside the building when the drill ran its course (the hazard's `inside` figure: never
 * alerted, never brought out) counted as left trapped, when more than the trapped: people the response never got out are
 * an outcome (review18 school 1: 236 pupils still in class at 02:00 after no alarm at all cost nothing). A drill stopped
 * early is judged on its casualties alone (those inside may yet come out). Hazards with no such figure: `f` unchanged.
 */
function leftIn(x: EvalContext, f: HarmFigures, st: DrillState): HarmFigures {
  if (!x.events.some((e) => e.type === "drillEnded" && e.reason === "duration")) return f;
  const inside = x.c.hazard.summary(st.hazard, st.tMs, x.c.scenario).figures.inside ?? 0;
  return inside > f.trapped ? { ...f, trapped: inside } : f;
}

/** The per-person costs and the charge as the evaluator keeps them (harm-costs.ts, to 1/10 000): the printed sum is the sum of the printed terms. */
const r4 = (n: number) => Math.round(n * 10_000) / 10_000;

/** "较最佳处置多死亡 1 人（每人 8 分），合计扣 8 分，占本项 10 分的 80%": the charge in words. */
function chargeText(extra: Graded, costs: PersonCosts, charge: ReturnType<typeof harmCharge>, cap: number, working: LocalText): LocalText {
  const zhName = { deaths: "死亡", seriousInjuries: "重伤", injured: "受伤", trapped: "仍被困", exposed: "仅受危害暴露" } as const;
  const enName = { deaths: "dead", seriousInjuries: "seriously injured", injured: "injured", trapped: "still trapped", exposed: "only exposed" } as const;
  const ks = GRADES.filter((k) => extra[k] > 0);
  const capped = charge.capped ? { zh: `，以本项 ${cap} 分为限`, en: `, bounded by the item's ${cap}` } : { zh: "", en: "" };
  return {
    zh: `较最佳处置多${ks.map((k) => `${zhName[k]} ${extra[k]} 人（每人 ${r4(costs[k])} 分）`).join("、")}${capped.zh}，扣 ${r4(charge.points)} 分，占本项 ${cap} 分的 ${harmPercent(charge.figure)}%${working.zh ? `（${working.zh}）` : ""}`,
    en: `beyond the best play ${ks.map((k) => `${extra[k]} ${enName[k]} (${r4(costs[k])} each)`).join(", ")}${capped.en}: ${r4(charge.points)} of the item's ${cap} points, ${harmPercent(charge.figure)}%${working.en ? ` (${working.en})` : ""}`,
  };
}

/** Why an exposure beyond the best play costs nothing in a drill stopped early (undecided()). */
const HELD: LocalText = {
  zh: "演练提前停止时伤亡与最佳处置相同，暴露人员的伤害后果尚未确定，不扣分",
  en: "the drill stopped early with harm equal to the best play's, so the exposed people's harm is not yet decided: nothing deducted",
};

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
    // the people only exposed are graded within the harm (harm-costs.ts): cited, not charged again; while their harm
    // is undecided (a drill stopped early with harm no worse than the best play's: undecided()) stated at no cost
    if (f.code === "OUTCOME_EXPOSED_AEGL2" || f.code === "OUTCOME_EXPOSED") return [root ? { ...f, rootKey: "harm" } : harm.held ? { ...f, quantity: 0, message: { zh: `${f.message.zh}；${HELD.zh}`, en: `${f.message.en}; ${HELD.en}` } } : f];
    return [f];
  });
}

/**
 * The casualty change (event index) at which `harm` (of a change's figures) first reached its highest, up to the
 * drill's end: the grades the points price at their per-person costs, else all grades at their weights. Undefined
 * when there is no change.
 */
function worstChange(x: EvalContext, changes: readonly number[], harm: (e: HarmFigures) => number): number | undefined {
  let worst: number | undefined;
  let peak = -Infinity;
  for (const i of changes) {
    const e = x.events[i]!;
    if (e.type !== "casualtiesChanged" || e.at > x.endMs) continue;
    const h = harm({ deaths: e.deaths, seriousInjuries: e.seriousInjuries, injured: e.injured, trapped: e.trapped });
    if (h > peak) {
      peak = h;
      worst = i;
    }
  }
  return worst;
}
