/**
 * The director's creation form: a drill made from the browser starts paused unless unticked,
 * so nothing runs before the seats are in (the server pauses it on `paused: true`).
 */
import { describe, expect, it } from "vitest";
import { NEW_DRILL_DEFAULTS, newDrillBody } from "../../client/model/new-drill.ts";

describe("the creation form's request body", () => {
  it("asks for a paused start by default", () => {
    expect(newDrillBody({ ...NEW_DRILL_DEFAULTS, scenario: "chemical-leak" })).toEqual({
      scenario: "chemical-leak", seed: 7, blindness: "DOUBLE_BLIND", speed: 1, bots: [], paused: true,
    });
  });

  it("starts running when the director unticks it; bots typed with 、 and commas become a list", () => {
    const b = newDrillBody({ ...NEW_DRILL_DEFAULTS, scenario: "mine-flood", seed: "", speed: "x", bots: "duty、police, health", paused: false });
    expect(b).toEqual({ scenario: "mine-flood", seed: 0, blindness: "DOUBLE_BLIND", speed: 1, bots: ["duty", "police", "health"], paused: false });
  });
});
