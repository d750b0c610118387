/**
 * What units working underground do (domain.md §4.1, 《矿山救援规程》 flood rescue):
 * survey (侦察) locates trapped people and measures the water; installPumps adds emergency
 * pumps; drillBorehole reaches trapped people above the water line only (below it the air
 * cushion keeping them alive would escape, so the task fails with that reason); buildWall
 * closes the next planned roadway; rescue walks in to trapped or refuge groups and leads them
 * out over a passable route. Finite tasks count each unit's working time.
 */
import type { Coded, Params } from "../../model/params.ts";
import type { Worker } from "../types.ts";
import type { Depths } from "./depth.ts";
import { elevationAt } from "./depth.ts";
import type { Net } from "./network.ts";
import { explore, type Walker } from "./routing.ts";
import type { Change, MineState, MinerGroup, Work } from "./state.ts";
import { addWall } from "./water.ts";

export const MINE_TASKS = { survey: "finite", rescue: "continuous", installPumps: "finite", drillBorehole: "finite", buildWall: "finite" } as const;

export interface TaskCtx {
  net: Net;
  d: Depths;
  blocked: readonly boolean[];
  t: number;
  dtMs: number;
  /** a water step just ran: re-check rescue routes */
  stepped: boolean;
  completed: Array<{ unit: string; task: string }>;
  failed: Array<{ unit: string; task: string; reason: Coded }>;
  changes: Change[];
}

/** Advance every unit working at the mine; returns the new state (the input is not changed). */
export function tickWork(c: TaskCtx, st: MineState, workers: readonly Worker[]): MineState {
  const here = workers.filter((w) => w.place === st.site && w.task in MINE_TASKS);
  if (here.length === 0 && st.work.length === 0) return st;
  // Records of units no longer working here are dropped: a unit sent back later starts afresh.
  const recs: Work[] = here.map((w) => {
    const old = st.work.find((r) => r.unit === w.unit && r.task === w.task);
    const aim = w.target !== undefined ? c.net.index.get(w.target) ?? -1 : -1;
    return old && (old.aim ?? -1) === aim ? { ...old } : { unit: w.unit, task: w.task, ms: 0, target: -1, needMs: 0, ...(aim >= 0 ? { aim } : {}) };
  });
  const s: MineState = { ...st, work: recs, miners: [...st.miners] };
  const ended = new Set<Work>();
  for (const rec of recs) if (doTask(c, s, rec)) ended.add(rec);
  s.work = recs.filter((r) => !ended.has(r)).sort((a, b) => (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0));
  return s;
}

/** One unit's tick of work; true when the task ended (completed or failed). */
/** A task that cannot go on: its code (catalogue `taskFailed.<code>`) and parameters. */
type Fail = (code: string, params?: Params) => boolean;

function doTask(c: TaskCtx, s: MineState, rec: Work): boolean {
  const p = c.net.p;
  const done = () => (c.completed.push({ unit: rec.unit, task: rec.task }), true);
  const fail: Fail = (code, params = {}) => (c.failed.push({ unit: rec.unit, task: rec.task, reason: { code, params } }), true);
  switch (rec.task) {
    case "survey":
      if ((rec.ms += c.dtMs) < p.tasks.survey.workS * 1000) return false;
      if (s.surveyedMs < 0) s.surveyedMs = c.t;
      c.changes.push({ what: "surveyCompleted" });
      return done();
    case "installPumps": {
      const ip = p.tasks.installPumps;
      if ((rec.ms += c.dtMs) < ip.workS * 1000) return false;
      const node = c.net.index.get(ip.node)!;
      const added = Array.from({ length: ip.perUnit }, (_, k) => ({ id: `${rec.unit}-pump-${s.pumps.length + k + 1}`, room: -1, node, m3h: ip.m3h, running: true, failedMs: -1, pumpedL: 0 }));
      s.pumps = [...s.pumps, ...added];
      c.changes.push({ what: "pumpsInstalled", params: { pumps: ip.perUnit, m3h: ip.perUnit * ip.m3h } });
      return done();
    }
    case "drillBorehole":
      return borehole(c, s, rec, done, fail);
    case "buildWall":
      return wall(c, s, rec, done, fail);
    default:
      rescue(c, s, rec);
      return false;
  }
}

function borehole(c: TaskCtx, s: MineState, rec: Work, done: () => boolean, fail: Fail): boolean {
  // aimed at a node: drill to the people there, whatever the water says (the rule below then decides)
  const aimed = (i: number) => rec.aim === undefined || s.miners[i]!.node === rec.aim;
  const trapped = s.miners.flatMap((g, i) => (g.status === "trapped" && !g.supplied && aimed(i) ? [i] : []));
  if (trapped.length === 0) return fail(rec.aim === undefined ? "noUnsuppliedTrapped" : "noUnsuppliedTrappedAt", rec.aim === undefined ? {} : { place: c.net.p.nodes[rec.aim]!.name });
  const above = trapped.filter((i) => aboveWaterLine(c, s.miners[i]!));
  if (above.length === 0) {
    // 《矿山救援规程》: 被困人员在水位以下时不得打钻 (a borehole would let their air cushion escape)
    return fail("trappedBelowWater");
  }
  if (!above.includes(rec.target)) rec.target = above[0]!;
  if ((rec.ms += c.dtMs) < c.net.p.tasks.drillBorehole.workS * 1000) return false;
  const g = s.miners[rec.target]!;
  s.miners[rec.target] = { ...g, supplied: true };
  const at = c.net.p.nodes[g.node]!.name;
  c.changes.push({ what: "boreholeThrough", params: { place: at, count: g.count } });
  return done();
}

