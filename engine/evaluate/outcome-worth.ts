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
import type { DrillState } from "../model/state.ts";
import type { RubricProfile } from "../scenario/rubric-schema.ts";
import { buildContext, type EvalContext } from "./context.ts";
import { evaluateOutcomes } from "./outcomes.ts";
import { gradeHarm, withHarm } from "./preventable.ts";
import { referenceStateAt, type BestPlay } from "./references.ts";
import type { Finding } from "./report-model.ts";

/** Rubric points the outcome findings cost before any worth bounds them (shape above). */
export function outcomeCost(rubric: RubricProfile, findings: readonly Finding[], endMs: number): number {
  const section = rubric.sections.find((s) => s.id === "outcomes");
  if (!section) return 0;
  const keys = new Set(findings.map((f) => f.key).filter((k): k is string => k !== undefined));
  const charged = findings.filter((f) => f.section === "outcomes" && f.atMs <= endMs && !(f.rootKey !== undefined && keys.has(f.rootKey)));
  const total = section.items.reduce((sum, it) => {
    const want = charged.filter((f) => it.codes.includes(f.code)).reduce((a, f) => a + it.points * f.quantity, 0);
    return sum + Math.min(it.cap ?? section.weight, want);
  }, 0);
  return Math.min(section.weight, total);
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

/**
 * The outcome opportunity's worth in rubric points (see the module comment). `own`: this drill's
 * outcome findings (not yet numbered, keys kept); `bestState`: the best play at this drill's time.
 */
export function outcomeWorth(x: EvalContext, rubric: RubricProfile, own: readonly Finding[], best: BestPlay | undefined, bestState: DrillState | undefined, scoreOnly = false): number {
  const weight = rubric.sections.find((s) => s.id === "outcomes")?.weight ?? 0;
  if (!best || !bestState) return weight;
  // Monte Carlo (scoreOnly): a seed whose outcomes cost nothing scores 100 there for any positive
  // worth, so the no-response replay is skipped (as preventable.ts skips it); it would differ only
  // if no response also lost nothing (then 未展示), which no shipped scenario does
  const mine = outcomeCost(rubric, own, x.endMs);
  if (scoreOnly && mine === 0) return weight;
  // a drill that loses the whole section is worth it whatever no response loses: no replay needed
  if (mine >= weight) return weight;
  const none = outcomeCost(rubric, noResponseFindings(x, rubric, best, bestState), x.endMs);
  return Math.min(weight, Math.max(none, mine));
}
