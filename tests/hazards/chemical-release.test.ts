/**
 * The chemical-release model against hand calculations and references (hazards.md §1):
 * puff-train centreline vs the Gaussian plume formula, the source rate vs Bernoulli,
 * toxic load and probit vs hand values, threat zones vs ERG 2024 protective-action distances.
 */
import { describe, expect, it } from "vitest";
import type { Compiled } from "../../engine/compile.ts";
import { weatherAt } from "../../engine/compile.ts";
import { chemicalRelease, type ChemicalState } from "../../engine/hazards/chemical-release.ts";
import { plumeConcentration, sigmaY, sigmaZ, virtualDistance } from "../../engine/hazards/chemical/dispersion.ts";
import { ergDistances } from "../../engine/hazards/chemical/erg.ts";
import { CHEMICALS } from "../../engine/hazards/chemical/properties.ts";
import { airborneFraction, liquidRateKgS } from "../../engine/hazards/chemical/source.ts";
import { casualtyShares, exposeGroup } from "../../engine/people/exposure.ts";
import type { GroupState } from "../../engine/model/state.ts";
import type { ChemicalReleaseParams } from "../../engine/scenario/hazard-chemical.ts";
import { compiled } from "../helpers.ts";

const scenarioAsWritten = compiled("chemical-leak");
// The reference checks use the scheduled wind exactly: no meander.
const c: Compiled = { ...scenarioAsWritten, scenario: { ...scenarioAsWritten.scenario, hazard: { ...(scenarioAsWritten.scenario.hazard as ChemicalReleaseParams), meanderDeg: 0 } } };
const p = c.scenario.hazard as ChemicalReleaseParams;
const chlorine = CHEMICALS.chlorine.toxicology;

/** Run the hazard alone (no responders) for `seconds` under the scenario's weather. */
function runHazard(comp: Compiled, seconds: number): ChemicalState {
  let st = chemicalRelease.init(comp.scenario);
  for (let t = 0; t < seconds * 1000; t += comp.tickMs) {
    st = chemicalRelease.tick(st, { scenario: comp.scenario, tMs: t, dtMs: comp.tickMs, weather: weatherAt(comp, t), workers: [], seed: 7, rng: {} }).state;
  }
  return st;
}

describe("source term", () => {
  it("follows the Bernoulli liquid rate with head, times the two-phase factor", () => {
    // Hand: ṁ = Cd·A·√(2ρΔP + 2ρ²gh)·f2φ with ΔP = 6.8 bar − 1 atm at 20 °C
    const dp = 6.8e5 - 101_325;
    const hand = p.dischargeCoefficient * (p.holeAreaCm2 / 1e4) * Math.sqrt(2 * 1410 * dp + 2 * 1410 * 1410 * 9.81 * p.liquidHeadM) * p.twoPhaseFactor;
    expect(liquidRateKgS(p, p.holeAreaCm2 / 1e4)).toBeCloseTo(hand, 6);
  });

  it("puts 2 × the flash fraction of chlorine airborne (0.93·(293.15−239.1)/288 ≈ 0.175 → 0.35)", () => {
    expect(airborneFraction(p)).toBeCloseTo(2 * (930 * (293.15 - 239.1)) / 288_000, 6);
  });
});

