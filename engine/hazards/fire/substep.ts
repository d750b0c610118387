/**
 * One substep (≤ 1 s) of the building fire, in a fixed order: fire in each room → smoke →
 * tenability and routes → occupants (start, move, exposure) → responders' work → marks.
 * Substeps keep the physics independent of the drill's tick length.
 */
import type { BuildingFireParams } from "../../scenario/hazard-building-fire.ts";
import type { Worker } from "../types.ts";
import { activeWorkers, cooling, rescue, search, transport, triage } from "./crews.ts";
import { fleeIfUntenable, inside, move, moving, startGroups, type Ctx, type Say } from "./evacuation.ts";
import { expose } from "./exposure.ts";
import { advanceRoom, spreadFrom, ventFactor } from "./growth.ts";
import type { Plan } from "./plan.ts";
import { routesFor } from "./routes.ts";
import { airAt, smokeStep, untenable } from "./smoke.ts";
import { DOWN, HIDE, SHELTER, type FireState, type People, type RoomFire } from "./state.ts";

type P = BuildingFireParams;
export type Done = Array<{ unit: string; task: string }>;

const ventMemo = new WeakMap<readonly boolean[], number[]>();

function vents(p: P, plan: Plan, closed: readonly boolean[]): number[] {
  let v = ventMemo.get(closed);
  if (!v) ventMemo.set(closed, (v = p.rooms.map((_, i) => ventFactor(p, plan, closed, i))));
  return v;
}

export function substep(p: P, plan: Plan, s: FireState, tMs: number, dtS: number, workers: readonly Worker[], completed: Done, say: Say): FireState {
  const done = new Set(completed.map((c) => c.unit));
  const ws = activeWorkers(p, plan, workers, tMs, done);
  const aoho = vents(p, plan, s.closed);
  const rooms = advanceFires(p, plan, s, aoho, tMs, dtS, cooling(p, s.rooms, ws), say);
  const zones = smokeStep(p, plan, s.zones, rooms, s.closed, aoho, dtS);
  const air = plan.nodes.map((_, i) => airAt(p, plan, zones, i));
  const bad = air.map((a, i) => untenable(p, a, plan.nodes[i]!.heightM));
  const marks = { ...s.marks, peakKW: Math.max(s.marks.peakKW, rooms.reduce((sum, r) => sum + r.qKW, 0)) };
  if (marks.asetMs < 0 && bad.some((b, i) => b && (plan.nodes[i]!.kind === "corridor" || plan.nodes[i]!.kind === "stair"))) {
    marks.asetMs = tMs;
    say("escapeRouteUntenable");
  }

  const pe = copyPeople(s.people);
  const c: Ctx = { p, plan, air, bad, routes: routesFor(plan, bad), tMs, dtS };
  const started = startGroups(c, { ...s, rooms }, pe, say);
  fleeIfUntenable(c, pe);
  const credit = [...s.credit];
  move(c, pe, credit);
  expose(p, air, pe, s.tolerance, tMs, dtS);

  const sr = search(p, plan, s, pe, ws, bad, dtS);
  if (sr.found > 0) say("personFound", { count: sr.found }, `personFound@${tMs}`);
  const rr = rescue(p, s.pool.rescue, pe, ws, tMs, dtS);
  const tr = triage(p, s.pool.triage, pe, ws, dtS);
  const anyoneInside = pe.st.some((st) => inside(st));
  const trp = transport(p, s.loads, pe, ws, dtS, !anyoneInside);
  const fireOut = rooms.every((r) => r.ignMs < 0 || r.out);
  for (const w of ws) {
    const finished =
      (w.task === "suppression" && fireOut) ||
      (w.task === "search" && sr.complete) ||
      (w.task === "rescue" && !anyoneInside) ||
      (w.task === "triage" && !anyoneInside && tr.waiting === 0) ||
      (w.task === "transport" && trp.done.includes(w.unit));
    if (finished) completed.push({ unit: w.unit, task: w.task });
  }
  if (rr.rescued > 0) reportRescues(p, plan, pe, say);

  const next: FireState = { ...s, tMs, rooms, zones, credit, people: pe, marks, searched: sr.searched, pool: { rescue: rr.pool, triage: tr.pool }, loads: trp.loads, ...started };
  markProgress(p, next, tMs, fireOut, say);
  return next;
}

