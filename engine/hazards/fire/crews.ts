/**
 * What responders' work does inside the model (hazards.md §2.2 suppression, §4.3 casualties):
 * fire crews cool burning rooms (η·2.6 MJ/L × flow), search rooms (m²/min, slower in smoke),
 * rescue located people (carrying the incapacitated costs more); 120 crews triage casualties
 * in the open air and transport them. Rates are per unit and come from the scenario.
 */
import type { BuildingFireParams } from "../../scenario/hazard-building-fire.ts";
import type { Worker } from "../types.ts";
import { memoList } from "./census.ts";
import type { Plan } from "./plan.ts";
import { DEAD, DOWN, HIDE, OUT, SHELTER, type FireState, type People, type PeopleDraft, type RoomFire } from "./state.ts";

type P = BuildingFireParams;
/** water's cooling capacity, kJ per litre (heating and evaporation; hazards.md §2.2) */
const WATER_KJ_L = 2600;
export const INSIDE_TASKS = new Set(["search", "rescue", "suppression"]);

/** Workers at the building whose crews have made their way in (inside tasks) this tick. */
export function activeWorkers(p: P, plan: Plan, workers: readonly Worker[], tMs: number, done: ReadonlySet<string>): Worker[] {
  const floors = plan.nodes[plan.origin]!.floorIdx;
  const accessMs = (p.tasks.access.baseS + p.tasks.access.perFloorS * floors) * 1000;
  // inside tasks happen at the building; triage and transport wherever the casualties are brought (the assembly point)
  return workers.filter((w) => !done.has(w.unit) && (INSIDE_TASKS.has(w.task) ? w.place === p.place && tMs >= w.sinceMs + accessMs : true));
}

const ofTask = (ws: readonly Worker[], task: string) => ws.filter((w) => w.task === task);

/** Cooling (kW) per room: crews take the biggest fires first, each needing its whole Q to knock it down. */
export function cooling(p: P, rooms: readonly RoomFire[], ws: readonly Worker[]): number[] {
  const s = p.tasks.suppression;
  let kw = ofTask(ws, "suppression").reduce((sum, w) => sum + (s.flowLpsByType[w.type] ?? s.flowLps) * s.efficiency * WATER_KJ_L, 0);
  const out = rooms.map(() => 0);
  // no water on the fire (no crew at it yet): nothing to share out
  if (kw <= 0) return out;
  // a room not yet knocked down needs its whole free-burning HRR in cooling; a knocked-down one only what is left
  // (10 % over last step's free burn: the fire grows while the water is applied)
  const need = (r: RoomFire) => (r.knockMs >= 0 ? r.qKW : 1.1 * r.freeKW);
  const burning = rooms.map((r, i) => i).filter((i) => rooms[i]!.qKW > 0 && !rooms[i]!.out);
  burning.sort((a, b) => need(rooms[b]!) - need(rooms[a]!) || a - b);
  for (const i of burning) {
    if (kw <= 0) break;
    out[i] = Math.min(kw, need(rooms[i]!));
    kw -= out[i]!;
  }
  return out;
}

/**
 * Search in plan order, except that rooms an order aimed the search at (a dispatch `target`,
 * e.g. where a missing pupil was last seen) come first; a finished room reveals who is in it.
 * Returns the searched areas and how many living people were found.
 */
export function search(p: P, plan: Plan, s: FireState, d: PeopleDraft, ws: readonly Worker[], bad: readonly boolean[], dtS: number): { searched: number[]; found: number; complete: boolean } {
  const pe = d.pe;
  const searchers = ofTask(ws, "search");
  let budget = (searchers.length * p.tasks.search.m2PerMin * dtS) / 60;
  let searched = s.searched;
  let found = 0;
  const aimed = plan.searchOrder.filter((n) => searchers.some((w) => w.target === plan.nodes[n]!.id));
  const order = aimed.length === 0 ? plan.searchOrder : [...aimed, ...plan.searchOrder.filter((n) => !aimed.includes(n))];
  for (const n of order) {
    const area = plan.nodes[n]!.areaM2;
    if (searched[n]! >= area) continue;
    if (budget <= 0) break;
    const factor = bad[n] ? p.tasks.search.smokeFactor : 1;
    const need = (area - searched[n]!) / factor;
    const use = Math.min(budget, need);
    budget -= use;
    if (searched === s.searched) searched = [...searched];
    searched[n] = use >= need ? area : searched[n]! + use * factor;
    if (searched[n]! < area) break;
    for (let i = 0; i < pe.st.length; i++) {
      if (pe.node[i] !== n || pe.found[i] === 1) continue;
      const st = pe.st[i]!;
      if (st !== HIDE && st !== DOWN && st !== DEAD) continue;
      d.w("found")[i] = 1;
      if (st === HIDE) d.w("st")[i] = SHELTER;
      if (st !== DEAD) found++;
    }
  }
  return { searched, found, complete: plan.searchOrder.every((n) => searched[n]! >= plan.nodes[n]!.areaM2) };
}

