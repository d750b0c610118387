/**
 * A unit's ETA as the units panel reads it (client/model/console.ts unitEtaMs): the arrival at
 * its destination the engine announced when it was dispatched, whether the unit is still
 * turning out (the route's times are then counted from departure) or already on the road.
 */
import { describe, expect, it } from "vitest";
import type { DrillEvent } from "../../engine/model/events.ts";
import { consoleModel } from "../../client/local/model.ts";
import { unitEtaMs } from "../../client/model/console.ts";
import { arrivalIn } from "../../client/i18n/describe.ts";
import { compiled, ms, playOf, runPlay, SCENARIOS } from "../helpers.ts";

describe("the fire brigade's ETA for its hazmat team", () => {
  const chem = compiled("chemical-leak");
  const play = playOf(chem, `${SCENARIOS}/plays/chemical-leak.good.yaml`);
  // the good play dispatches hz-chem1 at 00:02:00; its turn-out takes 60 s
  const dispatched = runPlay(chem, play, 7, ms("00:02:30")).events.find(
    (e): e is Extract<DrillEvent, { type: "unitDispatched" }> => e.type === "unitDispatched" && e.unit === "hz-chem1",
  )!;

  it("while turning out: turn-out end plus the drive, as the dispatch announced", () => {
    const u = consoleModel(chem, runPlay(chem, play, 7, ms("00:02:30")).state, "fire").units.find((x) => x.id === "hz-chem1")!;
    expect(u.status).toBe("turningOut");
    expect(dispatched.etaMs).toBeGreaterThan(ms("00:03:00"));
    expect(unitEtaMs(u)).toBe(dispatched.etaMs);
  });

  it("on the road: the same arrival; at the station: none", () => {
    const model = consoleModel(chem, runPlay(chem, play, 7, ms("00:03:30")).state, "fire");
    const u = model.units.find((x) => x.id === "hz-chem1")!;
    expect(u.status).toBe("enRoute");
    expect(unitEtaMs(u)).toBe(dispatched.etaMs);
    const idle = consoleModel(chem, runPlay(chem, play, 7, ms("00:01:00")).state, "fire").units.find((x) => x.id === "hz-chem1")!;
    expect(idle.status).toBe("available");
    expect(unitEtaMs(idle)).toBeUndefined();
  });
});

describe("the ETA reads as a span of time, not a clock reading", () => {
  it("3 min 45 s from now is 约 3分45秒后到达 (it read 预计到达 3:45, like a time of day)", () => {
    expect(arrivalIn(225_000)).toBe("约 3分45秒后到达");
    expect(arrivalIn(180_000)).toBe("约 3分钟后到达");
    expect(arrivalIn(40_400)).toBe("约 40秒后到达");
    expect(arrivalIn(3_900_000)).toBe("约 1小时5分后到达");
    expect(arrivalIn(-5_000)).toBe("约 0秒后到达");
  });
});