describe("dispersion", () => {
  it("puff-train centreline 1 km downwind matches the Gaussian plume Q/(π σy σz u) within 10%", () => {
    // Steady D-class wind from 265° at 3 m/s; after 30 min the train has passed 1 km many times over.
    const st = runHazard(c, 30 * 60);
    const q = st.rateKgS;
    const u = 3;
    const src = c.scenario.map.places.find((pl) => pl.id === p.source)!;
    const toRad = ((265 + 180) % 360) * (Math.PI / 180);
    const x = 1000;
    const point = { x: src.x + x * Math.sin(toRad), y: src.y + x * Math.cos(toRad) };
    const s = x + virtualDistance(10, "D");
    const handKgM3 = (q / (Math.PI * sigmaY(s, "D") * sigmaZ(s, "D") * u)) * Math.exp(-(1 * 1) / (2 * sigmaZ(s, "D") ** 2));
    const handPpm = (handKgM3 * 1e6 * 24.45) / 70.9;
    const model = chemicalRelease.concentrationAt!(st, point);
    expect(model / handPpm).toBeGreaterThan(0.9);
    expect(model / handPpm).toBeLessThan(1.1);
  });

  it.each([
    // hazards.md §1.10 sanity numbers (Briggs rural, ground release, passive): Cl₂ at D, 3 m/s
    [2, 20, 1200],
    [2, 2, 5300],
    [0.2, 20, 300],
    [0.2, 2, 1200],
  ])("a steady %f kg/s chlorine plume falls to %f ppm about %i m downwind (hazards.md §1.10, ±10%%)", (q, ppm, metres) => {
    const ppmAt = (x: number) => (plumeConcentration(q, 3, x, 0, 0, "D", 0.01) * 1e6 * 24.45) / 70.9;
    let lo = 10;
    let hi = 20_000;
    for (let i = 0; i < 60; i++) {
      const mid = (lo + hi) / 2;
      if (ppmAt(mid) > ppm) lo = mid;
      else hi = mid;
    }
    expect(Math.abs(lo - metres) / metres).toBeLessThan(0.1);
  });

  it("the AEGL-2 threat zone after 30 min is the same order as the ERG 2024 protective-action distance", () => {
    const st = runHazard(c, 30 * 60);
    const w = weatherAt(c, 0);
    const erg = ergDistances("chlorine", p.inventoryKg, w.windSpeedMs, w.daytime);
    // 20 t of chlorine maps to "highway tank truck": day, moderate wind (10.8 km/h) → 3.3 km; isolate 600 m.
    expect(erg).toEqual({ container: "highway tank truck or trailer", isolateM: 600, protectKm: 3.3 });
    const reachKm = st.zones!.reachEverM[1] / 1000;
    expect(reachKm).toBeGreaterThan(erg.protectKm / 3);
    expect(reachKm).toBeLessThan(erg.protectKm * 3);
    // and the AEGL-3 zone is well inside the AEGL-2 one
    expect(st.zones!.reachEverM[2]).toBeLessThan(st.zones!.reachEverM[1]);
  });

  it("stopping the source ends the release: no new puffs, concentrations fall", () => {
    let st = chemicalRelease.init(c.scenario);
    const worker = { unit: "hz", type: "hazmatTeam", task: "plugLeak", place: p.source, pos: { x: 0, y: 0 }, crew: 6, capabilities: ["plugLeak"], protection: "levelA" as const, sinceMs: 0 };
    let stoppedAt: number | undefined;
    for (let t = 0; t < 3600_000; t += 1000) {
      const r = chemicalRelease.tick(st, { scenario: c.scenario, tMs: t, dtMs: 1000, weather: weatherAt(c, t), workers: t >= 600_000 ? [worker] : [], seed: 7, rng: {} });
      st = r.state;
      if (r.completed?.length) stoppedAt = t;
    }
    // plugging takes workS unit-seconds: started at 10:00, so done at 10:00 + 1200 s
    expect(stoppedAt).toBe(600_000 + (p.tasks.plugLeak.workS - 1) * 1000);
    expect(chemicalRelease.summary(st, 3600_000, c.scenario).controlled).toBe(true);
    expect(st.rateKgS).toBe(0);
  });
});

