/**
 * The live server's views carry a party's request for help (newcomer 23 item 1: no 华宇 nor 求助 on the enterprise's
 * 时限 tab, nor on the director's or evaluator's 时限看板). Chemical leak, no response, 00:08: 华宇's call reached the
 * enterprise at 00:06; its row HELP:inj-03-neighbour:ent is due 00:21 (helpRequests.withinMin 15), answered through
 * the director (`to`). The enterprise's projection lists it; the control projection (director and evaluators) lists
 * it under its owner; the police's does not (the request is not put to it).
 */
import { describe, expect, it } from "vitest";
import { controlProjection, seatProjection } from "../../server/live/views.ts";
import { compiled, ms, runPlay } from "../helpers.ts";

const chem = compiled("chemical-leak");
const r = runPlay(chem, [], 7, ms("00:08:00"));
const HELP = "HELP:inj-03-neighbour:ent";

describe("a request for help in the live views", () => {
  it("the enterprise's seat view and the control view list it; the police's does not", () => {
    const ent = seatProjection(chem, r.state, "ent", "NONE", r.events).obligations.find((o) => o.id === HELP);
    expect(ent).toMatchObject({ agency: "ent", to: "director", status: "open", openedAtMs: ms("00:06:00"), deadlineMs: ms("00:21:00") });
    const control = controlProjection(chem, r.state, {}, r.events).obligations.find((o) => o.id === HELP);
    expect(control).toMatchObject({ owner: "ent", status: "open" });
    expect(seatProjection(chem, r.state, "police", "NONE", r.events).obligations.some((o) => o.id.startsWith("HELP:"))).toBe(false);
  });
});
