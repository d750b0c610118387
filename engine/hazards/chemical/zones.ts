/**
 * Threat zones (hazards.md §1.5): every `everyS` the puffs are splatted onto a square grid
 * around the source; cells above the 60-min AEGL-1/2/3 are marked. ALOHA's threat zone is
 * where the level "is exceeded at some time", so an ever-exceeded raster is kept as well.
 * Rasters are strings of '0'–'3' (the highest level reached per cell): immutable and hashable.
 */
import { dexp, quantise } from "../../model/detmath.ts";
import { puffPeak, type Puff } from "./dispersion.ts";

export interface ZoneGrid {
  cellM: number;
  /** cells per side; the source sits at the centre cell */
  n: number;
  originX: number;
  originY: number;
}

export interface ThreatZones {
  atMs: number;
  /** highest level per cell now, row-major from the south-west corner */
  now: string;
  /** highest level per cell ever */
  ever: string;
  /** farthest distance (m) from the source of a cell at ≥ level 1/2/3: now and ever */
  reachNowM: [number, number, number];
  reachEverM: [number, number, number];
}

export function makeGrid(sourceX: number, sourceY: number, cellM: number, extentM: number): ZoneGrid {
  const half = Math.ceil(extentM / cellM);
  const n = 2 * half + 1;
  return { cellM, n, originX: sourceX - half * cellM - cellM / 2, originY: sourceY - half * cellM - cellM / 2 };
}

/** Concentration (kg/m³) per cell: each puff adds to the cells within its cut-off radius. */
export function splat(grid: ZoneGrid, puffs: readonly Puff[], h: number, mixingHeightM: number, floorKgM3: number): Float64Array {
  const field = new Float64Array(grid.n * grid.n);
  for (const p of puffs) {
    const peak = puffPeak(p, h, mixingHeightM);
    if (peak < floorKgM3) continue;
    // beyond r the contribution is below floor/20 even summed over neighbours
    const r = Math.min(4 * p.sy, p.sy * Math.sqrt(2 * lnRatio(peak / (floorKgM3 / 20))));
    const i0 = Math.max(0, Math.floor((p.x - r - grid.originX) / grid.cellM));
    const i1 = Math.min(grid.n - 1, Math.floor((p.x + r - grid.originX) / grid.cellM));
    const j0 = Math.max(0, Math.floor((p.y - r - grid.originY) / grid.cellM));
    const j1 = Math.min(grid.n - 1, Math.floor((p.y + r - grid.originY) / grid.cellM));
    const inv2s2 = 1 / (2 * p.sy * p.sy);
    for (let j = j0; j <= j1; j++) {
      const cy = grid.originY + (j + 0.5) * grid.cellM - p.y;
      for (let i = i0; i <= i1; i++) {
        const cx = grid.originX + (i + 0.5) * grid.cellM - p.x;
        const q = (cx * cx + cy * cy) * inv2s2;
        if (q > 8) continue;
        field[j * grid.n + i]! += peak * dexp(-q);
      }
    }
  }
  return field;
}

/** ln for ratios ≥ 1 through a few halvings: only used to size a cut-off, so precision is loose on purpose. */
function lnRatio(x: number): number {
  let k = 0;
  let v = x;
  while (v > 2) {
    v /= 2;
    k++;
  }
  return k * 0.6931471805599453 + (v - 1);
}

/** Classify a field against the three LOCs (kg/m³) into a level string and reach distances. */
export function classify(
  grid: ZoneGrid,
  field: Float64Array,
  locs: readonly [number, number, number],
  previousEver: string | undefined,
  atMs: number,
): ThreatZones {
  const cells = grid.n * grid.n;
  const now: string[] = new Array(cells);
  const ever: string[] = new Array(cells);
  const reachNow: [number, number, number] = [0, 0, 0];
  const reachEver: [number, number, number] = [0, 0, 0];
  const centre = (grid.n - 1) / 2;
  for (let k = 0; k < cells; k++) {
    const c = field[k]!;
    const level = c >= locs[2] ? 3 : c >= locs[1] ? 2 : c >= locs[0] ? 1 : 0;
    const before = previousEver ? previousEver.charCodeAt(k) - 48 : 0;
    const everLevel = level > before ? level : before;
    now[k] = String(level);
    ever[k] = String(everLevel);
    if (level > 0 || everLevel > 0) {
      const i = k % grid.n;
      const j = (k - i) / grid.n;
      const d = Math.sqrt((i - centre) ** 2 + (j - centre) ** 2) * grid.cellM;
      for (let l = 0; l < 3; l++) {
        if (level > l && d > reachNow[l]!) reachNow[l] = d;
        if (everLevel > l && d > reachEver[l]!) reachEver[l] = d;
      }
    }
  }
  return {
    atMs,
    now: now.join(""),
    ever: ever.join(""),
    reachNowM: reachNow.map((d) => quantise(d, 0)) as [number, number, number],
    reachEverM: reachEver.map((d) => quantise(d, 0)) as [number, number, number],
  };
}

/** Level (0–3) of the cell containing a point, from a zone string. */
export function levelAt(grid: ZoneGrid, zones: string, x: number, y: number): number {
  const i = Math.floor((x - grid.originX) / grid.cellM);
  const j = Math.floor((y - grid.originY) / grid.cellM);
  if (i < 0 || j < 0 || i >= grid.n || j >= grid.n) return 0;
  return zones.charCodeAt(j * grid.n + i) - 48;
}

