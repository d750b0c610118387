/**
 * What the outcomes section can judge (issue 10 §9 and §11). The outcome is graded between the
 * scenario's two references, replayed with the same scenario, seed and drill time (references.ts):
 * the best play loses nothing, and no response loses what the rubric charges its outcome findings.
 * So the outcome is worth what no response loses there:
 *
 *   worth = min(section weight, max(cost(no response), cost(this drill)))
 *   cost  = Σ over the rubric's outcome items of min(item cap, Σ points × quantity), consequences
 *           (a finding citing its root, e.g. AEGL-3 under AEGL-2) and findings not yet due excluded
 *
 * An item the best play cannot do better on either (the mine's water never held within 4 h: "not
 * under control" is stated at quantity 0) costs no response nothing, so it adds nothing to the
 * worth: doing nothing can no longer keep the section's points for what nobody could achieve, and
 * no response scores 0 wherever the best play does strictly better. A drill that does more harm
 * than no response is worth its own cost (it scores 0). With nothing to judge (worth 0) the section
 * says 未展示 and is left out of the total. Without a best play the whole section weight is judged.
 */
import type { LocalText } from "../model/ids.ts";
import type { DrillState } from "../model/state.ts";
import type { RubricProfile } from "../scenario/rubric-schema.ts";
import { buildContext, type EvalContext } from "./context.ts";
import { evaluateOutcomes } from "./outcomes.ts";
import { gradeHarm, withHarm } from "./preventable.ts";
import { referenceAt, referenceStateAt, type BestPlay } from "./references.ts";
import { controlDue, NOT_CONTROLLED } from "./control.ts";
import { MINUTE } from "../model/time.ts";
import type { Finding } from "./report-model.ts";
import type { Scenario } from "../scenario/schema.ts";
import { rowText } from "./rubric.ts";

/** One rubric item's part of a cost: its points each × the quantity, bounded by the item's cap. */
interface CostPart {
  text: { zh: string; en: string };
  points: number;
  each: number;
  quantity: number;
  capped: boolean;
}

/** The parts of the cost (rubric items with a charge), and their total bounded by the section weight. */
function costParts(rubric: RubricProfile, findings: readonly Finding[], endMs: number, kind?: Scenario["kind"]): { parts: CostPart[]; total: number } {
  const section = rubric.sections.find((s) => s.id === "outcomes");
  if (!section) return { parts: [], total: 0 };
  const keys = new Set(findings.map((f) => f.key).filter((k): k is string => k !== undefined));
  const charged = findings.filter((f) => f.section === "outcomes" && f.atMs <= endMs && !(f.rootKey !== undefined && keys.has(f.rootKey)));
  const parts = section.items.flatMap((it) => {
    const mine = charged.filter((f) => it.codes.includes(f.code));
    const quantity = mine.reduce((a, f) => a + f.quantity, 0);
    const want = it.points * quantity;
    const points = Math.min(it.cap ?? section.weight, want);
    // in the hazard's own words: a row mixing hazards' codes is named by the code charged (issue 10 §8)
    const text = kind ? rowText(it, it.codes.filter((c) => charged.some((f) => f.code === c)), kind) : it.text;
    return points > 0 ? [{ text, points, each: it.points, quantity, capped: points < want }] : [];
  });
  return { parts, total: Math.min(section.weight, parts.reduce((a, p) => a + p.points, 0)) };
}

/** Rubric points the outcome findings cost before any worth bounds them (shape above). */
export function outcomeCost(rubric: RubricProfile, findings: readonly Finding[], endMs: number): number {
  return costParts(rubric, findings, endMs).total;
}

/** The outcome findings no response gets by the drill's time `x.state.tMs` (the no-response replay, memoised). */
function noResponseFindings(x: EvalContext, rubric: RubricProfile, best: BestPlay, bestState: DrillState): Finding[] {
  const none = referenceStateAt(x.c, x.state.seed, [], x.state.tMs);
  // quantities depend on the state alone; the events only date and cite them
  const xn = buildContext(x.c, [], none);
  const absolute = evaluateOutcomes(xn, rubric, bestState);
  const harm = gradeHarm(xn, rubric, best);
  return [...harm.findings, ...withHarm(absolute.findings, harm)];
}

