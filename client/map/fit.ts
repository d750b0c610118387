/**
 * What the map fits into view (newcomer 22 #13, V/50: the plume ran off the right edge of the fitted map): the scenario's
 * places and, for a role that sees the chemical model, the plume (threat-zone cells above 0 and the puffs, each puff a
 * circle of radius max(20 m, σy) as overlay.ts draws it). Boxes are in the scene's world metres, y down (−y of the
 * scenario's north-up metres), as the camera takes them.
 */
import type { ConsoleModel } from "../model/console.ts";

export interface Box { x0: number; x1: number; y0: number; y1: number }

interface ChemOverlay {
  puffs?: Array<{ x: number; y: number; sy: number }>;
  zones?: { now: string; grid: { cellM: number; n: number; originX: number; originY: number } } | null;
}

const union = (a: Box | undefined, b: Box): Box => (a ? { x0: Math.min(a.x0, b.x0), x1: Math.max(a.x1, b.x1), y0: Math.min(a.y0, b.y0), y1: Math.max(a.y1, b.y1) } : b);

/** The plume's box: zone cells with a level above 0, and the puffs; undefined when there is none (or no eyes on it). */
export function plumeBox(m: Pick<ConsoleModel, "hazardModel" | "overlay">): Box | undefined {
  if (m.hazardModel !== "chemical-release" || !m.overlay) return undefined;
  const o = m.overlay as ChemOverlay;
  let box: Box | undefined;
  if (o.zones) {
    const { grid, now } = o.zones;
    for (let k = 0; k < now.length; k++) {
      if (now.charCodeAt(k) - 48 <= 0) continue;
      const i = k % grid.n, j = Math.floor(k / grid.n);
      const x = grid.originX + i * grid.cellM, y = -(grid.originY + (j + 1) * grid.cellM);
      box = union(box, { x0: x, x1: x + grid.cellM, y0: y, y1: y + grid.cellM });
    }
  }
  for (const p of o.puffs ?? []) {
    const r = Math.max(20, p.sy);
    box = union(box, { x0: p.x - r, x1: p.x + r, y0: -p.y - r, y1: -p.y + r });
  }
  return box;
}

/**
 * The box the map fits: every place, and the plume when the role sees it, with room to grow (a tenth of its size on each
 * side), so the map is not fitted again at every step of a growing plume (map-scene refits once it grows out of this).
 */
export function fitBox(m: Pick<ConsoleModel, "places" | "hazardModel" | "overlay">): Box | undefined {
  let box: Box | undefined;
  for (const p of m.places) box = union(box, { x0: p.x, x1: p.x, y0: -p.y, y1: -p.y });
  const tight = plumeBox(m);
  const [dx, dy] = tight ? [(tight.x1 - tight.x0) / 10, (tight.y1 - tight.y0) / 10] : [0, 0];
  const plume = tight && { x0: tight.x0 - dx, x1: tight.x1 + dx, y0: tight.y0 - dy, y1: tight.y1 + dy };
  return box && plume ? union(box, plume) : box ?? plume;
}

/** Whether `inner` lies within `outer` (the fitted box): a plume grown out of it calls for a refit. */
export const within = (inner: Box, outer: Box): boolean => inner.x0 >= outer.x0 && inner.x1 <= outer.x1 && inner.y0 >= outer.y0 && inner.y1 <= outer.y1;
