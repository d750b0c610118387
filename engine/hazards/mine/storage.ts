/**
 * Stage–storage: how much water a roadway (and a sump pit) holds below a water-surface
 * elevation η (hazards.md §3.3 step 1). A straight inclined prism of width W, height H and
 * length L between floor elevations zLo and zHi holds W·∫ clamp(η − z(s), 0, H) ds, a closed
 * piecewise quadratic. Inversion (η from a volume) is a fixed-count bisection: deterministic.
 */
import type { Net, Seg } from "./network.ts";

/** ∫₀ᵗ clamp(τ, 0, H) dτ */
function ramp(t: number, h: number): number {
  if (t <= 0) return 0;
  if (t <= h) return (t * t) / 2;
  return (h * h) / 2 + h * (t - h);
}

/** Atmospheric pressure as a water head, m: the air sealed in a pocket starts at it. */
const ATM_HEAD_M = 10.33;

/**
 * The water-surface elevation inside a segment. In a sealed pocket (a rising dead end whose
 * mouth is under water) the trapped air is squeezed by the head outside (Boyle: p·V constant),
 * so the water inside rises only a little above the mouth's roof.
 */
export function innerLevel(e: Seg, eta: number): number {
  if (!e.pocket) return eta;
  const roof = e.zLo + e.heightM;
  if (eta <= roof) return eta;
  const full = rawVolume(e, e.zHi + e.heightM);
  const air0 = full - rawVolume(e, roof);
  if (air0 <= 0) return eta;
  let lo = roof;
  let hi = Math.min(eta, e.zHi + e.heightM);
  for (let i = 0; i < 32; i++) {
    const mid = (lo + hi) / 2;
    if ((full - rawVolume(e, mid)) * (ATM_HEAD_M + eta - mid) > air0 * ATM_HEAD_M) lo = mid;
    else hi = mid;
  }
  return lo;
}

/** m³ held by a segment whose low end stands in water at level η. */
export function segVolume(e: Seg, eta: number): number {
  return rawVolume(e, innerLevel(e, eta));
}

/** m³ below a water surface at `level` inside the segment. */
function rawVolume(e: Seg, level: number): number {
  if (e.table) return tableVolume(e.table, level);
  const dz = e.zHi - e.zLo;
  if (e.kind === "shaft") return e.areaM2 * Math.min(Math.max(level - e.zLo, 0), dz);
  if (dz <= 1e-9) return e.widthM * e.lengthM * Math.min(Math.max(level - e.zLo, 0), e.heightM);
  return ((e.widthM * e.lengthM) / dz) * (ramp(level - e.zLo, e.heightM) - ramp(level - e.zHi, e.heightM));
}

function tableVolume(t: ReadonlyArray<{ elevationM: number; m3: number }>, level: number): number {
  const first = t[0]!;
  if (level <= first.elevationM) return 0;
  for (let i = 1; i < t.length; i++) {
    const p = t[i - 1]!;
    const q = t[i]!;
    if (level <= q.elevationM) return p.m3 + ((q.m3 - p.m3) * (level - p.elevationM)) / (q.elevationM - p.elevationM);
  }
  return t[t.length - 1]!.m3;
}

/** m³ in a node's sump pit at level η. */
export function nodeVolume(net: Net, n: number, eta: number): number {
  const sump = net.p.nodes[n]!.sump;
  if (!sump) return 0;
  return sump.volumeM3 * Math.min(Math.max((eta - net.bottom[n]!) / sump.depthM, 0), 1);
}

/** m³ a lake over these nodes holds at level η: its pits and every roadway whose low end it covers. */
export function lakeVolume(net: Net, nodes: readonly number[], eta: number): number {
  let v = 0;
  for (const n of nodes) {
    v += nodeVolume(net, n, eta);
    for (const e of net.lowOf[n]!) v += segVolume(net.segs[e]!, eta);
  }
  return v;
}

/** Litres, as the integer the water state counts in (hazards.md §5.2 rule 4). */
export function lakeLitres(net: Net, nodes: readonly number[], eta: number): number {
  return Math.round(lakeVolume(net, nodes, eta) * 1000);
}

/** The level at which the lake holds `litres`: the lowest η with V(η) ≥ litres, by bisection. */
export function levelFor(net: Net, nodes: readonly number[], litres: number): number {
  let lo = Infinity;
  let top = -Infinity;
  for (const n of nodes) {
    lo = Math.min(lo, net.bottom[n]!);
    top = Math.max(top, net.z[n]!);
  }
  if (litres <= 0) return lo;
  const target = litres / 1000;
  let hi = top + 1;
  for (let i = 0; i < 40 && lakeVolume(net, nodes, hi) < target; i++) hi = top + (hi - top) * 2;
  for (let i = 0; i < 48; i++) {
    const mid = (lo + hi) / 2;
    if (lakeVolume(net, nodes, mid) < target) lo = mid;
    else hi = mid;
  }
  return hi;
}
