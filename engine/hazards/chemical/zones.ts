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

/** A concentration field and the cell rectangle that can be non-zero. */
export interface Field {
  values: Float64Array;
  box: { i0: number; i1: number; j0: number; j1: number } | undefined;
}

/**
 * Concentration (kg/m³) per cell: the sum of every puff out to 4σ (where a puff is at e^−8 of its
 * peak). No puff is skipped for being weak on its own: many puffs each below AEGL-1 can add up
 * to more than AEGL-1 (the threat zone is the sum's, as ALOHA draws it).
 */
export function splat(grid: ZoneGrid, puffs: readonly Puff[], h: number, mixingHeightM: number): Field {
  const values = new Float64Array(grid.n * grid.n);
  let box: Field["box"];
  for (const p of puffs) {
    const peak = puffPeak(p, h, mixingHeightM);
    const r = 4 * p.sy;
    const i0 = Math.max(0, Math.floor((p.x - r - grid.originX) / grid.cellM));
    const i1 = Math.min(grid.n - 1, Math.floor((p.x + r - grid.originX) / grid.cellM));
    const j0 = Math.max(0, Math.floor((p.y - r - grid.originY) / grid.cellM));
    const j1 = Math.min(grid.n - 1, Math.floor((p.y + r - grid.originY) / grid.cellM));
    if (i0 > i1 || j0 > j1) continue;
    box = box ? { i0: Math.min(box.i0, i0), i1: Math.max(box.i1, i1), j0: Math.min(box.j0, j0), j1: Math.max(box.j1, j1) } : { i0, i1, j0, j1 };
    const inv2s2 = 1 / (2 * p.sy * p.sy);
    for (let j = j0; j <= j1; j++) {
      const cy = grid.originY + (j + 0.5) * grid.cellM - p.y;
      for (let i = i0; i <= i1; i++) {
        const cx = grid.originX + (i + 0.5) * grid.cellM - p.x;
        const q = (cx * cx + cy * cy) * inv2s2;
        if (q > 8) continue;
        values[j * grid.n + i]! += peak * dexp(-q);
      }
    }
  }
  return { values, box };
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const ZERO = 48; // '0'

/**
 * Classify a field against the three LOCs (kg/m³) into level strings and reach distances.
 * Only the field's non-zero box is scanned: outside it "now" is 0 and "ever" is unchanged.
 */
export function classify(
  grid: ZoneGrid,
  field: Field,
  locs: readonly [number, number, number],
  previous: ThreatZones | undefined,
  atMs: number,
): ThreatZones {
  const cells = grid.n * grid.n;
  const now = new Uint8Array(cells).fill(ZERO);
  const ever = previous ? levelsOf(previous.ever) : new Uint8Array(cells).fill(ZERO);
  let everRaised = !previous;
  const reachNow: [number, number, number] = [0, 0, 0];
  const reachEver: [number, number, number] = previous ? [...previous.reachEverM] : [0, 0, 0];
  const centre = (grid.n - 1) / 2;
  const b = field.box;
  if (b) {
    for (let j = b.j0; j <= b.j1; j++) {
      for (let i = b.i0; i <= b.i1; i++) {
        const k = j * grid.n + i;
        const c = field.values[k]!;
        const level = c >= locs[2] ? 3 : c >= locs[1] ? 2 : c >= locs[0] ? 1 : 0;
        if (level === 0) continue;
        now[k] = ZERO + level;
        if (level > ever[k]! - ZERO) {
          ever[k] = ZERO + level;
          everRaised = true;
        }
        const d = quantise(Math.sqrt((i - centre) * (i - centre) + (j - centre) * (j - centre)) * grid.cellM, 0);
        for (let l = 0; l < level; l++) {
          if (d > reachNow[l]!) reachNow[l] = d;
          if (d > reachEver[l]!) reachEver[l] = d;
        }
      }
    }
  }
  // most updates raise no cell of "ever": keep the previous string rather than decode an equal one
  const everText = everRaised ? decoder.decode(ever) : previous!.ever;
  last = { text: everText, bytes: ever };
  return { atMs, now: b ? decoder.decode(now) : zeros(cells), ever: everText, reachNowM: reachNow, reachEverM: reachEver };
}

/**
 * The last "ever" raster and its bytes: the next update starts from it, so it is encoded once, not
 * every update. A different string (another drill, a state from elsewhere) is encoded afresh.
 */
let last: { text: string; bytes: Uint8Array } | undefined;

function levelsOf(text: string): Uint8Array {
  return last && last.text === text ? last.bytes.slice() : encoder.encode(text);
}

let zeroText: string | undefined;

/** A raster of `cells` zeros (a field with no puff over the grid). */
function zeros(cells: number): string {
  if (zeroText?.length !== cells) zeroText = "0".repeat(cells);
  return zeroText;
}
