/**
 * Chemical release: a liquefied toxic gas leaking from a tank, dispersed as a Gaussian puff
 * train (hazards.md §1). Players stop it by plugging the hole or closing the valve, and cut
 * the airborne rate with water curtains. Threat zones are updated every `zones.everyS`.
 */
import { quantise, windToVector } from "../model/detmath.ts";
import { draw } from "../model/rng.ts";
import { formatClock, parseClock, type SimMs } from "../model/time.ts";
import type { ChemicalReleaseParams } from "../scenario/hazard-chemical.ts";
import type { Scenario } from "../scenario/schema.ts";
import { puffSum, type Puff } from "./chemical/dispersion.ts";
import { ergDistances } from "./chemical/erg.ts";
import { CHEMICALS, kgm3ToPpm } from "./chemical/properties.ts";
import { advect, cull, emit, merge } from "./chemical/puff-train.ts";
import { airborneFraction, liquidRateKgS } from "./chemical/source.ts";
import { chemicalWarnings } from "./chemical/warnings.ts";
import { threatZones } from "./chemical/zone-memo.ts";
import { makeGrid, type ThreatZones, type ZoneGrid } from "./chemical/zones.ts";
import type { HazardModel, HazardTickContext, HazardTickResult } from "./types.ts";

export interface ChemicalState {
  chemical: "chlorine" | "ammonia";
  releaseHeightM: number;
  /** mixing height of the current weather, m (needed to evaluate concentrations) */
  mixingHeightM: number;
  startMs: SimMs;
  massKg: number;
  holeAreaM2: number;
  /** airborne release rate now, kg/s, after knock-down */
  rateKgS: number;
  releasedKg: number;
  knockDown: number;
  plugWorkS: number;
  valveWorkS: number;
  stoppedAtMs?: SimMs;
  puffs: Puff[];
  nextStepMs: SimMs;
  nextZonesMs: SimMs;
  zones?: ThreatZones;
  peakReachM: [number, number, number];
  /** current wind-direction offset from the schedule (meander), degrees */
  windOffsetDeg: number;
}

/**
 * New puffs start as a point source (a 1-m orifice cloud): no dense-gas widening, because no
 * published dense-gas near-field model (Britter–McQuaid) is implemented and tested here, and
 * from 500 m the puff train must reproduce the point-source Gaussian plume (hazards.md §1.4).
 */
const INITIAL_SIZE_M = 1;
/** Sub-puffs per step: a puff every 2 s keeps the train continuous near the source. */
const SUB_PUFF_S = 2;

/** A puff whose peak is below 1 % of AEGL-1 is spent: dropped from the train (and so from the rasters). */
const PUFF_FLOOR_SHARE = 0.01;

const params = (s: Scenario) => s.hazard as ChemicalReleaseParams;

function sourceXY(s: Scenario): { x: number; y: number } {
  const p = s.map.places.find((pl) => pl.id === params(s).source)!;
  return { x: p.x, y: p.y };
}

function grid(s: Scenario): ZoneGrid {
  const p = params(s);
  const src = sourceXY(s);
  return makeGrid(src.x, src.y, p.zones.cellM, p.zones.extentM);
}

/** LOCs in kg/m³ from the 60-min AEGLs. */
function locs(p: ChemicalReleaseParams): [number, number, number] {
  const chem = CHEMICALS[p.chemical];
  const perPpm = chem.mw / 24.45 / 1e6;
  const t = chem.toxicology;
  return [t.aegl1 * perPpm, t.aegl2 * perPpm, t.aegl3 * perPpm];
}

function countWorkers(ctx: HazardTickContext, task: string): string[] {
  return ctx.workers.filter((w) => w.task === task).map((w) => w.unit);
}

