/**
 * Results must not depend on the tick length (issue 8 item 1): dose for the simulated time that
 * actually passed, cadences that work for any tickS, commands taking effect at their own time.
 * The full sweep (tickS 1, 2, 5, 10, 15, 20, 30, 60 over every shipped play) is in `npm run bench`
 * (bench/tick-length.ts); here a subset that covers a tick that does not divide the exposure
 * step (15 s) and the longest tick (60 s).
 */
import { describe, expect, it } from "vitest";
import { compile } from "../../engine/compile.ts";
import { cadence, effectiveAt } from "../../engine/model/time.ts";
import { checkpoints, run } from "../../engine/replay.ts";
import { compiled, ms, playOf, SCENARIOS } from "../helpers.ts";
import { atTick, outcomeWithin } from "../support/tick-length.ts";

describe("cadence: a task due every N ms, for any tick length", () => {
  it("runs at the first tick at or after each multiple and reports the time that passed", () => {
    // 10-s exposure step, 15-s ticks: ticks 0, 15, 30, 45 each cross a multiple of 10 s; 15 s passed each time
    expect([0, 15, 30, 45].map((s) => cadence(s * 1000, 15_000, 10_000))).toEqual([0, 15_000, 15_000, 15_000]);
    // 3-s ticks: due at 0, 12 (first tick ≥ 10), 21, 30; not at 3, 6, 9
    expect([3, 6, 9].map((s) => cadence(s * 1000, 3000, 10_000))).toEqual([undefined, undefined, undefined]);
    expect([12, 21, 30].map((s) => cadence(s * 1000, 3000, 10_000))).toEqual([12_000, 9000, 9000]);
    // 60-s ticks, 60-s observation cadence: every tick, 60 s each
    expect(cadence(120_000, 60_000, 60_000)).toBe(60_000);
    // 1-s ticks: every 10th tick, 10 s
    expect(cadence(40_000, 1000, 10_000)).toBe(10_000);
    expect(cadence(41_000, 1000, 10_000)).toBeUndefined();
  });

  it("a command takes effect at its own time within the tick that applies it", () => {
    expect(effectiveAt(ms("00:09:30"), ms("00:10:00"), 60_000)).toBe(ms("00:09:30"));
    // a command stamped long before the tick (a late arrival) starts at the tick's start, never in the past
    expect(effectiveAt(ms("00:01:00"), ms("00:10:00"), 60_000)).toBe(ms("00:09:00"));
  });
});

const CASES: Array<[string, string]> = [
  ["chemical-leak", "good"],
  ["chemical-leak", "poor"],
  ["mine-flood", "poor"],
  ["school-fire", "poor"],
];

describe.each(CASES)("%s with its %s play", (id, kind) => {
  const base = compiled(id);
  const play = playOf(base, `${SCENARIOS}/plays/${id}.${kind}.yaml`);
  const reference = run(base, 7, play).state.casualties;

  it.each([15, 60])("gives the same outcome within 5 per cent at tickS %i as at tickS 1", (tickS) => {
    expect(base.scenario.clock.tickS).toBe(1);
    const other = run(atTick(base, tickS), 7, play).state.casualties;
    expect(outcomeWithin(reference, other, 0.05)).toEqual([]);
  });
});

describe("dose for the time that actually passed", () => {
  it("a 20-s tick gives the public the same toxic load as a 1-s tick (it used to halve it)", () => {
    const c = compiled("chemical-leak");
    const load = (tickS: number) => run(atTick(c, tickS), 7, [], { untilMs: ms("01:00:00") }).state.groups.map((g) => g.toxicLoad);
    const one = load(1);
    const twenty = load(20);
    expect(Math.max(...one)).toBeGreaterThan(0);
    one.forEach((l, i) => expect(Math.abs(twenty[i]! - l)).toBeLessThanOrEqual(0.05 * l));
  });
});

describe("--until T", () => {
  it.each([1, 60])("returns the state at T, not one tick later (tickS %i)", (tickS) => {
    const c = atTick(compiled("chemical-leak"), tickS);
    const r = run(c, 7, [], { untilMs: ms("01:00:00") });
    expect(r.state.tMs).toBe(ms("01:00:00"));
    expect(Math.max(...r.events.map((e) => e.at))).toBeLessThan(ms("01:00:00"));
  });

  it("stops before T when T falls inside a tick", () => {
    const c = compile({ ...compiled("chemical-leak").scenario, clock: { ...compiled("chemical-leak").scenario.clock, tickS: 60 } }, compiled("chemical-leak").rules);
    expect(run(c, 7, [], { untilMs: ms("00:10:30") }).state.tMs).toBe(ms("00:10:00"));
  });
});

describe("checkpoints", () => {
  it("are taken every period even when the tick does not divide it (7-s ticks, hourly)", () => {
    const c = atTick(compiled("mine-flood"), 7);
    const cps = checkpoints(c, 7, [], 3600_000);
    // the first state at or after each hour: 3,605 s = 7 × 515, 7,203 s = 7 × 1,029, …, and the end
    expect(cps.slice(0, 3).map((x) => x.tMs)).toEqual([3_605_000, 7_203_000, 10_801_000]);
    expect(cps.at(-1)!.tMs).toBe(run(c, 7, []).state.tMs);
  });
});
