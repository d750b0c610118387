/**
 * The people subsystem's tick: exposure of population groups and of responders' crews to an
 * airborne toxic (every EXPOSURE_STEP_MS), and treatment by units working "treat".
 */
import type { Toxicology } from "../hazards/types.ts";
import type { UnitState } from "../model/state.ts";
import { emit, type Tx } from "../tx.ts";
import { distance } from "../world/graph.ts";
import { casualtyShares, exposeGroup, progressInjuries, SUSCEPTIBILITY, thresholdsCrossed } from "./exposure.ts";
import { dpow } from "../model/detmath.ts";
import { cadence } from "../model/time.ts";

export const EXPOSURE_STEP_MS = 10_000;
/** patients one treating unit stabilises per minute [D], and how far from its place it reaches */
const TREAT_PER_UNIT_PER_MIN = 0.2;
const TREAT_RADIUS_M = 1500;
/** share of the outside concentration reaching the wearer [GK: assigned protection factors] */
const PROTECTION_FACTOR = { none: 1, scba: 0.0001, levelA: 0 } as const;

export function tickPeople(tx: Tx): void {
  // dose for the simulated time that actually passed since the last exposure step, whatever the tick
  const dtMs = cadence(tx.t, tx.c.tickMs, EXPOSURE_STEP_MS);
  if (dtMs === undefined) return;
  const dtS = dtMs / 1000;
  const model = tx.c.hazard;
  const tox = model.toxicology?.(tx.c.scenario);
  if (tox && model.concentrationAt) {
    for (let i = 0; i < tx.s.groups.length; i++) {
      const g = tx.s.groups[i]!;
      const def = tx.c.groups.get(g.id)!;
      const outdoorPpm = g.status === "evacuated" ? 0 : model.concentrationAt(tx.s.hazard, tx.c.graph.places.get(def.place)!);
      const remaining = g.status === "evacuating" ? Math.min(1, Math.max(0, ((g.evacuationDoneMs ?? tx.t) - tx.t) / (def.evacuationMin * 60_000))) : 1;
      const next = exposeGroup(g, { outdoorPpm, dtS, airChangesPerHour: def.airChangesPerHour, vulnerability: def.vulnerability, remaining }, tox);
      // the moment the load reached AEGL-2 / AEGL-3 dates the exposure findings (issue 10 §8)
      const vul = SUSCEPTIBILITY[def.vulnerability] ?? 1;
      for (const x of thresholdsCrossed(g.toxicLoad * vul, next.toxicLoad * vul, tx.t - dtMs, dtMs, tox)) {
        emit(tx, { type: "groupExposed", group: g.id, level: x.level, crossedAtMs: x.atMs, count: g.count });
      }
      tx.s.groups[i] = next;
    }
    for (let i = 0; i < tx.s.units.length; i++) {
      const u = tx.s.units[i]!;
      if (u.status === "available") continue;
      tx.s.units[i] = exposeCrew(tx, u, model.concentrationAt(tx.s.hazard, u.pos), dtS, tox);
    }
  }
  treat(tx, dtS);
  for (let i = 0; i < tx.s.groups.length; i++) tx.s.groups[i] = progressInjuries(tx.s.groups[i]!, dtS);
}

function exposeCrew(tx: Tx, u: UnitState, ppm: number, dtS: number, tox: Toxicology): UnitState {
  if (ppm <= 0) return u;
  const def = tx.c.units.get(u.id)!;
  const inside = ppm * PROTECTION_FACTOR[def.protection];
  let flags = u.exposureFlags;
  // one event per new level reached; crossing both at once reports the higher only
  const reached = ([["aegl2", tox.aegl2], ["aegl3", tox.aegl3]] as const).filter(([level, aegl]) => ppm >= aegl && !flags.includes(level));
  if (reached.length > 0) {
    flags = [...flags, ...reached.map(([level]) => level)];
    emit(tx, { type: "unitExposed", unit: u.id, level: reached[reached.length - 1]![0], protected: def.protection !== "none", ppm: Math.round(ppm * 10) / 10 });
  }
  return { ...u, exposureFlags: flags, crewPeakPpm: Math.max(u.crewPeakPpm, inside), crewToxicLoad: u.crewToxicLoad + dpow(inside, tox.probitN) * (dtS / 60) };
}

/** Expected casualties among a unit's crew from its toxic load (the same dose–response as the public). */
export function crewCasualties(u: UnitState, crew: number, tox: Toxicology): { deaths: number; seriousInjuries: number; injured: number } {
  return casualtyShares(u.crewToxicLoad, tox, crew, { deaths: 0, seriousInjuries: 0, injured: 0 });
}

function treat(tx: Tx, dtS: number): void {
  const treaters = tx.s.units.filter((u) => u.status === "working" && u.task === "treat");
  if (treaters.length === 0) return;
  for (let i = 0; i < tx.s.groups.length; i++) {
    const g = tx.s.groups[i]!;
    const place = tx.c.graph.places.get(tx.c.groups.get(g.id)!.place)!;
    const near = treaters.filter((u) => distance(u.pos, place) <= TREAT_RADIUS_M).length;
    if (near === 0) continue;
    const needing = g.acute.seriousInjuries + g.scripted.seriousInjuries - g.delayedDeaths;
    if (g.treated >= needing) continue;
    const treated = Math.min(needing, g.treated + near * TREAT_PER_UNIT_PER_MIN * (dtS / 60));
    tx.s.groups[i] = { ...g, treated };
  }
}
