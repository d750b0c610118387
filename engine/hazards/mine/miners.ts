/**
 * Miners underground (hazards.md §3.5): crews stay at work until withdrawn (先撤人) or until the
 * water reaches them; then they walk the quickest passable route to a portal, or to a refuge
 * chamber with room, at a speed cut by slope and water depth, never into chest-deep water.
 * With no way out they are trapped and climb to the highest ground they can reach and wait for
 * rescue. Deep water where they stand drowns them; foul air after the water front uses up their
 * self-rescuers. Each group moves as one crew (a 班组).
 */
import { depthOnSeg, type Depths } from "./depth.ts";
import type { Net } from "./network.ts";
import { segBetween } from "./network.ts";
import { crossS, explore, pathTo, routeTo, speed, type Walker } from "./routing.ts";
import { WET_M, type Change, type MinerGroup } from "./state.ts";

export interface MinerCtx {
  net: Net;
  d: Depths;
  blocked: readonly boolean[];
  /** when each node's floor first got wet (−1: still dry) */
  wetMs: readonly number[];
  /** when the first inrush began (−1: not yet) */
  inrushMs: number;
  t: number;
  dtS: number;
  walker: Walker;
  /** people in or bound for each refuge */
  occupancy: number[];
  changes: Change[];
}

const name = (net: Net, n: number) => net.p.nodes[n]!.name;

export function depthAt(c: MinerCtx, g: MinerGroup): number {
  return g.seg < 0 ? c.d.node[g.node]! : depthOnSeg(c.net, c.d, g.seg, g.node, g.d);
}

function reached(c: MinerCtx, n: number): boolean {
  const f = c.wetMs[n]!;
  return f >= 0 && f <= c.t;
}

/** Foul air (老空水 CO₂/H₂S) for `foulAirMin` after the inrush water first wets the floor (seepage before it is clean). */
function foul(c: MinerCtx, g: MinerGroup): boolean {
  const ms = c.net.p.foulAirMin * 60_000;
  if (ms <= 0 || c.inrushMs < 0) return false;
  const at = (n: number) => reached(c, n) && c.t - Math.max(c.wetMs[n]!, c.inrushMs) < ms;
  return at(g.node) || (g.seg >= 0 && at(g.next));
}

export function stepGroup(c: MinerCtx, g0: MinerGroup): MinerGroup {
  if (g0.status === "safe" || g0.status === "dead") return g0;
  const g: MinerGroup = { ...g0, route: [...g0.route] };
  const p = c.net.p;
  if (g.status === "refuge") {
    const r = p.refuges[g.refuge]!;
    if (c.d.node[g.node]! >= r.floodDepthM) die(c, g, "refugeFlooded");
    return g;
  }
  if (depthAt(c, g) >= p.drownDepthM) return die(c, g, "drowned"), g;
  if (!g.supplied && foul(c, g)) {
    g.exposed = true;
    g.selfRescuerS -= c.dtS;
    if (g.selfRescuerS <= 0) return die(c, g, "gas"), g;
  }
  if (depthAt(c, g) >= 1) g.exposed = true;
  if (g.status === "working" && (reached(c, g.node) || depthAt(c, g) >= WET_M)) {
    g.status = "escaping";
    g.goal = "exit";
    g.alertedMs = c.t;
  }
  // A crew still at work whose way out is under water is cut off, whether or not it knows yet.
  if (g.status === "working" && !routeTo(c.net, c.d, c.blocked, c.walker, g.node, (n) => c.net.portal[n]! || c.net.refugeAt[n]! >= 0)) trap(c, g);
  if (g.status === "escaping" || g.status === "sheltering" || (g.status === "trapped" && depthAt(c, g) > 0)) move(c, g);
  return g;
}

function trap(c: MinerCtx, g: MinerGroup): void {
  g.status = "trapped";
  g.trappedMs = c.t;
  const at = name(c.net, g.node);
  c.changes.push({ what: "minersTrapped", params: { place: at, count: g.count } });
}

