/**
 * Routing around the hazard (hazards.md §4.3 hazardTag; ERG: approach from upwind): for a crew
 * without respiratory protection, a road whose midpoint lies in the AEGL-2 cloud costs 3×,
 * in the AEGL-3 cloud 10×. Protected crews (SCBA, Level A) take the shortest road.
 */
import type { Compiled } from "../compile.ts";
import type { DrillState } from "../model/state.ts";
import type { EdgePenalty } from "../world/graph.ts";

export function hazardPenalty(c: Compiled, s: DrillState, unitId: string): EdgePenalty | undefined {
  const def = c.units.get(unitId);
  const model = c.hazard;
  const tox = model.toxicology?.(c.scenario);
  if (!def || def.protection !== "none" || !tox || !model.concentrationAt) return undefined;
  return (from, to) => {
    const a = c.graph.places.get(from)!;
    const b = c.graph.places.get(to)!;
    const ppm = model.concentrationAt!(s.hazard, { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 });
    return ppm >= tox.aegl3 ? 10 : ppm >= tox.aegl2 ? 3 : 1;
  };
}
