/**
 * A seat's own resource requirements (力量需求) as deadlines on its board (newcomer 20 item 7: the school's mini fire
 * station on scene within 3 min was judged, and charged, but not on the school's deadlines tab). Each requirement of
 * the scenario whose owner is the seat (requirement-owner.ts requirementOwner: the declared `owner`, else the one
 * agency with units of its types — the very owner the evaluator charges) becomes an obligation-shaped row, judged
 * as the dispatch section judges it (dispatch.ts requirementRow: deadline = requirementStart + withinMin, arrivals of
 * capable units of its types at its place on its task): met / late once `count` arrived (on time / not), missed past
 * its deadline, else open. Listed once its window has opened. Pure; errors: none.
 */
import type { Compiled } from "../compile.ts";
import type { DrillEvent } from "../model/events.ts";
import type { DrillState, Obligation } from "../model/state.ts";
import { buildContext } from "./context.ts";
import { requirementRow } from "./dispatch.ts";
import { reqBasis } from "./order-faults.ts";
import { requirementOwner, requirementStart } from "./requirement-owner.ts";
import { requirementWhy, type StartWhy } from "./requirement-why.ts";
import { unitRows } from "./units.ts";

/** The id a requirement's row has on a board: `REQ:<requirement id>`. */
export const requirementDutyId = (id: string): string => `REQ:${id}`;

/**
 * The requirements `agency` owns, as board rows (kind "act": a duty to act by a deadline, worded by its own text), each
 * with `why` (requirement-why.ts): what its deadline's start rests on and what may still move it (round 22 item 3).
 */
export function seatRequirements(c: Compiled, state: DrillState, events: readonly DrillEvent[], agency: string): Array<Obligation & { why: StartWhy }> {
  const reqs = c.scenario.requirements;
  if (reqs.length === 0) return [];
  const x = buildContext(c, events, state);
  const mine = reqs.filter((r) => requirementOwner(x, r) === agency);
  if (mine.length === 0) return [];
  const units = unitRows(x);
  return mine.flatMap((req): Array<Obligation & { why: StartWhy }> => {
    const openedAtMs = requirementStart(x, req);
    if (openedAtMs > state.tMs) return [];
    const row = requirementRow(x, req, units);
    const deadlineMs = row.deadlineMs ?? openedAtMs;
    // met by the `count`-th arrival (in time, or late)
    const nth = row.arrivals[req.count - 1];
    const status = row.status === "met" ? "met" : row.status === "late" ? "late" : state.tMs > deadlineMs ? "missed" : "open";
    return [{
      id: requirementDutyId(req.id), ruleId: req.id, kind: "act", agency, openedAtMs, deadlineMs, status,
      ...(nth && (status === "met" || status === "late") ? { metAtMs: nth.atMs } : {}),
      basis: reqBasis(x, agency), text: req.text, why: requirementWhy(x, req),
    }];
  });
}
