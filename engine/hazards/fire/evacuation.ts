/**
 * Occupant movement (hazards.md §2.5): classes start after the alarm plus their pre-movement
 * (or when they see smoke, without an alarm), each person from their own spot in the room and
 * towards the exit that is quickest counting the queue already bound for it; people walk at min(own speed, SFPE speed at the
 * node's density) slowed in smoke, and pass doors and stair flights through a deterministic
 * token bucket (credit += F_s·W_e·Δt; one person per credit; FIFO by arrival, then index).
 * A class whose every route is smoke-logged while its room is safe shuts its door and waits.
 */
import type { Params } from "../../model/params.ts";
import type { BuildingFireParams } from "../../scenario/hazard-building-fire.ts";
import { linkTo, walkM, type Plan } from "./plan.ts";
import { bestFrom, PENALTY_S, viaCost, type Routes } from "./routes.ts";
import type { Air } from "./smoke.ts";
import { census } from "./census.ts";
import { DEAD, OUT, QUEUE, SHELTER, WAIT, WALK, type FireState, type People, type PeopleDraft, type RoomFire } from "./state.ts";

type P = BuildingFireParams;
/** reaction to smoke seen (not heard about) [R, hazards.md §2.5: cues shorten pre-movement] */
const CUE_REACT_MS = 60_000;

export interface Ctx {
  p: P;
  plan: Plan;
  air: readonly Air[];
  bad: readonly boolean[];
  routes: Routes;
  tMs: number;
  dtS: number;
}

/** Report a change once per key (default: the `what` name, which inject conditions match). */
/** Report a change once: `what` is its code, `key` (default `what`) what makes it the same change. */
export type Say = (what: string, params?: Params, key?: string) => void;

/** SFPE speed at density D (persons/m²): 0.85k up to 0.54, k(1 − 0.266D) above, 0 at the stop density. */
export function sfpeSpeed(k: number, density: number, maxDensity: number): number {
  if (density >= maxDensity) return 0;
  if (density <= 0.54) return 0.85 * k;
  return k * (1 - 0.266 * density);
}

/** Frantzich & Nilsson smoke slowing: v·(1 + β·K/α), β = −0.057, α = 0.706, at least 0.1 v. */
function smokeFactor(p: P, air: Air): number {
  if (air.layerM >= p.tenability.layerM || air.visM >= 99) return 1;
  return Math.max(0.1, 1 - (0.057 * (3 / air.visM)) / 0.706);
}

/** Classes whose alarm (+ pre-movement) or smoke cue has come: they set off, or shelter if trapped. */
export function startGroups(c: Ctx, s: FireState, rooms: readonly RoomFire[], d: PeopleDraft, say: Say): { startAtMs: number[]; cueMs: number[]; closed: boolean[] } {
  const { p, plan, bad, routes, tMs } = c;
  const pe = d.pe;
  let startAtMs = s.startAtMs;
  let cueMs = s.cueMs;
  let closed = s.closed;
  p.occupants.forEach((o, g) => {
    if (!o.aware || startAtMs[g]! >= 0) return;
    const n = plan.groupNode[g]!;
    if (cueMs[g]! < 0 && (rooms[n]!.qKW > 0 || seesSmoke(c, n, s.closed))) (cueMs = [...cueMs]), (cueMs[g] = tMs);
    const pre = Math.max(0, s.premoveMs[g]!);
    // smoke in sight is an unambiguous cue: a class reacts to it within a minute even if slow to react to the bell
    const trigger = Math.min(s.alarmMs >= 0 ? s.alarmMs + pre : Infinity, cueMs[g]! >= 0 ? cueMs[g]! + Math.min(pre, CUE_REACT_MS) : Infinity);
    if (tMs < trigger) return;
    startAtMs = [...startAtMs];
    startAtMs[g] = tMs;
    const node = plan.nodes[n]!;
    const best = bestFrom(plan, routes, bad, n, node.x, node.y);
    const trapped = best.link < 0 || (best.cost >= PENALTY_S && !bad[n]);
    const load = gateLoad(plan, pe);
    for (let i = 0; i < pe.st.length; i++) {
      if (plan.personGroup[i] !== g || pe.st[i] !== WAIT) continue;
      if (trapped) d.w("st")[i] = SHELTER;
      else {
        const chosen = chooseExit(c, load, n, plan.personX[i]!, plan.personY[i]!);
        const link = chosen >= 0 ? chosen : best.link;
        const gate = plan.gates[link >> 1]!;
        load[link >> 1]!++;
        d.w("st")[i] = WALK;
        d.w("link")[i] = link;
        d.w("dist")[i] = walkM(plan.personX[i]!, plan.personY[i]!, gate.x, gate.y);
      }
    }
    if (trapped) {
      closed = closed.map((cl, gi) => cl || (plan.gates[gi]!.kind === "door" && (plan.gates[gi]!.a === n || plan.gates[gi]!.b === n)));
      say("classTrapped", { group: o.name, room: p.rooms[n]!.name }, `classTrapped:${o.id}`);
    }
  });
  return { startAtMs, cueMs, closed };
}

