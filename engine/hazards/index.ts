/** The hazard models, by the `model` id a scenario names. */
import type { HazardModel } from "./types.ts";
import { chemicalRelease } from "./chemical-release.ts";
import { buildingFire } from "./building-fire.ts";
import { mineFlood } from "./mine-flood.ts";

const MODELS: Record<string, HazardModel<any>> = {
  [chemicalRelease.id]: chemicalRelease,
  [buildingFire.id]: buildingFire,
  [mineFlood.id]: mineFlood,
};

export function hazardModel(id: string): HazardModel<unknown> {
  const m = MODELS[id];
  if (!m) throw new Error(`no hazard model "${id}"`);
  return m as HazardModel<unknown>;
}

/** Every task some hazard model knows (a rules profile checked on its own names no model). */
export function modelTasks(): string[] {
  return Object.values(MODELS).flatMap((m) => Object.keys(m.tasks));
}
