/**
 * Heat release rate per room (hazards.md §2.2): t² growth Q = α(t − t_ign)², capped by the fuel
 * (HRRPUA × floor area) and the ventilation (1,500·A_o·√H_o); flashover at 750·A_o·√H_o; linear
 * decay after 70 % of the fire load; sprinkler control by the CFAST law Q_act·e^(−Δt/τ) with
 * τ = 3·w^−1.8; knock-down by fire crews when their cooling exceeds Q. Everything is a closed
 * form of the times stored in RoomFire, so a tick of any length gives the same curve.
 */
import { dexp, dpow } from "../../model/detmath.ts";
import type { BuildingFireParams } from "../../scenario/hazard-building-fire.ts";
import type { Plan } from "./plan.ts";
import type { RoomFire } from "./state.ts";

type P = BuildingFireParams;

/** kW/s² (NFPA: 1,055 kW at 600/300/150/75 s). */
export const ALPHA = { slow: 0.00293, medium: 0.01172, fast: 0.0469, ultrafast: 0.1876 } as const;

/** Fire load density, MJ/m², when a room does not give one: EN 1991-1-2 Annex E (school 285, office 420) [S]; corridors, toilets [R]. */
const FIRE_LOAD: Record<P["rooms"][number]["kind"], number> = {
  classroom: 285, lab: 420, office: 420, hall: 285, toilet: 20, corridor: 20, exit: 0,
};
/** a room whose doors and windows are all shut still leaks: A_o·√H_o floor [R] */
const LEAK_AOHO = 0.2;
/** flashover brings the room to full involvement over this long [R, hazards.md §2.3 "within ~30 s"] */
const FLASHOVER_RAMP_S = 30;
/** below this a suppressed fire is out */
const OUT_KW = 1;

export const alphaOf = (p: P) => p.fire.alphaKWs2 ?? ALPHA[p.fire.growth];
export const fireLoadOf = (p: P, room: number) => p.rooms[room]!.fireLoadMJm2 ?? FIRE_LOAD[p.rooms[room]!.kind];

/** A_o·√H_o of a room's open doors and (failed) windows. */
export function ventFactor(p: P, plan: Plan, closed: readonly boolean[], room: number): number {
  let f = 0;
  plan.gates.forEach((g, i) => {
    if (g.kind === "flight" || closed[i] || (g.a !== room && g.b !== room)) return;
    f += g.clearW * g.soffitM * Math.sqrt(g.soffitM);
  });
  const w = p.rooms[room]!.windows;
  if (w) f += w.areaM2 * Math.sqrt(w.heightM);
  return Math.max(LEAK_AOHO, f);
}

/** The unsuppressed HRR at time t (kW): growth, flashover, fuel and ventilation caps, decay. */
export function freeBurnKW(p: P, plan: Plan, r: RoomFire, room: number, aoho: number, tMs: number): number {
  if (r.ignMs < 0 || tMs < r.ignMs) return 0;
  const node = plan.nodes[room]!;
  const cap = Math.min(p.rooms[room]!.hrrpuaKWm2 * node.areaM2, 1500 * aoho);
  const ts = (tMs - r.ignMs) / 1000;
  let q = alphaOf(p) * ts * ts;
  if (r.flashoverMs >= 0) {
    const ramp = Math.min(1, (tMs - r.flashoverMs) / 1000 / FLASHOVER_RAMP_S);
    q = Math.max(q, 750 * aoho + (cap - 750 * aoho) * ramp);
  }
  q = Math.min(q, cap);
  if (r.decayMs >= 0) {
    const total = fireLoadOf(p, room) * node.areaM2 * 1000; // kJ
    const lengthS = (2 * 0.3 * total) / Math.max(1, r.decayKW);
    q = Math.min(q, r.decayKW * Math.max(0, 1 - (tMs - r.decayMs) / 1000 / lengthS));
  }
  return q;
}

/** Sprinkler τ from the spray density (CFAST: τ = 3·w^−1.8, w in mm/s). */
export function sprinklerTauS(densityMmMin: number): number {
  return 3 * dpow(densityMmMin / 60, -1.8);
}

/**
 * Advance one room's fire to time t. `coolingKW` is what crews put on it this tick; `gasC`
 * the hot-layer temperature at the ceiling (for the sprinkler link).
 */
