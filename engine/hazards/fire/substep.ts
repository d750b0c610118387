/**
 * One substep (≤ 1 s) of the building fire, in a fixed order: fire in each room → smoke →
 * tenability and routes → occupants (start, move, exposure) → responders' work → marks.
 * Substeps keep the physics independent of the drill's tick length.
 */
import type { BuildingFireParams } from "../../scenario/hazard-building-fire.ts";
import type { Worker } from "../types.ts";
import { activeWorkers, cooling, rescue, search, transport, triage } from "./crews.ts";
import { census } from "./census.ts";
import { fleeIfUntenable, move, startGroups, type Ctx, type Say } from "./evacuation.ts";
import { expose } from "./exposure.ts";
import { advanceRoom, spreadFrom, ventFactor } from "./growth.ts";
import type { Plan } from "./plan.ts";
import { routesFor } from "./routes.ts";
import { airAt, smokeStep, untenable, type Air } from "./smoke.ts";
import { DOWN, HIDE, PeopleDraft, SHELTER, type FireState, type People, type RoomFire } from "./state.ts";

type P = BuildingFireParams;
export type Done = Array<{ unit: string; task: string }>;

const ventMemo = new WeakMap<readonly boolean[], number[]>();

function vents(p: P, plan: Plan, closed: readonly boolean[]): number[] {
  let v = ventMemo.get(closed);
  if (!v) ventMemo.set(closed, (v = p.rooms.map((_, i) => ventFactor(p, plan, closed, i))));
  return v;
}

export function substep(p: P, plan: Plan, s: FireState, tMs: number, dtS: number, workers: readonly Worker[], completed: Done, say: Say): FireState {
  const done = new Set<string>();
  for (const x of completed) done.add(x.unit);
  const ws = activeWorkers(p, plan, workers, tMs, done);
  const aoho = vents(p, plan, s.closed);
  const rooms = advanceFires(p, plan, s, aoho, tMs, dtS, cooling(p, s.rooms, ws), say);
  const zones = smokeStep(p, plan, s.zones, rooms, s.closed, aoho, dtS);
  const air: Air[] = new Array(plan.nodes.length);
  const bad: boolean[] = new Array(plan.nodes.length);
  let routeBad = false;
  for (let i = 0; i < plan.nodes.length; i++) {
    const node = plan.nodes[i]!;
    air[i] = airAt(p, plan, zones, i);
    bad[i] = untenable(p, air[i]!, node.heightM);
    if (bad[i] && (node.kind === "corridor" || node.kind === "stair")) routeBad = true;
  }
  let hrr = 0;
  for (const r of rooms) hrr += r.qKW;
  const peakKW = Math.max(s.marks.peakKW, hrr);
  // marks are written below (here and in markProgress): a copy, made once this substep has to
  let marks = peakKW === s.marks.peakKW ? s.marks : { ...s.marks, peakKW };
  if (marks.asetMs < 0 && routeBad) {
    marks = { ...marks, asetMs: tMs };
    say("escapeRouteUntenable");
  }

  const d = new PeopleDraft(s.people);
  const c: Ctx = { p, plan, air, bad, routes: routesFor(plan, bad), tMs, dtS };
  const started = startGroups(c, s, rooms, d, say);
  fleeIfUntenable(c, d);
  const credit = move(c, d, s.credit) as number[];
  expose(p, air, d, s.tolerance, tMs, dtS);

  const sr = search(p, plan, s, d, ws, bad, dtS);
  if (sr.found > 0) say("personFound", { count: sr.found }, `personFound@${tMs}`);
  const rr = rescue(p, s.pool.rescue, d, ws, tMs, dtS);
  const tr = triage(p, s.pool.triage, d, ws, dtS);
  const pe = d.pe;
  const anyoneInside = census(d).inside.length > 0;
  const trp = transport(p, s.loads, d, ws, dtS, !anyoneInside);
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

  // unchanged parts are the previous state's own (structural sharing: nothing here is mutated later)
  const pool = rr.pool === s.pool.rescue && tr.pool === s.pool.triage ? s.pool : { rescue: rr.pool, triage: tr.pool };
  const next: FireState = {
    place: s.place, groupIds: s.groupIds, tMs, startMs: s.startMs, alarmMs: s.alarmMs, premoveMs: s.premoveMs, tolerance: s.tolerance,
    startAtMs: started.startAtMs, cueMs: started.cueMs, rooms, zones, credit, closed: started.closed, people: d.changed ? pe : s.people,
    searched: sr.searched, pool, loads: trp.loads, marks: markProgress(p, marks, d, started.startAtMs, rooms, tMs, fireOut, say), said: s.said, counts: s.counts,
  } satisfies Record<keyof FireState, unknown>;
  return next;
}

