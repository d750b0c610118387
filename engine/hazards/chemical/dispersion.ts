/**
 * Gaussian puff dispersion (hazards.md §1.4–1.5). σ from the Briggs correlations of the
 * distance a puff has travelled; ground-level concentration with ground reflection; a
 * well-mixed layer once σz reaches 0.8 × the mixing height. Pure arithmetic through detmath.
 */
import { dexp } from "../../model/detmath.ts";

export type Stability = "A" | "B" | "C" | "D" | "E" | "F";

export type Terrain = "rural" | "urban";

/**
 * Briggs (1973) dispersion coefficients as functions of the distance x a puff has travelled
 * (hazards.md §1.4; GasDispersion.jl briggs.jl; CCPS 1999): open country (rural) or a
 * built-up town (urban), ~10-minute averaging, 100 m < x < 10 km. The puffs use these
 * plume σ (as INPUFF does), so a steady release reproduces the Gaussian plume and the
 * §1.10 sanity distances; σx = σy.
 */
export function sigmaY(x: number, cls: Stability, terrain: Terrain = "rural"): number {
  const d = Math.max(x, 1);
  if (terrain === "urban") {
    const a = cls === "A" || cls === "B" ? 0.32 : cls === "C" ? 0.22 : cls === "D" ? 0.16 : 0.11;
    return (a * d) / Math.sqrt(1 + 0.0004 * d);
  }
  const a = { A: 0.22, B: 0.16, C: 0.11, D: 0.08, E: 0.06, F: 0.04 }[cls];
  return (a * d) / Math.sqrt(1 + 0.0001 * d);
}

export function sigmaZ(x: number, cls: Stability, terrain: Terrain = "rural"): number {
  const d = Math.max(x, 1);
  if (terrain === "urban") {
    if (cls === "A" || cls === "B") return 0.24 * d * Math.sqrt(1 + 0.001 * d);
    if (cls === "C") return 0.2 * d;
    if (cls === "D") return (0.14 * d) / Math.sqrt(1 + 0.0003 * d);
    return (0.08 * d) / Math.sqrt(1 + 0.0015 * d);
  }
  switch (cls) {
    case "A":
      return 0.2 * d;
    case "B":
      return 0.12 * d;
    case "C":
      return (0.08 * d) / Math.sqrt(1 + 0.0002 * d);
    case "D":
      return (0.06 * d) / Math.sqrt(1 + 0.0015 * d);
    case "E":
      return (0.03 * d) / (1 + 0.0003 * d);
    case "F":
      return (0.016 * d) / (1 + 0.0003 * d);
  }
}

/** Distance at which σy equals `sizeM`: the virtual source distance of a new puff (bisection: σy grows with x). */
export function virtualDistance(sizeM: number, cls: Stability, terrain: Terrain = "rural"): number {
  let lo = 0;
  let hi = 100_000;
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    if (sigmaY(mid, cls, terrain) < sizeM) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

export interface Puff {
  x: number;
  y: number;
  /** kg of gas */
  m: number;
  /** distance travelled, m (drives σ), including the virtual source distance */
  s: number;
  /** stability class the puff is growing in (follows the weather) */
  sy: number;
  sz: number;
}

const TWO_PI_POW_1_5 = 15.749609945722419; // (2π)^{3/2}

/** Peak ground-level concentration (kg/m³) at a puff's centre, release height h. */
export function puffPeak(p: Puff, h: number, mixingHeightM: number): number {
  if (p.sz >= 0.8 * mixingHeightM) return p.m / (2 * Math.PI * p.sy * p.sy * mixingHeightM);
  const reflection = 2 * dexp(-(h * h) / (2 * p.sz * p.sz));
  return (p.m * reflection) / (TWO_PI_POW_1_5 * p.sy * p.sy * p.sz);
}

/** Ground-level concentration (kg/m³) at (x, y) from a list of puffs, culled beyond 4σ. */
export function puffSum(puffs: readonly Puff[], px: number, py: number, h: number, mixingHeightM: number): number {
  let c = 0;
  for (const p of puffs) {
    const dx = px - p.x;
    const dy = py - p.y;
    const r2 = dx * dx + dy * dy;
    const s2 = p.sy * p.sy;
    if (r2 > 16 * s2) continue;
    c += puffPeak(p, h, mixingHeightM) * dexp(-r2 / (2 * s2));
  }
  return c;
}

/**
 * Steady Gaussian plume, ground level, for the near field (hazards.md §1.5 note: within 200 m
 * of the source puff spacing makes receptors see pulses). Same σ functions as the puffs, so
 * the two agree where they overlap: c = Q/(2π σy σz u)·exp(−y²/2σy²)·2·exp(−h²/2σz²).
 */
export function plumeConcentration(qKgS: number, u: number, downwindM: number, crosswindM: number, h: number, cls: Stability, sizeM: number, terrain: Terrain = "rural"): number {
  if (qKgS <= 0 || downwindM <= 0) return 0;
  const s = downwindM + virtualDistance(sizeM, cls, terrain);
  const sy = sigmaY(s, cls, terrain);
  const sz = sigmaZ(s, cls, terrain);
  return (qKgS / (Math.PI * sy * sz * u)) * dexp(-(crosswindM * crosswindM) / (2 * sy * sy)) * dexp(-(h * h) / (2 * sz * sz));
}
