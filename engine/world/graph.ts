/**
 * The road graph and shortest-time routes (hazards.md §4.3): Dijkstra on integer milliseconds,
 * ties broken by place id, so the same query always gives the same route.
 */
import type { PlaceId, XY } from "../model/ids.ts";
import type { SimMs } from "../model/time.ts";
import type { Scenario } from "../scenario/schema.ts";

interface Edge {
  to: PlaceId;
  lengthM: number;
  speedKmh: number;
}

export interface RoadGraph {
  places: ReadonlyMap<PlaceId, XY>;
  edges: ReadonlyMap<PlaceId, readonly Edge[]>;
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
  for (const r of s.map.roads) {
    const a = places.get(r.from)!;
    const b = places.get(r.to)!;
    const lengthM = r.lengthM ?? Math.sqrt((a.x - b.x) ** 2 + (a.y - b.y) ** 2);
    add(r.from, { to: r.to, lengthM, speedKmh: r.speedKmh });
    if (!r.oneway) add(r.to, { to: r.from, lengthM, speedKmh: r.speedKmh });
  }
  for (const list of edges.values()) list.sort((x, y) => (x.to < y.to ? -1 : x.to > y.to ? 1 : 0));
  return { places, edges };
}

/** ms to drive an edge at the slower of the road's and the vehicle's speed. */
function edgeMs(e: Edge, vehicleKmh: number): number {
  const kmh = Math.min(e.speedKmh, vehicleKmh);
  return Math.round((e.lengthM / (kmh / 3.6)) * 1000);
}

/** A cost multiplier for driving from one place to the next (≥ 1), e.g. through a toxic cloud. */
export type EdgePenalty = (from: PlaceId, to: PlaceId) => number;

export function shortestRoute(g: RoadGraph, from: PlaceId, to: PlaceId, vehicleKmh: number, penalty?: EdgePenalty): Route | undefined {
  if (!g.places.has(from) || !g.places.has(to)) return undefined;
  const dist = new Map<PlaceId, number>([[from, 0]]);
  const prev = new Map<PlaceId, PlaceId>();
  const done = new Set<PlaceId>();
  // The graphs are small (tens to hundreds of places): a linear scan for the minimum is enough.
  const open = new Set<PlaceId>([from]);
  while (open.size > 0) {
    let best: PlaceId | undefined;
    let bestD = Infinity;
    for (const p of open) {
      const d = dist.get(p)!;
      if (d < bestD || (d === bestD && best !== undefined && p < best)) {
        best = p;
        bestD = d;
      }
    }
    const u = best!;
    open.delete(u);
    done.add(u);
    if (u === to) break;
    for (const e of g.edges.get(u) ?? []) {
      if (done.has(e.to)) continue;
      const nd = bestD + edgeMs(e, vehicleKmh) * (penalty ? penalty(u, e.to) : 1);
      const old = dist.get(e.to);
      if (old === undefined || nd < old || (nd === old && u < (prev.get(e.to) ?? "\uffff"))) {
        dist.set(e.to, nd);
        prev.set(e.to, u);
        open.add(e.to);
      }
    }
  }
  if (!dist.has(to)) return undefined;
  const nodes: PlaceId[] = [to];
  while (nodes[0] !== from) nodes.unshift(prev.get(nodes[0]!)!);
  // arrival times are driving times, whatever penalties chose the route
  const arriveMs = [0];
  for (let i = 1; i < nodes.length; i++) {
    const e = g.edges.get(nodes[i - 1]!)!.find((x) => x.to === nodes[i])!;
    arriveMs.push(arriveMs[i - 1]! + edgeMs(e, vehicleKmh));
  }
  return { nodes, arriveMs };
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
