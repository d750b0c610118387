/**
 * The building-fire model's state: plain JSON, arrays indexed like the plan. People are kept
 * as parallel arrays (one entry per person) so a tick copies a few flat arrays instead of
 * hundreds of objects; the static facts about them (class, pupil or staff) live in the plan.
 */
import { parseClock, type SimMs } from "../../model/time.ts";
import type { BuildingFireParams } from "../../scenario/hazard-building-fire.ts";
import type { OccupantSummary } from "../types.ts";
import { planFor } from "./plan.ts";

/** Person states. */
export const WAIT = 0; // in class, not yet moving (pre-movement, or no alarm yet)
export const WALK = 1; // walking towards the next door or flight
export const QUEUE = 2; // waiting to pass a door or flight
export const SHELTER = 3; // known to be inside and waiting for rescue (trapped class, found pupil)
export const DOWN = 4; // incapacitated (FED ≥ 1), cannot move
export const OUT = 5; // in the open air
export const DEAD = 6;
export const HIDE = 7; // did not respond to the alarm and nobody knows where (a missing pupil)

export interface RoomFire {
  /** ignition time (ms), -1 when not (yet) burning; may lie in the future (scheduled spread) */
  ignMs: number;
  /** where it started in the room, metres (origin cell or the door it came through) */
  ignX: number;
  ignY: number;
  qKW: number;
  /** what it would release without water: the cooling crews must match to knock it down */
  freeKW: number;
  energyMJ: number;
  flashoverMs: number;
  decayMs: number;
  decayKW: number;
  /** sprinkler link temperature (°C) and activation */
  linkC: number;
  sprinklerMs: number;
  sprinklerKW: number;
  /** knocked down by a fire crew */
  knockMs: number;
  knockKW: number;
  out: boolean;
}

export interface ZoneSmoke {
  /** smoke-layer interface height above the zone's floor, m */
  zM: number;
  tC: number;
  sootKg: number;
  coKg: number;
}

export interface People {
  node: number[];
  st: number[];
  /** metres to the next link */
  dist: number[];
  link: number[];
  /** when it joined the queue (FIFO order) */
  qMs: number[];
  fed: number[];
  outMs: number[];
  /** found by a search (located) */
  found: number[];
  /** 0 none, 1 triaged, 2 transported */
  care: number[];
  rescued: number[];
}

export interface FireState {
  /** the building's map place and the occupant group ids (for orders and observations, which get no scenario) */
  place: string;
  groupIds: string[];
  tMs: SimMs;
  startMs: SimMs;
  alarmMs: number;
  /** per occupant group: pre-movement draw (ms, -1 until drawn) and the time it starts (-1) */
  premoveMs: number[];
  /** per person: how much dose they tolerate relative to the FED thresholds (drawn once; [] until then) */
  tolerance: number[];
  startAtMs: number[];
  /** when the group saw smoke (no alarm), -1 */
  cueMs: number[];
  rooms: RoomFire[];
  zones: ZoneSmoke[];
  /** per gate: door-flow credit and whether it is shut */
  credit: number[];
  closed: boolean[];
  people: People;
  /** per node: m² searched */
  searched: number[];
  pool: { rescue: number; triage: number };
  /** per transport unit: ms worked on the current load */
  loads: Array<{ unit: string; ms: number }>;
  marks: { asetMs: number; rsetMs: number; controlledAtMs: number; outAtMs: number; peakKW: number };
  /** once-only changes already reported */
  said: string[];
  counts: OccupantSummary;
}

export function initFire(p: BuildingFireParams): FireState {
  const plan = planFor(p);
  const startMs = parseClock(p.fire.startAt) ?? 0;
  const ambient = p.ambientC;
  const rooms: RoomFire[] = p.rooms.map(() => ({
    ignMs: -1, ignX: 0, ignY: 0, qKW: 0, freeKW: 0, energyMJ: 0, flashoverMs: -1, decayMs: -1, decayKW: 0,
    linkC: ambient, sprinklerMs: -1, sprinklerKW: 0, knockMs: -1, knockKW: 0, out: false,
  }));
  const o = plan.nodes[plan.origin]!;
  const at = p.fire.at;
  rooms[plan.origin] = { ...rooms[plan.origin]!, ignMs: startMs, ignX: at ? (at[0] + 0.5) * p.cellM : o.x, ignY: at ? (at[1] + 0.5) * p.cellM : o.y };
  const n = plan.personGroup.length;
  const fill = (v: number) => new Array<number>(n).fill(v);
  const st = plan.personGroup.map((g) => (p.occupants[g]!.aware ? WAIT : HIDE));
  return {
    place: p.place,
    groupIds: p.occupants.map((o) => o.id),
    tMs: 0,
    startMs,
    alarmMs: -1,
    premoveMs: p.occupants.map(() => -1),
    tolerance: [],
    startAtMs: p.occupants.map(() => -1),
    cueMs: p.occupants.map(() => -1),
    rooms,
    zones: plan.zones.map((z) => ({ zM: z.heightM, tC: ambient, sootKg: 0, coKg: 0 })),
    credit: plan.gates.map(() => 1),
    closed: plan.gates.map((g) => (g.door >= 0 ? p.doors[g.door]!.closed : false)),
    people: {
      node: plan.personGroup.map((g) => plan.groupNode[g]!),
      st, dist: fill(0), link: fill(-1), qMs: fill(0), fed: fill(0), outMs: fill(-1), found: fill(0), care: fill(0), rescued: fill(0),
    },
    searched: plan.nodes.map(() => 0),
    pool: { rescue: 0, triage: 0 },
    loads: [],
    marks: { asetMs: -1, rsetMs: -1, controlledAtMs: -1, outAtMs: -1, peakKW: 0 },
    said: [],
    counts: { total: n, deaths: 0, seriousInjuries: 0, injured: 0, trapped: 0, evacuated: 0, exposed: 0, missing: 0 },
  };
}

const PEOPLE_KEYS = ["node", "st", "dist", "link", "qMs", "fed", "outMs", "found", "care", "rescued"] as const satisfies ReadonlyArray<keyof People>;
const BIT = Object.fromEntries(PEOPLE_KEYS.map((k, i) => [k, 1 << i])) as Record<keyof People, number>;

/**
 * The people of one substep, copied array by array on the first write (copy-on-write): an array
 * nobody writes stays the previous state's, which is never touched, so a quiet tick (everyone out)
 * copies nothing. Read through `pe` (always the current array, never a stale local), write through
 * `w(key)`, which returns the draft's own copy.
 */
export class PeopleDraft {
  readonly pe: People;
  private owned = 0;

  constructor(from: People) {
    this.pe = { node: from.node, st: from.st, dist: from.dist, link: from.link, qMs: from.qMs, fed: from.fed, outMs: from.outMs, found: from.found, care: from.care, rescued: from.rescued };
  }

  /** Whether any array was written (else the previous state's people serve as they are). */
  get changed(): boolean {
    return this.owned !== 0;
  }

  /** Whether `k` is this draft's own copy (written this substep, and maybe again). */
  owns(k: keyof People): boolean {
    return (this.owned & BIT[k]) !== 0;
  }

  /** The array `k`, this draft's own (copied on the first call). */
  w(k: keyof People): number[] {
    const bit = BIT[k];
    if ((this.owned & bit) === 0) {
      // slice, not spread: the same dense array, copied without the iterator
      this.pe[k] = this.pe[k].slice();
      this.owned |= bit;
    }
    return this.pe[k];
  }
}
