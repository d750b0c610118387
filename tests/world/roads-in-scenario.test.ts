/** Roads as they are in a scenario: one-way roads checked by direction at validation, and a unit sent where it already is. */
import { describe, expect, it } from "vitest";
import { scenarioFromText } from "../../cli/files.ts";
import { run } from "../../engine/replay.ts";
import { formatProblem } from "../../engine/scenario/problems.ts";
import { cmd, compiled, ms, text } from "../helpers.ts";

const FILE = "scenarios/chemical-leak.yaml";
const LANE = "{ from: plant, to: tank-v101, speedKmh: 20,";

const problemsWith = (to: string) => {
  const t = text(FILE);
  expect(t).toContain(LANE);
  const r = scenarioFromText(t.replace(LANE, to), FILE);
  return r.ok ? [] : r.problems.map(formatProblem);
};

describe("one-way roads, checked by direction when the scenario is validated", () => {
  it("the tank's only lane made one-way inwards: every unit can reach the tank but not get back to its base", () => {
    const found = problemsWith("{ from: plant, to: tank-v101, speedKmh: 20, oneway: true,");
    expect(found.find((p) => /units\[0\]\.base: unit "hz-chem1" can reach "tank-v101" but not get back to its base "fire-hazmat"/.test(p)), found.join("\n")).toBeDefined();
  });

  it("made one-way outwards: nobody can reach the tank, named at the incident place and at each requirement there", () => {
    const found = problemsWith("{ from: tank-v101, to: plant, speedKmh: 20, oneway: true,");
    expect(found.some((p) => /incidentPlace: unit "hz-chem1" cannot reach "tank-v101" from its base "fire-hazmat"/.test(p))).toBe(true);
    expect(found.some((p) => /requirements\[0\]\.place: unit "hz-chem1" cannot reach "tank-v101"/.test(p))).toBe(true);
  });

  it("the shipped two-way lane passes", () => expect(problemsWith(LANE)).toEqual([]));
});

describe("a unit sent to where it already is", () => {
  it("turns out and arrives, so requirements and conditional injects see it", () => {
    const c = compiled("chemical-leak");
    // the enterprise's own team, based at the plant, sent to the plant: turn-out 30 s, no driving
    const r = run(c, 7, [cmd("00:01:00", "ent", { type: "dispatch", units: ["ent-team"], place: "plant", task: "rescue" }, 1)], { untilMs: ms("00:05:00") });
    const arrived = r.events.find((e) => e.type === "unitArrived" && e.unit === "ent-team");
    expect(arrived).toMatchObject({ place: "plant", at: ms("00:01:30") });
    expect(r.events.some((e) => e.type === "taskStarted" && e.unit === "ent-team")).toBe(true);
  });
});
