/**
 * Who is where, worked out once per published people array: the lists the substep's loops need,
 * so the ticks in which nothing happens to the people (everyone out: most of a drill) skip their
 * scans. Memoised only on arrays a state already holds — those are never written again (substep
 * copies on write, state.ts PeopleDraft); an array the draft owns is counted afresh each time.
 */
import type { BuildingFireParams } from "../../scenario/hazard-building-fire.ts";
import { DEAD, OUT, QUEUE, SHELTER, WAIT, WALK, type People, type PeopleDraft } from "./state.ts";

export interface Census {
  /** indices of everyone not out and not dead, ascending */
  inside: number[];
  /** someone walking or queueing */
  walking: boolean;
  /** someone yet to move or on the move */
  moving: boolean;
  sheltering: boolean;
}

const censusMemo = new WeakMap<readonly number[], Census>();

export function census(d: PeopleDraft): Census {
  const st = d.pe.st;
  if (d.owns("st")) return count(st);
  let c = censusMemo.get(st);
  if (!c) censusMemo.set(st, (c = count(st)));
  return c;
}

function count(st: readonly number[]): Census {
  const c: Census = { inside: [], walking: false, moving: false, sheltering: false };
  for (let i = 0; i < st.length; i++) {
    const x = st[i]!;
    if (x === OUT || x === DEAD) continue;
    c.inside.push(i);
    if (x === WALK || x === QUEUE) c.walking = true;
    if (x === WAIT || x === WALK || x === QUEUE) c.moving = true;
    if (x === SHELTER) c.sheltering = true;
  }
  return c;
}

type Make = (p: BuildingFireParams, pe: People, extra: readonly number[], arg: number) => number[];
type Keyed = { make: Make; arg: number; p: BuildingFireParams; fed: readonly number[]; care: readonly number[]; outMs: readonly number[]; extra: readonly number[]; list: number[] };
const listMemo = new WeakMap<readonly number[], Keyed[]>();

/**
 * make(p, people, extra, arg): a list of person indices that depends on nothing but st, fed, care,
 * outMs, `extra` and the params; kept while those arrays are the published ones it was made from.
 * The list is shared: read it, never change it.
 */
export function memoList(make: Make, p: BuildingFireParams, d: PeopleDraft, extra: readonly number[], arg: number): number[] {
  const pe = d.pe;
  if (d.owns("st") || d.owns("fed") || d.owns("care") || d.owns("outMs")) return make(p, pe, extra, arg);
  let m = listMemo.get(pe.st);
  if (!m) listMemo.set(pe.st, (m = []));
  for (const k of m) {
    if (k.make === make && k.arg === arg && k.p === p && k.fed === pe.fed && k.care === pe.care && k.outMs === pe.outMs && k.extra === extra) return k.list;
  }
  const list = make(p, pe, extra, arg);
  // a handful of lists per array: replace a stale one of the same kind rather than grow
  const at = m.findIndex((k) => k.make === make && k.arg === arg);
  const entry = { make, arg, p, fed: pe.fed, care: pe.care, outMs: pe.outMs, extra, list };
  if (at >= 0) m[at] = entry;
  else m.push(entry);
  return list;
}
