/** dispatch and recall: send an agency's own units to a place with a task, or bring them home. */
import { crewLost } from "./crew-lost.ts";
import { reject } from "../commands/reject.ts";
import type { CommandOf } from "../model/commands.ts";
import type { UnitState } from "../model/state.ts";
import { effectiveAt } from "../model/time.ts";
import { emit, type Tx } from "../tx.ts";
import { shortestRoute, type Route } from "../world/graph.ts";
import { hazardPenalty } from "./hazard-routing.ts";

const IN_TRANSIT = new Set(["turningOut", "enRoute", "returning"]);
/** on the way to carry out an order (not coming back from one) */
const ON_THE_WAY = new Set(["turningOut", "enRoute"]);

/** The first unit a command lists more than once (one unit cannot take two orders at once). */
function listedTwice(units: readonly string[]): string | undefined {
  return units.find((id, i) => units.indexOf(id) !== i);
}

/**
 * Every unit the order lists is its agency's own and already turning out or en route to this place for this task (and
 * spot) on an earlier accepted order: the order repeats one in effect and would change nothing. A unit on its way
 * elsewhere, or for another task, makes it a new order (refused `unitBusy` below).
 */
function alreadyUnderWay(tx: Tx, cmd: CommandOf<"dispatch">): boolean {
  return cmd.units.length > 0 && cmd.units.every((id) => {
    const u = tx.s.units.find((x) => x.id === id);
    return tx.c.units.get(id)?.agency === cmd.by && u !== undefined && ON_THE_WAY.has(u.status) && u.destination === cmd.place && u.task === cmd.task && u.target === cmd.target;
  });
}

export function applyDispatch(tx: Tx, cmd: CommandOf<"dispatch">): void {
  if (!tx.c.graph.places.has(cmd.place)) return reject(tx, cmd, "unknownPlace", { place: cmd.place });
  if (!tx.c.tasks.has(cmd.task)) return reject(tx, cmd, "unknownTask", { task: cmd.task });
  if (cmd.target !== undefined && !(tx.c.hazard.siteTargets?.(tx.c.scenario) ?? []).some((t) => t.id === cmd.target)) return reject(tx, cmd, "unknownSpot", { target: cmd.target });
  const twice = listedTwice(cmd.units);
  if (twice !== undefined) return reject(tx, cmd, "duplicateUnit", { unit: twice });
  // the same order again while the first is still under way (two people on one seat, seconds apart): refused as a repeat
  if (alreadyUnderWay(tx, cmd)) return reject(tx, cmd, "alreadyOrdered", { unit: cmd.units[0]!, place: cmd.place, task: cmd.task });
  for (const id of cmd.units) {
    const def = tx.c.units.get(id);
    if (!def) return reject(tx, cmd, "unknownUnit", { unit: id });
    if (def.agency !== cmd.by) return reject(tx, cmd, "notOwner", { unit: id, owner: def.agency });
    if (crewLost(tx.c, tx.s, id)) return reject(tx, cmd, "unitCrewLost", { unit: id });
    const u = tx.s.units.find((x) => x.id === id)!;
    if (IN_TRANSIT.has(u.status)) return reject(tx, cmd, "unitBusy", { unit: id, status: u.status });
    if (!shortestRoute(tx.c.graph, u.at, cmd.place, def.speedKmh)) return reject(tx, cmd, "unreachable", { unit: id, from: u.at, to: cmd.place });
  }
  const t0 = effectiveAt(cmd.at, tx.t, tx.c.tickMs);
  for (const id of cmd.units) dispatchOne(tx, id, cmd.place, cmd.task, cmd.seq, cmd.by, cmd.target, t0);
}

function dispatchOne(tx: Tx, id: string, place: string, task: string, seq: number, agency: string, target: string | undefined, t0: number): void {
  const def = tx.c.units.get(id)!;
  const i = tx.s.units.findIndex((x) => x.id === id);
  const u = tx.s.units[i]!;
  const atBase = u.status === "available";
  const turnOutMs = atBase ? def.turnOutS * 1000 : 0;
  const route = shortestRoute(tx.c.graph, u.at, place, def.speedKmh, hazardPenalty(tx.c, tx.s, id))!;
  const travelMs = route.arriveMs[route.arriveMs.length - 1]!;
  const next: UnitState = {
    ...u,
    // a unit sent to where it already is still turns out and arrives, so requirements and conditional injects see it
    status: "turningOut",
    destination: place,
    task,
    ...(target !== undefined ? { target } : {}),
    route,
    phaseEndsMs: t0 + turnOutMs,
    dispatchedAtMs: t0,
  };
  delete next.arrivedAtMs;
  if (target === undefined) delete next.target;
  tx.s.units[i] = next;
  emit(tx, { type: "unitDispatched", seq, unit: id, agency, place, task, ...(target !== undefined ? { target } : {}), etaMs: t0 + turnOutMs + travelMs });
}

export function applyRecall(tx: Tx, cmd: CommandOf<"recall">): void {
  const twice = listedTwice(cmd.units);
  if (twice !== undefined) return reject(tx, cmd, "duplicateUnit", { unit: twice });
  const routes = new Map<string, Route>();
  for (const id of cmd.units) {
    const def = tx.c.units.get(id);
    if (!def) return reject(tx, cmd, "unknownUnit", { unit: id });
    if (def.agency !== cmd.by) return reject(tx, cmd, "notOwner", { unit: id, owner: def.agency });
    if (crewLost(tx.c, tx.s, id)) return reject(tx, cmd, "unitCrewLost", { unit: id });
    const u = tx.s.units.find((x) => x.id === id)!;
    if (u.status === "available" || u.status === "returning") return reject(tx, cmd, "unitNotDeployed", { unit: id, status: u.status });
    const home = shortestRoute(tx.c.graph, u.at, def.base, def.speedKmh, hazardPenalty(tx.c, tx.s, id));
    if (!home) return reject(tx, cmd, "unreachable", { unit: id, from: u.at, to: def.base });
    routes.set(id, home);
  }
  for (const id of cmd.units) {
    const def = tx.c.units.get(id)!;
    const i = tx.s.units.findIndex((x) => x.id === id);
    const u = tx.s.units[i]!;
    const route = routes.get(id)!;
    const t0 = effectiveAt(cmd.at, tx.t, tx.c.tickMs);
    const absolute = { nodes: route.nodes, arriveMs: route.arriveMs.map((ms) => t0 + ms) };
    const next: UnitState = { ...u, status: "returning", destination: def.base, route: absolute };
    delete next.task;
    delete next.target;
    delete next.phaseEndsMs;
    tx.s.units[i] = next;
    emit(tx, { type: "unitRecalled", seq: cmd.seq, unit: id });
  }
}
