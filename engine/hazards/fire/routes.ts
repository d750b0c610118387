/**
 * Escape routes: the time-to-exit of every directed link (door, opening, stair flight), by a
 * backward search from the exits (world/search.ts) with deterministic tie-breaking on the link index. Nodes
 * that are untenable carry a large penalty, so people take a smoke-free route when one exists
 * and a class in a safe room whose every route is smoke-logged knows it is trapped.
 * Memoised per plan and set of untenable nodes: routes change only when tenability does.
 */
import { shortestPaths } from "../../world/search.ts";
import { linkFrom, linkTo, walkM, type Plan } from "./plan.ts";

/** seconds added for crossing an untenable node: any smoke-free alternative wins */
export const PENALTY_S = 10000;
/** nominal speeds for route costs (not for movement) */
const LEVEL_MS = 1.2;
const STAIR_MS = 0.6;

export interface Routes {
  /** time to the open air after crossing link l (standing at its far side) */
  cost: number[];
  /** the next link to take after crossing link l (-1 at an exit or dead end) */
  next: number[];
}

const memo = new WeakMap<Plan, Map<string, Routes>>();
/** the last set asked for per plan: tenability changes seldom, so most substeps ask again for the same */
const last = new WeakMap<Plan, { bad: readonly boolean[]; routes: Routes }>();

export function routesFor(plan: Plan, bad: readonly boolean[]): Routes {
  const l = last.get(plan);
  if (l && sameFlags(l.bad, bad)) return l.routes;
  const routes = routesByKey(plan, bad);
  last.set(plan, { bad: bad.slice(), routes });
  return routes;
}

function sameFlags(a: readonly boolean[], b: readonly boolean[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function routesByKey(plan: Plan, bad: readonly boolean[]): Routes {
  let m = memo.get(plan);
  if (!m) memo.set(plan, (m = new Map()));
  const key = bad.map((b) => (b ? "1" : "0")).join("");
  let r = m.get(key);
  if (!r) {
    if (m.size > 256) m.clear();
    m.set(key, (r = compute(plan, bad)));
  }
  return r;
}

const extraS = (plan: Plan, l: number) => plan.gates[l >> 1]!.lengthM / STAIR_MS;
const pos = (plan: Plan, l: number) => plan.gates[l >> 1]!;

/** Cost from a point inside node n through link l2 onwards. */
export function viaCost(plan: Plan, r: Routes, bad: readonly boolean[], n: number, x: number, y: number, l2: number): number {
  const g = pos(plan, l2);
  return walkM(x, y, g.x, g.y) / LEVEL_MS + extraS(plan, l2) + r.cost[l2]! + (bad[n] ? PENALTY_S : 0);
}

/** The best first link out of node n from a point in it, or -1. */
export function bestFrom(plan: Plan, r: Routes, bad: readonly boolean[], n: number, x: number, y: number, except = -1): { link: number; cost: number } {
  let link = -1;
  let cost = Infinity;
  for (const l2 of plan.out[n]!) {
    if (l2 === except || !Number.isFinite(r.cost[l2]!)) continue;
    const c = viaCost(plan, r, bad, n, x, y, l2);
    if (c < cost) (cost = c), (link = l2);
  }
  return { link, cost };
}

function compute(plan: Plan, bad: readonly boolean[]): Routes {
  const nl = plan.gates.length * 2;
  const exits: Array<{ node: number; cost: number }> = [];
  for (let l = 0; l < nl; l++) if (plan.nodes[linkTo(plan, l)]!.kind === "exit") exits.push({ node: l, cost: 0 });
  // links arriving in node n, for searching backwards from the exits (world/search.ts, on links as nodes)
  const into: number[][] = plan.nodes.map(() => []);
  for (let l = 0; l < nl; l++) into[linkTo(plan, l)]!.push(l);
  const { cost } = shortestPaths(nl, exits, (best) => {
    const n = linkFrom(plan, best);
    if (plan.nodes[n]!.kind === "exit") return [];
    const g = pos(plan, best);
    return into[n]!.filter((l) => (l ^ 1) !== best).map((l) => {
      const p = pos(plan, l);
      return { to: l, edge: l, cost: walkM(p.x, p.y, g.x, g.y) / LEVEL_MS + extraS(plan, best) + (bad[n] ? PENALTY_S : 0) };
    });
  });
  const next = new Array<number>(nl).fill(-1);
  for (let l = 0; l < nl; l++) {
    const n = linkTo(plan, l);
    if (plan.nodes[n]!.kind === "exit") continue;
    const p = pos(plan, l);
    next[l] = bestFrom(plan, { cost, next }, bad, n, p.x, p.y, l ^ 1).link;
  }
  return { cost, next };
}
