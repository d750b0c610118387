/**
 * Getting into a drill (newcomer report, items 2, 6 and 8): the server's director code opens any
 * drill's director console through the room and lists the drills; a paused drill recovered after
 * a restart can be ended by it; a wrong director code at creation is said to be wrong (no HTTP
 * syntax); an overlong code at join is an invalid code, not a missing name; a seat's code of an
 * ended drill is still recognised, with the drill's status, so its join page can say it ended.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { collect, createDrill, join, startServer, until, type Harness } from "./harness.ts";

let h: Harness;
beforeAll(async () => {
  h = await startServer();
});
afterAll(async () => {
  await h.close();
});

const post = (path: string, body: unknown, code?: string) =>
  fetch(`${h.url}${path}`, { method: "POST", headers: { "content-type": "application/json", ...(code ? { authorization: `Bearer ${code}` } : {}) }, body: JSON.stringify(body) });

describe("back into the director console", () => {
  it("the server's director code lists the drills and ends a paused one through its room", async () => {
    const d = await createDrill(h, { scenario: "chemical-leak", seed: 7, paused: true });
    const list = (await (await fetch(`${h.url}/api/drills`, { headers: { authorization: `Bearer ${h.directorCode}` } })).json()) as Array<{ id: string; status: string }>;
    expect(list.find((x) => x.id === d.id)?.status).toBe("paused");
    const room = await join(h, d.id, h.directorCode, "导调");
    const acks = collect<{ id: string }>(room, "ack");
    room.send("command", { id: "end-1", command: { type: "end" } });
    await until(() => acks.length === 1, 5000, "the end's ack");
    const drill = h.ctx.drills.get(d.id)!;
    await until(() => drill.state.ended, 5000, "the drill to end while paused");
    expect(drill.record.status).toBe("ended");
    await room.leave();
    // the fire brigade's code still names its drill, now ended: the join page says so
    const seat = (await (await post("/api/join", { code: d.codes.seats.fire })).json()) as { drillId: string; status: string };
    expect(seat).toMatchObject({ drillId: d.id, status: "ended" });
  });
});

describe("wrong codes are called wrong", () => {
  it("a wrong director code at creation: 导调码不正确, without Authorization or Bearer", async () => {
    const r = await post("/api/drills", { scenario: "chemical-leak" }, "WRONG-CODE-1234");
    expect(r.status).toBe(401);
    const { error } = (await r.json()) as { error: string };
    expect(error).toContain("导调码不正确");
    expect(error).not.toMatch(/Authorization|Bearer/);
  });

  it("a 600-character code at the room: 参演码 refused as invalid, not as a missing name", async () => {
    const d = await createDrill(h, { scenario: "chemical-leak", seed: 7, paused: true });
    const err = await join(h, d.id, "X".repeat(600), "消防值班员").then(() => "", (e: Error) => e.message);
    expect(err).toBe("此参演码不能进入本演练的席位");
    const noName = await join(h, d.id, d.codes.seats.fire!, " ").then(() => "", (e: Error) => e.message);
    expect(noName).toContain("姓名");
  });
});