function die(c: MinerCtx, g: MinerGroup, cause: NonNullable<MinerGroup["cause"]>): void {
  if (g.status === "refuge") c.occupancy[g.refuge]! -= g.count;
  g.status = "dead";
  g.cause = cause;
  g.deadMs = c.t;
  c.changes.push({ what: "minersDead", params: { place: name(c.net, g.node), count: g.count, cause } });
}

/** Choose where to go from a node: an exit, else a refuge with room, else the highest dry ground. */
function plan(c: MinerCtx, g: MinerGroup): void {
  const { net } = c;
  const room = (n: number) => net.refugeAt[n]! >= 0 && c.occupancy[net.refugeAt[n]!]! + g.count <= net.p.refuges[net.refugeAt[n]!]!.capacity;
  const exit = (n: number) => net.portal[n]!;
  // Trapped crews wait for rescue on high ground (避灾): they only climb away from rising water.
  const order = g.status === "trapped" ? [] : g.status === "sheltering" ? [room, exit] : [exit, room];
  for (const goal of order) {
    const r = routeTo(net, c.d, c.blocked, c.walker, g.node, goal);
    if (r) {
      g.route = r.path;
      g.goal = goal === exit ? "exit" : "refuge";
      return;
    }
  }
  if (g.status !== "trapped") trap(c, g);
  const { timeS, prev } = explore(net, c.d, c.blocked, c.walker, g.node);
  let best = g.node;
  for (let i = 0; i < timeS.length; i++) if (timeS[i]! < Infinity && net.z[i]! > net.z[best]!) best = i;
  g.route = pathTo(prev, g.node, best);
  g.goal = "high";
}

function arrive(c: MinerCtx, g: MinerGroup): boolean {
  const { net } = c;
  if (g.goal === "exit" && net.portal[g.node]) {
    g.status = "safe";
    g.outMs = c.t;
    c.changes.push({ what: "minersOut", params: { place: name(net, g.node), count: g.count } });
    return true;
  }
  const r = net.refugeAt[g.node]!;
  if (g.goal === "refuge" && r >= 0 && c.occupancy[r]! + g.count <= net.p.refuges[r]!.capacity) {
    g.status = "refuge";
    g.refuge = r;
    c.occupancy[r]! += g.count;
    c.changes.push({ what: "refugeEntered", params: { place: name(net, g.node), count: g.count } });
    return true;
  }
  return false;
}

function move(c: MinerCtx, g: MinerGroup): void {
  const { net } = c;
  let budget = c.dtS;
  for (let i = 0; i < 64 && budget > 1e-9; i++) {
    if (g.seg < 0) {
      if (arrive(c, g)) return;
      plan(c, g);
      const next = g.route.shift();
      if (next === undefined) return;
      const seg = segBetween(net, g.node, next);
      if (crossS(net, c.d, c.blocked, c.walker, seg, g.node) === Infinity) return;
      g.seg = seg;
      g.next = next;
      g.d = 0;
    }
    const e = net.segs[g.seg]!;
    // Deep water ahead at the low end: turn back rather than walk into it.
    if (g.next === e.lo && c.d.segMax[g.seg]! >= c.walker.maxDepthM) turnBack(g, e.lengthM);
    const v = speed(net, c.walker, g.seg, g.node, depthOnSeg(net, c.d, g.seg, g.node, g.d));
    if (v <= 0) return;
    const rest = e.lengthM - g.d;
    if (v * budget >= rest) {
      budget -= rest / v;
      g.node = g.next;
      g.seg = -1;
      g.next = -1;
      g.d = 0;
    } else {
      g.d += v * budget;
      budget = 0;
    }
  }
}

function turnBack(g: MinerGroup, lengthM: number): void {
  const back = g.node;
  g.node = g.next;
  g.next = back;
  g.d = lengthM - g.d;
  g.route = [];
}
