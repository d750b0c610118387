/**
 * Fill-and-spill on the roadway graph (hazards.md §3.3, level-pool with a front delay).
 * Water runs down the steepest roadway from where it enters until it meets a lake or a low
 * point, which becomes a lake. A lake rises until its lowest rim: a higher neighbour (the lake
 * grows over it), a pass (it spills and the excess runs on downhill) or a portal (it leaves the
 * mine). Pumping lowers a lake; when it drops below a pass the parts it joined separate again.
 * Volumes are integer litres so sums never depend on order. All functions mutate a scratch
 * copy (`W`) made by water.ts for one step; nothing here touches the drill state.
 */
import type { Net } from "./network.ts";
import { lakeLitres, nodeVolume } from "./storage.ts";

export interface Lake {
  id: number;
  /** node indexes, ascending */
  nodes: number[];
  volL: number;
  levelM: number;
}

export interface W {
  net: Net;
  t: number;
  lakes: Lake[];
  nextLakeId: number;
  pending: Array<{ node: number; dueMs: number; volL: number }>;
  frontMs: number[];
  flowL: number[];
  blocked: boolean[];
  overflowL: number;
  /** lake index owning each node, or −1 */
  own: number[];
}

interface Job {
  node: number;
  volL: number;
  /** a lake the water has just spilled out of: it must not run straight back in */
  exclude: number;
}

export function reindex(w: W): void {
  w.own.fill(-1);
  w.lakes.forEach((l, i) => {
    for (const n of l.nodes) w.own[n] = i;
  });
}

/** Pour `volL` litres in at a node and let it run until everything has settled or is in transit. */
export function pour(w: W, node: number, volL: number): void {
  const jobs: Job[] = [{ node, volL, exclude: -1 }];
  for (let guard = 0; jobs.length > 0 && guard < 10_000; guard++) run(w, jobs.shift()!, jobs);
}

function run(w: W, job: Job, jobs: Job[]): void {
  const { net } = w;
  let cur = job.node;
  for (let hop = 0; hop <= net.ids.length; hop++) {
    const li = w.own[cur]!;
    if (li >= 0 && w.lakes[li]!.id !== job.exclude) return deliver(w, cur, job.volL, jobs);
    if (net.portal[cur]) {
      w.overflowL += job.volL;
      return;
    }
    let best = -1;
    let bestSeg = -1;
    for (const nb of net.adj[cur]!) {
      if (w.blocked[nb.seg] || net.z[nb.to]! >= net.z[cur]!) continue;
      const o = w.own[nb.to]!;
      if (o >= 0 && w.lakes[o]!.id === job.exclude) continue;
      if (best < 0 || net.z[nb.to]! < net.z[best]!) (best = nb.to), (bestSeg = nb.seg);
    }
    if (best < 0) {
      // Spilled water with nowhere lower to go stays in its lake (cannot happen on a consistent rim).
      if (li >= 0) return void (w.lakes[li]!.volL += job.volL);
      return deliver(w, cur, job.volL, jobs);
    }
    if (w.frontMs[cur]! < 0) w.frontMs[cur] = w.t;
    const seg = net.segs[bestSeg]!;
    const arrive = w.frontMs[cur]! + Math.ceil((seg.lengthM / seg.frontSpeedMs) * 1000);
    if (w.frontMs[best]! < 0 || arrive < w.frontMs[best]!) w.frontMs[best] = arrive;
    if (w.frontMs[cur]! <= w.t) w.flowL[bestSeg]! += job.volL;
    cur = best;
  }
}

/** Water arriving at a node: held in transit until the front gets there, then into its lake. */
function deliver(w: W, node: number, volL: number, jobs: Job[]): void {
  if (w.frontMs[node]! > w.t) {
    const same = w.pending.find((p) => p.node === node && p.dueMs === w.frontMs[node]);
    if (same) same.volL += volL;
    else w.pending.push({ node, dueMs: w.frontMs[node]!, volL });
    return;
  }
  if (w.frontMs[node]! < 0) w.frontMs[node] = w.t;
  let li = w.own[node]!;
  if (li < 0) {
    w.lakes.push({ id: w.nextLakeId++, nodes: [node], volL: 0, levelM: w.net.bottom[node]! });
    li = w.lakes.length - 1;
    w.own[node] = li;
  }
  fill(w, li, volL, jobs);
}

type Rim = { kind: "absorb" | "spill" | "out"; node: number; z: number };
const RANK = { absorb: 0, spill: 1, out: 2 } as const;

/** The lowest place the lake would overflow or grow over next, or null when nothing bounds it. */
export function rim(w: W, li: number): Rim | null {
  const { net } = w;
  let best: Rim | null = null;
  const offer = (r: Rim) => {
    if (!best || r.z < best.z || (r.z === best.z && (RANK[r.kind] < RANK[best.kind] || (r.kind === best.kind && r.node < best.node)))) best = r;
  };
  for (const n of w.lakes[li]!.nodes) {
    if (net.portal[n]) offer({ kind: "out", node: n, z: net.z[n]! });
    for (const nb of net.adj[n]!) {
      if (w.blocked[nb.seg] || w.own[nb.to] === li) continue;
      if (net.z[nb.to]! < net.z[n]!) {
        offer({ kind: "spill", node: n, z: net.z[n]! });
        continue;
      }
      const seg = net.segs[nb.seg]!;
      // The dead end of a sealed pocket is never reached: its air holds the water at the mouth's roof.
      if (seg.pocket && nb.to === seg.hi && net.z[nb.to]! > seg.zLo + seg.heightM) continue;
      offer({ kind: "absorb", node: nb.to, z: net.z[nb.to]! });
    }
  }
  return best;
}

