/**
 * A scenario ready to run: the validated file, its rules profile, the road graph, the hazard
 * model and id lookups. Built once, never changed; every step reads it.
 */
import { hazardModel } from "./hazards/index.ts";
import type { HazardModel } from "./hazards/types.ts";
import { parseClock, type SimMs } from "./model/time.ts";
import type { RulesProfile } from "./scenario/rules-schema.ts";
import type { AgencyDef, InjectDef, PopulationDef, Scenario, UnitDef } from "./scenario/schema.ts";
import { buildGraph, type RoadGraph } from "./world/graph.ts";
import { hazardOnset } from "./scenario/check-incident.ts";
import { titleWithoutMode } from "./scenario/mode.ts";

export interface Compiled {
  scenario: Scenario;
  rules: RulesProfile;
  graph: RoadGraph;
  hazard: HazardModel<unknown>;
  tickMs: SimMs;
  durationMs: SimMs;
  /** when the accident occurs (scenario `incidentAt`, else the hazard's onset): occurrence clocks start here */
  incidentAtMs: SimMs;
  /** when the incident unit found it or its warning signs (scenario `incidentFoundAt`, else the incident's time) */
  foundAtMs: SimMs;
  agencies: ReadonlyMap<string, AgencyDef>;
  units: ReadonlyMap<string, UnitDef>;
  groups: ReadonlyMap<string, PopulationDef>;
  injects: ReadonlyMap<string, InjectDef & { atMs?: SimMs }>;
  /** weather entries with their start times, ascending */
  weather: ReadonlyArray<{ atMs: SimMs; w: Scenario["weather"][number] }>;
  /** tasks any unit may be sent to do: the hazard model's plus the generic ones */
  tasks: ReadonlySet<string>;
}

/** Tasks understood outside any hazard model (people, knowledge, linkage). */
export const GENERIC_TASKS = [
  "rescue", "treat", "transport", "monitor", "detect", "weatherObs", "traffic", "cordonGuard", "evacuate",
  "decontaminate", "command", "standby",
] as const;

export function compile(scenario: Scenario, rules: RulesProfile): Compiled {
  const hazard = hazardModel(scenario.hazard.model);
  // the accident: as the scenario says it, else the hazard's own onset (the drill's start when it has none)
  const incidentAt = scenario.incidentAt !== undefined ? (parseClock(scenario.incidentAt) ?? 0) : (hazardOnset(scenario)?.ms ?? 0);
  return {
    // the drill's mode is its own setting, never the title's words (scenario/mode.ts)
    scenario: { ...scenario, title: titleWithoutMode(scenario.title) },
    rules,
    graph: buildGraph(scenario),
    hazard,
    tickMs: scenario.clock.tickS * 1000,
    durationMs: parseClock(scenario.clock.duration) ?? 0,
    incidentAtMs: incidentAt,
    foundAtMs: scenario.incidentFoundAt !== undefined ? (parseClock(scenario.incidentFoundAt) ?? 0) : incidentAt,
    agencies: new Map(scenario.agencies.map((a) => [a.id, a])),
    units: new Map(scenario.units.map((u) => [u.id, u])),
    groups: new Map(scenario.populations.map((g) => [g.id, g])),
    injects: new Map(scenario.injects.map((i) => [i.id, { ...i, ...(i.at ? { atMs: parseClock(i.at)! } : {}) }])),
    weather: scenario.weather.map((w) => ({ atMs: parseClock(w.at)!, w })),
    tasks: new Set([...GENERIC_TASKS, ...Object.keys(hazard.tasks)]),
  };
}

export function weatherAt(c: Compiled, tMs: SimMs): Scenario["weather"][number] {
  let current = c.weather[0]!.w;
  for (const e of c.weather) if (e.atMs <= tMs) current = e.w;
  return current;
}
