/**
 * One clock for a dispatch under its unit type's dispatch standard (the rules profile's `dispatch`):
 * when the turn-out starts, when it is due, when the unit left, and when it is due on scene. The
 * turn-out finding, the arrival rows and the timeline's mark on the standard all read it, so they
 * cannot disagree (review6 B9: the mine rescue team's late turn-out, counted from its call, was a
 * finding while the timeline marked the same standard "按时" from the team's own order).
 *
 * A standard counted from the order (`turnOutFrom: order`, a fire station's 接到出动指令后) starts at
 * the unit's dispatch and judges when the unit left its base. One counted from the call (`call`, a mine
 * rescue team's 接警后, 矿山救援规程：出动≤1分钟、行车≤30分钟) starts when the unit's agency was told,
 * for its first unit of that type sent after the call (later units answer a later order), and judges
 * the team's turn-out order, as its linkage duty does (LNK-MINE-MRT: 接警后立即出动, met by the
 * dispatch); the unit's own mobilisation after that order is the scenario's (`turnOutS`). The unit is
 * then due on scene the turn-out limit plus the travel after the call.
 */
import type { DispatchStandard } from "../scenario/rules-schema.ts";
import { knewAt } from "./blame.ts";
import { failedDutyKey } from "./duty-failure.ts";
import { obligationRow, type EvalContext, type ObligationTrace } from "./context.ts";
import type { ObligationRow } from "./report-model.ts";

const MIN = 60_000;

export interface DispatchClock {
  std: DispatchStandard;
  /** the unitDispatched event (index) */
  dispatchEvent: number;
  /** when the turn-out clock starts (ms): the order, or the agency's call */
  startMs: number;
  from: "order" | "call";
  /** when the unit must have left (undefined: the standard sets no turn-out limit) */
  turnOutDueMs?: number;
  /** what the turn-out limit judges (undefined: not yet): the unit leaving its base (from the order), or the team's order (from the call); and that event */
  departedMs?: number;
  departEvent?: number;
  /** when it must be on scene */
  arriveDueMs: number;
}

/** The clock of the dispatch at event `i` (a unitDispatched); undefined when no standard covers the unit's type. */
export function dispatchClock(x: EvalContext, i: number): DispatchClock | undefined {
  const e = x.events[i];
  if (e?.type !== "unitDispatched") return undefined;
  const type = x.c.units.get(e.unit)?.type;
  const std = x.c.rules.dispatch.find((d) => d.unitType === type);
  if (!std) return undefined;
  const call = knewAt(x, e.agency);
  const earlier = x.events.some((d, j) => j < i && d.type === "unitDispatched" && d.agency === e.agency && x.c.units.get(d.unit)?.type === type && (call === undefined || d.at >= call));
  const fromCall = std.turnOutFrom === "call" && call !== undefined && call <= e.at && !earlier;
  const startMs = fromCall ? call : e.at;
  const turnOutMs = (std.turnOutMaxS ?? 0) * 1000;
  const dep = fromCall ? i : x.events.findIndex((d, j) => j > i && d.type === "unitDeparted" && d.unit === e.unit);
  return {
    std, dispatchEvent: i, startMs, from: fromCall ? "call" : "order",
    ...(std.turnOutMaxS !== undefined ? { turnOutDueMs: startMs + turnOutMs } : {}),
    ...(dep >= 0 ? { departedMs: x.events[dep]!.at, departEvent: dep } : {}),
    // counted from the order, the arrival standard includes the turn-out; from the call, the travel follows it
    arriveDueMs: fromCall ? startMs + turnOutMs + std.arriveWithinMin * MIN : e.at + std.arriveWithinMin * MIN,
  };
}

/** The clock of an arrival obligation (kind "arrive"): of the dispatch that opened it. */
export function arrivalClock(x: EvalContext, t: ObligationTrace): DispatchClock | undefined {
  if (t.ob.kind !== "arrive" || t.ob.unit === undefined) return undefined;
  for (let i = t.opened; i >= 0; i--) {
    const e = x.events[i]!;
    if (e.type === "unitDispatched" && e.unit === t.ob.unit) return dispatchClock(x, i);
  }
  return undefined;
}

/** Whether the unit left later than its turn-out limit (false when it never left or no limit is set). */
export function turnOutLate(k: DispatchClock): boolean {
  return k.turnOutDueMs !== undefined && k.departedMs !== undefined && k.departedMs > k.turnOutDueMs;
}

/**
 * An arrival obligation's row (context.ts obligationRow) with its deadline from the dispatch's clock:
 * for a standard counted from the call, the turn-out plus the travel after the call, not the travel
 * after the team's own order. Status and lateness follow that deadline.
 */
export function arrivalRow(x: EvalContext, t: ObligationTrace): ObligationRow {
  const row = obligationRow(t);
  const k = arrivalClock(x, t);
  if (!k || k.arriveDueMs === row.deadlineMs) return row;
  const { lateByMs: _l, ...rest } = row;
  const met = row.metAtMs;
  const status: ObligationRow["status"] = met !== undefined ? (met > k.arriveDueMs ? "late" : "met") : x.endMs <= k.arriveDueMs ? "open" : "missed";
  return { ...rest, deadlineMs: k.arriveDueMs, status, ...(status === "late" ? { lateByMs: met! - k.arriveDueMs } : {}) };
}

/**
 * The key a late turn-out of the dispatch at event `i` is charged under (undefined when it was not late): the agency's
 * failed linkage duty when the clock runs from the call and that duty's lateness covers it (LNK-MINE-MRT 接警后立即出动:
 * the team's late order is one fault), else the turn-out finding itself (`turnout:<i>`, completion.ts turnOutFindings).
 */
export function turnOutRootKey(x: EvalContext, i: number): string | undefined {
  const k = dispatchClock(x, i);
  const e = x.events[i];
  if (!k || !turnOutLate(k) || e?.type !== "unitDispatched") return undefined;
  const duty = k.from === "call" ? failedDutyKey(x, e.agency, { type: "dispatch", task: e.task }, e.at, k.departedMs! - k.turnOutDueMs!) : undefined;
  return duty ?? `turnout:${i}`;
}

/**
 * Whether an arrival obligation's lateness follows wholly from its unit's late turn-out (the unit arrived no later past
 * its due time than it left past its turn-out limit: the road took no longer than the standard allows), and under which
 * key: a late departure carried to the scene is one fault, charged once (issue 10 §2; mine flood: the rescue team told at
 * 00:17 ordered out at 00:33, 15 minutes late, arrives 4 min 17 s late — not a second fault beside its late order).
 */
export function arrivalLateRoot(x: EvalContext, t: ObligationTrace, lateByMs: number): string | undefined {
  const k = arrivalClock(x, t);
  if (!k || !turnOutLate(k) || lateByMs > k.departedMs! - k.turnOutDueMs!) return undefined;
  return turnOutRootKey(x, k.dispatchEvent);
}
