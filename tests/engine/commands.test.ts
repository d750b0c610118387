/**
 * A command that cannot apply is a `rejected` event with a code and parameters, never a crash, and the
 * drill runs on: busy units, unknown places, other agencies' units, missing powers.
 */
import { describe, expect, it } from "vitest";
import type { DrillEvent } from "../../engine/model/events.ts";
import { cmd, compiled, ms, runPlay } from "../helpers.ts";

const c = compiled("chemical-leak");

function rejections(events: DrillEvent[]) {
  return events.filter((e): e is Extract<DrillEvent, { type: "rejected" }> => e.type === "rejected").map((e) => ({ seq: e.seq, code: e.code }));
}

describe("invalid commands are rejected with a code", () => {
  const play = [
    cmd("00:01:00", "fire", { type: "dispatch", units: ["hz-chem1"], place: "tank-v101", task: "plugLeak" }, 1),
    cmd("00:01:30", "fire", { type: "dispatch", units: ["hz-chem1"], place: "village", task: "rescue" }, 2), // still turning out / en route
    cmd("00:02:00", "fire", { type: "dispatch", units: ["hz-e1"], place: "nowhere", task: "rescue" }, 3),
    cmd("00:02:00", "fire", { type: "dispatch", units: ["amb-1"], place: "plant", task: "treat" }, 4), // health's ambulance
    cmd("00:02:00", "ent", { type: "warning", level: "red", place: "village", radiusM: 2000 }, 5), // an enterprise cannot warn the public
    cmd("00:02:00", "police", { type: "injectNow", inject: "inj-07-casualties" }, 6), // director only
    cmd("00:02:00", "fire", { type: "dispatch", units: ["ghost"], place: "plant", task: "rescue" }, 7),
    cmd("00:02:00", "fire", { type: "dispatch", units: ["hz-e1"], place: "plant", task: "teleport" }, 8),
    cmd("00:02:00", "nobody", { type: "message", to: ["eb"], text: "?", channel: "phone" }, 9),
    cmd("00:02:00", "eb", { type: "report", to: "eb", kind: "initial", mode: "oral", content: {} }, 10),
    cmd("00:02:00", "police", { type: "recall", units: ["pol-1"] }, 11), // not deployed
    cmd("00:02:00", "police", { type: "evacuate", groups: ["martians"] }, 12),
    cmd("00:03:00", "police", { type: "cordon", place: "tank-v101", radiusM: 600 }, 13), // valid: the drill runs on
  ];
  const r = runPlay(c, play, 7, ms("00:30:00"));

  it("gives each one a stable code", () => {
    expect(rejections(r.events)).toEqual([
      { seq: 2, code: "unitBusy" },
      { seq: 3, code: "unknownPlace" },
      { seq: 4, code: "notOwner" },
      { seq: 5, code: "notAllowed" },
      { seq: 6, code: "directorOnly" },
      { seq: 7, code: "unknownUnit" },
      { seq: 8, code: "unknownTask" },
      { seq: 9, code: "unknownAgency" },
      { seq: 10, code: "reportToSelf" },
      { seq: 11, code: "unitNotDeployed" },
      { seq: 12, code: "unknownGroup" },
    ]);
  });

  it("names what was wrong in its parameters (ids and statuses, no prose)", () => {
    const busy = r.events.find((e) => e.type === "rejected" && e.seq === 2);
    expect(busy).toMatchObject({ by: "fire", command: "dispatch", params: { unit: "hz-chem1", status: "turningOut" } });
    const owner = r.events.find((e) => e.type === "rejected" && e.seq === 4);
    expect(owner).toMatchObject({ params: { unit: "amb-1", owner: "health" } });
  });

  it("leaves the drill running: valid commands before and after still apply", () => {
    expect(r.events.some((e) => e.type === "cordonSet" && e.seq === 13)).toBe(true);
    expect(r.events.some((e) => e.type === "unitArrived" && e.unit === "hz-chem1")).toBe(true);
  });

  it("a unit of the wrong type arrives but cannot do the task (the wrong resource sent)", () => {
    const wrong = runPlay(c, [cmd("00:01:00", "fire", { type: "dispatch", units: ["ce-e1"], place: "tank-v101", task: "plugLeak" }, 1)], 7, ms("00:40:00"));
    const failed = wrong.events.find((e) => e.type === "taskFailed");
    expect(failed).toMatchObject({ unit: "ce-e1", task: "plugLeak", code: "noCapability", params: { unitType: "fireEngine" } });
    expect(c.hazard.summary(wrong.state.hazard, wrong.state.tMs, c.scenario).controlled).toBe(false);
  });

  it("units move through turn-out, travel and set-up before working, on the shortest road route", () => {
    const one = runPlay(c, [cmd("00:01:00", "fire", { type: "dispatch", units: ["hz-chem1"], place: "tank-v101", task: "plugLeak" }, 1)], 7, ms("00:40:00"));
    const kinds = one.events.filter((e) => "unit" in e && e.unit === "hz-chem1" && e.type !== "unitExposed").map((e) => e.type);
    // the hazmat team works inside the chlorine cloud, in Level A suits: exposed, but protected
    expect(one.events.filter((e) => e.type === "unitExposed" && e.unit === "hz-chem1").every((e) => e.type === "unitExposed" && e.protected)).toBe(true);
    expect(kinds).toEqual(["unitDispatched", "unitDeparted", "unitArrived", "taskStarted", "taskCompleted"]);
    const dispatched = one.events.find((e) => e.type === "unitDispatched")!;
    const arrived = one.events.find((e) => e.type === "unitArrived")!;
    // it arrives at the first 1-second tick at or after its computed arrival time
    const eta = dispatched.type === "unitDispatched" ? dispatched.etaMs : 0;
    expect(arrived.at).toBe(Math.ceil(eta / 1000) * 1000);
  });
});
