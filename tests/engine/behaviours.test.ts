/**
 * Behaviours that used to have no test that failed without them (issue 8 item 13): the canonical
 * key order of the state hash, filtering other agencies' obligations out of a view, the sampled-
 * casualty draws, follow-up (续报) obligations, treatment, deaths of untreated casualties, routing
 * around the toxic cloud and the precision of the deterministic maths. Expected values are
 * published constants or hand calculations, never the code's own formula.
 */
import { describe, expect, it } from "vitest";
import { scenarioFromText } from "../../cli/files.ts";
import type { Compiled } from "../../engine/compile.ts";
import { view, type AgencyView } from "../../engine/knowledge/view.ts";
import { dexp, dlog, dpow, normalCdf } from "../../engine/model/detmath.ts";
import { canonicalJson } from "../../engine/model/hash.ts";
import type { GroupState } from "../../engine/model/state.ts";
import { progressInjuries } from "../../engine/people/exposure.ts";
import { stateHash } from "../../engine/replay.ts";
import { hazardPenalty } from "../../engine/units/hazard-routing.ts";
import { shortestRoute } from "../../engine/world/graph.ts";
import { compiled, ms, playOf, runPlay, text } from "../helpers.ts";

describe("deterministic maths: precision against published constants", () => {
  it.each([
    ["e", () => dexp(1), Math.E],
    ["e^−10", () => dexp(-10), 4.539992976248485e-5],
    ["e^20", () => dexp(20), 485165195.4097903],
    ["ln 10", () => dlog(10), 2.302585092994046],
    ["ln 2", () => dlog(2), 0.6931471805599453],
    ["ln 1e-6", () => dlog(1e-6), -13.815510557964274],
    ["√2 = 2^0.5", () => dpow(2, 0.5), Math.SQRT2],
    ["10^2.5", () => dpow(10, 2.5), 316.22776601683796],
  ])("%s to 13 significant digits", (_name, f, exact) => {
    expect(Math.abs(f() / exact - 1)).toBeLessThan(1e-13);
  });

  it("Φ from the Abramowitz–Stegun erf within its stated 1.5e-7: Φ(1.96) = 0.9750021, Φ(−1.687) = 0.0458", () => {
    expect(Math.abs(normalCdf(1.96) - 0.9750021048517795)).toBeLessThan(1.5e-7);
    expect(Math.abs(normalCdf(-1.687) - 0.04580168)).toBeLessThan(1.5e-7);
    expect(Math.abs(normalCdf(0) - 0.5)).toBeLessThan(1.5e-7);
  });
});

describe("state hash: canonical key order", () => {
  it("canonical JSON sorts keys at every depth", () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: 2 }], c: 3 } })).toBe('{"a":{"c":3,"d":[2,{"y":2,"z":1}]},"b":1}');
  });

  it("the same state with its keys in another order has the same hash", () => {
    const c = compiled("mine-flood");
    const { state } = runPlay(c, [], 7, ms("00:10:00"));
    const reversed = (o: unknown): unknown =>
      Array.isArray(o) ? o.map(reversed) : o !== null && typeof o === "object" ? Object.fromEntries(Object.entries(o).reverse().map(([k, v]) => [k, reversed(v)])) : o;
    expect(stateHash(c, reversed(state) as typeof state)).toBe(stateHash(c, state));
  });
});

describe("a view holds only the agency's own obligations", () => {
  it("each agency sees its own obligations and none of another's", () => {
    const c = compiled("chemical-leak");
    const { state } = runPlay(c, playOf(c, "scenarios/plays/chemical-leak.good.yaml"), 7, ms("01:00:00"));
    const owners = new Set(state.obligations.map((o) => o.agency));
    expect(owners.size).toBeGreaterThan(3);
    for (const agency of owners) {
      const v = view(c, state, agency) as AgencyView;
      expect(v.obligations.length).toBeGreaterThan(0);
      expect(v.obligations.every((o) => o.agency === agency)).toBe(true);
    }
  });
});

describe("sampled casualties", () => {
  it("draw whole people per seed: different seeds give different outcomes, expected mode does not", () => {
    const base = compiled("chemical-leak");
    const sampled: Compiled = { ...base, scenario: { ...base.scenario, casualtyMode: "sampled", hazard: { ...base.scenario.hazard, meanderDeg: 0 } as typeof base.scenario.hazard } };
    const expected: Compiled = { ...sampled, scenario: { ...sampled.scenario, casualtyMode: "expected" } };
    const play = playOf(base, "scenarios/plays/chemical-leak.poor.yaml");
    const seeds = [1, 2, 3, 4];
    const outcome = (c: Compiled, seed: number) => JSON.stringify(runPlay(c, play, seed, ms("01:15:00")).state.casualties);
    expect(new Set(seeds.slice(0, 2).map((s) => outcome(expected, s))).size).toBe(1);
    expect(new Set(seeds.map((s) => outcome(sampled, s))).size).toBeGreaterThan(1);
  });
});