/** Above the water line: standing higher than the water that cuts them off (a sealed pocket is below it). */
export function aboveWaterLine(c: Pick<TaskCtx, "net" | "d" | "blocked">, g: MinerGroup): boolean {
  const { net, d } = c;
  const walker: Walker = { walkMs: net.p.speeds.walkMs, shaftMs: net.p.speeds.shaftMs, maxDepthM: net.p.chestDepthM };
  const { timeS } = explore(net, d, c.blocked, walker, g.node);
  let line = -Infinity;
  for (let n = 0; n < timeS.length; n++) {
    if (timeS[n] === Infinity) continue;
    line = Math.max(line, d.level[n]!);
    for (const nb of net.adj[n]!) {
      if (timeS[nb.to] !== Infinity || c.blocked[nb.seg]) continue;
      line = Math.max(line, d.level[net.segs[nb.seg]!.lo]!);
    }
  }
  const z = g.seg >= 0 ? elevationAt(net, g.seg, g.node, g.d) : net.z[g.node]!;
  return z >= line;
}

function wall(c: TaskCtx, s: MineState, rec: Work, done: () => boolean, fail: Fail): boolean {
  const plan = c.net.p.tasks.buildWall;
  if (!plan) return fail("noWallPlanned");
  const taken = new Set(s.work.filter((r) => r !== rec && r.task === "buildWall").map((r) => r.target));
  const segs = plan.segments.map((id) => c.net.segIndex.get(id)!);
  if (!segs.includes(rec.target) || s.water.walls.includes(rec.target)) {
    rec.target = segs.find((e) => !s.water.walls.includes(e) && !taken.has(e)) ?? -1;
    rec.ms = 0;
  }
  if (rec.target < 0) return fail("allWallsBuilt");
  const depth = c.d.segMax[rec.target]!;
  if (depth > plan.maxDepthM) return fail("tooDeepForWall", { depthM: Math.round(depth * 100) / 100, place: c.net.p.segments[rec.target]!.name ?? c.net.segs[rec.target]!.id });
  if ((rec.ms += c.dtMs) < plan.workS * 1000) return false;
  s.water = addWall(c.net, s.water, rec.target, c.t);
  const e = c.net.p.segments[rec.target]!;
  s.wallsBuilt = [...s.wallsBuilt, e.id];
  const label = e.name ?? { zh: e.id, en: e.id };
  c.changes.push({ what: "wallBuilt", params: { place: label } });
  return done();
}

/** Rescue: pick the group quickest to reach from a portal, walk in and out, then it is safe. */
function rescue(c: TaskCtx, s: MineState, rec: Work): void {
  const p = c.net.p;
  const team: Walker = { walkMs: p.tasks.rescue.speedMs, shaftMs: p.speeds.shaftMs, maxDepthM: p.tasks.rescue.maxDepthM };
  const waiting = (g: MinerGroup) => g.status === "trapped" || g.status === "refuge";
  if (rec.target >= 0 && (!waiting(s.miners[rec.target]!) || c.stepped)) {
    const need = tripMs(c, team, s.miners[rec.target]!);
    if (!waiting(s.miners[rec.target]!) || need === Infinity) (rec.target = -1), (rec.ms = 0);
    else rec.needMs = need;
  }
  if (rec.target < 0) {
    const taken = new Set(s.work.filter((r) => r !== rec && r.task === "rescue").map((r) => r.target));
    let best = -1;
    let bestMs = Infinity;
    s.miners.forEach((g, i) => {
      if (!waiting(g) || taken.has(i) || (rec.aim !== undefined && g.node !== rec.aim)) return;
      const ms = tripMs(c, team, g);
      if (ms < bestMs) (best = i), (bestMs = ms);
    });
    if (best < 0) return;
    rec.target = best;
    rec.needMs = bestMs;
    rec.ms = 0;
  }
  if ((rec.ms += c.dtMs) < rec.needMs) return;
  const g = s.miners[rec.target]!;
  s.miners[rec.target] = { ...g, status: "safe", rescued: true, outMs: c.t, goal: "none", route: [] };
  const at = p.nodes[g.node]!.name;
  c.changes.push({ what: "minersRescued", params: { place: at, count: g.count } });
  rec.target = -1;
  rec.ms = 0;
}

/** In and out from the nearest portal, ms; Infinity when water or a wall bars the way. */
function tripMs(c: TaskCtx, team: Walker, g: MinerGroup): number {
  const { timeS } = explore(c.net, c.d, c.blocked, team, g.node);
  let best = Infinity;
  c.net.portal.forEach((isPortal, i) => {
    if (isPortal) best = Math.min(best, timeS[i]!);
  });
  return best === Infinity ? Infinity : Math.ceil(best * 2 * 1000);
}
