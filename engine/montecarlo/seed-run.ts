/**
 * One Monte-Carlo seed: the scenario as the seed draws it (uncertain parameters), the play run
 * to the end, the outcome and the evaluator's score. Pure (a function of its inputs).
 */
import { compile, type Compiled } from "../compile.ts";
import { evaluate } from "../evaluate/evaluate.ts";
import { runKeepingReference, type BestPlay } from "../evaluate/references.ts";
import type { Command } from "../model/commands.ts";
import type { LocalText } from "../model/ids.ts";
import type { RubricProfile } from "../scenario/rubric-schema.ts";
import { drawScenario } from "./uncertain.ts";

/** The outcome figures summarised across seeds (DrillState.casualties), plus the score. */
export const FIGURES = ["deaths", "seriousInjuries", "injured", "exposed", "evacuated", "trapped", "missing"] as const;
export type Figure = (typeof FIGURES)[number];

export interface SeedResult {
  seed: number;
  outcome: Record<Figure, number>;
  /** the evaluator's score, 0–100; null when nothing fell due even by the drill's end (未评分) */
  score: number | null;
  /** obligations late or missed in this seed */
  failed: FailedObligation[];
}

export interface FailedObligation {
  id: string;
  agency: string;
  text: LocalText;
  status: "late" | "missed";
}

/**
 * Run seed `seed`: the scenario with its uncertain parameters drawn (compiled afresh only when it
 * has some), `commands` to the end of the drill, scored with `rubric` (harm against `bestPlay`).
 * Deterministic per seed.
 */
export function runSeed(base: Compiled, commands: readonly Command[], rubric: RubricProfile, seed: number, bestPlay?: BestPlay): SeedResult {
  const scenario = drawScenario(base.scenario, seed);
  const c = scenario === base.scenario ? base : compile(scenario, base.rules);
  // the best play's own run is its reference: kept, so evaluate() does not replay it again
  const { state, events } = runKeepingReference(c, seed, commands, bestPlay);
  // harm graded against the best play and no response for this seed's draw (evaluate.ts)
  // the score alone: a seed that did no worse than the best play needs no no-response replay
  const report = evaluate(c, events, state, rubric, undefined, bestPlay, { scoreOnly: true });
  const cas = state.casualties;
  return {
    seed,
    outcome: { deaths: cas.deaths, seriousInjuries: cas.seriousInjuries, injured: cas.injured, exposed: cas.exposed, evacuated: cas.evacuated, trapped: cas.trapped, missing: cas.missing },
    score: report.score,
    failed: state.obligations.flatMap((o) => (o.status === "late" || o.status === "missed" ? [{ id: o.id, agency: o.agency, text: o.text, status: o.status }] : [])),
  };
}
