/**
 * Units standing idle at a requirement's place (review9 chem 11): sent there for a task they cannot do
 * (城东站水罐消防车1、2 sent to 堵漏 at V-101, capabilities 水幕稀释、搜救), they arrive, the task is refused, and
 * they stand at the tank for hours while the water curtain that they could set goes short. They, not an engine
 * at another station nobody had reason to send, are the idle units an evaluator names for that requirement.
 *
 *   standingIdle(x, unit, req, byMs)  true when by `byMs` the unit had arrived at `req.place` on its latest
 *                                     dispatch, that dispatch's task is one the unit cannot do, and it can do
 *                                     `req.task` (a unit on a task it can do is busy, not idle)
 *   standingEvents(…)                 the same, as event indices [its dispatch, its arrival] (the evidence), or []
 *   retaskedAt(x, unit, req, afterMs) when the unit was next sent to `req.task`, or undefined (never)
 */
import type { EventOf } from "../model/events.ts";
import type { RequirementDef, UnitDef } from "../scenario/schema.ts";
import type { EvalContext } from "./context.ts";

function lastDispatch(x: EvalContext, unit: string, byMs: number): { e: EventOf<"unitDispatched">; i: number } | undefined {
  let out: { e: EventOf<"unitDispatched">; i: number } | undefined;
  x.events.forEach((e, i) => {
    if (e.type === "unitDispatched" && e.unit === unit && e.at <= byMs) out = { e, i };
  });
  return out;
}

export function standingIdle(x: EvalContext, u: UnitDef, req: RequirementDef, byMs: number): boolean {
  return standingEvents(x, u, req, byMs).length > 0;
}

/** The events showing a unit standing idle (its dispatch and its arrival), empty when it is not (see standingIdle). */
export function standingEvents(x: EvalContext, u: UnitDef, req: RequirementDef, byMs: number): number[] {
  if (!u.capabilities.includes(req.task)) return [];
  const d = lastDispatch(x, u.id, byMs);
  if (!d || d.e.place !== req.place || u.capabilities.includes(d.e.task)) return [];
  const arrived = x.events.findIndex((e, i) => i > d.i && e.type === "unitArrived" && e.unit === u.id && e.place === req.place && e.at <= byMs);
  return arrived < 0 ? [] : [d.i, arrived];
}

export function retaskedAt(x: EvalContext, unit: string, req: RequirementDef, afterMs: number): number | undefined {
  return x.events.find((e) => e.type === "unitDispatched" && e.unit === unit && e.task === req.task && e.at > afterMs)?.at;
}
