/**
 * The static floor plan the fire model runs on, compiled once from the scenario block:
 * nodes (rooms, stair landings per floor), gates (doors, openings, stair flights) with SFPE
 * effective widths and flows, and smoke zones (one per room, one per stairwell shaft).
 * Pure and memoised on the params object, so it never enters the drill state.
 */
import { JAMB_M, OPENING_SIDE_M, STAIR_SIDE_M } from "../../scenario/check-building-fire.ts";
import type { BuildingFireParams } from "../../scenario/hazard-building-fire.ts";

type P = BuildingFireParams;
export type NodeKind = P["rooms"][number]["kind"] | "stair";

export interface PlanNode {
  id: string;
  kind: NodeKind;
  floor: number;
  /** position of the floor in ascending order (0 = lowest) */
  floorIdx: number;
  /** room index, or -1 for a stair landing */
  room: number;
  zone: number; // -1 for exits (open air)
  /** height of this node's floor above its zone's base (stair landings) */
  offsetM: number;
  heightM: number;
  areaM2: number;
  x: number;
  y: number;
  /** SFPE k for speed against density: 1.40 level, by riser/tread on stairs */
  k: number;
}

export interface Gate {
  id: string;
  kind: "door" | "opening" | "flight";
  a: number;
  b: number;
  x: number;
  y: number;
  clearW: number;
  /** persons per second at full flow: effective width × max specific flow */
  flow: number;
  soffitM: number;
  /** flights: length along the slope */
  lengthM: number;
  /** index into params.doors, or -1 */
  door: number;
}

export interface Zone {
  areaM2: number;
  heightM: number;
  room: number;
}

export interface Plan {
  nodes: PlanNode[];
  gates: Gate[];
  /** directed link l = gate g crossed a→b (l = 2g) or b→a (l = 2g+1) */
  out: number[][];
  zones: Zone[];
  /** per person: occupant group and whether a pupil */
  personGroup: number[];
  personPupil: boolean[];
  /** per person: where they are when the alarm sounds, spread evenly over their room (m) */
  personX: number[];
  personY: number[];
  groupNode: number[];
  origin: number;
  /** node order for a search: the fire floor first, then the floors above, then below */
  searchOrder: number[];
}

/** SFPE stair k and max specific flow by riser/tread (hazards.md §2.5). */
export const STAIR_SFPE: Record<P["stairs"][number]["riserTread"], { k: number; fsm: number }> = {
  "191/254": { k: 1.0, fsm: 0.94 },
  "178/279": { k: 1.08, fsm: 1.01 },
  "165/305": { k: 1.16, fsm: 1.09 },
  "165/330": { k: 1.23, fsm: 1.16 },
};
export const LEVEL_K = 1.4;

const cache = new WeakMap<P, Plan>();

export function planFor(p: P): Plan {
  let plan = cache.get(p);
  if (!plan) cache.set(p, (plan = build(p)));
  return plan;
}

export const linkGate = (l: number) => l >> 1;
export const linkFrom = (plan: Plan, l: number) => (l & 1 ? plan.gates[l >> 1]!.b : plan.gates[l >> 1]!.a);
export const linkTo = (plan: Plan, l: number) => (l & 1 ? plan.gates[l >> 1]!.a : plan.gates[l >> 1]!.b);
export const isExit = (plan: Plan, n: number) => plan.nodes[n]!.kind === "exit";

