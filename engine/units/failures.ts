/**
 * What a seat is told of its units' orders that could not be carried out: for each unit, the last
 * `taskFailed` (units/advance.ts: no capability, out of reach of the work, a hazard's own reason) that
 * still stands, i.e. no later dispatch, recall or started task of that unit has replaced it. A crew
 * that cannot do the job says so to its own command, so the seat that sent it learns it (newcomer 20
 * item 3); its console shows it beside the unit, worded from `code` and `params` (i18n `taskFailed.<code>`).
 */
import type { DrillEvent } from "../model/events.ts";
import type { Params } from "../model/params.ts";

/** A failed order still standing: the unit, its task, the place it stands at, the code and its parameters, when (sim ms). */
export interface UnitFailure {
  unit: string;
  task: string;
  place: string;
  code: string;
  params: Params;
  atMs: number;
}

/**
 * The standing failures of the units `units` (ids) over `events` (the drill's so far, in order),
 * one per unit at most, in the order they happened. Pure; never throws.
 */
export function standingFailures(events: readonly DrillEvent[], units: ReadonlySet<string>): UnitFailure[] {
  const out = new Map<string, UnitFailure>();
  for (const e of events) {
    if (e.type === "taskFailed" && units.has(e.unit)) {
      out.delete(e.unit);
      out.set(e.unit, { unit: e.unit, task: e.task, place: e.place, code: e.code, params: e.params, atMs: e.at });
    } else if ((e.type === "unitDispatched" || e.type === "unitRecalled" || e.type === "taskStarted") && out.has(e.unit)) out.delete(e.unit);
  }
  return [...out.values()];
}
