/**
 * Whose a resource requirement is and when its window opens: the agency it falls to (the scenario's declared owner or
 * the one agency with units of its types) and the start its deadline counts from (issue 10 §1, §5).
 */
import { MINUTE } from "../model/time.ts";
import type { RequirementDef } from "../scenario/schema.ts";
import type { EvalContext } from "./context.ts";
import { knewAt } from "./blame.ts";
import { noticeDue } from "./notice-due.ts";

/** The agencies with units of a requirement's types (ids, scenario order). */
export function owners(x: EvalContext, req: RequirementDef): string[] {
  return [...new Set(x.c.scenario.units.filter((u) => req.unitType.includes(u.type)).map((u) => u.agency))];
}

/**
 * The agency a requirement falls to: its declared `owner` (the scenario names it when several agencies have units of
 * its types, check-values.ts), else the one agency with such units (null: none has). Never the first told: a mine
 * calling its rescue team the minute it learns must not hand the rescue team its own drainage (review r15 mine).
 */
export function requirementOwner(x: EvalContext, req: RequirementDef): string | null {
  return req.owner ?? owners(x, req)[0] ?? null;
}

/**
 * A requirement's window counts from when its owners should have been told (the earliest notice owed to them, as the
 * who-told-whom table gives it, notice-due.ts), never before the accident (scenario `incidentAt`); when no rule owes
 * its owners a notice, from the accident (issue 10 §5). Neither an early nor a late notice moves it: an owner told
 * early is never held to a stricter clock, and one told late has its own window from then (requirement-clock.ts).
 */
export function requirementStart(x: EvalContext, req: RequirementDef): number {
  const own = owners(x, req);
  // every notice owed to the owners (several rules may owe one): the earliest is when they should have been told
  // as the who-told-whom table gives them (notice-due.ts)
  const due = x.obligations.filter((t) => t.ob.kind === "notified" && own.includes(t.ob.agency)).map((t) => noticeDue(x, t.ob.agency, t) ?? t.ob.deadlineMs);
  // never before the accident: a notice owed on its warning signs (the mine's call to its rescue team) starts no need;
  // never before the notice was due either: an owner told early keeps the clock it would have had told on time
  // (review11 school 1: the school calling 119 at 00:05 instead of 00:07:30 leaves the brigade's 15 min from 00:06:30)
  if (due.length > 0) return Math.max(x.c.incidentAtMs, Math.min(...due));
  // an owner no rule had to tell, told before the need would fall due from the incident, owes it from when it was told
  // (review15 school 4: the police told by the 110 call at 00:05 owe their gate control by 00:25, not 20 min from the
  // ignition it knew nothing of); one told only after that, or never, owes it from the incident, its late notice the
  // notifier's (requirement-notice.ts; issue 10 §5: never from the owner's own late notification)
  const told = Math.min(...own.map((a) => knewAt(x, a) ?? Infinity));
  return told > x.c.incidentAtMs && told < x.c.incidentAtMs + req.withinMin * MINUTE ? told : x.c.incidentAtMs;
}