export const chemicalRelease: HazardModel<ChemicalState> = {
  id: "chemical-release",
  tasks: { plugLeak: "finite", closeValve: "finite", waterCurtain: "continuous" },
  // the leak stops only when plugging or valve work is done (tick below); a tank run empty is not control
  controlNeedsWork: () => true,
  changes: ["sourceStopped", "tankEmpty"],
  // plugging, the valve and a water curtain on the release are all done at the tank
  workPlace: (task, s) => (task in chemicalRelease.tasks ? params(s).source : undefined),

  init(s) {
    const p = params(s);
    const startMs = parseClock(p.startAt) ?? 0;
    return {
      chemical: p.chemical,
      releaseHeightM: p.releaseHeightM,
      mixingHeightM: s.weather[0]!.mixingHeightM,
      startMs,
      massKg: p.inventoryKg,
      holeAreaM2: p.holeAreaCm2 / 1e4,
      rateKgS: 0,
      releasedKg: 0,
      knockDown: 0,
      plugWorkS: 0,
      valveWorkS: 0,
      puffs: [],
      nextStepMs: startMs,
      nextZonesMs: startMs,
      peakReachM: [0, 0, 0],
      windOffsetDeg: 0,
    };
  },

  tick(st, ctx): HazardTickResult<ChemicalState> {
    const p = params(ctx.scenario);
    if (ctx.tMs < st.startMs) return { state: st };
    const changes: NonNullable<HazardTickResult<ChemicalState>["changes"]> = [];
    const completed: NonNullable<HazardTickResult<ChemicalState>["completed"]> = [];
    const dtS = ctx.dtMs / 1000;
    let next: ChemicalState = st;

    // Players' work on the source: plugging and valve closing accumulate unit-seconds.
    const pluggers = countWorkers(ctx, "plugLeak");
    const closers = countWorkers(ctx, "closeValve");
    const curtains = countWorkers(ctx, "waterCurtain").length;
    const knockDown = curtains === 0 ? 0 : Math.min(0.9, 1 - (1 - p.tasks.waterCurtain.knockDown) ** curtains);
    if (pluggers.length + closers.length > 0 || knockDown !== st.knockDown) {
      next = { ...next, knockDown, plugWorkS: next.plugWorkS + pluggers.length * dtS, valveWorkS: next.valveWorkS + closers.length * dtS };
    }
    // an empty tank is never "controlled": plugging it stops nothing
    if (next.stoppedAtMs === undefined && next.massKg > 0 && (next.plugWorkS >= p.tasks.plugLeak.workS || next.valveWorkS >= p.tasks.closeValve.workS)) {
      const how = next.plugWorkS >= p.tasks.plugLeak.workS ? "plugLeak" : "closeValve";
      next = { ...next, holeAreaM2: 0, stoppedAtMs: ctx.tMs };
      for (const unit of how === "plugLeak" ? pluggers : closers) completed.push({ unit, task: how });
      changes.push({ what: "sourceStopped", params: { how } });
    }

    // Every puff step due by now (a long tick runs several): release, advect, merge, cull.
    let rng = ctx.rng;
    while (ctx.tMs >= next.nextStepMs) {
      const stepS = p.stepS;
      if (p.meanderDeg > 0) {
        // a mean-reverting random walk of the direction, from the seeded "met" stream
        const d = draw(ctx.seed, rng, "met");
        rng = d.streams;
        next = { ...next, windOffsetDeg: 0.9 * next.windOffsetDeg + (2 * d.values[0]! - 1) * p.meanderDeg };
      }
      const weather = next.windOffsetDeg === 0 ? ctx.weather : { ...ctx.weather, windFromDeg: (ctx.weather.windFromDeg + next.windOffsetDeg + 360) % 360 };
      const liquid = Math.min(liquidRateKgS(p, next.holeAreaM2), next.massKg / stepS);
      const airborne = liquid * airborneFraction(p) * (1 - next.knockDown);
      const massOut = liquid * stepS;
      const src = sourceXY(ctx.scenario);
      const fresh = emit(airborne * stepS, Math.max(1, Math.round(stepS / SUB_PUFF_S)), src.x, src.y, stepS, weather, INITIAL_SIZE_M, p.roughness);
      const floor = locs(p)[0] * PUFF_FLOOR_SHARE;
      const moved = cull(merge([...advect(next.puffs, stepS, weather, p.roughness), ...fresh]), p.releaseHeightM, ctx.weather.mixingHeightM, floor, src.x, src.y, 2 * p.zones.extentM);
      const wasEmpty = next.massKg > 0 && next.massKg - massOut <= 0;
      next = { ...next, mixingHeightM: ctx.weather.mixingHeightM, puffs: moved, massKg: Math.max(0, next.massKg - massOut), rateKgS: airborne, releasedKg: next.releasedKg + airborne * stepS, nextStepMs: next.nextStepMs + stepS * 1000 };
      if (wasEmpty) changes.push({ what: "tankEmpty" });
    }

    // Threat zones on their own, slower schedule.
    if (ctx.tMs >= next.nextZonesMs) {
      const g = grid(ctx.scenario);
      const l = locs(p);
      // the sum of every live puff: a puff below AEGL-1 on its own still adds to its neighbours
      // memoised by its exact inputs: the evaluator's reruns meet the same cloud again (zone-memo.ts)
      const zones = threatZones(g, next.puffs, p.releaseHeightM, ctx.weather.mixingHeightM, l, next.zones, ctx.tMs);
      const peak = next.peakReachM.map((d, i) => Math.max(d, zones.reachNowM[i]!)) as [number, number, number];
      let nextZonesMs = next.nextZonesMs;
      while (nextZonesMs <= ctx.tMs) nextZonesMs += p.zones.everyS * 1000;
      next = { ...next, zones, peakReachM: peak, nextZonesMs };
    }
    const failed = next.massKg <= 0 && next.stoppedAtMs === undefined
      ? [...pluggers.map((unit) => ({ unit, task: "plugLeak" })), ...closers.map((unit) => ({ unit, task: "closeValve" }))].map((f) => ({ ...f, reason: { code: "tankEmpty", params: {} } }))
      : [];
    return { state: next, completed, failed, changes, rng };
  },

  summary(st, tMs, scenario) {
    const p = params(scenario);
    const w0 = scenario.weather[0]!;
    const erg = ergDistances(p.chemical, p.inventoryKg, w0.windSpeedMs, w0.daytime);
    // Control means responders stopped the source; a tank that ran empty was not controlled.
    const controlled = st.stoppedAtMs !== undefined;
    const reach = st.zones?.reachNowM ?? [0, 0, 0];
    return {
      controlled,
      ...(st.stoppedAtMs !== undefined ? { controlledAtMs: st.stoppedAtMs } : {}),
      status: {
        code: st.massKg <= 0 && !controlled ? "tankEmptied" : controlled ? "leakControlled" : tMs < st.startMs ? "noReleaseYet" : "leaking",
        params: { rateKgS: quantise(st.rateKgS, 2), aegl2M: reach[1] },
      },
      figures: {
        rateKgS: quantise(st.rateKgS, 3),
        releasedKg: quantise(st.releasedKg, 1),
        massKg: quantise(st.massKg, 1),
        aegl1ReachM: reach[0],
        aegl2ReachM: reach[1],
        aegl3ReachM: reach[2],
        aegl2EverReachM: st.zones?.reachEverM[1] ?? 0,
        aegl3EverReachM: st.zones?.reachEverM[2] ?? 0,
        // ERG 2024 Table 3 for this spill under the weather at the start (hazards.md §1.7)
        ergIsolateM: erg.isolateM,
        ergProtectM: erg.protectKm * 1000,
        puffs: st.puffs.length,
      },
    };
  },

  hashable(st) {
    return {
      massKg: quantise(st.massKg, 3),
      rateKgS: quantise(st.rateKgS, 6),
      releasedKg: quantise(st.releasedKg, 3),
      knockDown: quantise(st.knockDown, 6),
      windOffsetDeg: quantise(st.windOffsetDeg, 6),
      plugWorkS: st.plugWorkS,
      valveWorkS: st.valveWorkS,
      stoppedAtMs: st.stoppedAtMs ?? null,
      puffs: st.puffs.map((p) => [quantise(p.x, 2), quantise(p.y, 2), quantise(p.m, 6), quantise(p.s, 2)]),
      zones: st.zones ? [st.zones.atMs, st.zones.ever, st.zones.now] : null,
    };
  },

  concentrationAt(st, p) {
    if (st.puffs.length === 0) return 0;
    return kgm3ToPpm(CHEMICALS[st.chemical], puffSum(st.puffs, p.x, p.y, st.releaseHeightM, st.mixingHeightM));
  },

  warnings: chemicalWarnings,

  toxicology(s) {
    return CHEMICALS[params(s).chemical].toxicology;
  },

  observe(st, _place, task) {
    if (task === "monitor" || task === "detect") return ["chemicalIdentified", "airConcentrationMeasured"];
    return st.puffs.length > 0 ? ["smellReported"] : [];
  },

  /** For the director's map: puffs, threat-zone rasters, and the ERG isolation circle and protective-action square. */
  overlay(st, scenario) {
    const p = params(scenario);
    const src = sourceXY(scenario);
    const w0 = scenario.weather[0]!;
    const erg = ergDistances(p.chemical, p.inventoryKg, w0.windSpeedMs, w0.daytime);
    // ERG geometry (Esri ERG.py): a square of side PAD, its upwind edge centred on the spill, extending downwind
    const pad = erg.protectKm * 1000;
    const [ex, ny] = windToVector(w0.windFromDeg);
    const side = { x: (-ny * pad) / 2, y: (ex * pad) / 2 };
    const down = { x: ex * pad, y: ny * pad };
    const square = [
      { x: src.x + side.x, y: src.y + side.y },
      { x: src.x + side.x + down.x, y: src.y + side.y + down.y },
      { x: src.x - side.x + down.x, y: src.y - side.y + down.y },
      { x: src.x - side.x, y: src.y - side.y },
    ].map((c) => ({ x: quantise(c.x, 1), y: quantise(c.y, 1) }));
    return {
      puffs: st.puffs.map((q) => ({ x: quantise(q.x, 1), y: quantise(q.y, 1), sy: quantise(q.sy, 1) })),
      zones: st.zones ? { ...st.zones, grid: grid(scenario) } : null,
      erg: { container: erg.container, isolateM: erg.isolateM, protectM: pad, centre: src, protectiveActionSquare: square },
    };
  },
};

