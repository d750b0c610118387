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
import { census, memoList } from "./census.ts";
import { DEAD, DOWN, OUT, SHELTER, type People, type PeopleDraft } from "./state.ts";

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
export function expose(p: P, air: readonly Air[], d: PeopleDraft, tolerance: readonly number[], tMs: number, dtS: number): void {
  const h = p.health;
  const pe = d.pe;
  // each person is on one list or none, and what happens to one never depends on another: lists, not a scan of everyone
  const inside = census(d).inside;
  for (const i of memoList(untreatedOutside, p, d, tolerance, 0)) {
    if (tMs - pe.outMs[i]! >= h.untreatedSeriousDeathMin * 60000) d.w("st")[i] = DEAD;
  }
  // per node, worked out for the first person found there (NaN: not yet)
  const rates = new Array<number>(air.length).fill(NaN);
  for (const i of inside) {
    const st = pe.st[i]!;
    const tol = tolerance[i] ?? 1;
    const n = pe.node[i]!;
    let rate = rates[n]!;
    if (Number.isNaN(rate)) rates[n] = rate = fedPerMin(p, air[n]!, p.walking.exposureHeightM);
    if (rate <= 0) continue;
    const fed = d.w("fed");
    fed[i] = fed[i]! + (rate * dtS) / 60;
    if (fed[i]! >= h.deathFed * tol) d.w("st")[i] = DEAD;
    else if (fed[i]! >= h.incapacitatedFed * tol && st !== DOWN) {
      // a known (sheltering) person stays known when they collapse; a hidden one stays missing
      if (st === SHELTER) d.w("found")[i] = 1;
      d.w("st")[i] = DOWN;
    }
  }
}

/** Out, incapacitated and untriaged: dying unless treated in time. */
function untreatedOutside(p: P, pe: People, tolerance: readonly number[]): number[] {
  const list: number[] = [];
  for (let i = 0; i < pe.st.length; i++) {
    if (pe.st[i] === OUT && pe.fed[i]! >= p.health.incapacitatedFed * (tolerance[i] ?? 1) && pe.care[i] === 0) list.push(i);
  }
  return list;
}
