/**
 * Chemical properties and toxicology (hazards.md §1.2, §1.6). Values tagged [GK] there are
 * textbook values to verify against DIPPR / the EPA AEGL tables before claiming authority.
 */
import type { Toxicology } from "../types.ts";

export interface ChemicalProperties {
  name: { zh: string; en: string };
  un: string;
  /** g/mol */
  mw: number;
  /** normal boiling point, K */
  boilingK: number;
  /** latent heat at the boiling point, J/kg */
  hfg: number;
  /** liquid heat capacity, J/(kg·K) */
  cpLiquid: number;
  /** liquid density at 20 °C, kg/m³ */
  rhoLiquid: number;
  /** vapour pressure table: [°C, bar abs], ascending */
  vapourPressure: ReadonlyArray<readonly [number, number]>;
  toxicology: Toxicology;
  /** 10-minute AEGL-3, ppm: short high exposures */
  aegl3TenMin: number;
  idlh: number;
}

export const CHEMICALS: Record<"chlorine" | "ammonia", ChemicalProperties> = {
  chlorine: {
    name: { zh: "氯气", en: "chlorine" },
    un: "UN1017",
    mw: 70.9,
    boilingK: 239.1,
    hfg: 288_000,
    cpLiquid: 930,
    rhoLiquid: 1410,
    vapourPressure: [[-30, 1.2], [-20, 1.8], [-10, 2.6], [0, 3.7], [10, 5.0], [20, 6.8], [30, 8.9], [40, 11.5], [50, 14.6]],
    // AEGL 60-min (NRC Vol. 4); probit Pr = −8.29 + 0.92·ln(ΣC²·t[min]) (CCPS / Crowl & Louvar)
    toxicology: { aegl1: 0.5, aegl2: 2.0, aegl3: 20, probitA: -8.29, probitB: 0.92, probitN: 2 },
    aegl3TenMin: 50,
    idlh: 10,
  },
  ammonia: {
    name: { zh: "液氨", en: "ammonia" },
    un: "UN1005",
    mw: 17.03,
    boilingK: 239.8,
    hfg: 1_370_000,
    cpLiquid: 4700,
    rhoLiquid: 610,
    vapourPressure: [[-30, 1.2], [-20, 1.9], [-10, 2.9], [0, 4.3], [10, 6.2], [20, 8.6], [30, 11.7], [40, 15.5], [50, 20.3]],
    toxicology: { aegl1: 30, aegl2: 160, aegl3: 1100, probitA: -35.9, probitB: 1.85, probitN: 2 },
    aegl3TenMin: 2700,
    idlh: 300,
  },
};

/** Vapour pressure (Pa) at a temperature, by linear interpolation in the table. */
export function vapourPressurePa(chem: ChemicalProperties, tempC: number): number {
  const t = chem.vapourPressure;
  const first = t[0]!;
  const last = t[t.length - 1]!;
  if (tempC <= first[0]) return first[1] * 1e5;
  if (tempC >= last[0]) return last[1] * 1e5;
  for (let i = 1; i < t.length; i++) {
    const [c1, p1] = t[i]!;
    const [c0, p0] = t[i - 1]!;
    if (tempC <= c1) return (p0 + ((p1 - p0) * (tempC - c0)) / (c1 - c0)) * 1e5;
  }
  return last[1] * 1e5;
}

/** kg/m³ of gas → ppm (v/v) at 25 °C, 1 atm: C[mg/m³] = C[ppm]·MW/24.45. */
export function kgm3ToPpm(chem: ChemicalProperties, kgm3: number): number {
  return (kgm3 * 1e6 * 24.45) / chem.mw;
}
