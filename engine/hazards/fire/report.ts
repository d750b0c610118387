/**
 * What the building-fire model shows: occupant counts for the outcome, headline figures
 * (HRR, smoke layers, evacuated, ASET/RSET), a per-room overlay a client draws on the floor
 * plan (fire cells, smoke, people), and a quantised view for the state hash.
 */
import { quantise } from "../../model/detmath.ts";
import type { BuildingFireParams } from "../../scenario/hazard-building-fire.ts";
import type { OccupantSummary } from "../types.ts";
import { alphaOf, fireLoadOf } from "./growth.ts";
import type { Plan } from "./plan.ts";
import { airAt, untenable } from "./smoke.ts";
import { DEAD, DOWN, HIDE, OUT, SHELTER, type FireState } from "./state.ts";

type P = BuildingFireParams;

export function countOccupants(p: P, s: FireState): OccupantSummary {
  const pe = s.people;
  const h = p.health;
  const begun = s.startAtMs.some((t) => t >= 0);
  const c: OccupantSummary = { total: pe.st.length, deaths: 0, seriousInjuries: 0, injured: 0, trapped: 0, evacuated: 0, exposed: 0, missing: 0 };
  let only = 0;
  let injuredToo = 0;
  for (let i = 0; i < pe.st.length; i++) {
    const st = pe.st[i]!;
    if (st === DEAD) {
      c.deaths++;
      continue;
    }
    const fed = pe.fed[i]!;
    if (fed >= h.incapacitatedFed) c.seriousInjuries++;
    else if (fed >= h.injuredFed) c.injured++;
    const trapped = st === SHELTER || (st === DOWN && pe.found[i] === 1);
    // exposed: breathed enough smoke to matter (a third of the injury threshold), not a whiff
    if (fed >= h.injuredFed / 3) {
      c.exposed++;
      // each person once, at the worst outcome (the dead are not among the exposed)
      if (!trapped && fed < h.injuredFed) only++;
      else if (!trapped && fed < h.incapacitatedFed) injuredToo++;
    }
    if (st === OUT) c.evacuated++;
    else if (trapped) c.trapped++;
    // nobody counts heads before the evacuation has begun
    else if (begun && (st === HIDE || st === DOWN)) c.missing++;
  }
  return { ...c, exposedOnly: only, exposedInjured: injuredToo };
}

/** What each counts object was counted from: the arrays are replaced when written, never mutated (substep.ts). */
const countedFrom = new WeakMap<OccupantSummary, { p: P; st: number[]; fed: number[]; found: number[]; startAtMs: number[] }>();

/**
 * countOccupants(p, s), or `prev` itself when it was counted from the very arrays s holds (the
 * same people, doses and starts: a tick in which nobody moved, breathed smoke or was found).
 */
export function countsOf(p: P, s: FireState, prev: OccupantSummary): OccupantSummary {
  const from = countedFrom.get(prev);
  const pe = s.people;
  if (from && from.p === p && from.st === pe.st && from.fed === pe.fed && from.found === pe.found && from.startAtMs === s.startAtMs) return prev;
  const c = countOccupants(p, s);
  countedFrom.set(c, { p, st: pe.st, fed: pe.fed, found: pe.found, startAtMs: s.startAtMs });
  return c;
}

export function figures(p: P, plan: Plan, s: FireState): Record<string, number> {
  const f: Record<string, number> = {};
  f.hrrKW = quantise(s.rooms.reduce((sum, r) => sum + r.qKW, 0), 1);
  f.peakHrrKW = quantise(s.marks.peakKW, 1);
  f.roomsBurning = s.rooms.filter((r) => r.qKW > 0).length;
  f.evacuated = s.counts.evacuated;
  f.inside = s.counts.total - s.counts.evacuated - s.counts.deaths;
  f.trapped = s.counts.trapped;
  // pupils and staff apart: the school's headcount and the education bureau's figures
  let pupils = 0;
  let pupilsOut = 0;
  let staffOut = 0;
  s.people.st.forEach((st, i) => {
    const alive = st !== DEAD;
    if (plan.personPupil[i]) (pupils++, st === OUT && alive && pupilsOut++);
    else if (st === OUT) staffOut++;
  });
  f.pupils = pupils;
  f.staff = s.people.st.length - pupils;
  f.pupilsEvacuated = pupilsOut;
  f.staffEvacuated = staffOut;
  const ign = s.startMs;
  if (s.marks.asetMs >= 0) f.asetS = (s.marks.asetMs - ign) / 1000;
  if (s.marks.rsetMs >= 0) f.rsetS = (s.marks.rsetMs - ign) / 1000;
  if (s.alarmMs >= 0) f.alarmS = (s.alarmMs - ign) / 1000;
  // the schools' own yardstick: signal to everyone out (教育部 ≤ 2 min for low buildings). "Out" is out on
  // foot: a class that shut its door to wait for rescue is not out, and its decision to wait is not the end
  let walked = 0;
  let lastOutMs = -1;
  s.people.outMs.forEach((t, i) => {
    if (t >= 0 && !s.people.rescued[i]) (walked++, (lastOutMs = Math.max(lastOutMs, t)));
  });
  f.selfEvacuated = walked;
  if (s.marks.rsetMs >= 0) {
    // nobody walked out (all waiting for rescue): the evacuation on foot ended when the last class stopped moving
    const last = lastOutMs >= 0 ? lastOutMs : s.marks.rsetMs;
    f.lastOutAtS = last / 1000;
    if (s.alarmMs >= 0) f.evacuationS = Math.max(0, last - s.alarmMs) / 1000;
  }
  plan.nodes.forEach((n, i) => {
    if (n.zone >= 0) f[`layerM.${n.id}`] = quantise(Math.min(n.heightM, airAt(p, plan, s.zones, i).layerM), 2);
  });
  return f;
}

