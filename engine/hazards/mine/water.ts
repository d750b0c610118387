/**
 * One water step: water in transit arrives, the sources pour in, the pumps draw out, and
 * every lake's level follows from its volume. Returns a new water state (the input is copied,
 * never changed), plus what each pump actually drew.
 */
import { components, drain, pour, reindex, type Lake, type W } from "./lakes.ts";
import type { Net } from "./network.ts";
import { lakeLitres, levelFor } from "./storage.ts";

export interface Water {
  lakes: Lake[];
  nextLakeId: number;
  /** water running down roadways whose front has not yet reached its lake */
  pending: Array<{ node: number; dueMs: number; volL: number }>;
  /** when water first reached each node (−1: still dry; a future time: the front is on its way) */
  frontMs: number[];
  /** litres that ran along each segment in the last step (for the depth of flowing water) */
  flowL: number[];
  /** segments closed by a water-retaining wall or water door, ascending */
  walls: number[];
  /** litres that left the mine at a portal */
  overflowL: number;
}

export function emptyWater(net: Net): Water {
  return {
    lakes: [],
    nextLakeId: 1,
    pending: [],
    frontMs: net.ids.map(() => -1),
    flowL: net.segs.map(() => 0),
    walls: net.p.segments.flatMap((e, i) => (e.walled ? [i] : [])),
    overflowL: 0,
  };
}

function scratch(net: Net, water: Water, t: number): W {
  const w: W = {
    net, t,
    lakes: water.lakes.map((l) => ({ ...l, nodes: [...l.nodes] })),
    nextLakeId: water.nextLakeId,
    pending: water.pending.map((p) => ({ ...p })),
    frontMs: [...water.frontMs],
    flowL: net.segs.map(() => 0),
    blocked: net.segs.map(() => false),
    overflowL: water.overflowL,
    own: net.ids.map(() => -1),
  };
  for (const s of water.walls) w.blocked[s] = true;
  reindex(w);
  return w;
}

function settle(w: W, walls: number[]): Water {
  const lakes = w.lakes
    .filter((l) => l.volL > 0)
    .map((l) => ({ ...l, levelM: levelFor(w.net, l.nodes, l.volL) }))
    .sort((a, b) => a.id - b.id);
  return { lakes, nextLakeId: w.nextLakeId, pending: w.pending, frontMs: w.frontMs, flowL: w.flowL, walls, overflowL: w.overflowL };
}

export interface Draw {
  /** suction node */
  node: number;
  /** litres wanted this step */
  wantL: number;
}

/** Advance the water over one step starting at `t`. `inflows` are litres poured at nodes. */
export function stepWater(net: Net, water: Water, t: number, inflows: ReadonlyArray<{ node: number; volL: number }>, draws: readonly Draw[]): { water: Water; drawnL: number[] } {
  const w = scratch(net, water, t);
  const due = w.pending.filter((p) => p.dueMs <= t);
  w.pending = w.pending.filter((p) => p.dueMs > t);
  for (const p of due) pour(w, p.node, p.volL);
  for (const f of inflows) {
    if (f.volL <= 0) continue;
    if (w.frontMs[f.node]! < 0 || w.frontMs[f.node]! > t) w.frontMs[f.node] = t;
    pour(w, f.node, f.volL);
  }
  const drawnL = draws.map((d) => {
    const li = w.own[d.node]!;
    if (li < 0 || d.wantL <= 0) return 0;
    return drain(w, li, d.wantL, d.node);
  });
  return { water: settle(w, water.walls), drawnL };
}

/** Close a segment with a wall: a lake the wall cuts through splits at its current level. */
export function addWall(net: Net, water: Water, seg: number, t: number): Water {
  if (water.walls.includes(seg)) return water;
  const walls = [...water.walls, seg].sort((a, b) => a - b);
  const w = scratch(net, { ...water, walls }, t);
  w.flowL = [...water.flowL];
  const lakes: Lake[] = [];
  for (const lake of w.lakes) {
    const parts = components(w, lake.nodes);
    if (parts.length === 1) {
      lakes.push(lake);
      continue;
    }
    let left = lake.volL;
    parts.forEach((nodes, i) => {
      const v = i === parts.length - 1 ? left : Math.min(left, lakeLitres(net, nodes, lake.levelM));
      left -= v;
      lakes.push({ id: i === 0 ? lake.id : w.nextLakeId++, nodes, volL: v, levelM: lake.levelM });
    });
  }
  w.lakes = lakes;
  return settle(w, walls);
}
