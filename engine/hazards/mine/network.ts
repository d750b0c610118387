/**
 * The roadway network as index arrays, derived once per scenario from the hazard block and
 * cached by object identity (a pure memo: the same params always give the same network).
 * Nodes and segments keep the scenario's order, so every loop over them is deterministic.
 */
import { dpow } from "../../model/detmath.ts";
import type { MineFloodParams } from "../../scenario/hazard-mine-flood.ts";
import type { Scenario } from "../../scenario/schema.ts";

export interface Seg {
  id: string;
  /** node indexes of its ends as written, and of its low and high ends */
  a: number;
  b: number;
  lo: number;
  hi: number;
  zLo: number;
  zHi: number;
  lengthM: number;
  areaM2: number;
  heightM: number;
  widthM: number;
  kind: "roadway" | "incline" | "shaft";
  /** stage–storage table (elevation ascending), when given */
  table?: ReadonlyArray<{ elevationM: number; m3: number }>;
  /** a rising dead end: once its mouth is under water the air inside is sealed (a pocket) */
  pocket: boolean;
  /** Manning front speed, m/s (hazards.md §3.3) */
  frontSpeedMs: number;
  /** |Δz| / L, at least 0.001 so flat roadways still drain in the flow-depth formula */
  slope: number;
}

export interface Net {
  p: MineFloodParams;
  ids: string[];
  index: ReadonlyMap<string, number>;
  z: number[];
  /** the lowest point water can reach at a node: its floor, or the bottom of its sump pit */
  bottom: number[];
  portal: boolean[];
  segs: Seg[];
  segIndex: ReadonlyMap<string, number>;
  /** neighbours of each node, ascending by neighbour index */
  adj: Array<Array<{ seg: number; to: number }>>;
  /** the segments whose low end is this node: their storage belongs to the node's lake */
  lowOf: number[][];
  /** refuge index at each node, or −1 */
  refugeAt: number[];
  stepMs: number;
}

const cache = new WeakMap<object, Net>();

export function network(s: Scenario): Net {
  const p = s.hazard as MineFloodParams;
  let net = cache.get(p);
  if (!net) {
    net = build(p);
    cache.set(p, net);
  }
  return net;
}

export function build(p: MineFloodParams): Net {
  const ids = p.nodes.map((n) => n.id);
  const index = new Map(ids.map((id, i) => [id, i]));
  const z = p.nodes.map((n) => n.elevationM);
  const degree = new Array<number>(ids.length).fill(0);
  for (const e of p.segments) {
    degree[index.get(e.from)!]! += 1;
    degree[index.get(e.to)!]! += 1;
  }
  const portal = p.nodes.map((n) => n.kind === "portal");
  // Water pouring in at a dead end fills it: no air can stay sealed there.
  const source = new Set(p.sources.map((src) => index.get(src.node)!));
  const segs: Seg[] = p.segments.map((e) => {
    const a = index.get(e.from)!;
    const b = index.get(e.to)!;
    const [lo, hi] = z[a]! <= z[b]! ? [a, b] : [b, a];
    const dz = z[hi]! - z[lo]!;
    const slope = Math.max(0.001, dz / e.lengthM);
    const seg: Seg = {
      id: e.id, a, b, lo, hi, zLo: z[lo]!, zHi: z[hi]!, lengthM: e.lengthM, areaM2: e.areaM2, heightM: e.heightM,
      widthM: e.areaM2 / e.heightM, kind: e.kind,
      pocket: e.kind !== "shaft" && dz > 0 && degree[hi] === 1 && !portal[hi] && !source.has(hi),
      frontSpeedMs: frontSpeed(p, e.kind, slope, e.areaM2 / e.heightM),
      slope,
    };
    if (e.storage) seg.table = e.storage;
    return seg;
  });
  const adj: Net["adj"] = ids.map(() => []);
  const lowOf: number[][] = ids.map(() => []);
  segs.forEach((e, i) => {
    adj[e.a]!.push({ seg: i, to: e.b });
    adj[e.b]!.push({ seg: i, to: e.a });
    lowOf[e.lo]!.push(i);
  });
  for (const list of adj) list.sort((x, y) => x.to - y.to || x.seg - y.seg);
  return {
    p, ids, index, z, portal, segs, adj, lowOf,
    bottom: p.nodes.map((n) => n.elevationM - (n.sump?.depthM ?? 0)),
    segIndex: new Map(segs.map((e, i) => [e.id, i])),
    refugeAt: ids.map((id) => p.refuges.findIndex((r) => r.node === id)),
    stepMs: p.stepS * 1000,
  };
}

/** v = (1/n)·R^(2/3)·S^(1/2) with R from the nominal front depth; water falls fast down a shaft. */
function frontSpeed(p: MineFloodParams, kind: Seg["kind"], slope: number, widthM: number): number {
  if (kind === "shaft") return 5;
  const h = p.front.depthM;
  const r = (widthM * h) / (widthM + 2 * h);
  return Math.max(p.front.minSpeedMs, (dpow(r, 2 / 3) * Math.sqrt(slope)) / p.front.manningN);
}

/** The segment joining two nodes (the first in index order when there are several), or −1. */
export function segBetween(net: Net, from: number, to: number): number {
  for (const n of net.adj[from]!) if (n.to === to) return n.seg;
  return -1;
}