function advanceFires(p: P, plan: Plan, s: FireState, aoho: readonly number[], tMs: number, dtS: number, cool: readonly number[], say: Say): RoomFire[] {
  let rooms = s.rooms.map((r, i) => {
    const zone = plan.nodes[i]!.zone;
    return zone < 0 ? r : advanceRoom(p, plan, r, i, aoho[i]!, tMs, dtS, cool[i]!, s.zones[zone]!.tC);
  });
  rooms.forEach((r, i) => {
    const was = s.rooms[i]!;
    const name = p.rooms[i]!.name;
    if (r.flashoverMs >= 0 && was.flashoverMs < 0) {
      rooms = spreadFrom(p, plan, rooms, s.closed, i, tMs);
      say("flashover", { room: name }, `flashover:${i}`);
    }
    if (r.sprinklerMs >= 0 && was.sprinklerMs < 0) say("sprinklerActivated", { room: name }, `sprinkler:${i}`);
    if (i !== plan.origin && r.qKW > 0 && was.qKW <= 0) say("fireSpread", { room: name }, `spread:${i}`);
    if (r.knockMs >= 0 && was.knockMs < 0) say("fireKnockedDown", { room: name }, `knock:${i}`);
  });
  return rooms;
}

function markProgress(p: P, s: FireState, tMs: number, fireOut: boolean, say: Say): void {
  const m = s.marks;
  if (m.controlledAtMs < 0 && underControl(s.rooms, tMs)) {
    m.controlledAtMs = tMs;
    say("fireControlled");
  }
  if (m.outAtMs < 0 && fireOut) {
    m.outAtMs = tMs;
    say("fireOut");
  }
  const pe = s.people;
  const aware = p.occupants.every((o, g) => !o.aware || s.startAtMs[g]! >= 0);
  if (m.rsetMs < 0 && aware && !pe.st.some((st) => moving(st))) {
    m.rsetMs = tMs;
    const missing = pe.st.filter((st, i) => st === HIDE || (st === DOWN && pe.found[i] === 0)).length;
    say("evacuationComplete");
    if (missing > 0) say("headcountShort", { count: missing });
  }
}

/**
 * 火势得到控制 (the rules profile's `control.school-fire`): no room burns freely any more. Per
 * hazards.md §2.2 "Suppression", a room is under control once its heat release decays under
 * suppression (crews' cooling η·2.6·F_w ≥ Q: knocked down, or sprinklers active), not only when
 * it is out, so the time is that of the last knock-down; a room that burnt out on its own (decay
 * after 70% of its fire load) no longer burns and does not hold control back. Control is what a
 * response achieves (issue 10 §8): at least one room must have been suppressed, so a fire left to
 * burn itself out is never "controlled". A room the fire will reach later (ignMs > t) still counts
 * as burning.
 */
export function underControl(rooms: readonly RoomFire[], tMs: number): boolean {
  const lit = rooms.filter((r) => r.ignMs >= 0);
  const suppressed = (r: RoomFire) => r.sprinklerMs >= 0 || r.knockMs >= 0;
  return lit.some(suppressed) && lit.every((r) => r.ignMs <= tMs && (suppressed(r) || r.out));
}

/** A located group (trapped class, found pupil) all brought out: once per group. */
function reportRescues(p: P, plan: Plan, pe: People, say: Say): void {
  p.occupants.forEach((o, g) => {
    let rescued = 0;
    for (let i = 0; i < pe.st.length; i++) {
      if (plan.personGroup[i] !== g) continue;
      if (pe.st[i] === SHELTER || (pe.st[i] === DOWN && pe.found[i] === 1)) return;
      rescued += pe.rescued[i]!;
    }
    if (rescued > 0) say("groupRescued", { group: o.name, count: rescued }, `rescued:${o.id}`);
  });
}

// slice, not spread: the same dense arrays, copied without the iterator (a tenth of a school tick's time went here)
function copyPeople(pe: People): People {
  return {
    node: pe.node.slice(), st: pe.st.slice(), dist: pe.dist.slice(), link: pe.link.slice(), qMs: pe.qMs.slice(), fed: pe.fed.slice(),
    outMs: pe.outMs.slice(), found: pe.found.slice(), care: pe.care.slice(), rescued: pe.rescued.slice(),
  };
}
