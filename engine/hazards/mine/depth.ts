/**
 * Water depth where people stand: still water from the lakes (level − floor) and the sheet of
 * water running down a roadway (Manning, wide channel: h = (q·n / (W·√S))^0.6).
 * Derived from the water state each step; never stored as a second truth.
 */
import { dpow } from "../../model/detmath.ts";
import type { Net } from "./network.ts";
import { innerLevel } from "./storage.ts";
import type { Water } from "./water.ts";

export interface Depths {
  /** lake level at each node, or −Infinity when the node is not under a lake */
  level: number[];
  /** depth on each node's floor */
  node: number[];
  /** deepest water along each segment (lake at its low end, or running water) */
  segMax: number[];
  /** depth of running water on each segment */
  flow: number[];
}

export function depths(net: Net, water: Water, dtS: number): Depths {
  const level = net.ids.map(() => -Infinity);
  for (const l of water.lakes) for (const n of l.nodes) level[n] = l.levelM;
  const node = net.z.map((z, i) => Math.max(0, level[i]! - z));
  // The dead end of a sealed pocket is not in any lake; its floor is wet only if the squeezed air lets the water up.
  for (const e of net.segs) if (e.pocket && level[e.lo]! > -Infinity) node[e.hi] = Math.max(node[e.hi]!, innerLevel(e, level[e.lo]!) - e.zHi);
  const flow = net.segs.map((e, i) => {
    const q = water.flowL[i]! / 1000 / dtS;
    if (q <= 0) return 0;
    return Math.min(e.heightM, dpow((q * net.p.front.manningN) / (e.widthM * Math.sqrt(e.slope)), 0.6));
  });
  const segMax = net.segs.map((_, i) => Math.max(stillDepth(net, level, i, 0), flow[i]!));
  // Water running through a node wets its floor too.
  net.segs.forEach((e, i) => {
    if (flow[i]! > 0) for (const n of [e.a, e.b]) node[n] = Math.max(node[n]!, flow[i]!);
  });
  return { level, node, segMax, flow };
}

/** Still-water depth at fraction f (0 at the low end, 1 at the high end) of a segment. */
function stillDepth(net: Net, level: number[], seg: number, f: number): number {
  const e = net.segs[seg]!;
  const eta = level[e.lo]!;
  if (eta === -Infinity) return 0;
  const inner = innerLevel(e, eta);
  const zf = e.zLo + (e.zHi - e.zLo) * f;
  // In a shaft the water column can stand as high as the shaft itself.
  return Math.min(Math.max(inner - zf, 0), e.kind === "shaft" ? e.zHi - e.zLo : e.heightM);
}

/** Depth at a person `distM` along a segment from node `from` (still or running, whichever is deeper). */
export function depthOnSeg(net: Net, d: Depths, seg: number, from: number, distM: number): number {
  const e = net.segs[seg]!;
  const along = Math.min(Math.max(distM / e.lengthM, 0), 1);
  const f = from === e.lo ? along : 1 - along;
  return Math.max(stillDepth(net, d.level, seg, f), d.flow[seg]!);
}

/** Floor elevation at a spot `distM` along a segment from node `from`. */
export function elevationAt(net: Net, seg: number, from: number, distM: number): number {
  const e = net.segs[seg]!;
  const along = Math.min(Math.max(distM / e.lengthM, 0), 1);
  const f = from === e.lo ? along : 1 - along;
  return e.zLo + (e.zHi - e.zLo) * f;
}
