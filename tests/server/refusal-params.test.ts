/**
 * A refusal reached by a client other than our forms (newcomer 19 item 7: it read "the command is incomplete or
 * malformed", without the field or the limit) names the field and what it must be, as codes and figures the client
 * words in its own language: a cordon's radius of 10^12 m is refused with {fieldPath: radiusM, problem: radiusM,
 * max: 100000} (engine/scenario/play-schema.ts MAX_RADIUS_M: a radius is > 0 and ≤ 100 000 m), read as
 * 「半径：须大于0米，且不超过100000米」 / "radius: must be more than 0 m and at most 100000 m". Only the sender is told,
 * and the room runs on: the same seat's next, sound command is acknowledged and the drill clock moves.
 */
import type { Room as SDKRoom } from "@colyseus/sdk";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { rejection } from "../../client/i18n/refusals.ts";
import { setLang } from "../../client/i18n/index.ts";
import { collect, createDrill, joinEach, startServer, until, type Created, type Harness } from "./harness.ts";

interface Refusal { id: string; type: string; code: string; reason: string; params?: Record<string, string | number> }

// the client's language switch only marks <html lang>: the server side needs node, not a DOM
vi.stubGlobal("document", { documentElement: {} });
let h: Harness;
let d: Created;
let fire: SDKRoom, police: SDKRoom, director: SDKRoom;
beforeAll(async () => {
  h = await startServer();
  d = await createDrill(h, { scenario: "chemical-leak", seed: 7, blindness: "NONE", paused: false });
  const rooms = await joinEach(h, d.id, { 消防: d.codes.seats.fire!, 公安: d.codes.seats.police!, 导调: d.codes.director });
  [fire, police, director] = [rooms[0]!, rooms[1]!, rooms[2]!];
});
afterAll(async () => {
  await h.close();
  vi.unstubAllGlobals();
});
afterEach(() => setLang("zh"));

describe("a refused field, from a client other than our forms", () => {
  it("goes to the sender only, names the radius and its limit as codes, and the room runs on", async () => {
    const drill = h.ctx.drills.get(d.id)!;
    const [toFire, toPolice, toDirector] = [collect<Refusal>(fire, "rejected"), collect<Refusal>(police, "rejected"), collect<Refusal>(director, "rejected")];
    const acks = collect<{ id: string }>(fire, "ack");
    fire.send("command", { id: "far-1", command: { type: "cordon", place: "j-park", radiusM: 1e12 } });
    await until(() => toFire.length === 1, 5000, "the refusal");
    expect(toFire[0]).toMatchObject({ id: "far-1", code: "badCommand", reason: "半径：须大于0米，且不超过100000米", params: { fieldPath: "radiusM", problem: "radiusM", max: 100_000 } });

    const before = drill.state.tMs;
    fire.send("command", { id: "ok-1", command: { type: "cordon", place: "j-park", radiusM: 500 } });
    await until(() => acks.some((a) => a.id === "ok-1"), 5000, "the sound command's ack");
    await until(() => drill.state.tMs > before, 10_000, "the clock to move");
    expect(toFire).toHaveLength(1);
    expect(toPolice).toEqual([]);
    expect(toDirector).toEqual([]);
  });

  it("a live message's field too: a seat mode of robot names 席位方式 and the two allowed, to the director only", async () => {
    const toDirector = collect<Refusal>(director, "rejected");
    const toFire = collect<Refusal>(fire, "rejected");
    director.send("seatMode", { seat: "fire", mode: "robot" });
    await until(() => toDirector.length === 1, 5000, "the refusal");
    const r = toDirector[0]!;
    expect(r).toMatchObject({ code: "badMessage", params: { fieldPath: "mode", message: "seatMode", problem: "oneOf", values: "person,bot" } });
    expect(r.reason).toBe("席位方式：应为以下之一：真人（person）、模拟（bot）");
    setLang("en");
    expect(rejection(r.code, r.reason, r.params)).toBe("seat mode: must be one of: person (person), bot (bot)");
    expect(toFire).toEqual([]);
  });

  it("the client words the radius in its own language from those params, never the server's Chinese nor 'malformed'", () => {
    const params = { fieldPath: "radiusM", whole: "commandField.type", message: "", problem: "radiusM", max: 100_000 };
    setLang("en");
    expect(rejection("badCommand", "半径：须大于0米，且不超过100000米", params)).toBe("radius: must be more than 0 m and at most 100000 m");
    setLang("zh");
    expect(rejection("badCommand", "x", params)).toBe("半径：须大于0米，且不超过100000米");
  });

  it("a refusal of figures only carries its catalogue key: a message over the byte limit names the limit in English", async () => {
    const toFire = collect<Refusal>(fire, "rejected");
    fire.send("command", { id: "big-1", command: { type: "message", to: ["eb"], text: "x".repeat(40_000) } });
    await until(() => toFire.length === 1, 5000, "the refusal");
    expect(toFire[0]).toMatchObject({ code: "tooLarge", params: { key: "tooLarge" } });
    setLang("en");
    expect(rejection(toFire[0]!.code, toFire[0]!.reason, toFire[0]!.params)).toMatch(/^Messages are limited to \d+ bytes$/);
  });
});
