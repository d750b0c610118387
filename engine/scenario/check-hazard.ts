/** Cross-reference checks for each hazard block: one function per model, registered here. */
import type { PathSegment } from "./problems.ts";
import type { Scenario } from "./schema.ts";
import { checkBuildingFire } from "./check-building-fire.ts";
import { checkMineFlood } from "./check-mine-flood.ts";

export interface Finding {
  path: PathSegment[];
  message: string;
  expected?: string;
}

type HazardCheck = (scenario: Scenario) => Finding[];

const placeIds = (s: Scenario) => new Set(s.map.places.map((p) => p.id));

const checks: Record<string, HazardCheck> = {
  "building-fire": checkBuildingFire,
  "mine-flood": checkMineFlood,
  "chemical-release": (s) => {
    const h = s.hazard;
    const out: Finding[] = [];
    if (h.model !== "chemical-release") return out;
    if (!placeIds(s).has(h.source)) out.push({ path: ["hazard", "source"], message: `no place "${h.source}"`, expected: "a place id from map.places" });
    return out;
  },
};

export function checkHazard(scenario: Scenario): Finding[] {
  return checks[scenario.hazard.model]?.(scenario) ?? [];
}

/** Models added by other modules register their checks here. */
export function registerHazardCheck(model: string, check: HazardCheck): void {
  checks[model] = check;
}
