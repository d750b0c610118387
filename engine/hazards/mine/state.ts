/**
 * The mine-flood model's state: plain JSON, arrays in scenario order (nodes, segments,
 * sources, pumps) or sorted by id (work). Node and segment references are indexes into the
 * scenario's hazard.nodes / hazard.segments; `ids` carries their names for views.
 */
import type { HazardChange } from "../../model/params.ts";
import type { SimMs } from "../../model/time.ts";
import type { Net } from "./network.ts";
import { emptyWater, type Water } from "./water.ts";

export type MinerStatus = "working" | "escaping" | "sheltering" | "refuge" | "trapped" | "safe" | "dead";

export interface MinerGroup {
  id: string;
  count: number;
  status: MinerStatus;
  /** what they are walking to */
  goal: "exit" | "refuge" | "high" | "none";
  /** the node they are at, or last left */
  node: number;
  /** while on a segment: the segment, the node ahead and metres walked from `node` */
  seg: number;
  next: number;
  d: number;
  /** nodes still to walk after `next` */
  route: number[];
  selfRescuerS: number;
  /** breathed through a self-rescuer or waded chest-high water */
  exposed: boolean;
  /** a borehole reached them: air, water and a telephone */
  supplied: boolean;
  refuge: number;
  alertedMs: SimMs;
  trappedMs: SimMs;
  outMs: SimMs;
  deadMs: SimMs;
  cause?: "drowned" | "gas" | "refugeFlooded";
  rescued: boolean;
}

export interface Pump {
  id: string;
  /** pump-room index, or −1 for an emergency submersible pump (it runs under water) */
  room: number;
  node: number;
  m3h: number;
  running: boolean;
  failedMs: SimMs;
  pumpedL: number;
}

/** A unit's progress on a task here (finite tasks count ms; rescue also its target group). */
export interface Work {
  unit: string;
  task: string;
  ms: SimMs;
  target: number;
  needMs: SimMs;
  /** the roadway node the order aimed the task at (a dispatch `target`), or -1 */
  aim?: number;
}

export interface MineState {
  site: string;
  ids: { nodes: string[]; segs: string[] };
  nextStepMs: SimMs;
  water: Water;
  /** per source: litres in so far, and when its inrush began (−1: not yet) */
  sources: Array<{ inL: number; inrushMs: SimMs }>;
  inflowM3h: number;
  pumps: Pump[];
  pumpedL: number;
  /** what the pumps actually drew over the last step, m³/h (a pump in a dry sump draws nothing) */
  pumpedM3h: number;
  miners: MinerGroup[];
  work: Work[];
  wallsBuilt: string[];
  surveyedMs: SimMs;
  withdrawnMs: SimMs;
  controlledMs: SimMs;
  /** depth on each node's floor and the deepest water on each segment, cm, after the last step */
  nodeDepthCm: number[];
  segDepthCm: number[];
  /** when water first stood or ran at least WET_M deep on each node's floor (−1: never) */
  wetMs: SimMs[];
  /** one-time changes already reported */
  flags: string[];
}

export function initialState(net: Net): MineState {
  const p = net.p;
  const ix = (id: string) => net.index.get(id)!;
  return {
    site: p.site,
    ids: { nodes: net.ids, segs: net.segs.map((e) => e.id) },
    nextStepMs: 0,
    water: emptyWater(net),
    sources: p.sources.map(() => ({ inL: 0, inrushMs: -1 })),
    inflowM3h: 0,
    pumps: p.pumpRooms.flatMap((r, room) => r.pumps.map((pu) => ({ id: pu.id, room, node: ix(r.suction), m3h: pu.m3h, running: pu.running, failedMs: -1, pumpedL: 0 }))),
    pumpedL: 0,
    pumpedM3h: 0,
    miners: p.miners.map((m) => ({
      id: m.id, count: m.count, status: "working", goal: "none", node: ix(m.node), seg: -1, next: -1, d: 0, route: [],
      selfRescuerS: m.selfRescuerMin * 60, exposed: false, supplied: false, refuge: -1,
      alertedMs: -1, trappedMs: -1, outMs: -1, deadMs: -1, rescued: false,
    })),
    work: [],
    wallsBuilt: [],
    surveyedMs: -1,
    withdrawnMs: -1,
    controlledMs: -1,
    nodeDepthCm: net.ids.map(() => 0),
    segDepthCm: net.segs.map(() => 0),
    wetMs: net.ids.map(() => -1),
    flags: [],
  };
}

/** Water this deep where people stand is noticed: seepage before an inrush (a few cm/h) is not. */
export const WET_M = 0.05;

export type Change = HazardChange;
