/**
 * The clock each view is shown, driven without sockets (live/view-clock.ts): in a double-blind drill a seat not yet told
 * and the observers see no clock (the time is the scenario's), the director's view always does; in an announced drill
 * every seat does.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { LiveDrill } from "../../server/live/drill.ts";
import { CONTROL_VIEW, PUBLIC_VIEW } from "../../server/live/seats.ts";
import { viewClock, viewHidden } from "../../server/live/view-clock.ts";
import { openSqliteStore } from "../../server/store/sqlite.ts";

const drill = (blindness: "NONE" | "DOUBLE_BLIND") =>
  LiveDrill.create(openSqliteStore(":memory:"), { scenarioYaml: readFileSync("scenarios/school-fire.yaml", "utf8"), file: "school-fire.yaml", seed: 7, settings: { blindness, speed: 1, bots: [] } }).drill;

describe("a view's clock", () => {
  it("double-blind, nobody told: the fire seat and the observers get none, the director's view does", () => {
    const d = drill("DOUBLE_BLIND");
    expect(viewHidden(d, "fire")).toBe(true);
    expect(viewClock(d, "fire")).toBeUndefined();
    expect(viewClock(d, PUBLIC_VIEW)).toBeUndefined();
    expect(viewClock(d, CONTROL_VIEW)).toEqual({ tMs: d.nowMs, speed: 1, paused: d.clock.status().paused, ended: false });
  });

  it("announced: every seat is shown the clock", () => {
    const d = drill("NONE");
    expect(viewHidden(d, "fire")).toBe(false);
    expect(viewClock(d, "fire")?.tMs).toBe(d.nowMs);
  });
});
