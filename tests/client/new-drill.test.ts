/**
 * The director's creation form: a drill made from the browser starts paused unless unticked,
 * so nothing runs before the seats are in (the server pauses it on `paused: true`); bot seats
 * are the scenario's own agencies, ticked by their Chinese names and sent as ids.
 */
import { describe, expect, it } from "vitest";
import { NEW_DRILL_DEFAULTS, newDrillBody } from "../../client/model/new-drill.ts";
import { shippedScenarios } from "../../server/live/scenario.ts";

const mine = shippedScenarios().find((s) => s.id === "mine-flood")!;

describe("the creation form's request body", () => {
  it("asks for a paused start by default", () => {
    expect(newDrillBody({ ...NEW_DRILL_DEFAULTS, scenario: "chemical-leak" })).toEqual({
      scenario: "chemical-leak", seed: 7, blindness: "DOUBLE_BLIND", speed: 1, bots: [], paused: true,
    });
  });

  it("starts running when the director unticks it", () => {
    const b = newDrillBody({ ...NEW_DRILL_DEFAULTS, scenario: "mine-flood", seed: "", speed: "x", paused: false });
    expect(b).toEqual({ scenario: "mine-flood", seed: 0, blindness: "DOUBLE_BLIND", speed: 1, bots: [], paused: false });
  });

  it("offers the scenario's agencies by Chinese name and sends the ticked ones' ids", () => {
    const byName = Object.fromEntries(mine.agencies.map((a) => [a.name.zh, a.id]));
    expect(byName["青山市矿山救护支队岭北中队"]).toBe("mrt");
    expect(byName["兴隆煤矿调度室"]).toBe("dispatch");
    // "ent" (the chemical plant) was ticked before the director switched to the mine flood
    const b = newDrillBody({ ...NEW_DRILL_DEFAULTS, scenario: "mine-flood", bots: ["mrt", "ent", "dispatch"] }, mine.agencies.map((a) => a.id));
    expect(b.bots).toEqual(["mrt", "dispatch"]);
  });
});