describe("toxic load and probit", () => {
  const group = (): GroupState => ({
    id: "g", status: "normal", count: 1000, indoors: false, indoorPpm: 0, peakPpm: 0, toxicLoad: 0,
    acute: { deaths: 0, seriousInjuries: 0, injured: 0 }, delayedDeaths: 0, scripted: { deaths: 0, seriousInjuries: 0, injured: 0 }, treated: 0,
  });

  it("integrates C²·t: 100 ppm outdoors for 30 min is 300,000 ppm²·min", () => {
    let g = group();
    for (let i = 0; i < 180; i++) g = exposeGroup(g, { outdoorPpm: 100, dtS: 10, airChangesPerHour: 1, vulnerability: "normal" }, chlorine);
    expect(g.toxicLoad).toBeCloseTo(300_000, 6);
  });

  it("gives the chlorine probit death share: Pr = −8.29 + 0.92·ln(3e5) = 3.313 → Φ(−1.687) = 4.58 %", () => {
    const shares = casualtyShares(300_000, chlorine, 1000, { deaths: 0, seriousInjuries: 0, injured: 0 });
    expect(shares.deaths).toBeGreaterThan(45.3);
    expect(shares.deaths).toBeLessThan(46.3);
  });

  it("indoors, infiltration at 1 air change per hour keeps a 30-min puff to ~39 % of outdoors", () => {
    // C_in(t) = C_out(1 − e^{−λt}); λ = 1/h, t = 0.5 h → 1 − e^{−0.5} = 0.3935
    let g = { ...group(), indoors: true };
    for (let i = 0; i < 180; i++) g = exposeGroup(g, { outdoorPpm: 10, dtS: 10, airChangesPerHour: 1, vulnerability: "normal" }, chlorine);
    expect(g.indoorPpm / 10).toBeCloseTo(1 - Math.exp(-0.5), 4);
  });

  it("while a group evacuates, people leave evenly: half gone means half the load per step", () => {
    const moving: GroupState = { ...group(), status: "evacuating" };
    const all = exposeGroup(moving, { outdoorPpm: 10, dtS: 60, airChangesPerHour: 1, vulnerability: "normal", remaining: 1 }, chlorine);
    const half = exposeGroup(moving, { outdoorPpm: 10, dtS: 60, airChangesPerHour: 1, vulnerability: "normal", remaining: 0.5 }, chlorine);
    expect(all.toxicLoad).toBeCloseTo(100, 9);
    expect(half.toxicLoad).toBeCloseTo(50, 9);
  });

  it("sheltering in place cuts the dose: a sheltered group takes less load than an unsheltered indoor one", () => {
    let open = { ...group(), indoors: true };
    let shut: GroupState = { ...group(), indoors: true, status: "sheltered" };
    for (let i = 0; i < 360; i++) {
      open = exposeGroup(open, { outdoorPpm: 5, dtS: 10, airChangesPerHour: 1, vulnerability: "normal" }, chlorine);
      shut = exposeGroup(shut, { outdoorPpm: 5, dtS: 10, airChangesPerHour: 1, vulnerability: "normal" }, chlorine);
    }
    expect(shut.toxicLoad).toBeLessThan(open.toxicLoad / 4);
  });
});

describe("wind meander", () => {
  it("is reproducible for a seed and differs between seeds", () => {
    const plume = (seed: number) => {
      let st = chemicalRelease.init(scenarioAsWritten.scenario);
      let rng = {};
      for (let t = 0; t < 20 * 60_000; t += 1000) {
        const r = chemicalRelease.tick(st, { scenario: scenarioAsWritten.scenario, tMs: t, dtMs: 1000, weather: weatherAt(scenarioAsWritten, t), workers: [], seed, rng });
        st = r.state;
        rng = r.rng ?? rng;
      }
      return chemicalRelease.hashable(st);
    };
    expect(plume(7)).toEqual(plume(7));
    expect(plume(8)).not.toEqual(plume(7));
  });
});

describe("the director's overlay", () => {
  it("draws the ERG isolation circle and the protective-action square downwind of the spill", () => {
    const o = chemicalRelease.overlay!(chemicalRelease.init(c.scenario), c.scenario) as { erg: { isolateM: number; protectM: number; protectiveActionSquare: Array<{ x: number; y: number }> } };
    expect(o.erg.isolateM).toBe(600);
    expect(o.erg.protectM).toBe(3300);
    // wind from 265°: the square reaches ~3.3 km east of the tank and spans ±1.65 km across the wind
    const xs = o.erg.protectiveActionSquare.map((q) => q.x);
    expect(Math.max(...xs)).toBeGreaterThan(3000);
    expect(Math.min(...xs)).toBeGreaterThan(-200);
    const side = Math.hypot(o.erg.protectiveActionSquare[0]!.x - o.erg.protectiveActionSquare[3]!.x, o.erg.protectiveActionSquare[0]!.y - o.erg.protectiveActionSquare[3]!.y);
    expect(side).toBeCloseTo(3300, 0);
  });
});
