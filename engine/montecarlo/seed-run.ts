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
import { reportKey } from "../evaluate/report-groups.ts";
import type { Obligation } from "../model/state.ts";

/** The outcome figures summarised across seeds (DrillState.casualties), plus the score. */
export const FIGURES = ["deaths", "seriousInjuries", "injured", "exposed", "evacuated", "trapped", "missing"] as const;
export type Figure = (typeof FIGURES)[number];

export interface SeedResult {
  seed: number;
  outcome: Record<Figure, number>;
  /** the evaluator's score, 0–100; null when nothing fell due even by the drill's end (未评分) */
  score: number | null;
  /** duties late or missed in this seed: one per report duty, however many rules ask for it (issue 10 §2) */
  failed: FailedObligation[];
}

export interface FailedObligation {
  /** the duty: a report duty's key (report-groups.ts reportKey), else the obligation's id */
  id: string;
  agency: string;
  text: LocalText;
  status: "late" | "missed";
  /** simulated ms the duty began (an inject's time for a spot question): tells apart two duties of the same text */
  openedAtMs: number;
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
    failed: failedDuties(c, state.obligations),
  };
}

/**
 * The duties late or missed: rules asking for the same report (a 一般 rule and, after a re-grade,
 * the 较大/敏感 rule for the same first report) are one duty, missed if any of them was, named by
 * the first of its rules to fall due — as the report's headline and `drill run` count them.
 */
function failedDuties(c: Compiled, obligations: readonly Obligation[]): FailedObligation[] {
  const by = new Map<string, FailedObligation & { dueMs: number }>();
  for (const o of obligations) {
    if (o.status !== "late" && o.status !== "missed") continue;
    const id = o.kind === "report" ? reportKey(c, o) : o.id;
    const prev = by.get(id);
    const status = prev?.status === "missed" ? "missed" : o.status;
    by.set(id, prev && prev.dueMs <= o.deadlineMs ? { ...prev, status } : { id, agency: o.agency, text: o.text, status, openedAtMs: o.openedAtMs, dueMs: o.deadlineMs });
  }
  return [...by.values()].map(({ dueMs: _, ...f }) => f);
}