/** How far apart (simulated ms) a score-only run looks at the no-response replay for proof that it loses points. */
const LOOK_MS = 5 * MINUTE;

/**
 * Score-only (Monte-Carlo seeds) and a drill that loses nothing here: the section scores 100 for
 * any W > 0, and W > 0 exactly when no response loses something. The no-response replay stops at
 * the first state that proves it will, by facts that never go back in any run:
 *   - more deaths than the best play has at the drill's time: the dead stay dead (toxic loads only
 *     grow, a dead miner or pupil never moves again, injects only add casualties), so no response
 *     has more deaths at the drill's time too: preventable harm at share 1 (preventable.ts);
 *   - still not under control past the control target while the best play is under control by the
 *     drill's time: control is a mark each hazard model sets once, so no response is either never
 *     under control ("not under control") or under control after the target ("control late", ≥ 1
 *     minute) (control.ts); a hazard only units' work controls (HazardModel.controlNeedsWork, the
 *     chemical leak) is never under control with no response, which needs no replay at all.
 * Without such a state the replay runs to the drill's time and is costed as the report costs it.
 */
function noResponseLoses(x: EvalContext, rubric: RubricProfile, best: BestPlay, bestState: DrillState): boolean {
  const pts = (code: string) => rubric.sections.find((s) => s.id === "outcomes")?.items.find((it) => it.codes.includes(code as never));
  const costs = (code: string) => ((it) => it !== undefined && it.points > 0 && (it.cap ?? Infinity) > 0)(pts(code));
  const end = x.state.tMs;
  const bestDeaths = referenceAt(x.c, x.state.seed, best.commands, end).deaths;
  const deathsCount = costs("OUTCOME_PREVENTABLE_HARM") && rubric.harmWeights.deaths > 0;
  const bestAt = x.c.hazard.summary(bestState.hazard, bestState.tMs, x.c.scenario).controlledAtMs;
  const due = bestAt !== undefined && bestAt <= end ? controlDue(x, rubric, { atMs: bestAt }).dueMs : undefined;
  const controlCounts = due !== undefined && costs("HAZARD_NOT_CONTROLLED") && costs("HAZARD_CONTROL_LATE");
  // a hazard only units' work controls is never under control with no response: "not under control", due by now
  if (controlCounts && due! <= x.endMs && x.c.hazard.controlNeedsWork?.(x.c.scenario) === true) return true;
  for (let t = LOOK_MS; t < end && (deathsCount || controlCounts); t += LOOK_MS) {
    const s = referenceStateAt(x.c, x.state.seed, [], t);
    // a memoised replay already further on proves nothing about the drill's time
    if (s.tMs > end) break;
    if (deathsCount && s.casualties.deaths > bestDeaths) return true;
    if (controlCounts && s.tMs > due! && x.c.hazard.summary(s.hazard, s.tMs, x.c.scenario).controlledAtMs === undefined) return true;
  }
  return costParts(rubric, noResponseFindings(x, rubric, best, bestState), x.endMs).total > 0;
}

export interface OutcomeWorth {
  /** the outcome opportunity's worth W, rubric points */
  points: number;
  /** how W was found, for the report (absent without a best play: W is the section weight) */
  working?: LocalText;
}

/** A factor to 1/10 000, the evaluator's precision (harm-costs.ts): printed so that the printed factors give the printed product. */
const r4 = (n: number) => Math.round(n * 10_000) / 10_000;
/** A quantity: people or minutes, or a share of an item kept to 1/1 000 000 (harm-costs.ts harmCharge). */
const r6 = (n: number) => Math.round(n * 1_000_000) / 1_000_000;

