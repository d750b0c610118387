/**
 * Once the director has ended a drill (real server, real SDK): `end` is acknowledged at the time
 * the drill ended, and the clock (pause, resume, speed, jump), injects, seat mode switches and
 * code reissues are refused as
 * 演练已结束, so the clock stays where the end left it.
 */
import type { Room as SDKRoom } from "@colyseus/sdk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { collect, createDrill, join, requestId, startServer, until, type Created, type Harness } from "./harness.ts";

type Refusal = { id: string; type: string; code: string; reason: string };

let h: Harness;
let d: Created;
let director: SDKRoom;
beforeAll(async () => {
  h = await startServer();
  d = await createDrill(h, { scenario: "chemical-leak", seed: 7, blindness: "NONE", paused: true });
  director = await join(h, d.id, d.codes.director, "导调");
});
afterAll(async () => {
  await h.close();
});

describe("after the end", () => {
  it("end is acked at the end's time, then the clock and injects are refused as drillEnded", async () => {
    const drill = h.ctx.drills.get(d.id)!;
    const clock = collect<{ tMs: number }>(director, "clock");
    director.send("clock", { id: requestId(), action: "jump", value: 7 }); // 7 simulated minutes on a paused clock
    await until(() => drill.state.tMs >= 7 * 60_000, 10_000, "the jump");
    const acks = collect<{ id: string; atMs: number }>(director, "ack");
    director.send("end", { id: "end-1" });
    await until(() => acks.length === 1, 5000, "the end's ack");
    const ended = drill.events.find((e) => e.type === "drillEnded")!;
    expect(ended.at).toBe(7 * 60_000);
    expect(acks[0]).toMatchObject({ id: "end-1", atMs: 7 * 60_000 });

    const refused = collect<Refusal>(director, "rejected");
    const answered = clock.length;
    for (const body of [{ action: "resume" }, { action: "pause" }, { action: "speed", value: 2 }, { action: "jump", value: 10 }]) director.send("clock", { id: requestId(), ...body });
    director.send("inject", { id: "inj-1", to: ["fire"], text: "导调：请报告现场风向。" });
    director.send("spotQuestion", { id: "sq-1", to: ["fire"], text: "现场风向？" });
    director.send("command", { id: "inj-2", command: { type: "injectNow", inject: drill.c.scenario.injects[0]!.id } });
    director.send("seatMode", { seat: "fire", mode: "bot" });
    director.send("reissue", { id: requestId(), seat: "fire" });
    await until(() => refused.length === 9, 5000, "nine refusals");
    // injects and commands are answered after a round trip through the engine, the rest at once
    expect(refused.map((r) => `${r.type}:${r.code}`).sort()).toEqual([
      "clock:drillEnded", "clock:drillEnded", "clock:drillEnded", "clock:drillEnded",
      "command:drillEnded", "inject:drillEnded", "reissue:drillEnded", "seatMode:drillEnded", "spotQuestion:drillEnded",
    ]);
    expect(drill.botSeats()).not.toContain("fire");
    for (const r of refused) expect(r.reason).toBe("演练已结束");
    expect(clock).toHaveLength(answered);
    expect(drill.clock.status()).toMatchObject({ paused: true, speed: 1 });
    expect(drill.nowMs).toBe(7 * 60_000);
  });
});
