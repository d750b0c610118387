/**
 * Building fire (hazards.md §2): a fire growing as t² in a school room, smoke filling rooms,
 * corridors and stairwells, pupils and staff evacuating through doors and stairs at SFPE flows,
 * harmed by FED where smoke reaches them; fire crews suppress, search and rescue, 120 triages
 * and transports. The evacuation starts with the alarm: an `evacuate` order at the school.
 * Deterministic: closed-form physics per ≤ 1 s substep, seeded pre-movement draws, index order.
 */
import { dcos, dexp, dlog, quantise } from "../model/detmath.ts";
import { draw } from "../model/rng.ts";
import type { BuildingFireParams } from "../scenario/hazard-building-fire.ts";
import type { Scenario } from "../scenario/schema.ts";
import type { LocalText } from "../model/ids.ts";
import { planFor } from "./fire/plan.ts";
import { countsOf, figures, hashable, overlay } from "./fire/report.ts";
import { initFire, SHELTER, type FireState } from "./fire/state.ts";
import type { Say } from "./fire/evacuation.ts";
import { substep, type Done } from "./fire/substep.ts";
import type { HazardModel, HazardTickResult } from "./types.ts";

const params = (s: Scenario) => s.hazard as BuildingFireParams;
/** z of the 99th percentile of the standard normal */
const Z99 = 2.3263;

/** Per-class pre-movement (ms): lognormal with the given median and 99th percentile (hazards.md §2.5), Box–Muller from one stream. */
function drawPremovement(p: BuildingFireParams, seed: number, rng: Parameters<typeof draw>[1]): { ms: number[]; rng: Parameters<typeof draw>[1] } {
  const d = draw(seed, rng, "fire.premovement", 2 * p.occupants.length);
  const ms = p.occupants.map((o, g) => {
    const { median, p99 } = o.premovementS;
    if (median <= 0 || p99 <= median) return Math.round(median * 1000);
    const z = Math.sqrt(-2 * dlog(1 - d.values[2 * g]!)) * dcos(2 * Math.PI * d.values[2 * g + 1]!);
    const sigma = dlog(p99 / median) / Z99;
    return Math.round(Math.min(3 * p99, median * dexp(sigma * z)) * 1000);
  });
  return { ms, rng: d.streams };
}

export const buildingFire: HazardModel<FireState> = {
  id: "building-fire",
  tasks: { search: "finite", rescue: "finite", suppression: "finite", triage: "finite", transport: "finite" },
  changes: [
    "alarm", "stayPutOrdered", "fireSpread", "flashover", "sprinklerActivated", "fireKnockedDown", "fireControlled", "fireOut",
    "escapeRouteUntenable", "classTrapped", "headcountShort", "evacuationComplete", "personFound", "groupRescued",
  ],

  init(s) {
    return initFire(params(s));
  },

  tick(st, ctx): HazardTickResult<FireState> {
    const p = params(ctx.scenario);
    const plan = planFor(p);
    const changes: NonNullable<HazardTickResult<FireState>["changes"]> = [];
    // made on the first report: most ticks report nothing
    let said: Set<string> | undefined;
    const say: Say = (what, params, key = what) => {
      said ??= new Set(st.said);
      if (said.has(key)) return;
      said.add(key);
      changes.push({ what, ...(params ? { params } : {}) });
    };
    let s = st;
    let rng: HazardTickResult<FireState>["rng"];
    if (s.premoveMs.some((v) => v < 0)) {
      const d = drawPremovement(p, ctx.seed, ctx.rng);
      const t = draw(ctx.seed, d.rng, "fire.tolerance", s.people.st.length);
      // ±30 % around the FED thresholds [R]: enough spread that a class in one room does not fall at one tick
      s = { ...s, premoveMs: d.ms, tolerance: t.values.map((u) => quantise(0.7 + 0.6 * u, 3)) };
      rng = t.streams;
    }
    const n = Math.max(1, Math.ceil(ctx.dtMs / 1000));
    const completed: Done = [];
    for (let k = 0; k < n; k++) {
      const t = s.tMs + ctx.dtMs / n;
      s = substep(p, plan, s, t, ctx.dtMs / n / 1000, ctx.workers, completed, say);
    }
    // s is this tick's own (n ≥ 1 substeps each return a new state): set its last two fields in place
    s.counts = countsOf(p, s, st.counts);
    s.said = said === undefined || said.size === st.said.length ? st.said : [...said].sort();
    return { state: s, ...(rng ? { rng } : {}), completed, changes };
  },

  summary(st, _tMs, scenario) {
    const hrr = st.rooms.reduce((sum, r) => sum + r.qKW, 0);
    const controlled = st.marks.controlledAtMs >= 0;
    const c = st.counts;
    const burntOut = !controlled && st.marks.outAtMs >= 0;
    const code = burntOut ? "fireBurntOut" : controlled ? "fireControlled" : hrr > 0 ? "fireGrowing" : "fireNotStarted";
    const status = { code, params: { evacuated: c.evacuated, trapped: c.trapped, kW: Math.round(hrr) } };
    return { controlled, ...(controlled ? { controlledAtMs: st.marks.controlledAtMs } : {}), status, figures: figures(params(scenario), planFor(params(scenario)), st) };
  },

  hashable,

  // every task of the model is at the building: inside it, or at its assembly point on the same site
  workPlace: (task, s) => (task in buildingFire.tasks ? params(s).place : undefined),

  siteTargets(scenario) {
    return params(scenario).rooms.map((r) => ({ id: r.id, name: r.name }));
  },

  occupants(st) {
    return st.counts;
  },

  observe(st, place, task, scenario) {
    if (place !== st.place) return [];
    const facts: string[] = [];
    if (st.rooms.some((r) => r.qKW > 0)) facts.push("fireSeen");
    if (st.zones.some((z) => z.sootKg > 0)) facts.push("smokeInBuilding");
    st.groupIds.forEach((id, g) => {
      if (st.people.st.some((x, i) => x === SHELTER && planFor(params(scenario)).personGroup[i] === g)) facts.push(`trapped:${id}`);
    });
    if (task === "search" && st.people.found.some((f) => f === 1)) facts.push("personFound");
    return facts;
  },

  overlay(st, scenario) {
    const p = params(scenario);
    return overlay(p, planFor(p), st);
  },

  order(st, o) {
    if (o.place !== undefined && o.place !== st.place) return { state: st };
    if (o.type === "shelter") {
      return { state: st, changes: [{ what: "stayPutOrdered" }] };
    }
    if (st.alarmMs >= 0) return { state: st };
    return { state: { ...st, alarmMs: o.tMs }, changes: [{ what: "alarm" }] };
  },
};
