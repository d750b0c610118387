/**
 * Coal-mine flood (透水, hazards.md §3): water from an inrush fills the roadway network lowest
 * first (fill-and-spill with a water-front delay), pumps fight it until their pump room floods,
 * and crews escape along the roadways or are trapped. The mine-rescue team surveys, rescues,
 * installs pumps, drills boreholes and builds water-retaining walls. Water moves every
 * `stepS`; work is counted every tick. The pieces live in ./mine/.
 */
import type { SimMs } from "../model/time.ts";
import { advanceWater } from "./mine/advance.ts";
import { depths } from "./mine/depth.ts";
import { network } from "./mine/network.ts";
import { hashable, observe, occupants, overlay, pumpRoomLosses, summary } from "./mine/report.ts";
import { initialState, type Change, type MineState } from "./mine/state.ts";
import { MINE_TASKS, tickWork } from "./mine/tasks.ts";
import type { HazardModel, HazardTickResult } from "./types.ts";

export type { MineState } from "./mine/state.ts";

export const mineFlood: HazardModel<MineState> = {
  id: "mine-flood",
  tasks: MINE_TASKS,
  changes: [
    "inrushStarted", "secondInrush", "pumpRoomFlooded", "waterHeld", "allMinersOut", "minersOut", "minersTrapped", "minersDead",
    "refugeEntered", "minersRescued", "surveyCompleted", "boreholeThrough", "pumpsInstalled", "wallBuilt", "minersWithdrawn", "minersSheltered",
  ],

  init(s) {
    return initialState(network(s));
  },

  tick(st, ctx): HazardTickResult<MineState> {
    const net = network(ctx.scenario);
    const changes: Change[] = [];
    let next = st;
    let stepped = false;
    // every water step due by now, however long the tick (results must not depend on tickS)
    while (ctx.tMs >= next.nextStepMs) {
      next = advanceWater(net, next, next.nextStepMs, changes);
      stepped = true;
    }
    const completed: Array<{ unit: string; task: string }> = [];
    const failed: NonNullable<HazardTickResult<MineState>["failed"]> = [];
    if (next.work.length > 0 || ctx.workers.some((w) => w.place === next.site && w.task in MINE_TASKS)) {
      const blocked = net.segs.map(() => false);
      for (const s of next.water.walls) blocked[s] = true;
      const d = depths(net, next.water, net.p.stepS);
      next = tickWork({ net, d, blocked, t: ctx.tMs, dtMs: ctx.dtMs, stepped, completed, failed, changes }, next, ctx.workers);
    }
    return { state: next, completed, failed, changes };
  },

  summary: (st: MineState, _tMs: SimMs) => summary(st),
  // a pump room is lost once its floor flooded and its pumps stopped (advance.ts): the main drainage (hazards.md §3.4)
  losses: (st, scenario) => pumpRoomLosses(network(scenario), st),
  hashable,
  occupants,
  workPlace: (task, scenario) => (task in MINE_TASKS ? network(scenario).p.site : undefined),
  siteTargets: (scenario) => network(scenario).p.nodes.map((n) => ({ id: n.id, name: n.name })),
  observe,
  overlay,

  order(st, order) {
    if (order.place !== st.site) return { state: st };
    const to = order.type === "evacuate" ? "escaping" : "sheltering";
    let moved = 0;
    const miners = st.miners.map((g) => {
      const waiting = g.status === "working" || (to === "escaping" && g.status === "sheltering");
      if (!waiting) return g;
      moved += g.count;
      return { ...g, status: to, goal: to === "escaping" ? "exit" : "refuge", alertedMs: g.alertedMs >= 0 ? g.alertedMs : order.tMs } as const;
    });
    if (moved === 0) return { state: st };
    return {
      state: { ...st, miners, withdrawnMs: st.withdrawnMs >= 0 ? st.withdrawnMs : order.tMs },
      changes: [{ what: order.type === "evacuate" ? "minersWithdrawn" : "minersSheltered", params: { count: moved } }],
    };
  },
};
