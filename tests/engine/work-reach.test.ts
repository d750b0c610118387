/**
 * A unit works only on what is within reach of where it stands (review 8 chemical item 1;
 * engine/units/reach.ts, WORK_REACH_M = 150 m). The hazmat team sent to the plant gate does not
 * plug the tank 228 m away: its task fails there ("outOfReach") and the release goes on; the same
 * team at the tank plugs it. The same kind in the school fire: an ambulance told to triage at the
 * hospital does not triage the pupils on the school's playground.
 */
import { describe, expect, it } from "vitest";
import { cmd, compiled, ms, runPlay } from "../helpers.ts";

const chem = compiled("chemical-leak");
const plug = (place: string) => [cmd("00:02:00", "fire", { type: "dispatch", units: ["hz-chem1"], place, task: "plugLeak" }, 1)];

describe("a task runs only where its work is", () => {
  it("the hazmat team at the plant gate plugs nothing: its task fails 228 m from the tank and the leak goes on", () => {
    const r = runPlay(chem, plug("plant"), 7, ms("01:30:00"));
    // plant (−220, −60), tank-v101 (0, 0): √(220² + 60²) = 228.04 → 228 m, beyond the 150 m reach
    const failed = r.events.find((e) => e.type === "taskFailed" && e.unit === "hz-chem1");
    expect(failed).toMatchObject({ task: "plugLeak", code: "outOfReach", params: { distanceM: 228 } });
    expect(r.events.some((e) => e.type === "taskStarted" && e.unit === "hz-chem1")).toBe(false);
    expect(r.events.some((e) => e.type === "hazardChanged" && e.what === "sourceStopped")).toBe(false);
    expect(chem.hazard.summary(r.state.hazard, r.state.tMs, chem.scenario).controlled).toBe(false);
    // the unit is free on scene for a new order, as after a task it lacks the capability for
    expect(r.state.units.find((u) => u.id === "hz-chem1")!.status).toBe("onScene");
  });

  it("the same team at the tank plugs it (workS 1200 s of one unit's work)", () => {
    const r = runPlay(chem, plug("tank-v101"), 7, ms("01:30:00"));
    expect(r.events.some((e) => e.type === "hazardChanged" && e.what === "sourceStopped")).toBe(true);
  });

  it("in the school fire an ambulance triaging at the hospital treats no pupil on the playground", () => {
    const school = compiled("school-fire");
    const r = runPlay(school, [cmd("00:02:00", "ems", { type: "dispatch", units: ["amb-3"], place: "hospital", task: "triage" }, 1)], 7, ms("00:20:00"));
    // hospital (−1500, −1800), school (0, 0): √(1500² + 1800²) = 2343.08 → 2343 m
    expect(r.events.find((e) => e.type === "taskFailed" && e.unit === "amb-3")).toMatchObject({ task: "triage", code: "outOfReach", params: { distanceM: 2343 } });
  });

  it("the playground, 100 m from the building, is within reach: triage starts there", () => {
    const school = compiled("school-fire");
    const r = runPlay(school, [cmd("00:02:00", "ems", { type: "dispatch", units: ["amb-1"], place: "playground", task: "triage" }, 1)], 7, ms("00:20:00"));
    // playground (60, −80): √(60² + 80²) = 100 m ≤ 150 m
    expect(r.events.some((e) => e.type === "taskStarted" && e.unit === "amb-1" && e.task === "triage")).toBe(true);
  });
});
