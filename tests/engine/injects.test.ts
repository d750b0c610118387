/**
 * The master scenario events list: injects fire at their time or when their condition is met
 * (after their delay), only to their recipients, reveal what they say they reveal, and the
 * director can fire one early. Conditional injects never fire when their condition never happens.
 */
import { describe, expect, it } from "vitest";
import type { DrillEvent } from "../../engine/model/events.ts";
import { formatClock } from "../../engine/model/time.ts";
import { cmd, compiled, ms, runPlay } from "../helpers.ts";

const c = compiled("chemical-leak");
const delivered = (events: DrillEvent[], id: string) => events.find((e) => e.type === "injectDelivered" && e.inject === id);

describe("injects", () => {
  it("a timed inject fires at its time, to its recipients only", () => {
    const r = runPlay(c, [], 7, ms("00:50:00"));
    expect(delivered(r.events, "inj-07-casualties")).toMatchObject({ at: ms("00:45:00"), to: ["ent", "health"] });
    const ent = r.state.knowledge.find((k) => k.agency === "ent")!;
    const police = r.state.knowledge.find((k) => k.agency === "police")!;
    expect(ent.knownCasualties).toMatchObject({ deaths: 3, seriousInjuries: 12 });
    expect(police.knownCasualties.deaths).toBe(0);
  });

  it("a conditional inject fires its delay after the condition: 180 s after the hazmat team arrives", () => {
    const r = runPlay(c, [cmd("00:02:00", "fire", { type: "dispatch", units: ["hz-chem1"], place: "tank-v101", task: "plugLeak" }, 1)], 7, ms("00:40:00"));
    const arrived = r.events.find((e) => e.type === "unitArrived" && e.unit === "hz-chem1")!;
    expect(delivered(r.events, "inj-08-recon")?.at).toBe(arrived.at + 180_000);
  });

  it("…and never fires when the condition never happens", () => {
    const r = runPlay(c, [], 7, ms("02:00:00"));
    expect(delivered(r.events, "inj-08-recon")).toBeUndefined();
    expect(delivered(r.events, "inj-12-source-stopped")).toBeUndefined();
  });

  it("the director can deliver an inject early, once; a second time is rejected", () => {
    const r = runPlay(c, [cmd("00:10:00", "director", { type: "injectNow", inject: "inj-07-casualties" }, 1), cmd("00:11:00", "director", { type: "injectNow", inject: "inj-07-casualties" }, 2)], 7, ms("01:00:00"));
    expect(r.events.filter((e) => e.type === "injectDelivered" && e.inject === "inj-07-casualties").map((e) => e.at)).toEqual([ms("00:10:00")]);
    expect(r.events.find((e) => e.type === "rejected" && e.seq === 2)).toMatchObject({ code: "injectAlreadyDelivered" });
    expect(r.events.find((e) => e.type === "gradeChanged")?.at).toBe(ms("00:10:00"));
  });

  it("a spot question (随机提问) owes an answer to the director within the profile's 10 minutes", () => {
    const spot = c.scenario.injects.find((i) => i.spotQuestion)!;
    const at = ms(spot.at!);
    const answer = (clock: number) => cmd(formatClock(clock), spot.to[0]!, { type: "message", to: ["director"], text: "答复" }, 1);
    const onTime = runPlay(c, [answer(at + 9 * 60_000 + 59_000)], 7, at + 15 * 60_000);
    const late = runPlay(c, [answer(at + 10 * 60_000 + 1000)], 7, at + 15 * 60_000);
    const id = `SPOT:${spot.id}:${spot.to[0]}`;
    expect(onTime.state.obligations.find((o) => o.id === id)?.status).toBe("met");
    expect(late.state.obligations.find((o) => o.id === id)?.status).toBe("late");
  });

  it("a spot question is not answered by traffic to someone else", () => {
    const spot = c.scenario.injects.find((i) => i.spotQuestion)!;
    const at = ms(spot.at!);
    const toDuty = cmd(formatClock(at + 60_000), spot.to[0]!, { type: "message", to: ["duty"], text: "通报" }, 1);
    const r = runPlay(c, [toDuty], 7, at + 15 * 60_000);
    expect(r.events.some((e) => e.type === "messageSent" && e.to.includes("duty"))).toBe(true);
    expect(r.state.obligations.find((o) => o.id === `SPOT:${spot.id}:${spot.to[0]}`)?.status).toBe("missed");
  });

  it("a spot question the scenario says the city bureau asks is answered to the city bureau, not the director", () => {
    const spot = c.scenario.injects.find((i) => i.id === "inj-13-city")!;
    expect(spot.askedBy).toBe("city");
    const at = ms(spot.at!);
    const reply = (to: string) => cmd(formatClock(at + 60_000), "eb", { type: "message", to: [to], text: "答复" }, 1);
    const id = `SPOT:${spot.id}:eb`;
    expect(runPlay(c, [reply("city")], 7, at + 15 * 60_000).state.obligations.find((o) => o.id === id)?.status).toBe("met");
    expect(runPlay(c, [reply("director")], 7, at + 15 * 60_000).state.obligations.find((o) => o.id === id)?.status).toBe("missed");
  });
});
