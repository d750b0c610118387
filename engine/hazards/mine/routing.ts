/**
 * Walking the roadways: speed from slope and water depth (hazards.md §3.5), and shortest-time
 * routes on the current water (the engine's one search, world/search.ts; ties broken by node index).
 */
import type { Depths } from "./depth.ts";
import { shortestPaths } from "../../world/search.ts";
import type { Net } from "./network.ts";

type Table = ReadonlyArray<readonly [number, number]>;

/** f(h) for wading: 1.0 to 0.2 m, 0.6 at 0.5, 0.35 at 0.8, 0.15 at 1.1 (hazards.md §3.5 [GK]). */
const DEPTH: Table = [[0, 1], [0.2, 1], [0.5, 0.6], [0.8, 0.35], [1.1, 0.15]];
/** Uphill and downhill grade factors, Tobler-like (level 1.0; 10–25 % uphill ≈ 0.5–0.8 of level). */
const UP: Table = [[0, 1], [0.05, 0.9], [0.1, 0.75], [0.2, 0.55], [0.3, 0.4], [0.5, 0.25]];
const DOWN: Table = [[0, 1], [0.1, 1], [0.2, 0.85], [0.3, 0.7], [0.5, 0.5]];

function interp(t: Table, x: number): number {
  if (x <= t[0]![0]) return t[0]![1];
  for (let i = 1; i < t.length; i++) {
    const [x1, y1] = t[i]!;
    const [x0, y0] = t[i - 1]!;
    if (x <= x1) return y0 + ((y1 - y0) * (x - x0)) / (x1 - x0);
  }
  return t[t.length - 1]![1];
}

export interface Walker {
  /** level, dry roadway speed */
  walkMs: number;
  /** speed in a shaft (cage) */
  shaftMs: number;
  /** deepest water this walker will enter */
  maxDepthM: number;
}

/** m/s along a segment from `from`, in water `depthM` deep; 0 when impassable. */
export function speed(net: Net, w: Walker, seg: number, from: number, depthM: number): number {
  if (depthM >= w.maxDepthM) return 0;
  const e = net.segs[seg]!;
  if (e.kind === "shaft") return w.shaftMs;
  const grade = (e.zHi - e.zLo) / e.lengthM;
  const slope = from === e.lo ? interp(UP, grade) : interp(DOWN, grade);
  return w.walkMs * slope * interp(DEPTH, depthM);
}

/** Seconds to walk a whole segment now, or Infinity (walled, or water at or above the walker's limit). */
export function crossS(net: Net, d: Depths, blocked: readonly boolean[], w: Walker, seg: number, from: number): number {
  if (blocked[seg]) return Infinity;
  const v = speed(net, w, seg, from, d.segMax[seg]!);
  return v > 0 ? net.segs[seg]!.lengthM / v : Infinity;
}

/** Shortest times from `from` to every node (Infinity where unreachable) and the predecessor tree (world/search.ts). */
export function explore(net: Net, d: Depths, blocked: readonly boolean[], w: Walker, from: number): { timeS: number[]; prev: number[] } {
  const r = shortestPaths(net.ids.length, [{ node: from, cost: 0 }], (u) => net.adj[u]!.map((nb) => ({ to: nb.to, edge: nb.seg, cost: crossS(net, d, blocked, w, nb.seg, u) })));
  return { timeS: r.cost, prev: r.prevNode };
}

/** The quickest reachable goal and the path to it (excluding `from`), or null. */
export function routeTo(net: Net, d: Depths, blocked: readonly boolean[], w: Walker, from: number, goal: (n: number) => boolean): { path: number[]; timeS: number } | null {
  const { timeS, prev } = explore(net, d, blocked, w, from);
  let best = -1;
  for (let i = 0; i < timeS.length; i++) if (goal(i) && timeS[i]! < Infinity && (best < 0 || timeS[i]! < timeS[best]!)) best = i;
  if (best < 0) return null;
  return { path: pathTo(prev, from, best), timeS: timeS[best]! };
}

export function pathTo(prev: readonly number[], from: number, to: number): number[] {
  const path: number[] = [];
  for (let n = to; n !== from && n >= 0; n = prev[n]!) path.push(n);
  return path.reverse();
}
