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
import { crewProtectedFor } from "../../engine/units/protection.ts";
import { distance, shortestRoute } from "../../engine/world/graph.ts";

/** The chemical model's ERG geometry (engine/hazards/chemical-release.ts overlay). */
interface Erg {
  isolateM: number;
  centre: XY;
  protectiveActionSquare: XY[];
}

/** per scenario: the chemical model draws its ERG geometry from the scenario and its first weather alone */
const ERG = new WeakMap<Compiled, Erg | null>();

function ergOf(c: Compiled, s: DrillState): Erg | undefined {
  let erg = ERG.get(c);
  if (erg === undefined) {
    erg = (c.hazard.overlay?.(s.hazard, c.scenario) as { erg?: Erg } | null | undefined)?.erg ?? null;
    ERG.set(c, erg);
  }
  return erg ?? undefined;
}

/** Whether `unit`'s crew is protected for `task` in the hot zone (engine/units/protection.ts). */
export function protectedFor(c: Compiled, unit: string, task: string): boolean {
  const def = c.units.get(unit);
  return def !== undefined && crewProtectedFor(def, task);
}

/** A place an unprotected crew must keep out of: inside the ERG isolation circle, or in the AEGL-2 cloud now. */
function inZone(c: Compiled, s: DrillState, erg: Erg | undefined, place: PlaceId): boolean {
  const p = c.graph.places.get(place);
  if (!p) return true;
  return (erg !== undefined && distance(p, erg.centre) <= erg.isolateM) || cloudLevel(c, s, p) >= 2;
}

/**
 * Where to send `unit` for `task` at `place`: the place itself when the crew is protected for the
 * task there, or when the place and the route the engine will drive (its hazard-aware routing) are
 * clear (firstInZone); when only the road is not, the first place of the quickest detour (two clear legs through
 * a place outside the zone: the bot sends the unit on from there, `onward`); otherwise a staging
 * point, the last place on the engine's route before it enters the zone; undefined when even the
 * first leg would (the crew stays where it is). A unit with no road to the place gets the place
 * (the engine refuses the order, and the bot tries another unit).
 */
export function destinationFor(c: Compiled, s: DrillState, unit: string, task: string, place: PlaceId): PlaceId | undefined {
  if (protectedFor(c, unit, task)) return place;
  const u = s.units.find((x) => x.id === unit);
  const def = c.units.get(unit);
  if (!u || !def) return undefined;
  // the ERG circle and square are initial distances: once the source is stopped, only the cloud
  // measured now keeps crews out (ERG 2024: adjust the zones on monitoring once the release ends)
  const erg = c.hazard.summary(s.hazard, s.tMs, c.scenario).controlled ? undefined : ergOf(c, s);
  const route = (from: PlaceId, to: PlaceId) => shortestRoute(c.graph, from, to, def.speedKmh, hazardPenalty(c, s, unit));
  const direct = route(u.at, place);
  if (!direct) return place;
  const blocked = firstInZone(c, s, erg, direct.nodes);
  if (blocked === undefined) return place;
  if (!inZone(c, s, erg, place)) {
    let best: { via: PlaceId; ms: number } | undefined;
    for (const via of c.graph.ids) {
      if (via === u.at || via === place || inZone(c, s, erg, via)) continue;
      const a = route(u.at, via);
      const b = a && route(via, place);
      if (!a || !b || firstInZone(c, s, erg, a.nodes) !== undefined || firstInZone(c, s, erg, b.nodes) !== undefined) continue;
      const ms = a.arriveMs.at(-1)! + b.arriveMs.at(-1)!;
      if (!best || ms < best.ms) best = { via, ms };
    }
    if (best) return best.via;
  }
  return blocked > 1 ? direct.nodes[blocked - 1] : undefined;
}

/**
 * The index of the first place on a route whose road in lies in the cloud, or which lies in the
 * zone, or, short of the route's end, in the downwind protective-action square (where the cloud is
 * going: ERG, approach from upwind); undefined when all is clear.
 */
function firstInZone(c: Compiled, s: DrillState, erg: Erg | undefined, nodes: readonly PlaceId[]): number | undefined {
  for (let i = 1; i < nodes.length; i++) {
    const a = c.graph.places.get(nodes[i - 1]!)!;
    const b = c.graph.places.get(nodes[i]!)!;
    const downwind = i < nodes.length - 1 && erg !== undefined && insideConvex(b, erg.protectiveActionSquare);
    if (cloudLevel(c, s, { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 }) >= 2 || inZone(c, s, erg, nodes[i]!) || downwind) return i;
  }
  return undefined;
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