function fill(w: W, start: number, addL: number, jobs: Job[]): void {
  let li = start;
  w.lakes[li]!.volL += addL;
  for (let guard = 0; guard < 4 * w.net.ids.length + 4; guard++) {
    const lake = w.lakes[li]!;
    const r = rim(w, li);
    if (!r) return;
    const cap = lakeLitres(w.net, lake.nodes, r.z);
    if (lake.volL <= cap) return;
    if (r.kind === "absorb") {
      const other = w.own[r.node]!;
      if (other >= 0) li = merge(w, li, other);
      else {
        lake.nodes = insertSorted(lake.nodes, r.node);
        w.own[r.node] = li;
        if (w.frontMs[r.node]! < 0 || w.frontMs[r.node]! > w.t) w.frontMs[r.node] = w.t;
      }
      continue;
    }
    const excess = lake.volL - cap;
    lake.volL = cap;
    if (r.kind === "out") w.overflowL += excess;
    else jobs.push({ node: r.node, volL: excess, exclude: lake.id });
    return;
  }
}

/** Join lake `b` into lake `a`; returns a's index afterwards. */
function merge(w: W, a: number, b: number): number {
  const keep = w.lakes[a]!;
  const gone = w.lakes[b]!;
  keep.nodes = [...keep.nodes, ...gone.nodes].sort((x, y) => x - y);
  keep.volL += gone.volL;
  w.lakes.splice(b, 1);
  reindex(w);
  return w.lakes.indexOf(keep);
}

function insertSorted(list: number[], n: number): number[] {
  const out = [...list, n];
  out.sort((x, y) => x - y);
  return out;
}

/**
 * Take up to `amountL` out of a lake (pumps drawing at node `keep`); returns what was taken.
 * Below a pass the lake splits: the parts without the suction keep their water at the pass.
 */
export function drain(w: W, li0: number, amountL: number, keep: number): number {
  const { net } = w;
  const lake = w.lakes[li0]!;
  let amount = amountL;
  let taken = 0;
  for (let guard = 0; amount > 0 && guard <= net.ids.length; guard++) {
    if (lake.nodes.length === 1) {
      const t = Math.min(amount, lake.volL);
      lake.volL -= t;
      return taken + t;
    }
    let top = lake.nodes[0]!;
    for (const n of lake.nodes) if (net.z[n]! >= net.z[top]!) top = n;
    const vTop = lakeLitres(net, lake.nodes, net.z[top]!);
    if (lake.volL - amount >= vTop) {
      lake.volL -= amount;
      return taken + amount;
    }
    const t = Math.max(0, lake.volL - vTop);
    taken += t;
    amount -= t;
    lake.volL = Math.min(lake.volL, vTop);
    splitOff(w, lake, top, keep);
  }
  return taken;
}

/** Remove node `top` from the lake; components that lose touch with `keep` become lakes of their own. */
function splitOff(w: W, lake: Lake, top: number, keep: number): void {
  const { net } = w;
  const level = net.z[top]!;
  const rest = lake.nodes.filter((n) => n !== top);
  const parts = components(w, rest);
  const mine = parts.find((c) => c.includes(keep)) ?? parts[0]!;
  let given = 0;
  const fresh: Lake[] = [];
  for (const c of parts) {
    if (c === mine) continue;
    const v = lakeLitres(net, c, level);
    given += v;
    fresh.push({ id: w.nextLakeId++, nodes: c, volL: v, levelM: level });
  }
  const pit = Math.round(nodeVolume(net, top, level) * 1000);
  if (pit > 0) {
    given += pit;
    fresh.push({ id: w.nextLakeId++, nodes: [top], volL: pit, levelM: level });
  }
  lake.nodes = mine;
  lake.volL = Math.max(0, lake.volL - given);
  w.lakes.push(...fresh);
  reindex(w);
}

/** Connected parts of a node set through open segments, each ascending, ordered by first node. */
export function components(w: W, nodes: readonly number[]): number[][] {
  const inSet = new Set(nodes);
  const seen = new Set<number>();
  const out: number[][] = [];
  for (const start of nodes) {
    if (seen.has(start)) continue;
    const part: number[] = [];
    const stack = [start];
    seen.add(start);
    while (stack.length > 0) {
      const n = stack.pop()!;
      part.push(n);
      for (const nb of w.net.adj[n]!) {
        if (w.blocked[nb.seg] || !inSet.has(nb.to) || seen.has(nb.to)) continue;
        seen.add(nb.to);
        stack.push(nb.to);
      }
    }
    out.push(part.sort((x, y) => x - y));
  }
  return out;
}
