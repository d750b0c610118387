/**
 * Smoke per zone (hazards.md §2.4, a simplified two-zone model): the fire room's layer descends
 * by the exact Yamana–Tanaka step for constant Q within the step, its temperature follows MQH,
 * and the hot layer spills through open doors by the doorway-flow formula into the neighbour's
 * upper layer (or the open air through an exit). Soot and CO travel with the volume moved.
 */
import { dexp, dpow } from "../../model/detmath.ts";
import type { BuildingFireParams } from "../../scenario/hazard-building-fire.ts";
import type { Plan } from "./plan.ts";
import type { RoomFire, ZoneSmoke } from "./state.ts";

type P = BuildingFireParams;
const G = 9.81;
const CD = 0.7;
/** mass extinction coefficient of smoke, m²/kg (hazards.md §2.4) */
const KM = 8700;
/** effective wall conductance for MQH, kW/(m²·K) (thick concrete after the penetration time) [GK] */
const HK = 0.03;
/** share of the excess temperature smoke keeps when it leaves its room (ceiling and door losses) [R] */
const CARRY = 0.5;
/** time constant of a smoke layer's cooling to the walls without a fire below it [R] */
const COOL_S = 600;
const K0 = 273.15;
/** a shut door still leaks smoke round its edges: the gap as a share of its width [R] (a smoke-sealed fire door leaks far less) */
const LEAK_DOOR = 0.02;
const LEAK_FIRE_DOOR = 0.003;

/** Yamana–Tanaka closed-room descent, exact for constant Q over dt: z' = (z^−2/3 + 2kQ^⅓Δt/(3A))^−3/2, k = 0.076/ρ_u. */
export function ytStep(zM: number, qKW: number, dtS: number, areaM2: number, layerC: number): number {
  if (qKW <= 0 || dtS <= 0) return zM;
  const rho = 353 / (layerC + K0);
  const k = 0.076 / rho;
  const term = dpow(Math.max(zM, 0.01), -2 / 3) + (2 * k * dpow(qKW, 1 / 3) * dtS) / (3 * areaM2);
  return dpow(term, -1.5);
}

/** MQH upper-layer temperature of a ventilated room on fire: ΔT = 6.85·(Q²/(A_o√H_o·h_k·A_T))^⅓, °C. */
export function mqhC(p: P, plan: Plan, room: number, qKW: number, aoho: number): number {
  if (qKW <= 0) return p.ambientC;
  const n = plan.nodes[room]!;
  const r = p.rooms[room]!.rect;
  const perimeter = 2 * (r[2] + r[3]) * p.cellM;
  const at = Math.max(1, 2 * n.areaM2 + perimeter * n.heightM - aoho);
  return Math.min(1100, p.ambientC + 6.85 * dpow((qKW * qKW) / (aoho * HK * at), 1 / 3));
}

/** The layer as seen from one node: its height above that node's floor (stair shafts are shared by floors). */
export function localLayerM(plan: Plan, zones: readonly ZoneSmoke[], n: number): number {
  const node = plan.nodes[n]!;
  if (node.zone < 0) return Infinity;
  return Math.max(0, zones[node.zone]!.zM - node.offsetM);
}

export interface Air {
  layerM: number;
  tC: number;
  visM: number;
  coPpm: number;
}

/** Conditions in the upper layer of a node's zone. */
export function airAt(p: P, plan: Plan, zones: readonly ZoneSmoke[], n: number): Air {
  const node = plan.nodes[n]!;
  if (node.zone < 0) return { layerM: Infinity, tC: p.ambientC, visM: 99, coPpm: 0 };
  const z = zones[node.zone]!;
  const zone = plan.zones[node.zone]!;
  const vol = zone.areaM2 * (zone.heightM - z.zM);
  const k = vol > 0.01 ? (KM * z.sootKg) / vol : 0;
  return {
    layerM: Math.max(0, z.zM - node.offsetM),
    tC: z.tC,
    visM: k > 0 ? Math.min(99, 3 / k) : 99,
    coPpm: vol > 0.01 ? ((z.coKg / vol) * 1e6 * 24.45) / 28.01 : 0,
  };
}

/** Untenable (hazards.md §2.4): layer below 1.8 m with heat or poor visibility, or a hot layer overhead. */
export function untenable(p: P, air: Air, heightM: number): boolean {
  const t = p.tenability;
  if (air.layerM >= heightM) return false;
  if (air.tC > t.hotLayerC) return true;
  return air.layerM < t.layerM && (air.tC > t.tempC || air.visM < t.visibilityM);
}

