/**
 * Where a unit's work is (review 8 chemical item 1: a unit sent to the wrong place must not do the
 * work of the right one). A hazard task acts on something at a place of the scenario (the leaking
 * tank, the burning building and its casualties, the mine's site: HazardModel.workPlace); a unit
 * works on it only while it stands within reach of that place:
 *
 *   in reach ⇔ distance(unit's place, work's place) ≤ WORK_REACH_M   (scenario map coordinates, metres)
 *
 * WORK_REACH_M = 150 m: one site (a tank farm and its apron; a school building and its playground
 * 100 m off); the next place on the shipped maps, a plant gate 228 m from the tank or a school gate
 * 234 m from the building, is another place. 本县设定: no norm gives the distance (a plugging kit is
 * hands-on, a portable monitor throws 40–60 m, five hose lengths are about 100 m).
 *
 * Out of reach, the unit's task fails when it is set up (advance.ts), as a task it lacks the
 * capability for does: event taskFailed, code "outOfReach", params {place: the work place's name,
 * distanceM: whole metres}; the unit stays on scene, free for a new order. Pure and total: an
 * unknown place is out of reach, nothing throws.
 */
import type { PlaceId } from "../model/ids.ts";
import type { Coded } from "../model/params.ts";
import type { Scenario } from "../scenario/schema.ts";

export const WORK_REACH_M = 150;

/** Distance in whole metres between two of the scenario's places; Infinity when either is unknown. */
export function placeDistanceM(s: Scenario, a: PlaceId, b: PlaceId): number {
  if (a === b) return 0;
  const pa = s.map.places.find((p) => p.id === a);
  const pb = s.map.places.find((p) => p.id === b);
  if (!pa || !pb) return Infinity;
  return Math.round(Math.sqrt((pa.x - pb.x) ** 2 + (pa.y - pb.y) ** 2));
}

/** Whether a unit at `place` can work on something at `workPlace`. */
export function inReach(s: Scenario, place: PlaceId, workPlace: PlaceId): boolean {
  return placeDistanceM(s, place, workPlace) <= WORK_REACH_M;
}

/** The failure of a task whose work at `workPlace` is out of reach of `place`. */
export function outOfReach(s: Scenario, place: PlaceId, workPlace: PlaceId): Coded {
  const d = placeDistanceM(s, place, workPlace);
  const name = s.map.places.find((p) => p.id === workPlace)?.name ?? workPlace;
  return { code: "outOfReach", params: { place: name, ...(Number.isFinite(d) ? { distanceM: d } : {}) } };
}
