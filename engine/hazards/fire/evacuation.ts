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
import { DEAD, OUT, QUEUE, SHELTER, WAIT, WALK, type FireState, type People } from "./state.ts";

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

/** Persons inside each node (everyone not out and not dead counts towards density). */
export function occupancy(plan: Plan, pe: People): number[] {
  const cnt = plan.nodes.map(() => 0);
  for (let i = 0; i < pe.st.length; i++) if (pe.st[i] !== OUT && pe.st[i] !== DEAD) cnt[pe.node[i]!]!++;
  return cnt;
}

/** Classes whose alarm (+ pre-movement) or smoke cue has come: they set off, or shelter if trapped. */
export function startGroups(c: Ctx, s: FireState, pe: People, say: Say): { startAtMs: number[]; cueMs: number[]; closed: boolean[] } {
  const { p, plan, bad, routes, tMs } = c;
  let startAtMs = s.startAtMs;
  let cueMs = s.cueMs;
  let closed = s.closed;
  p.occupants.forEach((o, g) => {
    if (!o.aware || startAtMs[g]! >= 0) return;
    const n = plan.groupNode[g]!;
    if (cueMs[g]! < 0 && (s.rooms[n]!.qKW > 0 || seesSmoke(c, n, s.closed))) (cueMs = [...cueMs]), (cueMs[g] = tMs);
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
      if (trapped) pe.st[i] = SHELTER;
      else {
        const chosen = chooseExit(c, load, n, plan.personX[i]!, plan.personY[i]!);
        const link = chosen >= 0 ? chosen : best.link;
        const gate = plan.gates[link >> 1]!;
        load[link >> 1]!++;
        pe.st[i] = WALK;
        pe.link[i] = link;
        pe.dist[i] = walkM(plan.personX[i]!, plan.personY[i]!, gate.x, gate.y);
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
export function fleeIfUntenable(c: Ctx, pe: People): void {
  const { plan, bad, routes } = c;
  for (let i = 0; i < pe.st.length; i++) {
    if (pe.st[i] !== SHELTER || !bad[pe.node[i]!]) continue;
    const n = pe.node[i]!;
    const best = bestFrom(plan, routes, bad, n, plan.nodes[n]!.x, plan.nodes[n]!.y);
    if (best.link < 0) continue;
    const gate = plan.gates[best.link >> 1]!;
    pe.st[i] = WALK;
    pe.link[i] = best.link;
    pe.dist[i] = walkM(plan.nodes[n]!.x, plan.nodes[n]!.y, gate.x, gate.y);
  }
}

/** Walk, then pass doors and flights. Mutates the (already copied) people arrays and credits. */
export function move(c: Ctx, pe: People, credit: number[]): void {
  const { p, plan, air, routes, tMs, dtS } = c;
  const w = p.walking;
  // everyone inside a node counts against its capacity (nobody enters a node at the stop density);
  // walking speed follows the density of those walking: a queue standing at the door does not slow
  // the people behind it to a halt, it only makes them wait once they reach it
  const cnt = occupancy(plan, pe);
  const walkers = plan.nodes.map(() => 0);
  for (let i = 0; i < pe.st.length; i++) if (pe.st[i] === WALK) walkers[pe.node[i]!]!++;
  const queues: number[][] = plan.gates.map(() => []);
  for (let i = 0; i < pe.st.length; i++) {
    if (pe.st[i] === WALK) {
      const n = pe.node[i]!;
      const node = plan.nodes[n]!;
      const stair = node.kind === "stair";
      const own = plan.personPupil[i] ? (stair ? w.pupilStairMs : w.pupilLevelMs) : stair ? w.staffStairMs : w.staffLevelMs;
      const v = Math.min(own, sfpeSpeed(node.k, walkers[n]! / node.areaM2, w.maxDensity)) * smokeFactor(p, air[n]!);
      pe.dist[i] = pe.dist[i]! - v * dtS;
      if (pe.dist[i]! <= 0) (pe.st[i] = QUEUE), (pe.qMs[i] = tMs);
    }
    if (pe.st[i] === QUEUE) queues[pe.link[i]! >> 1]!.push(i);
  }
  queues.forEach((q, g) => {
    const gate = plan.gates[g]!;
    const cap = gate.flow * dtS + 1;
    credit[g] = Math.min(cap, credit[g]! + gate.flow * dtS);
    if (q.length === 0) return;
    q.sort((a, b) => pe.qMs[a]! - pe.qMs[b]! || a - b);
    for (const i of q) {
      if (credit[g]! < 1) break;
      const l = pe.link[i]!;
      const to = linkTo(plan, l);
      const dest = plan.nodes[to]!;
      if (dest.kind !== "exit" && cnt[to]! / dest.areaM2 >= w.maxDensity) break;
      credit[g] = credit[g]! - 1;
      cnt[pe.node[i]!]!--;
      pe.node[i] = to;
      if (dest.kind === "exit") {
        pe.st[i] = OUT;
        pe.outMs[i] = tMs;
        continue;
      }
      cnt[to]!++;
      const nl = routes.next[l]!;
      if (nl < 0) {
        pe.st[i] = SHELTER;
        continue;
      }
      const ng = plan.gates[nl >> 1]!;
      pe.st[i] = WALK;
      pe.link[i] = nl;
      pe.dist[i] = gate.lengthM + walkM(gate.x, gate.y, ng.x, ng.y);
    }
  });
}

/** Still on the move or yet to move (the evacuation is not over). */
export const moving = (st: number) => st === WAIT || st === WALK || st === QUEUE;
export const inside = (st: number) => st !== OUT && st !== DEAD;