/** People heading for or queueing at each gate. */
function gateLoad(plan: Plan, pe: People): number[] {
  const load = plan.gates.map(() => 0);
  for (let i = 0; i < pe.st.length; i++) if (pe.st[i] === WALK || pe.st[i] === QUEUE) load[pe.link[i]! >> 1]!++;
  return load;
}

/**
 * A person's way out of node n from their own spot, with the queues in mind: route time from
 * there plus the wait behind everyone already bound for that door (load / door flow), as people
 * in a room with two exits split between them rather than all crowd the nearest.
 */
function chooseExit(c: Ctx, load: readonly number[], n: number, x: number, y: number): number {
  const { plan, routes, bad } = c;
  let link = -1;
  let cost = Infinity;
  for (const l of plan.out[n]!) {
    if (!Number.isFinite(routes.cost[l]!)) continue;
    const gate = plan.gates[l >> 1]!;
    const k = viaCost(plan, routes, bad, n, x, y, l) + (gate.flow > 0 ? load[l >> 1]! / gate.flow : Infinity);
    if (k < cost) (cost = k), (link = l);
  }
  return link;
}

/** Smoke at least cue-deep in the room, or just outside one of its open doors (a shut door hides the corridor). */
function seesSmoke(c: Ctx, n: number, closed: readonly boolean[]): boolean {
  const { p, plan, air } = c;
  const deep = (m: number) => plan.nodes[m]!.heightM - Math.min(plan.nodes[m]!.heightM, air[m]!.layerM) >= p.smokeCueDepthM;
  if (deep(n)) return true;
  return plan.out[n]!.some((l) => plan.gates[l >> 1]!.kind !== "flight" && !closed[l >> 1] && deep(linkTo(plan, l)));
}

/** Sheltering people whose own room turns untenable make a run for it. */
export function fleeIfUntenable(c: Ctx, d: PeopleDraft): void {
  const { plan, bad, routes } = c;
  const pe = d.pe;
  if (!census(d).sheltering) return;
  for (let i = 0; i < pe.st.length; i++) {
    if (pe.st[i] !== SHELTER || !bad[pe.node[i]!]) continue;
    const n = pe.node[i]!;
    const best = bestFrom(plan, routes, bad, n, plan.nodes[n]!.x, plan.nodes[n]!.y);
    if (best.link < 0) continue;
    const gate = plan.gates[best.link >> 1]!;
    d.w("st")[i] = WALK;
    d.w("link")[i] = best.link;
    d.w("dist")[i] = walkM(plan.nodes[n]!.x, plan.nodes[n]!.y, gate.x, gate.y);
  }
}

