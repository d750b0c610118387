/**
 * The Lagrangian puff train (hazards.md §1.5): emit, advect with the wind of the moment, grow
 * σ with distance travelled, merge close neighbours, drop spent puffs. Array order is birth
 * order and is never re-sorted, so summation order is fixed.
 */
import { windToVector } from "../../model/detmath.ts";
import type { WeatherDef } from "../../scenario/schema.ts";
import { puffPeak, sigmaY, sigmaZ, virtualDistance, type Puff, type Stability, type Terrain } from "./dispersion.ts";

/** New puffs for one step: `count` sub-puffs spread along the wind so the train looks continuous. */
export function emit(
  massKg: number,
  count: number,
  sourceX: number,
  sourceY: number,
  stepS: number,
  w: WeatherDef,
  initialSizeM: number,
  terrain: Terrain,
): Puff[] {
  if (massKg <= 0) return [];
  const [ex, ny] = windToVector(w.windFromDeg);
  const cls = w.stability as Stability;
  const s0 = virtualDistance(initialSizeM, cls, terrain);
  const out: Puff[] = [];
  for (let k = 0; k < count; k++) {
    // the k-th sub-puff left (count − k − 0.5)/count of a step ago
    const travelled = (w.windSpeedMs * stepS * (count - k - 0.5)) / count;
    const s = s0 + travelled;
    out.push({ x: sourceX + ex * travelled, y: sourceY + ny * travelled, m: massKg / count, s, sy: sigmaY(s, cls, terrain), sz: sigmaZ(s, cls, terrain) });
  }
  return out;
}

/** Move every puff one step with the current wind; σ never shrinks when the class changes. */
export function advect(puffs: readonly Puff[], stepS: number, w: WeatherDef, terrain: Terrain): Puff[] {
  const [ex, ny] = windToVector(w.windFromDeg);
  const d = w.windSpeedMs * stepS;
  const cls = w.stability as Stability;
  return puffs.map((p) => {
    const s = p.s + d;
    return { x: p.x + ex * d, y: p.y + ny * d, m: p.m, s, sy: Math.max(p.sy, sigmaY(s, cls, terrain)), sz: Math.max(p.sz, sigmaZ(s, cls, terrain)) };
  });
}

/** Merge consecutive puffs closer than half their σ (puff merging as in RIMPUFF/CALPUFF). */
export function merge(puffs: readonly Puff[]): Puff[] {
  const out: Puff[] = [];
  for (const p of puffs) {
    const last = out[out.length - 1];
    if (last) {
      const dx = p.x - last.x;
      const dy = p.y - last.y;
      const limit = 0.5 * Math.min(p.sy, last.sy);
      if (dx * dx + dy * dy < limit * limit) {
        const m = last.m + p.m;
        out[out.length - 1] = {
          x: (last.x * last.m + p.x * p.m) / m,
          y: (last.y * last.m + p.y * p.m) / m,
          m,
          s: Math.max(last.s, p.s),
          sy: Math.max(last.sy, p.sy),
          sz: Math.max(last.sz, p.sz),
        };
        continue;
      }
    }
    out.push(p);
  }
  return out;
}

/** Drop puffs whose peak is below `floor` (kg/m³) or that left the domain. */
export function cull(puffs: readonly Puff[], h: number, mixingHeightM: number, floor: number, cx: number, cy: number, radiusM: number): Puff[] {
  return puffs.filter((p) => {
    const dx = p.x - cx;
    const dy = p.y - cy;
    return dx * dx + dy * dy <= radiusM * radiusM && puffPeak(p, h, mixingHeightM) >= floor;
  });
}