describe("follow-up reports (续报)", () => {
  const c = compiled("chemical-leak");
  const play = playOf(c, "scenarios/plays/chemical-leak.good.yaml");
  const followUps = (commands: typeof play) => runPlay(c, commands).state.obligations.filter((o) => o.id.startsWith("RPT-FU-"));

  it("open when casualties become known, and are met by the good play's follow-up reports", () => {
    const fu = followUps(play);
    expect(fu.map((o) => o.id).sort()).toEqual(["RPT-FU-01:eb>duty:1", "RPT-FU-02:ent>eb:1"]);
    expect(fu.every((o) => o.status === "met")).toBe(true);
  });

  it("are missed when nobody sends a follow-up (or final) report", () => {
    const fu = followUps(play.filter((cmd) => !(cmd.type === "report" && (cmd.kind === "followUp" || cmd.kind === "final"))));
    expect(fu.length).toBeGreaterThan(0);
    expect(fu.every((o) => o.status === "missed")).toBe(true);
  });
});

describe("casualty care", () => {
  const group = (serious: number, treated: number): GroupState => ({ acute: { deaths: 0, seriousInjuries: serious, injured: 0 }, delayedDeaths: 0, treated } as GroupState);

  it("untreated serious injuries die at 5 % per hour: 10 people, 1 h → 10·(1 − e^−0.05) = 0.488", () => {
    let g = group(10, 0);
    for (let t = 0; t < 3600; t += 10) g = progressInjuries(g, 10);
    expect(g.delayedDeaths).toBeCloseTo(0.4877, 3);
  });

  it("treated casualties do not die of their injuries", () => {
    let g = group(10, 10);
    for (let t = 0; t < 3600; t += 10) g = progressInjuries(g, 10);
    expect(g.delayedDeaths).toBe(0);
  });

  it("ambulances treating at the plant treat its seriously injured workers; without them nobody is treated", () => {
    const c = compiled("chemical-leak");
    const play = playOf(c, "scenarios/plays/chemical-leak.poor.yaml");
    const treated = (commands: typeof play) => runPlay(c, commands).state.groups.find((g) => g.id === "workers")!.treated;
    expect(treated(play)).toBeGreaterThan(10);
    expect(treated(play.filter((cmd) => !(cmd.type === "dispatch" && cmd.task === "treat")))).toBe(0);
  });
});

describe("routing around the toxic cloud", () => {
  // Three places added east of the tank: a straight 1-km road through the plume (wind from 265°),
  // and a 2.6-km detour to the north, out of it.
  const FILE = "scenarios/chemical-leak.yaml";
  const LANE = "    - { from: plant, to: tank-v101, speedKmh: 20,";
  const t = text(FILE)
    .replace("    - { id: tank-v101,", "    - { id: wx1, kind: junction, x: 300, y: 0, name: { zh: 东1, en: E1 } }\n    - { id: wx2, kind: junction, x: 1300, y: 0, name: { zh: 东2, en: E2 } }\n    - { id: wy, kind: junction, x: 800, y: 1200, name: { zh: 北, en: N } }\n    - { id: tank-v101,")
    .replace(LANE, `    - { from: tank-v101, to: wx1, speedKmh: 40 }\n    - { from: wx1, to: wx2, speedKmh: 40 }\n    - { from: wx1, to: wy, speedKmh: 40 }\n    - { from: wy, to: wx2, speedKmh: 40 }\n${LANE}`);
  const loaded = scenarioFromText(t, FILE);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems.slice(0, 3)));
  const c = loaded.value.compiled;
  const { state } = runPlay(c, [], 7, ms("00:40:00"));

  it("an unprotected crew detours out of the cloud; a crew in Level A gear drives straight through", () => {
    expect(shortestRoute(c.graph, "wx1", "wx2", 60)!.nodes).toEqual(["wx1", "wx2"]);
    expect(shortestRoute(c.graph, "wx1", "wx2", 60, hazardPenalty(c, state, "amb-1"))!.nodes).toEqual(["wx1", "wy", "wx2"]);
    expect(hazardPenalty(c, state, "hz-chem1")).toBeUndefined();
  });
});
