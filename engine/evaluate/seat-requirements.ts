/**
 * A seat's own resource requirements (力量需求) as deadlines on its board (newcomer 20 item 7: the school's mini fire
 * station on scene within 3 min was judged, and charged, but not on the school's deadlines tab). Each requirement of
 * the scenario whose owner is the seat (requirement-owner.ts requirementOwner: the declared `owner`, else the one
 * agency with units of its types — the very owner the evaluator charges) becomes an obligation-shaped row, judged
 * as the dispatch section judges it (dispatch.ts requirementRow: deadline = requirementStart + withinMin, arrivals of
 * capable units of its types at its place on its task): met / late once `count` arrived (on time / not), missed past
 * its deadline, else open. Listed once its window has opened, and from then on even when its start moves later than
 * now (listedFromMs): it stays, open, its start in the future (the board's 暂定 line says why). Open or missed, its
 * `left` says what is missing: units of its types still to arrive (`arrived` of `need`, arrivals so far, capable, at
 * its place, on its task: dispatch.ts). Pure; errors: none.
 */
import type { Compiled } from "../compile.ts";
import type { DrillEvent } from "../model/events.ts";
import type { DrillState, Obligation } from "../model/state.ts";
import { buildContext } from "./context.ts";
import { requirementRow } from "./dispatch.ts";
import { reqBasis } from "./order-faults.ts";
import type { EvalContext } from "./context.ts";
import type { RequirementDef } from "../scenario/schema.ts";
import { owners, requirementOwner, requirementStart } from "./requirement-owner.ts";
import { requirementWhy, type StartWhy } from "./requirement-why.ts";
import { unitRows } from "./units.ts";
import type { PartLeft } from "./board-parties.ts";

/** The id a requirement's row has on a board: `REQ:<requirement id>`. */
export const requirementDutyId = (id: string): string => `REQ:${id}`;

/**
 * The requirements `agency` owns, as board rows (kind "act": a duty to act by a deadline, worded by its own text), each
 * with `why` (requirement-why.ts): what its deadline's start rests on and what may still move it (round 22 item 3).
 */
export function seatRequirements(c: Compiled, state: DrillState, events: readonly DrillEvent[], agency: string): Array<Obligation & { why: StartWhy; left?: PartLeft[] }> {
  const reqs = c.scenario.requirements;
  if (reqs.length === 0) return [];
  const x = buildContext(c, events, state);
  const mine = reqs.filter((r) => requirementOwner(x, r) === agency);
  if (mine.length === 0) return [];
  const units = unitRows(x);
  return mine.flatMap((req): Array<Obligation & { why: StartWhy; left?: PartLeft[] }> => {
    const openedAtMs = requirementStart(x, req);
    if (listedFromMs(x, req, openedAtMs) > state.tMs) return [];
    const row = requirementRow(x, req, units);
    const deadlineMs = row.deadlineMs ?? openedAtMs;
    // met by the `count`-th arrival (in time, or late)
    const nth = row.arrivals[req.count - 1];
    const status = row.status === "met" ? "met" : row.status === "late" ? "late" : state.tMs > deadlineMs ? "missed" : "open";
    // not met yet: what is missing, as the EB's duty says 尚缺 (newcomer 23 item 7: 2 of 3 ambulances there, no count shown)
    const left: PartLeft[] = status === "open" || status === "missed" ? [{ units: { types: [...req.unitType], need: req.count, arrived: row.arrivals.length } }] : [];
    return [{
      id: requirementDutyId(req.id), ruleId: req.id, kind: "act", agency, openedAtMs, deadlineMs, status,
      ...(nth && (status === "met" || status === "late") ? { metAtMs: nth.atMs } : {}),
      basis: reqBasis(x, agency), text: req.text, why: requirementWhy(x, req), ...(left.length ? { left } : {}),
    }];
  });
}

/**
 * From when a requirement's row is on the board (ms): the earliest start it has had, never later than its start now
 * (round 22 wave 2: on the good school play the brigade's and 120's rows vanished at T+2 and T+13 and came back). Its
 * start (requirementStart) can move later than a moment that had passed it:
 *   - before any notice owed to an owner had opened, it was the incident (or an owner's receipt, reached as it came):
 *     a notice that opens later (LNK-SCH-EMS on the first injury) moves it to that notice's due time — the row was
 *     listed from the incident;
 *   - an open notice's due is its rule's clock (ob.deadlineMs, from the event) until its notifier, told late, moves it
 *     to its own receipt + the rule's minutes (notice-due.ts) — at the latest listed from that rule clock.
 * The second is a bound, not a replay: a row may so be listed a little before it ever had its start passed, open
 * with its start ahead (暂定), never the other way (a row shown and then gone). `startMs` = requirementStart(x, req).
 */
export function listedFromMs(x: EvalContext, req: RequirementDef, startMs: number): number {
  const own = owners(x, req);
  const notices = x.obligations.filter((t) => t.ob.kind === "notified" && own.includes(t.ob.agency));
  const incident = x.c.incidentAtMs;
  const firstOpened = Math.min(...notices.map((t) => t.ob.openedAtMs));
  const beforeNotices = firstOpened > incident ? incident : Infinity;
  const ruleClock = notices.length > 0 ? Math.max(incident, Math.min(...notices.map((t) => t.ob.deadlineMs))) : Infinity;
  return Math.min(startMs, beforeNotices, ruleClock);
}
