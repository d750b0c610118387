/**
 * r18-blind left this open: an untold double-blind seat's messages carry ids of its own (u1, u2…
 * in the order it got them, server/live/views.ts withheld); once told they come again, in the
 * same order, with the drill's ids, and every message the person had read showed 未读 again.
 * A mark follows its message across the reveal; nothing else is touched.
 */
import { describe, expect, it } from "vitest";
import { followReveal } from "../../client/model/read-marks.ts";

// the seat got three messages on standby (u1..u3); told, they are the drill's m4, m9, m12, and m15 is new
const told = [{ id: "m4" }, { id: "m9" }, { id: "m12" }, { id: "m15" }];

describe("read marks across the reveal", () => {
  it("a message read on standby is read under its drill id: u1 and u3 read → m4 and m12 read, m9 and the new m15 not", () => {
    expect([...followReveal(new Set(["u1", "u3"]), told)].sort()).toEqual(["m12", "m4"]);
  });

  it("marks already under drill ids, and standby ids with no message at that place, are kept as they are", () => {
    const read = new Set(["m9", "u7"]);
    expect(followReveal(read, told)).toBe(read);
    expect([...followReveal(new Set(["m9", "u2", "u7"]), told)].sort()).toEqual(["m9", "u7"]);
  });

  it("an ad hoc inject's id (adhoc-u2) is not a message's place in the list", () => {
    const read = new Set(["adhoc-u2"]);
    expect(followReveal(read, told)).toBe(read);
  });
});