/** Burning (1) and burnt-out (2) cells of a room: a disc spreading at v = √(α/(π·HRRPUA)), all cells after flashover. */
function fireCells(p: P, plan: Plan, s: FireState, room: number): Array<[number, number, number]> {
  const r = s.rooms[room]!;
  if (r.ignMs < 0 || s.tMs < r.ignMs) return [];
  const def = p.rooms[room]!;
  const v = Math.sqrt(alphaOf(p) / (Math.PI * def.hrrpuaKWm2));
  const burnS = (fireLoadOf(p, room) * 1000) / def.hrrpuaKWm2;
  const cells: Array<[number, number, number]> = [];
  const [c0, r0, w, h] = def.rect;
  for (let row = r0; row < r0 + h; row++) {
    for (let col = c0; col < c0 + w; col++) {
      const dx = (col + 0.5) * p.cellM - r.ignX;
      const dy = (row + 0.5) * p.cellM - r.ignY;
      let arrive = r.ignMs + (Math.sqrt(dx * dx + dy * dy) / v) * 1000;
      if (r.flashoverMs >= 0) arrive = Math.min(arrive, r.flashoverMs + 30000);
      if (arrive > s.tMs) continue;
      const burnt = r.out || s.tMs - arrive > burnS * 1000;
      cells.push([col, row, burnt ? 2 : 1]);
    }
  }
  return cells;
}

export function overlay(p: P, plan: Plan, s: FireState): unknown {
  const people = plan.nodes.map(() => 0);
  s.people.st.forEach((st, i) => {
    if (st !== OUT && st !== DEAD) people[s.people.node[i]!]!++;
  });
  return {
    tMs: s.tMs,
    nodes: plan.nodes.map((n, i) => {
      const air = airAt(p, plan, s.zones, i);
      const fire = n.room >= 0 ? s.rooms[n.room]! : undefined;
      return {
        id: n.id,
        floor: n.floor,
        kind: n.kind,
        hrrKW: fire ? quantise(fire.qKW, 1) : 0,
        flashover: fire ? fire.flashoverMs >= 0 : false,
        sprinklerActive: fire ? fire.sprinklerMs >= 0 : false,
        layerM: Number.isFinite(air.layerM) ? quantise(Math.min(n.heightM, air.layerM), 2) : null,
        tempC: quantise(air.tC, 1),
        visibilityM: quantise(air.visM, 1),
        coPpm: quantise(air.coPpm, 0),
        untenable: untenable(p, air, n.heightM),
        searched: s.searched[i]! >= n.areaM2,
        people: people[i],
        cells: n.room >= 0 ? fireCells(p, plan, s, n.room) : [],
      };
    }),
    doors: plan.gates.map((g, i) => ({ id: g.id, kind: g.kind, closed: s.closed[i] })),
  };
}

export function hashable(s: FireState): unknown {
  const q = (xs: readonly number[], d: number) => xs.map((x) => quantise(x, d));
  return {
    tMs: s.tMs,
    alarmMs: s.alarmMs,
    premoveMs: s.premoveMs,
    tolerance: s.tolerance,
    startAtMs: s.startAtMs,
    cueMs: s.cueMs,
    rooms: s.rooms.map((r) => [
      r.ignMs, quantise(r.ignX, 2), quantise(r.ignY, 2), quantise(r.qKW, 2), quantise(r.freeKW, 2), quantise(r.energyMJ, 2), r.flashoverMs,
      r.decayMs, quantise(r.decayKW, 2), quantise(r.linkC, 2), r.sprinklerMs, quantise(r.sprinklerKW, 2), r.knockMs, quantise(r.knockKW, 2), r.out,
    ]),
    zones: s.zones.map((z) => [quantise(z.zM, 4), quantise(z.tC, 2), quantise(z.sootKg, 6), quantise(z.coKg, 6)]),
    credit: q(s.credit, 4),
    closed: s.closed,
    people: [s.people.node, s.people.st, q(s.people.dist, 3), s.people.link, s.people.qMs, q(s.people.fed, 4), s.people.outMs, s.people.found, s.people.care, s.people.rescued],
    searched: q(s.searched, 2),
    pool: [quantise(s.pool.rescue, 4), quantise(s.pool.triage, 4)],
    loads: s.loads,
    marks: { ...s.marks, peakKW: quantise(s.marks.peakKW, 2) },
    said: s.said,
  };
}
