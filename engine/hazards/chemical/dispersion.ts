/**
 * Gaussian puff dispersion (hazards.md §1.4–1.5). σ from the CCPS puff correlations of the
 * distance a puff has travelled; ground-level concentration with ground reflection; a
 * well-mixed layer once σz reaches 0.8 × the mixing height. Pure arithmetic through detmath.
 */
import { dexp, dpow } from "../../model/detmath.ts";

export type Stability = "A" | "B" | "C" | "D" | "E" | "F";

/** CCPS puff σy = σx = δ·x^β and σz = δ·x^β (GasDispersion.jl pasquill_gifford.jl). */
const PUFF_SIGMA: Record<Stability, { y: [number, number]; z: [number, number] }> = {
  A: { y: [0.18, 0.92], z: [0.6, 0.75] },
  B: { y: [0.14, 0.92], z: [0.53, 0.73] },
  C: { y: [0.1, 0.92], z: [0.34, 0.71] },
  D: { y: [0.06, 0.92], z: [0.15, 0.7] },
  E: { y: [0.04, 0.92], z: [0.1, 0.65] },
  F: { y: [0.02, 0.89], z: [0.05, 0.61] },
};

export function sigmaY(travelledM: number, cls: Stability): number {
  const [d, b] = PUFF_SIGMA[cls].y;
  return d * dpow(Math.max(travelledM, 1), b);
}

export function sigmaZ(travelledM: number, cls: Stability): number {
  const [d, b] = PUFF_SIGMA[cls].z;
  return d * dpow(Math.max(travelledM, 1), b);
}

/** Distance at which σy equals `sizeM`: the virtual source distance of a new puff. */
export function virtualDistance(sizeM: number, cls: Stability): number {
  const [d, b] = PUFF_SIGMA[cls].y;
  return dpow(sizeM / d, 1 / b);
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
export function plumeConcentration(qKgS: number, u: number, downwindM: number, crosswindM: number, h: number, cls: Stability, sizeM: number): number {
  if (qKgS <= 0 || downwindM <= 0) return 0;
  const s = downwindM + virtualDistance(sizeM, cls);
  const sy = sigmaY(s, cls);
  const sz = sigmaZ(s, cls);
  return (qKgS / (Math.PI * sy * sz * u)) * dexp(-(crosswindM * crosswindM) / (2 * sy * sy)) * dexp(-(h * h) / (2 * sz * sz));
}
