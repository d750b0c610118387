/**
 * Whose clock a resource requirement runs on (issue 10 §1, §5): an owner told too late to act on the requirement's
 * own deadline is judged on its own window, one told in time on the deadline. Split from dispatch.ts (412 lines).
 */
import { MINUTE } from "../model/time.ts";
import type { RequirementDef } from "../scenario/schema.ts";
import { resolveAgencies } from "../rules/agencies.ts";
import { knewAt } from "./blame.ts";
import type { EvalContext } from "./context.ts";
import { noticeDue } from "./notice-due.ts";
import type { OwnWindow } from "./own-window.ts";
import type { RequirementRow } from "./report-model.ts";

/**
 * Whether `agency`, told at `told`, could no longer meet a need due at `deadlineMs` by doing its own duty on time:
 * told after the deadline, or told late (after its notice's deadline, notice-due.ts) so close to it that its linkage
 * duty's own minutes to act (`actWithinMin`: the 120's 10 min to send, 本县设定) run to it or past it (review9 school 8: the 120 told at 00:25 of a transport need due 00:26:30).
 * Such an owner is judged on its own window; one told in time to act is judged on the need's deadline, counted from
 * when it should have been told (issue 10 §5: the fire brigade told 1 min late still owes its search crew by 00:21:30).
 */
export function couldNotMeet(x: EvalContext, agency: string, told: number, deadlineMs: number): boolean {
  if (told > deadlineMs) return true;
  // only a late notice takes time away: an agency no rule had to tell (the police, learning from a 110 call) owes the need
  // from when it was told (dispatch.ts requirementStart), never earlier
  const notice = x.obligations.filter((t) => t.ob.kind === "notified" && t.ob.agency === agency).map((t) => noticeDue(x, agency, t) ?? t.ob.deadlineMs);
  if (notice.length === 0 || told <= Math.min(...notice)) return false;
  const rule = x.c.rules.linkage[x.c.scenario.kind].find((r) => resolveAgencies(x.c, r.agency).includes(agency));
  // a need is met on arrival, after the dispatch: sending at the deadline itself already misses it (review15 school 1:
  // the 120 told at 00:25 with 10 min to send, of a transport need due 00:35)
  return told + (rule?.actWithinMin ?? 0) * MINUTE >= deadlineMs;
}

/** The owner's own window for a requirement (told + its minutes) when it could no longer meet the requirement's deadline (couldNotMeet; else undefined). */
export function ownRequirementWindow(x: EvalContext, req: RequirementDef, row: RequirementRow, owner: string): OwnWindow | undefined {
  const told = knewAt(x, owner);
  if (told === undefined || row.deadlineMs === undefined) return undefined;
  const dueMs = told + req.withinMin * MINUTE;
  return told > row.deadlineMs - req.withinMin * MINUTE && dueMs > row.deadlineMs && couldNotMeet(x, owner, told, row.deadlineMs) ? { dark: false, excused: false, told, dueMs, roots: [] } : undefined;
}

/**
 * The event a requirement's clock starts from when it runs from the accident (scenario `incidentAt`): the hazard's
 * change at that time (the inrush at 00:25); [] when the hazard logs none then (a fire burning from the drill's start:
 * evidence never points at the drill's start, issue 10 §13). A finding whose deadline runs from an event cites it (review r15 mine).
 */
export function onsetEvents(x: EvalContext): number[] {
  const at = x.events.findIndex((e) => e.type === "hazardChanged" && e.at === x.c.incidentAtMs);
  return at >= 0 ? [at] : [];
}
