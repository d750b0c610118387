/**
 * The road graph and shortest-time routes (hazards.md §4.3): Dijkstra on integer milliseconds
 * (world/search.ts), ties broken by place id, so the same query always gives the same route.
 */
import type { PlaceId, XY } from "../model/ids.ts";
import type { SimMs } from "../model/time.ts";
import type { Scenario } from "../scenario/schema.ts";
import { pathTo, shortestPaths } from "./search.ts";

interface Edge {
  to: PlaceId;
  lengthM: number;
  speedKmh: number;
  /** the road (index in map.roads) ×2, +1 when driven from its `to` end: two roads between the same places stay two edges */
  id: number;
}

export interface RoadGraph {
  places: ReadonlyMap<PlaceId, XY>;
  edges: ReadonlyMap<PlaceId, readonly Edge[]>;
  /** place ids in id order: a place's index is its rank, so search ties break by place id */
  ids: readonly PlaceId[];
  index: ReadonlyMap<PlaceId, number>;
}

export interface Route {
  nodes: PlaceId[];
  /** ms from departure to reach each node (0 for the first) */
  arriveMs: SimMs[];
}

export function buildGraph(s: Scenario): RoadGraph {
  const places = new Map<PlaceId, XY>(s.map.places.map((p) => [p.id, { x: p.x, y: p.y }]));
  const edges = new Map<PlaceId, Edge[]>();
  const add = (from: PlaceId, e: Edge) => edges.set(from, [...(edges.get(from) ?? []), e]);
  s.map.roads.forEach((r, i) => {
    const a = places.get(r.from)!;
    const b = places.get(r.to)!;
    const lengthM = r.lengthM ?? Math.sqrt((a.x - b.x) ** 2 + (a.y - b.y) ** 2);
    add(r.from, { to: r.to, lengthM, speedKmh: r.speedKmh, id: 2 * i });
    if (!r.oneway) add(r.to, { to: r.from, lengthM, speedKmh: r.speedKmh, id: 2 * i + 1 });
  });
  const ids = [...places.keys()].sort();
  return { places, edges, ids, index: new Map(ids.map((id, i) => [id, i])) };
}

/** ms to drive an edge at the slower of the road's and the vehicle's speed. */
function edgeMs(e: Edge, vehicleKmh: number): number {
  const kmh = Math.min(e.speedKmh, vehicleKmh);
  return Math.round((e.lengthM / (kmh / 3.6)) * 1000);
}

/** A cost multiplier for driving from one place to the next (≥ 1), e.g. through a toxic cloud. */
export type EdgePenalty = (from: PlaceId, to: PlaceId) => number;

/**
 * The quickest route by road (world/search.ts: edge-aware Dijkstra, ties by place id), with the
 * driving time to each place on the roads the route actually took. undefined when unreachable.
 */
export function shortestRoute(g: RoadGraph, from: PlaceId, to: PlaceId, vehicleKmh: number, penalty?: EdgePenalty): Route | undefined {
  const src = g.index.get(from);
  const dst = g.index.get(to);
  if (src === undefined || dst === undefined) return undefined;
  const byId = new Map<number, Edge>();
  const r = shortestPaths(g.ids.length, [{ node: src, cost: 0 }], (u) => (g.edges.get(g.ids[u]!) ?? []).map((e) => {
    byId.set(e.id, e);
    return { to: g.index.get(e.to)!, edge: e.id, cost: edgeMs(e, vehicleKmh) * (penalty ? penalty(g.ids[u]!, e.to) : 1) };
  }), dst);
  if (!(r.cost[dst]! < Infinity)) return undefined;
  const path = pathTo(r, dst);
  // arrival times are driving times on the roads taken, whatever penalties chose the route
  const arriveMs = [0];
  for (const id of path.edges) arriveMs.push(arriveMs[arriveMs.length - 1]! + edgeMs(byId.get(id)!, vehicleKmh));
  return { nodes: [from, ...path.nodes.map((i) => g.ids[i]!)], arriveMs };
}

/** Every place reachable from `from` by road, by direction (a one-way road counts one way only). */
export function reachableFrom(g: RoadGraph, from: PlaceId): Set<PlaceId> {
  const src = g.index.get(from);
  if (src === undefined) return new Set();
  const r = shortestPaths(g.ids.length, [{ node: src, cost: 0 }], (u) => (g.edges.get(g.ids[u]!) ?? []).map((e) => ({ to: g.index.get(e.to)!, edge: e.id, cost: 1 })));
  return new Set(g.ids.filter((_, i) => r.cost[i]! < Infinity));
}

/** Position along a route `elapsedMs` after departure (straight lines between nodes). */
export function positionOnRoute(g: RoadGraph, route: Route, elapsedMs: SimMs): { pos: XY; lastNode: PlaceId } {
  const n = route.nodes.length;
  if (elapsedMs >= route.arriveMs[n - 1]!) return { pos: g.places.get(route.nodes[n - 1]!)!, lastNode: route.nodes[n - 1]! };
  for (let i = 1; i < n; i++) {
    const t1 = route.arriveMs[i]!;
    if (elapsedMs < t1) {
      const t0 = route.arriveMs[i - 1]!;
      const a = g.places.get(route.nodes[i - 1]!)!;
      const b = g.places.get(route.nodes[i]!)!;
      const f = t1 === t0 ? 1 : (elapsedMs - t0) / (t1 - t0);
      return { pos: { x: a.x + (b.x - a.x) * f, y: a.y + (b.y - a.y) * f }, lastNode: route.nodes[i - 1]! };
    }
  }
  return { pos: g.places.get(route.nodes[0]!)!, lastNode: route.nodes[0]! };
}

export function distance(a: XY, b: XY): number {
  return Math.sqrt((a.x - b.x) ** 2 + (a.y - b.y) ** 2);
}
