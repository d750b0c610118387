// @vitest-environment happy-dom
/**
 * A director's or evaluator's refused control message (clock, observation, findings, viewAt…) must reject the promise
 * that awaits it, with the server's reason worded in the page's language: the director's clock buttons stay busy and
 * the evaluator's observation form never says 未被接受 otherwise. The SDK hands the catch-all "*" handler only the
 * message types no handler of their own takes (@colyseus/sdk Room.dispatchMessage), and `rejected` has its own (the
 * outbox's), so the refusal must be answered there. The room here is the SDK's own Room, its messages dispatched by
 * the SDK's own code; only the socket is absent.
 */
import { Room } from "@colyseus/sdk";
import { afterEach, describe, expect, it, vi } from "vitest";
import { setLang } from "../../client/i18n/index.ts";
import { refused } from "../../server/live/refusal.ts";

const rooms: Room[] = [];
vi.mock("@colyseus/sdk", async (orig) => {
  const real = (await orig()) as typeof import("@colyseus/sdk");
  class Client {
    async joinById(): Promise<Room> {
      const room = new real.Room("drill");
      room.send = vi.fn() as never;
      rooms.push(room);
      return room;
    }
  }
  return { ...real, Client };
});
const { LiveSession } = await import("../../client/net/live.ts");
/** the server's message `type` with `payload`, through the SDK's own dispatch */
const deliver = (room: Room, type: string, payload: unknown) => (room as unknown as { dispatchMessage(t: string, m: unknown): void }).dispatchMessage(type, payload);

afterEach(() => setLang("zh"));

describe("a refused control message", () => {
  it("rejects the director's clock request with the reason (zh), and the answer naming the next request's id settles that one", async () => {
    const s = await LiveSession.join("d1", "DIRE-CTOR-CODE-0000-0000", "导调");
    const room = rooms.at(-1)!;
    const first = s.control("clock", { action: "speed", value: 99 });
    const second = s.control("clock", { action: "pause" });
    // each clock request carries the id the session made (round 30); the server's answers name it
    const [a, b] = (room.send as unknown as { mock: { calls: Array<[string, { id: string }]> } }).mock.calls.slice(-2).map(([, m]) => m);
    // what the server answers a speed outside 0.5–60 (server/live/console.ts)
    const r = refused("clock", a!.id, "badMessage", "speedRange");
    deliver(room, r.type, r.body);
    await expect(first).rejects.toThrow(r.body.reason);
    deliver(room, "clock", { id: b!.id, paused: true });
    await expect(second).resolves.toEqual({ id: b!.id, paused: true });
  });

  it("words the refusal in English on an English page, from its code", async () => {
    setLang("en");
    const s = await LiveSession.join("d1", "EVAL-CODE-0000-0000-0000", "Evaluator");
    const room = rooms.at(-1)!;
    const p = s.control("observation", { text: "" });
    // the server's refusal names the observation's id (server/live/refusal.ts messageId), which the session made
    const sent = (room.send as unknown as { mock: { calls: Array<[string, { id: string }]> } }).mock.calls.at(-1)!;
    const r = refused("observation", sent[1].id, "rateLimited");
    deliver(room, r.type, r.body);
    await expect(p).rejects.toThrow("Too many messages; slow down");
  });

  it("a refused command still marks the command refused in the outbox, and no control request is answered by it", async () => {
    const s = await LiveSession.join("d1", "FIRE-CODE-0000-0000-0000", "张三");
    const room = rooms.at(-1)!;
    const waiting = s.control("findings", {});
    const id = s.send({ type: "message", to: ["eb"], text: "已到场" } as never);
    deliver(room, "rejected", { id, type: "command", code: "unknownAgency", reason: "没有这个单位" });
    expect(s.get().commands.find((c) => c.id === id)?.status).toMatchObject({ state: "rejected", code: "unknownAgency" });
    deliver(room, "findings", { findings: [] });
    await expect(waiting).resolves.toEqual({ findings: [] });
  });
});
