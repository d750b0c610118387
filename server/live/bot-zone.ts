/**
 * Where a rule-based bot may send a crew, and whom it must protect, from the engine's own notion
 * of the hazard: the ERG initial isolation circle and downwind protective-action square the
 * chemical model draws on the director's map (hazard overlay `erg`, hazards.md §1.7), and the
 * airborne cloud at AEGL-2 / AEGL-3 that the engine's routing avoids (units/hazard-routing.ts).
 */
import type { Compiled } from "../../engine/compile.ts";
import type { PlaceId, XY } from "../../engine/model/ids.ts";
import type { DrillState } from "../../engine/model/state.ts";
import { cloudLevel, hazardPenalty } from "../../engine/units/hazard-routing.ts";
import { distance, shortestRoute } from "../../engine/world/graph.ts";

/** The chemical model's ERG geometry (engine/hazards/chemical-release.ts overlay). */
interface Erg {
  isolateM: number;
  centre: XY;
  protectiveActionSquare: XY[];
}

function ergOf(c: Compiled, s: DrillState): Erg | undefined {
  const o = c.hazard.overlay?.(s.hazard, c.scenario) as { erg?: Erg } | null | undefined;
  return o?.erg;
}

/**
 * Whether a crew is protected for `task` in the hot zone: level-A chemical protection, or SCBA
 * doing work its kit is made for (one of its capabilities). This is the rule the evaluator's
 * HOT_ZONE_UNPROTECTED check applies (engine/evaluate/responder-safety.ts); a crew without
 * respiratory protection never is (UNSAFE_ENTRY, engine/evaluate/dispatch.ts).
 */
export function protectedFor(c: Compiled, unit: string, task: string): boolean {
  const def = c.units.get(unit);
  if (!def) return false;
  return def.protection === "levelA" || (def.protection === "scba" && def.capabilities.includes(task));
}

/** A place an unprotected crew must keep out of: inside the ERG isolation circle, or in the AEGL-2 cloud now. */
function inZone(c: Compiled, s: DrillState, erg: Erg | undefined, place: PlaceId): boolean {
  const p = c.graph.places.get(place);
  if (!p) return true;
  return (erg !== undefined && distance(p, erg.centre) <= erg.isolateM) || cloudLevel(c, s, p) >= 2;
}

/**
 * Where to send `unit` for `task` at `place`: the place itself when the crew is protected for
 * the task there or the road and the place are clear; otherwise a staging point, the last place on
 * the route the engine will drive (its hazard-aware routing) before the road enters the zone;
 * undefined when even the first leg would (the crew stays where it is). Units without a road to the
 * place get the place (the engine refuses the order, and the bot tries another).
 */
export function destinationFor(c: Compiled, s: DrillState, unit: string, task: string, place: PlaceId): PlaceId | undefined {
  if (protectedFor(c, unit, task)) return place;
  const u = s.units.find((x) => x.id === unit);
  const def = c.units.get(unit);
  if (!u || !def) return undefined;
  const erg = ergOf(c, s);
  const route = shortestRoute(c.graph, u.at, place, def.speedKmh, hazardPenalty(c, s, unit));
  if (!route) return place;
  const nodes = route.nodes;
  for (let i = 1; i < nodes.length; i++) {
    const a = c.graph.places.get(nodes[i - 1]!)!;
    const b = c.graph.places.get(nodes[i]!)!;
    const road = cloudLevel(c, s, { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 }) >= 2;
    if (road || inZone(c, s, erg, nodes[i]!)) return i > 1 ? nodes[i - 1] : undefined;
  }
  return place;
}

/**
 * The protective action a population group needs now: "evacuate" inside the isolation circle
 * (only evacuation protects there), "shelter" in the downwind protective-action square, else
 * undefined. Hazards without ERG geometry: the people at the incident place evacuate.
 */
export function protectionFor(c: Compiled, s: DrillState, group: string): "evacuate" | "shelter" | undefined {
  const def = c.groups.get(group);
  const p = def ? c.graph.places.get(def.place) : undefined;
  if (!def || !p) return undefined;
  const erg = ergOf(c, s);
  if (!erg) return def.place === c.scenario.incidentPlace ? "evacuate" : undefined;
  if (distance(p, erg.centre) <= erg.isolateM) return "evacuate";
  return insideConvex(p, erg.protectiveActionSquare) ? "shelter" : undefined;
}

/** Point in a convex polygon (vertices in order, either winding). */
function insideConvex(p: XY, poly: readonly XY[]): boolean {
  let sign = 0;
  for (let i = 0; i < poly.length; i++) {
    const a = poly[i]!;
    const b = poly[(i + 1) % poly.length]!;
    const cross = (b.x - a.x) * (p.y - a.y) - (b.y - a.y) * (p.x - a.x);
    if (cross === 0) continue;
    if (sign === 0) sign = Math.sign(cross);
    else if (Math.sign(cross) !== sign) return false;
  }
  return poly.length >= 3;
}
