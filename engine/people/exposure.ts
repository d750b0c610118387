/**
 * Exposure and casualties of map-level population groups to an airborne toxic (hazards.md
 * §1.5–1.6): outdoor concentration from the hazard model, indoor by infiltration
 * C_in ← C_out + (C_in − C_out)·e^{−λΔt}, toxic load Σ Cⁿ·Δt, and expected casualties:
 * deaths by the chemical's probit, serious injuries (acute poisoning) and injuries by a
 * log-normal spread around the AEGL-3 and AEGL-2 loads. Expected-value mode: no draws.
 */
import { dexp, dlog, dpow, normalCdf } from "../model/detmath.ts";
import type { GroupState } from "../model/state.ts";
import type { Toxicology } from "../hazards/types.ts";

/**
 * Individual susceptibility is log-normal with σ = 0.5 [D]. AEGLs are set to protect nearly
 * everyone, susceptible people included, so a load equal to an AEGL's harms only the most
 * susceptible 5 % (z = 1.645): half the people are harmed at ≈ 2.3 × that load.
 */
/** log-normal spread (σ of ln dose) of individual doses around a group's load */
export const SPREAD = 0.5;
const TAIL_Z = 1.645;
/** children and the elderly take a larger effective dose [D: a design factor, not a clinical one] */
export const SUSCEPTIBILITY: Record<string, number> = { normal: 1, workers: 1, children: 1.5, elderly: 1.5 };
/** sheltering (windows shut, ventilation off) cuts air exchange to a quarter [GK: hazards.md §1.5] */
const SHELTER_ACH_FACTOR = 0.25;

export interface ExposureInput {
  outdoorPpm: number;
  dtS: number;
  airChangesPerHour: number;
  vulnerability: string;
  /**
   * Share of the group still at its place: 1, except while evacuating, when people leave
   * evenly over the evacuation time. Those who left breathe clean air, so the group's
   * (average person's) load grows by C^n·Δt × this share [D: a mean-dose approximation].
   */
  remaining?: number;
}

/** Advance one group's exposure by dt. People who have left are no longer exposed. */
export function exposeGroup(g: GroupState, x: ExposureInput, tox: Toxicology): GroupState {
  if (g.status === "evacuated" || g.count === 0) return g;
  const outdoors = !g.indoors || g.status === "evacuating";
  // the air of the building the group is in, or will shelter in, is tracked even while its people are
  // outside: people who get in later breathe what has leaked in by then, not clean air
  const closedUp = g.status === "sheltered" && g.indoors;
  const ach = x.airChangesPerHour * (closedUp ? SHELTER_ACH_FACTOR : 1);
  const indoorPpm = x.outdoorPpm + (g.indoorPpm - x.outdoorPpm) * dexp((-ach / 3600) * x.dtS);
  const c = outdoors ? x.outdoorPpm : indoorPpm;
  if (c <= 0 && g.toxicLoad === 0 && indoorPpm === g.indoorPpm) return g;
  const load = g.toxicLoad + dpow(c, tox.probitN) * (x.dtS / 60) * (x.remaining ?? 1);
  return { ...g, indoorPpm, peakPpm: Math.max(g.peakPpm, c), toxicLoad: load, acute: casualtyShares(load * (SUSCEPTIBILITY[x.vulnerability] ?? 1), tox, g.count, g.acute) };
}

/** Toxic load (ppm^n·min) equal to breathing the 60-min AEGL for 60 minutes. */
export function thresholdLoad(aeglPpm: number, tox: Toxicology): number {
  return dpow(aeglPpm, tox.probitN) * 60;
}

/**
 * The AEGL threshold loads an effective load passed between two exposure steps, with the moment
 * it did: the load grows linearly over the step (the step's concentration is held constant, as
 * exposeGroup does), so for a load going L0 → L1 over [fromMs, fromMs + dtMs] the threshold TL is
 * reached at fromMs + (TL − L0)/(L1 − L0)·dtMs, rounded to whole ms. For a constant C from t = 0
 * this is exactly TL/Cⁿ minutes, whatever the tick length. Loads only grow, so each level is
 * passed once. Loads are effective ones (× susceptibility, as updateOutcome counts the exposed).
 */
export function thresholdsCrossed(l0: number, l1: number, fromMs: number, dtMs: number, tox: Toxicology): Array<{ level: "aegl2" | "aegl3"; atMs: number }> {
  const out: Array<{ level: "aegl2" | "aegl3"; atMs: number }> = [];
  if (!(l1 > l0)) return out;
  for (const [level, aegl] of [["aegl2", tox.aegl2], ["aegl3", tox.aegl3]] as const) {
    const tl = thresholdLoad(aegl, tox);
    if (l0 < tl && l1 >= tl) out.push({ level, atMs: fromMs + Math.round(((tl - l0) / (l1 - l0)) * dtMs) });
  }
  return out;
}

/** Expected deaths, serious injuries and injuries in a group of `count` with effective load `load`. */
export function casualtyShares(load: number, tox: Toxicology, count: number, previous: GroupState["acute"]): GroupState["acute"] {
  if (load <= 0) return previous;
  const pDeath = normalCdf(tox.probitA + tox.probitB * dlog(load) - 5);
  const pSerious = Math.max(0, normalCdf(dlog(load / thresholdLoad(tox.aegl3, tox)) / SPREAD - TAIL_Z) - pDeath);
  const pInjured = Math.max(0, normalCdf(dlog(load / thresholdLoad(tox.aegl2, tox)) / SPREAD - TAIL_Z) - pSerious - pDeath);
  return {
    deaths: count * pDeath,
    seriousInjuries: count * pSerious,
    injured: count * pInjured,
  };
}

/**
 * Untreated serious injuries turn fatal over hours (the "golden hour"; hazards.md §4.3 [R]):
 * a hazard rate of 5 % per hour for those nobody has treated.
 */
const UNTREATED_DEATH_RATE_PER_H = 0.05;

export function progressInjuries(g: GroupState, dtS: number): GroupState {
  const untreated = Math.max(0, g.acute.seriousInjuries - g.delayedDeaths - g.treated);
  if (untreated <= 0) return g;
  return { ...g, delayedDeaths: g.delayedDeaths + untreated * UNTREATED_DEATH_RATE_PER_H * (dtS / 3600) };
}

/** A group's expected casualties: acute ones, with untreated serious injuries that died moved to deaths; plus scripted ones. */
export function groupCasualties(g: GroupState): { deaths: number; seriousInjuries: number; injured: number } {
  return {
    deaths: g.acute.deaths + g.delayedDeaths + g.scripted.deaths,
    seriousInjuries: Math.max(0, g.acute.seriousInjuries - g.delayedDeaths) + g.scripted.seriousInjuries,
    injured: g.acute.injured + g.scripted.injured,
  };
}
