/**
 * Issue 10 §9 (part): exposure above a threshold is counted per person from the dose distribution
 * in each group, not all-or-nothing from the group's mean load. Individual doses are log-normal
 * around the group's load (σ = 0.5 in ln dose, the people model's spread, hazards.md §1.6); the
 * share above the AEGL-2 load L2 is Φ(ln(load·s/L2)/σ), computed here with the Abramowitz–Stegun
 * 7.1.26 erf approximation, independently of the engine's own normal CDF.
 */
import { describe, expect, it } from "vitest";
import { small } from "./verdicts-support.ts";

const phi = (z: number) => {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const erf = 1 - (((((1.061405429 * t - 1.453152027) * t) + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-x * x);
  return z >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
};
const SUSCEPT: Record<string, number> = { normal: 1, workers: 1, children: 1.5, elderly: 1.5 };

describe("chemical leak, no response: people above AEGL-2", () => {
  const d = small("chemical-leak", []);
  const tox = d.c.hazard.toxicology!(d.c.scenario);
  const l2 = Math.pow(tox.aegl2, tox.probitN) * 60; // the 60-min AEGL-2 as a toxic load
  const vulOf = (id: string) => SUSCEPT[d.c.scenario.populations.find((p) => p.id === id)!.vulnerability ?? "normal"] ?? 1;

  it("are counted per person from each group's dose distribution", () => {
    let expected = 0;
    for (const g of d.state.groups) if (g.toxicLoad > 0) expected += g.count * phi(Math.log((g.toxicLoad * vulOf(g.id)) / l2) / 0.5);
    expect(d.report.outcomes.figures.exposedAegl2).toBeCloseTo(expected, -1);
  });

  it("differ from the all-or-nothing count by group mean", () => {
    const allOrNothing = d.state.groups.filter((g) => g.toxicLoad * vulOf(g.id) >= l2).reduce((a, g) => a + g.count, 0);
    expect(d.report.outcomes.figures.exposedAegl2).not.toBe(allOrNothing);
  });
});
