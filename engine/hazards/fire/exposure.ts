/**
 * Harm to occupants (hazards.md §2.4 FED, Purser / ISO 13571 simplified): while the smoke layer
 * is below a person's breathing zone, FED_CO += ppm·Δt[min]/35,000 and FED_heat += Δt/t_I with
 * t_I[min] = 5·10⁷·T^−3.4; under a hot layer (> 200 °C) radiant heat adds Δt/(6.9·q^−1.56).
 * FED ≥ 1 incapacitates, ≥ deathFed kills; an incapacitated casualty left untriaged outside dies
 * after untreatedSeriousDeathMin (hazards.md §4.3, a design choice, not a clinical model).
 */
import { dpow } from "../../model/detmath.ts";
import type { BuildingFireParams } from "../../scenario/hazard-building-fire.ts";
import type { Air } from "./smoke.ts";
import { DEAD, DOWN, OUT, SHELTER, type People } from "./state.ts";

type P = BuildingFireParams;
const SIGMA = 5.67e-11; // kW/(m²·K⁴)
const EMISSIVITY = 0.9;
const K0 = 273.15;

/** FED added per minute in this air for someone whose breathing zone is at `headM`. */
export function fedPerMin(p: P, air: Air, headM: number): number {
  let rate = 0;
  if (air.layerM < headM) {
    rate += air.coPpm / 35000;
    if (air.tC > 25) rate += 1 / (5e7 * dpow(air.tC, -3.4));
  }
  if (air.tC > p.tenability.hotLayerC && Number.isFinite(air.layerM)) {
    const q = EMISSIVITY * SIGMA * (dpow(air.tC + K0, 4) - dpow(p.ambientC + K0, 4));
    if (q > 1.7) rate += 1 / (6.9 * dpow(q, -1.56));
  }
  return rate;
}

/**
 * Expose everyone inside; incapacitate and kill at the FED thresholds scaled by each person's
 * tolerance (people differ: a class in the same smoke does not collapse at one instant);
 * untreated casualties outside.
 */
export function expose(p: P, air: readonly Air[], pe: People, tolerance: readonly number[], tMs: number, dtS: number): void {
  const h = p.health;
  const rates = new Map<number, number>();
  for (let i = 0; i < pe.st.length; i++) {
    const st = pe.st[i]!;
    if (st === DEAD) continue;
    const tol = tolerance[i] ?? 1;
    if (st === OUT) {
      if (pe.fed[i]! >= h.incapacitatedFed * tol && pe.care[i] === 0 && tMs - pe.outMs[i]! >= h.untreatedSeriousDeathMin * 60000) pe.st[i] = DEAD;
      continue;
    }
    const n = pe.node[i]!;
    let rate = rates.get(n);
    if (rate === undefined) rates.set(n, (rate = fedPerMin(p, air[n]!, p.walking.exposureHeightM)));
    if (rate <= 0) continue;
    pe.fed[i] = pe.fed[i]! + (rate * dtS) / 60;
    if (pe.fed[i]! >= h.deathFed * tol) pe.st[i] = DEAD;
    else if (pe.fed[i]! >= h.incapacitatedFed * tol && st !== DOWN) {
      // a known (sheltering) person stays known when they collapse; a hidden one stays missing
      if (st === SHELTER) pe.found[i] = 1;
      pe.st[i] = DOWN;
    }
  }
}