/**
 * Walk, then pass doors and flights. Writes the people through the draft; returns the gates'
 * credits (`credit` itself when none changed: once full, a credit stays full).
 */
export function move(c: Ctx, d: PeopleDraft, credit: readonly number[]): readonly number[] {
  const { p, plan, routes, tMs, dtS } = c;
  const pe = d.pe;
  const w = p.walking;
  // nobody walking or queueing: only the doors' credits refill
  const queues: Array<number[] | undefined> = new Array(plan.gates.length);
  const cnt = census(d).walking ? walkPeople(c, d, queues) : undefined;
  let out = credit as number[];
  const own = () => (out === credit ? (out = credit.slice()) : out);
  for (let g = 0; g < plan.gates.length; g++) {
    const gate = plan.gates[g]!;
    const cap = gate.flow * dtS + 1;
    const refill = Math.min(cap, out[g]! + gate.flow * dtS);
    if (refill !== out[g]) own()[g] = refill;
    const q = queues[g];
    if (q === undefined || cnt === undefined) continue;
    q.sort((a, b) => pe.qMs[a]! - pe.qMs[b]! || a - b);
    for (const i of q) {
      if (out[g]! < 1) break;
      const l = pe.link[i]!;
      const to = linkTo(plan, l);
      const dest = plan.nodes[to]!;
      if (dest.kind !== "exit" && cnt[to]! / dest.areaM2 >= w.maxDensity) break;
      own()[g] = out[g]! - 1;
      cnt[pe.node[i]!]!--;
      d.w("node")[i] = to;
      if (dest.kind === "exit") {
        d.w("st")[i] = OUT;
        d.w("outMs")[i] = tMs;
        continue;
      }
      cnt[to]!++;
      const nl = routes.next[l]!;
      if (nl < 0) {
        d.w("st")[i] = SHELTER;
        continue;
      }
      const ng = plan.gates[nl >> 1]!;
      d.w("st")[i] = WALK;
      d.w("link")[i] = nl;
      d.w("dist")[i] = gate.lengthM + walkM(gate.x, gate.y, ng.x, ng.y);
    }
  }
  return out;
}

/** Walkers advance; those at their door join its queue (in `queues`). Returns the persons inside each node. */
function walkPeople(c: Ctx, d: PeopleDraft, queues: Array<number[] | undefined>): number[] {
  const { p, plan, air, tMs, dtS } = c;
  const pe = d.pe;
  const w = p.walking;
  // everyone inside a node counts against its capacity (nobody enters a node at the stop density);
  // walking speed follows the density of those walking: a queue standing at the door does not slow
  // the people behind it to a halt, it only makes them wait once they reach it
  const cnt = new Array<number>(plan.nodes.length).fill(0);
  const walkers = new Array<number>(plan.nodes.length).fill(0);
  for (let i = 0; i < pe.st.length; i++) {
    const st = pe.st[i]!;
    if (st !== OUT && st !== DEAD) cnt[pe.node[i]!]!++;
    if (st === WALK) walkers[pe.node[i]!]!++;
  }
  for (let i = 0; i < pe.st.length; i++) {
    if (pe.st[i] === WALK) {
      const n = pe.node[i]!;
      const node = plan.nodes[n]!;
      const stair = node.kind === "stair";
      const own = plan.personPupil[i] ? (stair ? w.pupilStairMs : w.pupilLevelMs) : stair ? w.staffStairMs : w.staffLevelMs;
      const v = Math.min(own, sfpeSpeed(node.k, walkers[n]! / node.areaM2, w.maxDensity)) * smokeFactor(p, air[n]!);
      const dist = d.w("dist");
      dist[i] = dist[i]! - v * dtS;
      if (dist[i]! <= 0) (d.w("st")[i] = QUEUE), (d.w("qMs")[i] = tMs);
    }
    if (pe.st[i] === QUEUE) (queues[pe.link[i]! >> 1] ??= []).push(i);
  }
  return cnt;
}
