/**
 * What the outside sees of the mine: the status line and figures, the people underground
 * (for the outcome), what a unit on site learns, the map overlay and the quantised hash view.
 * These read only the model's state (no scenario), so the state carries ids and depths.
 */
import { quantise } from "../../model/detmath.ts";
import type { HazardSummary, InstallationLoss, OccupantSummary } from "../types.ts";
import type { Net } from "./network.ts";
import type { MineState } from "./state.ts";

const UNDERGROUND = new Set(["working", "escaping", "sheltering", "refuge", "trapped"]);

function capacity(st: MineState): number {
  return st.pumps.reduce((a, p) => a + (p.running && p.failedMs < 0 ? p.m3h : 0), 0);
}

function count(st: MineState, pred: (g: MineState["miners"][number]) => boolean): number {
  return st.miners.reduce((a, g) => a + (pred(g) ? g.count : 0), 0);
}

export function summary(st: MineState): HazardSummary {
  const inrush = st.sources.some((s) => s.inrushMs >= 0);
  const cap = capacity(st);
  const waterM3 = Math.round((st.water.lakes.reduce((a, l) => a + l.volL, 0) + st.water.pending.reduce((a, p) => a + p.volL, 0)) / 1000);
  const highest = st.water.lakes.reduce((a, l) => Math.max(a, l.levelM), -Infinity);
  const trapped = count(st, (g) => g.status === "trapped" || g.status === "refuge");
  const dead = count(st, (g) => g.status === "dead");
  const under = count(st, (g) => UNDERGROUND.has(g.status));
  const controlled = inrush && st.pumpedM3h >= st.inflowM3h;
  return {
    controlled,
    ...(st.controlledMs >= 0 ? { controlledAtMs: st.controlledMs } : {}),
    status: {
      code: inrush ? "mineFlooding" : "mineNoInrush",
      params: { inflowM3h: Math.round(st.inflowM3h), pumpedM3h: Math.round(st.pumpedM3h), capacityM3h: cap, waterM3, underground: under, trapped, dead },
    },
    figures: {
      inflowM3h: st.inflowM3h,
      inflowTotalM3: Math.round(st.sources.reduce((a, s) => a + s.inL, 0) / 1000),
      pumpedTotalM3: Math.round(st.pumpedL / 1000),
      pumpedM3h: st.pumpedM3h,
      pumpCapacityM3h: cap,
      pumpsFailed: st.pumps.filter((p) => p.failedMs >= 0).length,
      waterM3,
      highestLevelM: highest === -Infinity ? 0 : quantise(highest, 2),
      floodedSegments: st.segDepthCm.filter((cm) => cm >= 130).length,
      maxDepthM: st.segDepthCm.reduce((a, cm) => Math.max(a, cm), 0) / 100,
      minersUnderground: under,
      minersOut: count(st, (g) => g.status === "safe"),
      minersTrapped: trapped,
      minersDead: dead,
    },
  };
}

export function occupants(st: MineState): OccupantSummary {
  const located = st.surveyedMs >= 0;
  const trapped = count(st, (g) => g.status === "trapped" || g.status === "refuge");
  return {
    total: count(st, () => true),
    deaths: count(st, (g) => g.status === "dead"),
    seriousInjuries: 0,
    // rescued after being cut off: hypothermia and exhaustion need hospital care
    injured: count(st, (g) => g.rescued),
    // ground truth: everyone cut off by the water or sheltering in a refuge, found or not
    trapped,
    evacuated: count(st, (g) => g.status === "safe"),
    exposed: count(st, (g) => g.exposed),
    // of those, out by themselves (or still on their way) unhurt; rescued ones are the injured
    exposedOnly: count(st, (g) => g.exposed && !g.rescued && g.status !== "dead" && g.status !== "trapped" && g.status !== "refuge"),
    exposedInjured: count(st, (g) => g.exposed && g.rescued),
    // what the agencies know: of the trapped, those not yet located by a survey or a borehole
    // (下落不明); counted within `trapped`, not beside it
    missing: located ? 0 : count(st, (g) => g.status === "trapped" && !g.supplied),
  };
}

