/**
 * A linkage duty whose work depends on a condition (the rules profile's `workWhen`; domain.md §5's
 * "Trigger" column: the health bureau and 120 on casualties, the township's aftermath group on
 * casualties or people trapped, resettlement on evacuation) is owed only once that condition holds:
 * no one need be told to triage casualties there are none of, nor charged for not treating them. The
 * notice and the duty to act are opened when the work arises (their clocks start at the later of the
 * agency's notice and that moment, as a re-grade's do, issue 10 §5); a duty whose work never arose
 * during the drill is not judged at all.
 *
 *   casualties  someone dead, seriously injured or injured (ground truth)
 *   trapped     someone trapped or missing
 *   evacuation  people evacuated (moved out of the threatened area)
 */
import type { DrillEvent } from "../model/events.ts";
import type { LinkageRule } from "../scenario/rules-schema.ts";

export type WorkFigures = { deaths: number; seriousInjuries: number; injured: number; trapped: number; missing: number; evacuated: number };

/** Which work conditions hold for `f`, as a bit mask (casualties 1, trapped 2, evacuation 4): a change is news (people/outcome.ts). */
export function workMask(f: WorkFigures): number {
  return (f.deaths + f.seriousInjuries + f.injured > 0 ? 1 : 0) | (f.trapped + f.missing > 0 ? 2 : 0) | (f.evacuated > 0 ? 4 : 0);
}

const BIT = { casualties: 1, trapped: 2, evacuation: 4 } as const;

/** Whether rule `r` has work given figures `f` (always, for a rule without `workWhen`). */
export function hasWork(r: Pick<LinkageRule, "workWhen">, f: WorkFigures): boolean {
  return r.workWhen === undefined || r.workWhen.some((w) => (workMask(f) & BIT[w]) !== 0);
}

/** When rule `r`'s work first arose in a drill's events (0 for a rule without `workWhen`; undefined: never). */
export function workAroseAt(r: Pick<LinkageRule, "workWhen">, events: readonly DrillEvent[]): number | undefined {
  if (r.workWhen === undefined) return 0;
  for (const e of events) if (e.type === "casualtiesChanged" && hasWork(r, e)) return e.at;
  return undefined;
}
