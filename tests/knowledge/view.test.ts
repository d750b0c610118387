/**
 * Roles see only what they should: in a double-blind drill an agency's view never holds
 * another agency's private messages, injects not yet delivered, or the casualty truth.
 */
import { describe, expect, it } from "vitest";
import { view, type AgencyView } from "../../engine/knowledge/view.ts";
import { compiled, ms, playOf, runPlay, SCENARIOS } from "../helpers.ts";

const c = compiled("chemical-leak");
const play = playOf(c, `${SCENARIOS}/plays/chemical-leak.good.yaml`);
const at = ms("00:30:00");
const { state } = runPlay(c, play, 7, at);

describe("view(state, role) in a double-blind drill", () => {
  it("the scenario is double-blind", () => expect(c.scenario.blindness).toBe("DOUBLE_BLIND"));

  for (const agency of c.scenario.agencies.map((a) => a.id)) {
    it(`${agency} sees only messages to or from it, its own units, and no future inject`, () => {
      const v = view(c, state, agency) as AgencyView;
      expect(v.omniscient).toBe(false);
      for (const m of v.messages) expect(m.from === agency || m.to.includes(agency)).toBe(true);
      const own = new Set(c.scenario.units.filter((u) => u.agency === agency).map((u) => u.id));
      for (const u of v.units) expect(own.has(u.id)).toBe(true);
      const text = JSON.stringify(v);
      for (const inj of c.scenario.injects) {
        const fired = state.injectsFired.includes(inj.id);
        if (!fired || !inj.to.includes(agency)) expect(text).not.toContain(inj.text.zh);
      }
      // other agencies' private traffic never appears, not even by id
      const others = state.messages.filter((m) => m.from !== agency && !m.to.includes(agency));
      for (const m of others) expect(v.messages.map((x) => x.id)).not.toContain(m.id);
      // no ground truth: no casualty totals, population groups, hazard internals or grade
      for (const key of ["casualties", "groups", "hazard", "grade", "rng", "injectsPending"]) expect(Object.keys(v)).not.toContain(key);
    });
  }

  it("the director sees everything, including the injects still to come", () => {
    const v = view(c, state, "director");
    expect(v.omniscient).toBe(true);
    if (v.omniscient) expect(v.injects.some((i) => !i.fired)).toBe(true);
  });
});

describe("what units on scene observe", () => {
  const later = runPlay(c, play, 7, ms("01:30:00")).state;

  it("monitoring vans report measured concentrations to their own agency only", () => {
    const eco = view(c, later, "eco") as AgencyView;
    const readings = eco.knowledge.readings.filter((r) => r.ppm !== undefined);
    expect(readings.length).toBeGreaterThan(0);
    for (const r of readings) expect(c.units.get(r.unit)!.agency).toBe("eco");
    const police = view(c, later, "police") as AgencyView;
    expect(police.knowledge.readings.every((r) => c.units.get(r.unit)!.agency === "police")).toBe(true);
  });

  it("the casualty figures an agency knows never exceed the truth", () => {
    for (const k of later.knowledge) {
      expect(k.knownCasualties.deaths).toBeLessThanOrEqual(later.casualties.deaths);
    }
  });
});
