/**
 * Routing around the hazard (hazards.md §4.3 hazardTag; ERG: approach from upwind): for a crew
 * without respiratory protection, a road whose midpoint lies in the AEGL-2 cloud costs 3×,
 * in the AEGL-3 cloud 10×. Protected crews (SCBA, Level A) take the shortest road.
 */
import type { Compiled } from "../compile.ts";
import type { XY } from "../model/ids.ts";
import type { DrillState } from "../model/state.ts";
import type { EdgePenalty } from "../world/graph.ts";

/**
 * The airborne cloud's level at a point now: 3 at or above the chemical's 60-min AEGL-3, 2 at or
 * above AEGL-2 (the levels a crew's unitExposed event reports, people/tick.ts), else 0; always 0
 * for hazards without an airborne toxic.
 */
export function cloudLevel(c: Compiled, s: DrillState, p: XY): 0 | 2 | 3 {
  const model = c.hazard;
  const tox = model.toxicology?.(c.scenario);
  if (!tox || !model.concentrationAt) return 0;
  const ppm = model.concentrationAt(s.hazard, p);
  return ppm >= tox.aegl3 ? 3 : ppm >= tox.aegl2 ? 2 : 0;
}

export function hazardPenalty(c: Compiled, s: DrillState, unitId: string): EdgePenalty | undefined {
  const def = c.units.get(unitId);
  const model = c.hazard;
  if (!def || def.protection !== "none" || !model.toxicology?.(c.scenario) || !model.concentrationAt) return undefined;
  return (from, to) => {
    const a = c.graph.places.get(from)!;
    const b = c.graph.places.get(to)!;
    const level = cloudLevel(c, s, { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 });
    return level === 3 ? 10 : level === 2 ? 3 : 1;
  };
}
