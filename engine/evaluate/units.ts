/** Each unit's legs (dispatch → depart → arrive → work → end) from the unit events, for the dispatch timeline. */
import type { EvalContext } from "./context.ts";
import { cmp } from "./findings.ts";
import type { UnitLeg, UnitRow } from "./report-model.ts";

export function unitRows(x: EvalContext): UnitRow[] {
  const rows = new Map<string, UnitRow>();
  const open = (unit: string): UnitLeg | undefined => {
    const legs = rows.get(unit)?.legs;
    const leg = legs?.[legs.length - 1];
    return leg && leg.end === "enRoute" ? leg : leg && (leg.end === "working" || leg.end === "onScene") ? leg : undefined;
  };
  x.events.forEach((e, i) => {
    switch (e.type) {
      case "unitDispatched": {
        const prev = open(e.unit);
        if (prev) close(prev, e.at, "redispatched");
        const def = x.c.units.get(e.unit);
        const row = rows.get(e.unit) ?? { unit: e.unit, name: x.unitName(e.unit), agency: def?.agency ?? e.agency, type: def?.type ?? "?", legs: [] };
        row.legs.push({ task: e.task, place: e.place, dispatchedAtMs: e.at, endMs: x.endMs, end: "enRoute", dispatchEvent: i });
        rows.set(e.unit, row);
        break;
      }
      case "unitDeparted": {
        const leg = open(e.unit);
        if (leg && leg.departedAtMs === undefined) leg.departedAtMs = e.at;
        break;
      }
      case "unitArrived": {
        const leg = open(e.unit);
        if (leg) {
          leg.arrivedAtMs = e.at;
          leg.end = "onScene";
        }
        break;
      }
      case "taskStarted": {
        const leg = open(e.unit);
        if (leg) {
          leg.workFromMs = e.at;
          leg.end = "working";
        }
        break;
      }
      case "taskCompleted":
      case "taskFailed": {
        const leg = open(e.unit);
        if (leg) close(leg, e.at, e.type === "taskCompleted" ? "completed" : "failed");
        break;
      }
      case "unitRecalled": {
        const leg = open(e.unit);
        if (leg) close(leg, e.at, "recalled");
        break;
      }
      default:
        break;
    }
  });
  return [...rows.values()].sort((a, b) => a.legs[0]!.dispatchedAtMs - b.legs[0]!.dispatchedAtMs || cmp(a.unit, b.unit));
}

function close(leg: UnitLeg, atMs: number, end: UnitLeg["end"]): void {
  leg.endMs = atMs;
  leg.end = end;
}