/** One smoke step: fire plumes, then door spills in gate order, then cooling of zones without fire. */
export function smokeStep(p: P, plan: Plan, zones: readonly ZoneSmoke[], rooms: readonly RoomFire[], closed: readonly boolean[], aoho: readonly number[], dtS: number): ZoneSmoke[] {
  // loops, not closures, and no per-gate tuples: this runs every substep for every zone and door
  const z: ZoneSmoke[] = new Array(zones.length);
  for (let i = 0; i < zones.length; i++) {
    const s = zones[i]!;
    z[i] = { zM: s.zM, tC: s.tC, sootKg: s.sootKg, coKg: s.coKg };
  }
  const decay = dexp(-dtS / COOL_S);
  const burning = new Array<boolean>(zones.length).fill(false);
  for (let i = 0; i < rooms.length; i++) {
    const r = rooms[i]!;
    if (r.qKW <= 0) continue;
    const zi = plan.nodes[i]!.zone;
    const s = z[zi]!;
    const zone = plan.zones[zi]!;
    const fireC = mqhC(p, plan, i, r.qKW, aoho[i]!);
    s.zM = ytStep(s.zM, r.qKW, dtS, zone.areaM2, Math.max(s.tC, fireC));
    const fuelKgS = r.qKW / p.fire.heatOfCombustionKJkg;
    s.sootKg += p.fire.sootYield * fuelKgS * dtS;
    s.coKg += (r.flashoverMs >= 0 ? p.fire.coYieldUnderVentilated : p.fire.coYield) * fuelKgS * dtS;
    // a dying fire's layer cools towards its MQH value, not instantly
    s.tC = fireC >= s.tC ? fireC : fireC + (s.tC - fireC) * decay;
    burning[zi] = true;
  }
  const ta = p.ambientC + K0;
  for (let i = 0; i < plan.gates.length; i++) {
    const g = plan.gates[i]!;
    if (g.kind !== "flight") spill(p, plan, z, g, closed[i]!, ta, dtS);
  }
  for (let i = 0; i < z.length; i++) {
    const s = z[i]!;
    if (!burning[i]) s.tC = p.ambientC + (s.tC - p.ambientC) * decay;
  }
  return z;
}

/** The hot layer through one door or opening (shut: round its edges), from the lower layer's side to the other (or outside). */
function spill(p: P, plan: Plan, z: ZoneSmoke[], g: Plan["gates"][number], shut: boolean, ta: number, dtS: number): void {
  const width = shut ? g.clearW * (g.door >= 0 && p.doors[g.door]!.fireRatingMin > 0 ? LEAK_FIRE_DOOR : LEAK_DOOR) : g.clearW;
  const na = plan.nodes[g.a]!;
  const nb = plan.nodes[g.b]!;
  const la = na.zone < 0 ? Infinity : z[na.zone]!.zM - na.offsetM;
  const lb = nb.zone < 0 ? Infinity : z[nb.zone]!.zM - nb.offsetM;
  if (la === lb) return;
  const fromA = la < lb;
  const src = fromA ? na.zone : nb.zone;
  const dst = fromA ? nb.zone : na.zone;
  const ls = fromA ? la : lb;
  const ld = fromA ? lb : la;
  const hEff = Math.min(g.soffitM, ld);
  const lsrc = Math.max(0, ls);
  if (lsrc >= hEff) return;
  const s = z[src]!;
  const zs = plan.zones[src]!;
  const drive = Math.sqrt(2 * G * Math.max(0.02, 1 - ta / (s.tC + K0)));
  const depth = hEff - lsrc;
  const flowM3 = (2 / 3) * CD * width * drive * depth * Math.sqrt(depth) * dtS;
  const ad = dst < 0 ? Infinity : plan.zones[dst]!.areaM2;
  const equalise = dst < 0 ? depth * zs.areaM2 : (depth * zs.areaM2 * ad) / (zs.areaM2 + ad);
  const layerVol = zs.areaM2 * (zs.heightM - s.zM);
  const dv = Math.min(flowM3, equalise, layerVol);
  if (dv <= 0) return;
  const frac = dv / layerVol;
  const soot = s.sootKg * frac;
  const co = s.coKg * frac;
  s.sootKg -= soot;
  s.coKg -= co;
  s.zM = Math.min(zs.heightM, s.zM + dv / zs.areaM2);
  if (dst < 0) return;
  const d = z[dst]!;
  const zd = plan.zones[dst]!;
  const before = zd.areaM2 * (zd.heightM - d.zM);
  const inC = p.ambientC + CARRY * (s.tC - p.ambientC);
  d.tC = (before * d.tC + dv * inC) / (before + dv);
  d.zM = Math.max(0, d.zM - dv / zd.areaM2);
  d.sootKg += soot;
  d.coKg += co;
}
