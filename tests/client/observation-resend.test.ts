// @vitest-environment happy-dom
/**
 * The live session re-sends an unanswered observation after a reconnect with the id it was first sent with, and
 * settles the save once, on the answer naming that id (client/net/live.ts with net/records.ts; round 29: a save
 * whose answer was lost in a dropped connection was stored twice). The SDK is replaced by a room that records what
 * is sent and lets the test drop and restore the connection.
 */
import { describe, expect, it, vi } from "vitest";
import { standInRoom } from "./stand-in-room.ts";

const room = standInRoom();
vi.mock("@colyseus/sdk", () => ({ Client: class { joinById = async () => room; } }));
const { LiveSession } = await import("../../client/net/live.ts");

describe("an observation saved while the connection drops", () => {
  it("goes again after the reconnect with the same id and body, and the save settles once", async () => {
    const s = await LiveSession.join("d1", "EVAL-CODE", "评估组");
    let settled = 0;
    const save = s.control("observation", { section: "linkage", rating: "met", seen: "防化组出动", why: "及时" }).then((a) => (settled++, a));
    const first = room.sent.filter(([t]) => t === "observation");
    expect(first).toHaveLength(1);
    expect(first[0]![1].id).toMatch(/^[A-Za-z0-9_.:-]{1,64}$/);
    room.on.get("drop")!();
    room.on.get("reconnect")!();
    const all = room.sent.filter(([t]) => t === "observation");
    expect(all).toEqual([first[0], first[0]]);
    // the server answers both sends alike: the save settles once, with that answer
    const answer = { ...first[0]![1], atMs: 0, evaluator: "评估组" };
    room.on.get("msg:*")!("observation", answer);
    room.on.get("msg:*")!("observation", answer);
    await expect(save).resolves.toEqual(answer);
    expect(settled).toBe(1);
    // answered: a later reconnect sends nothing again
    room.on.get("reconnect")!();
    expect(room.sent.filter(([t]) => t === "observation")).toHaveLength(2);
    s.leave();
  });
});