/** "可避免伤亡 1 × 6 = 6 + 受危害暴露 36 × 0.02 = 0.72": a cost's parts with their working (every figure a reader can redo). */
function partsText(parts: readonly CostPart[], total: number, weight: number): LocalText {
  const one = (p: CostPart, lang: "zh" | "en") => `${p.text[lang]} ${r6(p.quantity)} × ${p.each} = ${r4(p.quantity * p.each)}${p.capped ? (lang === "zh" ? `（封顶 ${r4(p.points)}）` : ` (capped at ${r4(p.points)})`) : ""}`;
  const sum = parts.reduce((a, p) => a + p.points, 0);
  const over = sum > total ? { zh: `，以本项分值 ${weight} 为限`, en: `, bounded by the section's ${weight}` } : { zh: "", en: "" };
  return {
    zh: parts.length === 0 ? "0" : `${parts.map((p) => one(p, "zh")).join(" + ")}${parts.length > 1 || parts[0]!.capped ? `，合计 ${r4(sum)}` : ""}${over.zh}`,
    en: parts.length === 0 ? "0" : `${parts.map((p) => one(p, "en")).join(" + ")}${parts.length > 1 || parts[0]!.capped ? `, ${r4(sum)} in all` : ""}${over.en}`,
  };
}

/**
 * The outcome opportunity's worth in rubric points (see the module comment), with its working.
 * `own`: this drill's outcome findings (not yet numbered, keys kept); `bestState`: the best play at
 * this drill's time. `scoreOnly`: when this drill loses nothing here, W is the section weight or 0
 * as no response loses something or nothing (noResponseLoses); the score is the report's exactly.
 */
export function outcomeWorth(x: EvalContext, rubric: RubricProfile, own: readonly Finding[], best: BestPlay | undefined, bestState: DrillState | undefined, scoreOnly = false): OutcomeWorth {
  const weight = rubric.sections.find((s) => s.id === "outcomes")?.weight ?? 0;
  if (!best || !bestState) return { points: weight };
  const mine = costParts(rubric, own, x.endMs, x.c.scenario.kind);
  // score-only, nothing lost: only whether W > 0 changes the score (the section's 100 or 未展示), not W itself
  if (scoreOnly && mine.total === 0) return { points: noResponseLoses(x, rubric, best, bestState) ? weight : 0 };
  // min(weight, max(none, mine)) is the weight whatever no response loses: no replay needed
  if (mine.total >= weight) {
    return { points: weight, working: { zh: `本项可评判分值 W = ${weight} 分：本次演练按评分标准应扣 ${partsText(mine.parts, mine.total, weight).zh}，已达本项分值`, en: `The section's judged worth W = ${weight}: this drill's charges (${partsText(mine.parts, mine.total, weight).en}) reach the section's points` } };
  }
  const noneFindings = noResponseFindings(x, rubric, best, bestState);
  const none = costParts(rubric, noneFindings, x.endMs, x.c.scenario.kind);
  // control the best play does not reach either is stated at quantity 0 (control.ts): say why it adds nothing
  const unreachable = noneFindings.some((f) => f.code === "HAZARD_NOT_CONTROLLED" && f.quantity === 0)
    ? { zh: `（${NOT_CONTROLLED[x.c.scenario.kind]?.zh ?? "危险源未控制"}：最佳处置在同一时段内也未能实现，对无处置不扣分）`, en: " (not under control: the best play does not reach it in this time either, so it costs no response nothing)" }
    : { zh: "", en: "" };
  const points = Math.min(weight, Math.max(none.total, mine.total));
  const noneText = partsText(none.parts, none.total, weight);
  const why = mine.total > none.total
    ? { zh: `；本次演练应扣 ${r4(mine.total)} 分，多于无处置，W 取本次演练的应扣分`, en: `; this drill's charges (${r4(mine.total)}) exceed them, so W is this drill's` }
    : { zh: "", en: "" };
  const zero = points === 0 ? { zh: "，本项无可评判内容（未展示），不计入总分", en: ": nothing to judge (not shown), left out of the total" } : { zh: "", en: "" };
  return {
    points,
    working: {
      zh: `本项可评判分值 W = 无处置推演（同一情景、种子、时刻）在本项按评分标准应扣的分值：${noneText.zh}${why.zh}，W = ${r4(points)} 分${zero.zh}${unreachable.zh}`,
      en: `The section's judged worth W = what no response (same scenario, seed and time) loses here by the rubric: ${noneText.en}${why.en}; W = ${r4(points)}${zero.en}${unreachable.en}`,
    },
  };
}
