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
 *   askedIdle(x, units, owner, dueOf) of units not sent, those someone answers for: the owner's own, and of another
 *                                     agency's only as many as were asked of it and it never sent
 */
import type { EventOf } from "../model/events.ts";
import type { RequirementDef, UnitDef } from "../scenario/schema.ts";
import { asOf, clock, type EvalContext } from "./context.ts";

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

/** 力量闲置 for units standing at the place on a task they cannot do (idle-on-scene.ts): named, with when (if ever) they were re-tasked. */
export function idleHere(x: EvalContext, req: RequirementDef, idle: readonly UnitDef[], idleBy: number): { zh: string; en: string } {
  const place = x.placeName(req.place);
  const re = idle.map((u) => retaskedAt(x, u.id, req, idleBy));
  const last = re.every((t) => t !== undefined) ? Math.max(...(re as number[])) : undefined;
  const names = { zh: idle.map((u) => u.name.zh).join("、"), en: andList(idle.map((u) => u.name.en)) };
  const then = last !== undefined
    ? { zh: `至 ${clock(idleBy)} 仍未改派，${clock(last)} 才改派执行该任务`, en: `were not re-tasked to it by ${clock(idleBy)}, only at ${clock(last)}` }
    : { zh: `${asOf(x).never.zh}改派执行该任务（时限 ${clock(idleBy)}）`, en: `were ${asOf(x).ended ? "never" : "not yet"} re-tasked to it (due by ${clock(idleBy)})` };
  return {
    zh: `力量闲置：${req.text.zh}未按时满足，而已在${place.zh}、可执行该任务的 ${names.zh} 因所派任务超出其能力在场闲置，${then.zh}`,
    en: `Idle units: “${req.text.en}” was not met in time, while ${names.en}, already at ${place.en} and able to do it, stood idle on a task beyond them and ${then.en}`,
  };
}

/** "a, b and c" for English wording. */
export const andList = (xs: readonly string[]) => (xs.length > 1 ? `${xs.slice(0, -1).join(", ")} and ${xs[xs.length - 1]}` : xs.join(""));

/**
 * Of `units` not sent by their agency's deadline (`dueOf`, drill ms), the ones left idle against a request: all of the
 * requirement's owner's (its own units are its to send; all when there is no owner), and of another agency's units of
 * one type only as many as were asked of it by then (supportRequested counts, summed) less those of that type it had
 * already sent anywhere. A request for one rescue squad, met by sending one to survey, leaves the second squad nobody's
 * idle unit (AQ/T 9009-2015 附录A 应急资源管理: units asked for and not sent, not every unit of a type once one is asked).
 */
export function askedIdle(x: EvalContext, units: readonly UnitDef[], owner: string | null, dueOf: (agency: string) => number | undefined): UnitDef[] {
  const left = new Map<string, number>();
  return units.filter((u) => {
    if (owner === null || u.agency === owner) return true;
    const key = `${u.agency}/${u.type}`;
    if (!left.has(key)) {
      const by = dueOf(u.agency) ?? -Infinity;
      const asked = x.events.reduce((n, e) => n + (e.type === "supportRequested" && e.from === u.agency && e.unitType === u.type && e.at <= by ? e.count : 0), 0);
      const sent = new Set(x.events.filter((e) => e.type === "unitDispatched" && e.agency === u.agency && e.at <= by && x.c.units.get(e.unit)?.type === u.type).map((e) => (e as { unit: string }).unit));
      left.set(key, Math.max(0, asked - sent.size));
    }
    const n = left.get(key)!;
    if (n > 0) left.set(key, n - 1);
    return n > 0;
  });
}