export function advanceRoom(p: P, plan: Plan, r: RoomFire, room: number, aoho: number, tMs: number, dtS: number, coolingKW: number, gasC: number): RoomFire {
  if (r.ignMs < 0 || tMs < r.ignMs || r.out) return r;
  const free = freeBurnKW(p, plan, r, room, aoho, tMs);
  let next: RoomFire = { ...r };
  let q = free;
  if (next.sprinklerMs >= 0) q = Math.min(q, next.sprinklerKW * dexp(-(tMs - next.sprinklerMs) / 1000 / sprinklerTauS(p.rooms[room]!.sprinklers!.sprayDensityMmMin)));
  if (next.knockMs < 0 && coolingKW > 0 && coolingKW >= q) next = { ...next, knockMs: tMs, knockKW: q };
  if (next.knockMs >= 0) q = Math.min(q, next.knockKW * dexp(-(tMs - next.knockMs) / 1000 / p.tasks.suppression.decayS));
  else q = Math.max(0, q - coolingKW);

  const node = plan.nodes[room]!;
  const suppressed = next.sprinklerMs >= 0 || next.knockMs >= 0;
  if (!suppressed && next.flashoverMs < 0 && q >= 750 * aoho && q < p.rooms[room]!.hrrpuaKWm2 * node.areaM2) next.flashoverMs = tMs;
  next.energyMJ += (q * dtS) / 1000;
  const total = fireLoadOf(p, room) * node.areaM2;
  if (next.decayMs < 0 && next.energyMJ >= 0.7 * total) (next.decayMs = tMs), (next.decayKW = Math.max(q, 1));
  if (p.rooms[room]!.sprinklers && next.sprinklerMs < 0) {
    next.linkC = linkTemperature(p, plan, room, next.linkC, q, gasC, dtS);
    if (next.linkC >= p.rooms[room]!.sprinklers!.activationC) (next.sprinklerMs = tMs), (next.sprinklerKW = q);
  }
  if ((suppressed && q < OUT_KW) || (next.decayMs >= 0 && q <= 0) || total <= 0) (next.out = true), (q = 0);
  next.qKW = q;
  next.freeKW = next.out ? 0 : free;
  return next;
}

/**
 * Sprinkler link heating (DETACT): Alpert's ceiling-jet temperature and velocity at r = spacing/√2,
 * then the exact step T_l ← T_g − (T_g − T_l)·e^(−√u·Δt/RTI).
 */
function linkTemperature(p: P, plan: Plan, room: number, linkC: number, q: number, layerC: number, dtS: number): number {
  const s = p.rooms[room]!.sprinklers!;
  const h = plan.nodes[room]!.heightM;
  const r = s.spacingM / Math.SQRT2;
  const qq = Math.max(q, 0.001);
  const dT = r / h <= 0.18 ? (16.9 * dpow(qq, 2 / 3)) / dpow(h, 5 / 3) : (5.38 * dpow(qq / r, 2 / 3)) / h;
  const u = r / h <= 0.15 ? 0.96 * dpow(qq / h, 1 / 3) : (0.195 * dpow(qq, 1 / 3) * Math.sqrt(h)) / dpow(r, 5 / 6);
  const gas = Math.max(p.ambientC + dT, layerC);
  return gas - (gas - linkC) * dexp((-Math.sqrt(u) * dtS) / s.rti);
}

/**
 * After a flashover the fire reaches the neighbours: through an open door after
 * openDoorSpreadS, through a shut one after closedDoorSpreadMin or its fire rating.
 */
export function spreadFrom(p: P, plan: Plan, rooms: RoomFire[], closed: readonly boolean[], room: number, tMs: number): RoomFire[] {
  let out = rooms;
  plan.gates.forEach((g, i) => {
    if (g.kind === "flight" || (g.a !== room && g.b !== room)) return;
    const other = g.a === room ? g.b : g.a;
    const o = plan.nodes[other]!;
    if (o.room < 0 || o.kind === "exit" || fireLoadOf(p, other) <= 0) return;
    const rating = g.door >= 0 ? p.doors[g.door]!.fireRatingMin : 0;
    const delayS = closed[i] || rating > 0 ? Math.max(rating, p.fire.closedDoorSpreadMin) * 60 : p.fire.openDoorSpreadS;
    const at = tMs + delayS * 1000;
    const cur = out[other]!;
    if (cur.ignMs >= 0 && cur.ignMs <= at) return;
    if (cur.out || cur.sprinklerMs >= 0) return;
    if (out === rooms) out = [...rooms];
    out[other] = { ...cur, ignMs: at, ignX: g.x, ignY: g.y };
  });
  return out;
}
