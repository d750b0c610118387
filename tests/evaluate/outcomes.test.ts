/** Outcome findings name the harm the hazard actually causes: AEGL toxic loads for a chemical release, the model's own thresholds otherwise. */
import { describe, expect, it } from "vitest";
import { drill } from "./fixtures.ts";

describe("exposure findings per hazard", () => {
  it("a chemical release reports people above AEGL-2", () => {
    const r = drill("chemical-leak", "poor").report;
    expect(r.outcomes.figures.toxic).toBe(true);
    expect(r.findings.some((f) => f.code === "OUTCOME_EXPOSED_AEGL2")).toBe(true);
    expect(r.findings.some((f) => f.code === "OUTCOME_EXPOSED")).toBe(false);
  });

  it("a school fire reports people exposed to smoke by the fire model's threshold, not as AEGL", () => {
    const r = drill("school-fire", "poor").report;
    expect(r.outcomes.figures.toxic).toBe(false);
    const f = r.findings.find((x) => x.code === "OUTCOME_EXPOSED");
    // charged beyond the people the best play also leaves exposed (control-target.test.ts)
    expect(f?.message.zh).toContain(`${r.outcomes.figures.exposedAegl2} 人吸入烟气达到伤害阈值（FED ≥ 0.1）`);
    expect(f?.quantity).toBeGreaterThan(0);
    expect(f?.quantity).toBeLessThanOrEqual(r.outcomes.figures.exposedAegl2);
    expect(r.findings.some((x) => x.code.startsWith("OUTCOME_EXPOSED_AEGL"))).toBe(false);
  });
});