/** Each room's fire one substep on; `s.rooms` itself when none burns (before ignition, after the fire). */
function advanceFires(p: P, plan: Plan, s: FireState, aoho: readonly number[], tMs: number, dtS: number, cool: readonly number[], say: Say): RoomFire[] {
  let advanced: RoomFire[] | undefined;
  for (let i = 0; i < s.rooms.length; i++) {
    const r = s.rooms[i]!;
    const zone = plan.nodes[i]!.zone;
    const next = zone < 0 ? r : advanceRoom(p, plan, r, i, aoho[i]!, tMs, dtS, cool[i]!, s.zones[zone]!.tC);
    if (next !== r) (advanced ??= s.rooms.slice())[i] = next;
  }
  if (advanced === undefined) return s.rooms;
  // a spread replaces `rooms` (with later ignitions), not `advanced`: what changed is read from the advanced rooms
  let rooms = advanced;
  for (let i = 0; i < advanced.length; i++) {
    const r = advanced[i]!;
    const was = s.rooms[i]!;
    if (r === was) continue;
    const name = p.rooms[i]!.name;
    if (r.flashoverMs >= 0 && was.flashoverMs < 0) {
      rooms = spreadFrom(p, plan, rooms, s.closed, i, tMs);
      say("flashover", { room: name }, `flashover:${i}`);
    }
    if (r.sprinklerMs >= 0 && was.sprinklerMs < 0) say("sprinklerActivated", { room: name }, `sprinkler:${i}`);
    if (i !== plan.origin && r.qKW > 0 && was.qKW <= 0) say("fireSpread", { room: name }, `spread:${i}`);
    if (r.knockMs >= 0 && was.knockMs < 0) say("fireKnockedDown", { room: name }, `knock:${i}`);
  }
  return rooms;
}

/** The marks after this substep: `marks` itself unless one is set now (it may be the previous state's, never written). */
function markProgress(p: P, marks: FireState["marks"], d: PeopleDraft, startAtMs: readonly number[], rooms: readonly RoomFire[], tMs: number, fireOut: boolean, say: Say): FireState["marks"] {
  let m = marks;
  const set = (k: "controlledAtMs" | "outAtMs" | "rsetMs") => (m = { ...m, [k]: tMs });
  if (m.controlledAtMs < 0 && underControl(rooms, tMs)) {
    set("controlledAtMs");
    say("fireControlled");
  }
  if (m.outAtMs < 0 && fireOut) {
    set("outAtMs");
    say("fireOut");
  }
  if (m.rsetMs < 0 && p.occupants.every((o, g) => !o.aware || startAtMs[g]! >= 0) && !census(d).moving) {
    const pe = d.pe;
    set("rsetMs");
    const missing = pe.st.filter((st, i) => st === HIDE || (st === DOWN && pe.found[i] === 0)).length;
    say("evacuationComplete");
    if (missing > 0) say("headcountShort", { count: missing });
  }
  return m;
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
  // one pass, no lists: asked every substep until control
  let anySuppressed = false;
  for (const r of rooms) {
    if (r.ignMs < 0) continue;
    const suppressed = r.sprinklerMs >= 0 || r.knockMs >= 0;
    if (r.ignMs > tMs || !(suppressed || r.out)) return false;
    anySuppressed ||= suppressed;
  }
  return anySuppressed;
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