function build(p: P): Plan {
  const cm = p.cellM;
  const floors = [...p.floors].sort((a, b) => a.level - b.level);
  const elev = new Map<number, number>();
  const fh = new Map<number, number>();
  floors.reduce((e, f) => (elev.set(f.level, e), fh.set(f.level, f.heightM), e + f.heightM), 0);
  const floorIdx = new Map(floors.map((f, i) => [f.level, i]));
  const centre = (r: readonly number[]) => ({ x: (r[0]! + r[2]! / 2) * cm, y: (r[1]! + r[3]! / 2) * cm });

  const nodes: PlanNode[] = [];
  const zones: Zone[] = [];
  p.rooms.forEach((r, i) => {
    const heightM = r.heightM ?? fh.get(r.floor) ?? 3;
    const areaM2 = r.areaM2 ?? r.rect[2] * r.rect[3] * cm * cm;
    const zone = r.kind === "exit" ? -1 : zones.push({ areaM2, heightM, room: i }) - 1;
    nodes.push({ id: r.id, kind: r.kind, floor: r.floor, floorIdx: floorIdx.get(r.floor) ?? 0, room: i, zone, offsetM: 0, heightM, areaM2, ...centre(r.rect), k: LEVEL_K });
  });
  const stairNode = new Map<string, number>();
  const gates: Gate[] = [];
  for (const st of p.stairs) {
    const served = [...st.floors].sort((a, b) => a - b);
    const base = elev.get(served[0]!) ?? 0;
    const top = served[served.length - 1]!;
    const areaM2 = st.rect[2] * st.rect[3] * cm * cm;
    const zone = zones.push({ areaM2, heightM: (elev.get(top) ?? 0) + (fh.get(top) ?? 3) - base, room: -1 }) - 1;
    const sfpe = STAIR_SFPE[st.riserTread];
    const c = centre(st.rect);
    served.forEach((f, j) => {
      const n = nodes.push({ id: `${st.id}@${f}`, kind: "stair", floor: f, floorIdx: floorIdx.get(f) ?? 0, room: -1, zone, offsetM: (elev.get(f) ?? 0) - base, heightM: fh.get(f) ?? 3, areaM2, ...c, k: sfpe.k }) - 1;
      stairNode.set(`${st.id}@${f}`, n);
      if (j > 0) {
        const below = stairNode.get(`${st.id}@${served[j - 1]}`)!;
        const effW = Math.max(0, st.widthM - 2 * STAIR_SIDE_M);
        gates.push({ id: `${st.id}:${served[j - 1]}-${f}`, kind: "flight", a: below, b: n, ...c, clearW: st.widthM, flow: effW * sfpe.fsm, soffitM: 0, lengthM: st.flightLengthM * (f - served[j - 1]!), door: -1 });
      }
    });
  }

  const roomIdx = new Map(p.rooms.map((r, i) => [r.id, i]));
  p.doors.forEach((d, i) => {
    const ra = roomIdx.get(d.from);
    const rb = roomIdx.get(d.to);
    const floor = p.rooms[ra ?? rb!]!.floor;
    const end = (id: string, r: number | undefined) => r ?? stairNode.get(`${id}@${floor}`)!;
    const a = end(d.from, ra);
    const b = end(d.to, rb);
    const side = d.kind === "opening" ? OPENING_SIDE_M : JAMB_M;
    const soffitM = d.kind === "opening" ? Math.min(nodes[a]!.heightM, nodes[b]!.heightM) : d.heightM;
    gates.push({ id: d.id, kind: d.kind, a, b, x: (d.at[0] + 0.5) * cm, y: (d.at[1] + 0.5) * cm, clearW: d.widthM, flow: Math.max(0, d.widthM - 2 * side) * p.walking.doorFsm, soffitM, lengthM: 0, door: i });
  });

  const out: number[][] = nodes.map(() => []);
  gates.forEach((g, i) => (out[g.a]!.push(2 * i), out[g.b]!.push(2 * i + 1)));

  const personGroup: number[] = [];
  const personPupil: boolean[] = [];
  const personX: number[] = [];
  const personY: number[] = [];
  p.occupants.forEach((o, g) => {
    const spots = spread(p.rooms[roomIdx.get(o.room) ?? 0]!.rect, o.staff + o.pupils, cm);
    for (let k = 0; k < o.staff + o.pupils; k++) {
      personGroup.push(g);
      personPupil.push(k >= o.staff);
      personX.push(spots[k]!.x);
      personY.push(spots[k]!.y);
    }
  });
  const origin = roomIdx.get(p.fire.origin) ?? 0;
  // search outwards from the fire, the fire floor and the floors above before the floors below
  // (smoke rises: hazards.md §2.4); a floor counts as 10 m of corridor [R]
  const o = nodes[origin]!;
  const rank = (n: PlanNode) => (n.floorIdx < o.floorIdx ? 1e6 : 0) + walkM(n.x, n.y, o.x, o.y) + 10 * Math.abs(n.floorIdx - o.floorIdx);
  const searchOrder = nodes.map((_, i) => i).filter((i) => nodes[i]!.kind !== "exit").sort((x, y) => rank(nodes[x]!) - rank(nodes[y]!) || x - y);
  return { nodes, gates, out, zones, personGroup, personPupil, personX, personY, groupNode: p.occupants.map((o) => roomIdx.get(o.room) ?? 0), origin, searchOrder };
}

/** `n` spots on a regular lattice over a room's rectangle (cells × cellM): rows and columns in its proportions. */
export function spread(rect: readonly number[], n: number, cellM: number): Array<{ x: number; y: number }> {
  const w = rect[2]! * cellM;
  const h = rect[3]! * cellM;
  const cols = Math.max(1, Math.ceil(Math.sqrt((n * w) / h)));
  const rows = Math.max(1, Math.ceil(n / cols));
  return Array.from({ length: n }, (_, k) => ({ x: rect[0]! * cellM + ((k % cols) + 0.5) * (w / cols), y: rect[1]! * cellM + (Math.floor(k / cols) + 0.5) * (h / rows) }));
}

/** Manhattan walking distance between two points in a node (desks and corridors are not crossed diagonally). */
export function walkM(ax: number, ay: number, bx: number, by: number): number {
  return Math.abs(ax - bx) + Math.abs(ay - by);
}
