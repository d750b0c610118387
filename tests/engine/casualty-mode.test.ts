/**
 * Casualty modes: expected values (the default: the same for every seed) or sampled whole
 * people (stochastic rounding from the seeded "casualties" stream: reproducible per seed,
 * never more than one person per group from the expected value).
 */
import { describe, expect, it } from "vitest";
import type { Compiled } from "../../engine/compile.ts";
import { compiled, ms, runPlay } from "../helpers.ts";

const base = compiled("chemical-leak");
const sampled: Compiled = { ...base, scenario: { ...base.scenario, casualtyMode: "sampled" } };
const until = ms("01:00:00");

describe("casualty modes", () => {
  it("expected mode does not depend on the seed's casualty stream (only the wind meander)", () => {
    const r = runPlay(base, [], 7, until);
    expect(r.state.groups.every((g) => g.draw === undefined)).toBe(true);
    expect(r.state.rng["casualties"]).toBeUndefined();
  });

  it("sampled mode is reproducible for a seed", () => {
    expect(runPlay(sampled, [], 7, until).state.casualties).toEqual(runPlay(sampled, [], 7, until).state.casualties);
  });

  it("sampled mode rounds each group up or down by its own draw, within one person per group of the expected value", () => {
    const groups = base.scenario.populations.length;
    for (const seed of [1, 2, 3, 4]) {
      const expected = runPlay(base, [], seed, until).state.casualties;
      const drawn = runPlay(sampled, [], seed, until).state;
      expect(drawn.groups.every((g) => g.draw !== undefined && g.draw >= 0 && g.draw < 1)).toBe(true);
      // the expected total is rounded once; each sampled group is floor(x + u): at most one off each, plus the total's rounding
      expect(Math.abs(drawn.casualties.injured - expected.injured)).toBeLessThanOrEqual(groups + 1);
      expect(Math.abs(drawn.casualties.seriousInjuries - expected.seriousInjuries)).toBeLessThanOrEqual(groups + 1);
    }
  });
});
