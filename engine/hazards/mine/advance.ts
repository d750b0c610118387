/**
 * One water step of the mine (every `stepS`): sources pour in, pumps draw out, pump rooms
 * whose floor floods lose their pumps, then every crew acts on the new water.
 */
import { quantise } from "../../model/detmath.ts";
import { depths, type Depths } from "./depth.ts";
import { stepLitres } from "./inflow.ts";
import { stepGroup, type MinerCtx } from "./miners.ts";
import type { Net } from "./network.ts";
import { WET_M, type Change, type MineState } from "./state.ts";
import { stepWater } from "./water.ts";

export function advanceWater(net: Net, st: MineState, t: number, changes: Change[]): MineState {
  const p = net.p;
  const dtS = p.stepS;
  const inflows = p.sources.map((src, i) => ({ node: net.index.get(src.node)!, volL: stepLitres(src, t, dtS, st.sources[i]!.inL) }));
  let anyInrush = st.sources.some((s) => s.inrushMs >= 0);
  const sources = st.sources.map((s, i) => {
    const m3h = (inflows[i]!.volL * 3.6) / dtS;
    const src = p.sources[i]!;
    if (s.inrushMs < 0 && m3h >= src.inrushM3h) {
      const at = p.nodes[net.index.get(src.node)!]!.name;
      // Stable names for inject conditions: the first inrush, then any later one at another source.
      changes.push({ what: anyInrush ? "secondInrush" : "inrushStarted", params: { place: at, m3h: Math.round(m3h) } });
      anyInrush = true;
      return { inL: s.inL + inflows[i]!.volL, inrushMs: t };
    }
    return { inL: s.inL + inflows[i]!.volL, inrushMs: s.inrushMs };
  });
  const live = st.pumps.map((pu) => pu.running && pu.failedMs < 0);
  const draws = st.pumps.map((pu, i) => ({ node: pu.node, wantL: live[i] ? Math.round((pu.m3h * dtS) / 3.6) : 0 }));
  const { water, drawnL } = stepWater(net, st.water, t, inflows, draws);
  const d = depths(net, water, dtS);
  const pumps = st.pumps.map((pu, i) => {
    const room = pu.room >= 0 ? p.pumpRooms[pu.room]! : undefined;
    const flooded = room !== undefined && pu.failedMs < 0 && d.node[net.index.get(room.node)!]! >= room.floodDepthM;
    return drawnL[i] === 0 && !flooded ? pu : { ...pu, pumpedL: pu.pumpedL + drawnL[i]!, ...(flooded ? { failedMs: t } : {}) };
  });
  p.pumpRooms.forEach((room, r) => {
    if (pumps.some((pu, i) => pu.room === r && pu.failedMs === t && st.pumps[i]!.failedMs < 0)) {
      const label = room.name ?? p.nodes[net.index.get(room.node)!]!.name;
      changes.push({ what: "pumpRoomFlooded", params: { place: label } });
    }
  });
  const wetMs = st.wetMs.map((ms, n) => (ms < 0 && d.node[n]! >= WET_M ? t : ms));
  const inflowM3h = quantise(inflows.reduce((a, f) => a + f.volL, 0) * 3.6 / dtS, 1);
  const drawn = drawnL.reduce((a, b) => a + b, 0);
  const next: MineState = {
    ...st, water, sources, pumps, inflowM3h,
    pumpedL: st.pumpedL + drawn,
    pumpedM3h: quantise((drawn * 3.6) / dtS, 1),
    miners: moveMiners(net, st, wetMs, firstInrush(sources), d, t, changes),
    wetMs,
    nodeDepthCm: d.node.map((x) => Math.round(x * 100)),
    segDepthCm: d.segMax.map((x) => Math.round(x * 100)),
    nextStepMs: t + net.stepMs,
  };
  return markMilestones(next, t, changes);
}

function firstInrush(sources: MineState["sources"]): number {
  const started = sources.filter((s) => s.inrushMs >= 0).map((s) => s.inrushMs);
  return started.length > 0 ? Math.min(...started) : -1;
}

function moveMiners(net: Net, st: MineState, wetMs: number[], inrushMs: number, d: Depths, t: number, changes: Change[]): MineState["miners"] {
  const occupancy = net.p.refuges.map((_, r) => st.miners.reduce((a, g) => a + (g.status === "refuge" && g.refuge === r ? g.count : 0), 0));
  const blocked = net.segs.map(() => false);
  for (const s of st.water.walls) blocked[s] = true;
  const c: MinerCtx = {
    net, d, blocked, wetMs, inrushMs, t, dtS: net.p.stepS, occupancy, changes,
    walker: { walkMs: net.p.speeds.walkMs, shaftMs: net.p.speeds.shaftMs, maxDepthM: net.p.chestDepthM },
  };
  return st.miners.map((g) => stepGroup(c, g));
}

/** One-time milestones: water held by the pumps (they draw at least the inflow), every crew out. */
function markMilestones(st: MineState, t: number, changes: Change[]): MineState {
  let next = st;
  const inrush = st.sources.some((s) => s.inrushMs >= 0);
  if (inrush && st.controlledMs < 0 && st.pumpedM3h >= st.inflowM3h) {
    next = { ...next, controlledMs: t };
    changes.push({ what: "waterHeld", params: { m3h: st.pumpedM3h } });
  }
  if (!next.flags.includes("allMinersOut") && next.miners.length > 0 && next.miners.every((g) => g.status === "safe")) {
    next = { ...next, flags: [...next.flags, "allMinersOut"] };
    changes.push({ what: "allMinersOut" });
  }
  return next;
}
