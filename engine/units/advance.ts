/**
 * Units through their phases each tick: turn-out → travel → arrive → set up → work, and the
 * way home. A unit whose capabilities lack its task arrives but cannot work (wrong type sent); nor
 * can one whose task's work is at a place out of its reach (wrong place sent: reach.ts).
 */
import { learnFacts } from "../knowledge/deliver.ts";
import type { Coded } from "../model/params.ts";
import type { UnitState } from "../model/state.ts";
import { emit, type Tx } from "../tx.ts";
import { positionOnRoute } from "../world/graph.ts";
import { inReach, outOfReach } from "./reach.ts";
import { canDo } from "./capability.ts";

/** Phases in one tick at most: turn-out → travel → set-up → work (a long tick may pass them all). */
const MAX_PHASES_PER_TICK = 4;

export function advanceUnits(tx: Tx): void {
  for (let i = 0; i < tx.s.units.length; i++) {
    for (let k = 0; k < MAX_PHASES_PER_TICK; k++) {
      const before = tx.s.units[i]!;
      const after = advance(tx, before);
      if (after === before || after.status === before.status) {
        tx.s.units[i] = after;
        break;
      }
      tx.s.units[i] = after;
    }
  }
}

const rebased = new WeakMap<readonly number[], number[]>();

/** A route's arrival times counted from its start, made once per route: routes are replaced, never mutated (tx.ts), and a unit on the road asks every tick. */
function fromStart(arriveMs: readonly number[]): number[] {
  let r = rebased.get(arriveMs);
  if (r === undefined) rebased.set(arriveMs, (r = arriveMs.map((ms) => ms - arriveMs[0]!)));
  return r;
}

function advance(tx: Tx, u: UnitState): UnitState {
  const def = tx.c.units.get(u.id)!;
  switch (u.status) {
    case "available":
    case "onScene":
    case "working":
      return u;
    case "turningOut": {
      if (tx.t < (u.phaseEndsMs ?? 0)) return u;
      const route = u.route!;
      emit(tx, { type: "unitDeparted", unit: u.id });
      // each phase starts when the previous one ended, not at the tick that noticed it (tick-length independent)
      const leftMs = u.phaseEndsMs ?? tx.t;
      return { ...u, status: "enRoute", route: { nodes: route.nodes, arriveMs: route.arriveMs.map((ms) => leftMs + ms) } };
    }
    case "enRoute":
    case "returning": {
      const route = u.route!;
      const end = route.arriveMs[route.arriveMs.length - 1]!;
      const { pos, lastNode } = positionOnRoute(tx.c.graph, { nodes: route.nodes, arriveMs: fromStart(route.arriveMs) }, tx.t - route.arriveMs[0]!);
      if (tx.t < end) return { ...u, pos, at: lastNode };
      const place = route.nodes[route.nodes.length - 1]!;
      const arrived = { ...u, pos, at: place };
      delete arrived.route;
      if (u.status === "returning") {
        emit(tx, { type: "unitReturned", unit: u.id });
        const home: UnitState = { ...arrived, status: "available" };
        delete home.destination;
        return home;
      }
      emit(tx, { type: "unitArrived", unit: u.id, place, dispatchedAt: u.dispatchedAtMs ?? tx.t });
      learnFacts(tx, def.agency, [`onScene:${place}`]);
      return { ...arrived, status: "settingUp", arrivedAtMs: end, phaseEndsMs: end + def.setupS * 1000 };
    }
    case "settingUp": {
      if (tx.t < (u.phaseEndsMs ?? 0)) return u;
      const task = u.task ?? "standby";
      if (!canDo(def, task)) {
        emit(tx, { type: "taskFailed", unit: u.id, task, place: u.at, code: "noCapability", params: { unitType: def.type, capabilities: def.capabilities.join(",") } });
        const idle: UnitState = { ...u, status: "onScene" };
        delete idle.phaseEndsMs;
        return idle;
      }
      // the work is at a place of the scenario: a unit elsewhere does none of it (units/reach.ts)
      const workAt = tx.c.hazard.workPlace?.(task, tx.c.scenario);
      if (workAt !== undefined && !inReach(tx.c.scenario, u.at, workAt)) {
        emit(tx, { type: "taskFailed", unit: u.id, task, place: u.at, ...outOfReach(tx.c.scenario, u.at, workAt) });
        const idle: UnitState = { ...u, status: "onScene" };
        delete idle.phaseEndsMs;
        return idle;
      }
      emit(tx, { type: "taskStarted", unit: u.id, task, place: u.at });
      const facts = tx.c.hazard.observe?.(tx.s.hazard, u.at, task, tx.c.scenario) ?? [];
      if (facts.length > 0) learnFacts(tx, def.agency, facts);
      return { ...u, status: "working", phaseEndsMs: u.phaseEndsMs ?? tx.t };
    }
  }
}

/** Finish a task: the unit stays on scene, free for new orders. */
export function finishTask(tx: Tx, unit: string, task: string, failed?: Coded): void {
  const i = tx.s.units.findIndex((x) => x.id === unit);
  const u = tx.s.units[i];
  if (!u || u.status !== "working") return;
  if (failed) emit(tx, { type: "taskFailed", unit, task, place: u.at, code: failed.code, params: failed.params });
  else {
    emit(tx, { type: "taskCompleted", unit, task, place: u.at });
    // what the finished task found (a survey's trapped miners, a search's pupil) reaches its agency
    const facts = tx.c.hazard.observe?.(tx.s.hazard, u.at, task, tx.c.scenario) ?? [];
    if (facts.length > 0) learnFacts(tx, tx.c.units.get(unit)!.agency, facts);
  }
  const idle: UnitState = { ...u, status: "onScene" };
  delete idle.phaseEndsMs;
  tx.s.units[i] = idle;
}
