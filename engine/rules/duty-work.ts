/**
 * A linkage duty whose work depends on a condition (the rules profile's `workWhen`; domain.md §5's
 * "Trigger" column: the health bureau and 120 on casualties, the township's aftermath group on
 * casualties or people trapped, resettlement on evacuation) is owed only once that condition holds:
 * no one need be told to triage casualties there are none of, nor charged for not treating them. The
 * notice and the duty to act are opened when the work arises (their clocks start at the later of the
 * agency's notice and that moment, as a re-grade's do, issue 10 §5); a duty whose work never arose
 * during the drill is not judged at all.
 *
 * The duty to ACT opens only once the agency itself has been told of that work (review9 mine 2, every
 * `workWhen`): the 120 asked to "做好准备" owes no ambulances at the mine, and its silence is the notifier's
 * fault (the late or empty notice), not 联而不动. An agency is told of casualties or people trapped when its
 * own units saw them, a reliable source (an inject) told it, a report it received stated them (a claim counts:
 * it was told), an inject says so without figures (`reveals.work`), or the words of a call or report it
 * received say so (message-words.ts: "有学生被烟呛了", "员工吸入氯气倒地", "6人被困"). An evacuation is seen by all
 * (pupils on the playground, villagers on the road): the ground truth.
 *
 *   casualties  someone dead, seriously injured or injured (ground truth)
 *   trapped     someone trapped or missing
 *   evacuation  people evacuated (moved out of the threatened area)
 */
import type { DrillEvent } from "../model/events.ts";
import type { AgencyKnowledge } from "../model/state.ts";
import type { LinkageRule } from "../scenario/rules-schema.ts";

export type WorkFigures = { deaths: number; seriousInjuries: number; injured: number; trapped: number; missing: number; evacuated: number };

/** Which work conditions hold for `f`, as a bit mask (casualties 1, trapped 2, evacuation 4): a change is news (people/outcome.ts). */
export function workMask(f: WorkFigures): number {
  return (f.deaths + f.seriousInjuries + f.injured > 0 ? 1 : 0) | (f.trapped + f.missing > 0 ? 2 : 0) | (f.evacuated > 0 ? 4 : 0);
}

export const WORK_BIT = { casualties: 1, trapped: 2, evacuation: 4 } as const;
const BIT = WORK_BIT;

/** The work kinds (casualties, trapped) that casualty figures `c` tell of, as a bit mask (evacuation is never told by figures). */
export function toldMask(c: { deaths: number; seriousInjuries: number; injured: number; missing: number }): number {
  return workMask({ ...c, trapped: 0, evacuated: 0 });
}

/**
 * Whether agency knowledge `k` has been told of rule `r`'s work (see above): what it heard (`heard`, its
 * known and claimed figures), what messages and injects told it (`k.toldWork`), or, for an evacuation,
 * the ground truth `truth`.
 */
export function toldOfWork(r: Pick<LinkageRule, "workWhen">, k: Pick<AgencyKnowledge, "toldWork">, heard: Parameters<typeof toldMask>[0], truth: WorkFigures): boolean {
  if (r.workWhen === undefined) return true;
  const mask = toldMask(heard) | (k.toldWork ?? 0) | (workMask(truth) & BIT.evacuation);
  return r.workWhen.some((w) => (mask & BIT[w]) !== 0);
}

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
