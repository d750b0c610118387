/** The drill's state before its first tick. */
import type { Compiled } from "./compile.ts";
import { draw } from "./model/rng.ts";
import type { DrillState, GroupState } from "./model/state.ts";

export function init(c: Compiled, seed: number): DrillState {
  const s = c.scenario;
  const sampled = s.casualtyMode === "sampled" ? draw(seed, {}, "casualties", s.populations.length) : undefined;
  const state: DrillState = {
    scenarioId: s.id,
    seed,
    tick: 0,
    tMs: 0,
    ended: false,
    rng: {},
    nextMessage: 1,
    units: [...s.units]
      .sort((a, b) => (a.id < b.id ? -1 : 1))
      .map((u) => ({ id: u.id, status: "available", pos: { ...c.graph.places.get(u.base)! }, at: u.base, crewToxicLoad: 0, crewPeakPpm: 0, exposureFlags: [] })),
    groups: [...s.populations]
      .sort((a, b) => (a.id < b.id ? -1 : 1))
      .map((g) => ({
        id: g.id, status: "normal", count: g.count, indoors: g.indoors, indoorPpm: 0, peakPpm: 0, toxicLoad: 0,
        acute: { deaths: 0, seriousInjuries: 0, injured: 0 }, delayedDeaths: 0, scripted: { deaths: 0, seriousInjuries: 0, injured: 0 }, treated: 0,
      })),
    hazard: c.hazard.init(s),
    cordons: [],
    warnings: [],
    casualties: { deaths: 0, seriousInjuries: 0, injured: 0, missing: 0, exposed: 0, evacuated: 0, trapped: 0 },
    lossCNY: 0,
    grade: 4,
    obligations: [],
    knowledge: [...s.agencies]
      .sort((a, b) => (a.id < b.id ? -1 : 1))
      .map((a) => ({ agency: a.id, inbox: [], knownCasualties: { deaths: 0, seriousInjuries: 0, injured: 0, missing: 0 }, claimedCasualties: { deaths: 0, seriousInjuries: 0, injured: 0, missing: 0 }, facts: [], readings: [], acted: {} })),
    messages: [],
    injectsFired: [],
    injectsPending: [],
  };
  if (!sampled) return state;
  // one draw per group, in id order, from the "casualties" stream
  const groups: GroupState[] = state.groups.map((g, i) => ({ ...g, draw: sampled.values[i]! }));
  return { ...state, groups, rng: sampled.streams };
}
