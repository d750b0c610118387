/**
 * A unit whose whole crew is dead or seriously injured takes no further order (newcomer23 8: ambulance 3, its crew of 3
 * dead in the chlorine, still read 在现场 and, recalled, drove back to base). The engine refuses the order with the code
 * `unitCrewLost` (engine/units/crew-lost.ts); a unit with its crew able still obeys.
 *
 * Ambulance 1 (crew 3, no respiratory protection) sent to the leaking tank at 00:06:00 meets the cloud at over 2 000 ppm
 * (harmful-orders.test.ts: its 3 crew dead, the AEGL-3 zone); by 00:40:00 they are dead (crewCasualties), so its recall
 * then and a dispatch to the hospital are refused. Ambulance 2, sent to the hospital and recalled, is obeyed.
 */
import { describe, expect, it } from "vitest";
import type { EventOf } from "../../engine/model/events.ts";
import { crewCasualties } from "../../engine/people/tick.ts";
import { cmd, compiled, ms, runPlay } from "../helpers.ts";

const c = compiled("chemical-leak");
const r = runPlay(c, [
  cmd("00:06:00", "health", { type: "dispatch", units: ["amb-1"], place: "tank-v101", task: "treat" }, 1),
  cmd("00:06:00", "health", { type: "dispatch", units: ["amb-2"], place: "hospital", task: "transport" }, 2),
  cmd("00:40:00", "health", { type: "recall", units: ["amb-1"] }, 3),
  cmd("00:40:00", "health", { type: "dispatch", units: ["amb-1"], place: "hospital", task: "transport" }, 4),
  cmd("00:40:00", "health", { type: "recall", units: ["amb-2"] }, 5),
], 7, ms("00:45:00"));
const rejected = r.events.filter((e): e is EventOf<"rejected"> => e.type === "rejected");

describe("a unit whose crew is lost takes no further order", () => {
  it("ambulance 1's crew of 3 is dead by 00:40:00 (the engine's own crew casualties)", () => {
    const u = r.state.units.find((x) => x.id === "amb-1")!;
    const lost = crewCasualties(u, c.units.get("amb-1")!.crew, c.hazard.toxicology!(c.scenario));
    expect(Math.round(lost.deaths + lost.seriousInjuries)).toBe(3);
  });

  it("its recall and a new dispatch are refused unitCrewLost; it never turns home", () => {
    expect(rejected.filter((e) => e.code === "unitCrewLost").map((e) => [e.seq, e.command, e.params.unit])).toEqual([[3, "recall", "amb-1"], [4, "dispatch", "amb-1"]]);
    expect(r.events.some((e) => e.type === "unitRecalled" && e.unit === "amb-1")).toBe(false);
  });

  it("ambulance 2, its crew able, is recalled as ordered", () => {
    expect(rejected.filter((e) => e.seq === 5)).toEqual([]);
    expect(r.events.some((e) => e.type === "unitRecalled" && e.unit === "amb-2")).toBe(true);
  });
});
