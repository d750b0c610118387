/**
 * Source term (hazards.md §1.2, drill-grade): a flashing liquefied gas leaking through a hole
 * below the liquid level. Liquid Bernoulli rate with head, reduced for two-phase flow; the
 * airborne share is min(1, 2·flash fraction); the rest rains out.
 */
import type { ChemicalReleaseParams } from "../../scenario/hazard-chemical.ts";
import { CHEMICALS, vapourPressurePa } from "./properties.ts";

const G = 9.81;
const P_ATM = 101_325;

/** Liquid discharge rate (kg/s) through `areaM2` for the scenario's tank. */
export function liquidRateKgS(p: ChemicalReleaseParams, areaM2: number): number {
  if (areaM2 <= 0) return 0;
  const chem = CHEMICALS[p.chemical];
  const rho = chem.rhoLiquid;
  const dp = Math.max(0, vapourPressurePa(chem, p.tankTempC) - P_ATM);
  const bernoulli = p.dischargeCoefficient * areaM2 * Math.sqrt(2 * rho * dp + 2 * rho * rho * G * p.liquidHeadM);
  return bernoulli * p.twoPhaseFactor;
}

/** Flash fraction f_v = c_p·(T_s − T_b)/h_fg (linearised form). */
export function flashFraction(p: ChemicalReleaseParams): number {
  const chem = CHEMICALS[p.chemical];
  const ts = p.tankTempC + 273.15;
  return Math.max(0, (chem.cpLiquid * (ts - chem.boilingK)) / chem.hfg);
}

/** Share of the discharged liquid that becomes airborne (CCPS rule of thumb). */
export function airborneFraction(p: ChemicalReleaseParams): number {
  return Math.min(1, 2 * flashFraction(p));
}