/** Bring out located people: the incapacitated first (carried), then the sheltering. */
export function rescue(p: P, pool: number, d: PeopleDraft, ws: readonly Worker[], tMs: number, dtS: number): { pool: number; rescued: number } {
  const pe = d.pe;
  const units = ofTask(ws, "rescue").length;
  if (units === 0) return { pool: 0, rescued: 0 };
  const waiting: number[] = [];
  for (let i = 0; i < pe.st.length; i++) if (pe.st[i] === SHELTER || (pe.st[i] === DOWN && pe.found[i] === 1)) waiting.push(i);
  if (waiting.length === 0) return { pool: 0, rescued: 0 };
  waiting.sort((a, b) => Number(pe.st[b] === DOWN) - Number(pe.st[a] === DOWN) || pe.fed[b]! - pe.fed[a]! || a - b);
  let credit = pool + (units * p.tasks.rescue.personsPerMin * dtS) / 60;
  let rescued = 0;
  for (const i of waiting) {
    const cost = pe.st[i] === DOWN ? p.tasks.rescue.carryFactor : 1;
    if (credit < cost) break;
    credit -= cost;
    d.w("st")[i] = OUT;
    d.w("outMs")[i] = tMs;
    d.w("rescued")[i] = 1;
    rescued++;
  }
  return { pool: credit, rescued };
}

const NONE: readonly number[] = [];

/** Casualties outside who need care, most serious first (the same list while nobody's state, dose or care changes). */
const patients = (p: P, d: PeopleDraft, maxCare: number): number[] => memoList(findPatients, p, d, NONE, maxCare);

function findPatients(p: P, pe: People, _extra: readonly number[], maxCare: number): number[] {
  const list: number[] = [];
  for (let i = 0; i < pe.st.length; i++) if (pe.st[i] === OUT && pe.fed[i]! >= p.health.injuredFed && pe.care[i]! <= maxCare) list.push(i);
  const serious = (i: number) => (pe.fed[i]! >= p.health.incapacitatedFed ? 1 : 0);
  return list.sort((a, b) => serious(b) - serious(a) || pe.care[b]! - pe.care[a]! || pe.outMs[a]! - pe.outMs[b]! || a - b);
}

export function triage(p: P, pool: number, d: PeopleDraft, ws: readonly Worker[], dtS: number): { pool: number; waiting: number } {
  const units = ofTask(ws, "triage").length;
  const list = patients(p, d, 0);
  if (units === 0 || list.length === 0) return { pool: 0, waiting: list.length };
  let credit = pool + (units * p.tasks.triage.personsPerMin * dtS) / 60;
  let n = 0;
  for (const i of list) {
    if (credit < 1) break;
    credit -= 1;
    d.w("care")[i] = 1;
    n++;
  }
  return { pool: credit, waiting: list.length - n };
}

/** Each ambulance loads for loadS, takes up to patientsPerTrip and leaves (its task completes). */
export function transport(p: P, loads: FireState["loads"], d: PeopleDraft, ws: readonly Worker[], dtS: number, evacuationOver: boolean): { loads: FireState["loads"]; done: string[] } {
  const next: FireState["loads"] = [];
  const done: string[] = [];
  for (const w of ofTask(ws, "transport").sort((a, b) => (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0))) {
    const ms = (loads.find((l) => l.unit === w.unit)?.ms ?? 0) + dtS * 1000;
    const list = patients(p, d, 1);
    if (ms >= p.tasks.transport.loadS * 1000 && (list.length > 0 || evacuationOver)) {
      for (const i of list.slice(0, p.tasks.transport.patientsPerTrip)) d.w("care")[i] = 2;
      done.push(w.unit);
    } else next.push({ unit: w.unit, ms });
  }
  // no ambulance loading, before or now: the same (empty) list
  return { loads: next.length === 0 && loads.length === 0 ? loads : next, done };
}