/**
 * The pump rooms lost so far (their pumps stopped when the floor flooded, advance.ts), named as
 * the pumpRoomFlooded event names them; an emergency pump (room −1) is no installation.
 */
export function pumpRoomLosses(net: Net, st: MineState): InstallationLoss[] {
  return net.p.pumpRooms.flatMap((room, r) => {
    const failed = st.pumps.filter((pu) => pu.room === r && pu.failedMs >= 0).map((pu) => pu.failedMs);
    if (failed.length === 0) return [];
    const name = room.name ?? net.p.nodes[net.index.get(room.node)!]!.name;
    return [{ id: room.id, kind: "pumpRoom", name, atMs: Math.min(...failed), what: "pumpRoomFlooded" }];
  });
}

/** Facts a unit on the mine site learns when it starts its task (ids for the knowledge layer). */
export function observe(st: MineState, place: string, task: string): string[] {
  if (place !== st.site) return [];
  const facts: string[] = [];
  if (st.sources.some((s) => s.inrushMs >= 0)) facts.push("mineInrush");
  if (st.pumps.some((p) => p.failedMs >= 0)) facts.push("pumpRoomFlooded");
  if (task === "survey" || task === "rescue") {
    facts.push("mineWaterMeasured");
    for (const g of st.miners) if (g.status === "trapped" || g.status === "refuge") facts.push(`minersTrapped-${g.id}`);
  }
  return facts;
}

/** Water depth per segment and node (cm, in scenario order), lakes and crews: for the site view. */
export function overlay(st: MineState): unknown {
  return {
    model: "mine-flood",
    segments: st.ids.segs.map((id, i) => ({ id, depthCm: st.segDepthCm[i]!, walled: st.water.walls.includes(i), flowing: st.water.flowL[i]! > 0 })),
    nodes: st.ids.nodes.map((id, i) => ({ id, depthCm: st.nodeDepthCm[i]!, reachedAtMs: st.water.frontMs[i]! })),
    lakes: st.water.lakes.map((l) => ({ levelM: quantise(l.levelM, 3), volumeM3: Math.round(l.volL / 1000), nodes: l.nodes.map((n) => st.ids.nodes[n]!) })),
    miners: st.miners.map((g) => ({
      id: g.id, count: g.count, status: g.status, node: st.ids.nodes[g.node]!,
      ...(g.seg >= 0 ? { segment: st.ids.segs[g.seg]!, toward: st.ids.nodes[g.next]!, alongM: quantise(g.d, 1) } : {}),
    })),
    pumps: st.pumps.map((p) => ({ id: p.id, node: st.ids.nodes[p.node]!, m3h: p.m3h, running: p.running && p.failedMs < 0 })),
  };
}

export function hashable(st: MineState): unknown {
  const w = st.water;
  return {
    next: st.nextStepMs,
    lakes: w.lakes.map((l) => [l.id, l.nodes, l.volL, quantise(l.levelM, 4)]),
    pending: w.pending.map((p) => [p.node, p.dueMs, p.volL]),
    front: w.frontMs,
    flow: w.flowL,
    walls: w.walls,
    overflow: w.overflowL,
    sources: st.sources.map((s) => [s.inL, s.inrushMs]),
    pumps: st.pumps.map((p) => [p.id, p.node, p.m3h, p.running, p.failedMs, p.pumpedL]),
    pumped: st.pumpedM3h,
    miners: st.miners.map((g) => [g.id, g.status, g.node, g.seg, g.next, quantise(g.d, 2), g.route, quantise(g.selfRescuerS, 1), g.supplied, g.refuge]),
    work: st.work.map((r) => [r.unit, r.task, r.ms, r.target, r.needMs]),
    built: st.wallsBuilt,
    wet: st.wetMs,
    marks: [st.surveyedMs, st.withdrawnMs, st.controlledMs, st.flags],
  };
}
