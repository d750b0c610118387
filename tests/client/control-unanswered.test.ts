// @vitest-environment happy-dom
/**
 * A control request whose answer cannot come must settle, not leave its button busy for good (round 29's observation
 * helper found it): a request without an id (a forecast) waiting when the connection drops rejects saying its outcome
 * is unknown (it is not sent again); a clock jump carries an id (round 30) and is sent again under it after the
 * reconnect, waiting on for the answer (the server jumps once per id: tests/server/control-once.test.ts); when the
 * session closes for good (the code reissued, the seat
 * left) every waiting request rejects, an unanswered observation included, saying it was not saved. An observation
 * waiting across a mere drop is re-sent under its id instead (observation-resend.test.ts). The SDK is replaced by a
 * room that records what is sent and lets the test drop, restore and close the connection.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { setLang } from "../../client/i18n/index.ts";
import { BOT_SEAT_CLOSE, REVOKED_CLOSE } from "../../protocol/messages.ts";
import { standInRoom } from "./stand-in-room.ts";

const made: Array<ReturnType<typeof standInRoom>> = [];
vi.mock("@colyseus/sdk", () => ({ Client: class { joinById = async () => { const r = standInRoom(); made.push(r); return r; }; } }));
const { LiveSession } = await import("../../client/net/live.ts");

afterEach(() => setLang("zh"));

describe("a control request whose answer cannot come", () => {
  it("a forecast waiting when the connection drops rejects (zh); a clock jump waits and goes again under its id after the reconnect", async () => {
    const s = await LiveSession.join("d1", "DIRE-CTOR-CODE-0000-0000", "导调");
    const room = made.at(-1)!;
    const jump = s.control("clock", { action: "jump", value: 10 });
    const forecast = s.control("forecast", { minutes: 30 });
    room.on.get("drop")!();
    await expect(forecast).rejects.toThrow("连接中断，未收到答复：请先确认是否已生效再操作");
    room.on.get("reconnect")!();
    const jumps = room.sent.filter(([t]) => t === "clock");
    expect(jumps).toHaveLength(2);
    expect(jumps[1]).toEqual(jumps[0]);
    expect(jumps[0]![1]).toEqual({ action: "jump", value: 10, id: expect.stringMatching(/^[A-Za-z0-9_.:-]{1,64}$/) });
    expect(room.sent.filter(([t]) => t === "forecast")).toHaveLength(1);
    // the answer naming the jump's id settles it (both sends are answered alike: the second finds nothing waiting)
    const answer = { id: jumps[0]![1].id, tMs: 0, paused: true, speed: 1 };
    room.on.get("msg:*")!("clock", answer);
    room.on.get("msg:*")!("clock", answer);
    await expect(jump).resolves.toEqual(answer);
    // a request made after the reconnect gets its own id and its own answer
    const pause = s.control("clock", { action: "pause" });
    const p = room.sent.at(-1)!;
    expect(p[1].id).not.toBe(answer.id);
    room.on.get("msg:*")!("clock", { id: p[1].id, ok: true });
    await expect(pause).resolves.toEqual({ id: p[1].id, ok: true });
    s.leave();
  });

  // newcomer r31: 快进 10 分钟 clicked offline said 「命令将暂存于发件箱」 and was dropped
  it("a clock jump made while offline waits, kept, and goes once with its id on the reconnect; a forecast is refused at once", async () => {
    const s = await LiveSession.join("d1", "DIRE-CTOR-CODE-0000-0000", "导调");
    const room = made.at(-1)!;
    room.on.get("drop")!();
    const jump = s.control("clock", { action: "jump", value: 10 });
    await expect(s.control("forecast", { minutes: 30 })).rejects.toThrow("连接已断开");
    expect(room.sent.filter(([t]) => t === "clock")).toHaveLength(0);
    room.on.get("reconnect")!();
    const jumps = room.sent.filter(([t]) => t === "clock");
    expect(jumps).toHaveLength(1);
    expect(jumps[0]![1]).toEqual({ action: "jump", value: 10, id: expect.stringMatching(/^[A-Za-z0-9_.:-]{1,64}$/) });
    const answer = { id: jumps[0]![1].id, tMs: 600_000, paused: true, speed: 1 };
    room.on.get("msg:*")!("clock", answer);
    await expect(jump).resolves.toEqual(answer);
    s.leave();
  });

  it("the code reissued: a waiting observation and a waiting forecast reject (en), the observation 'not saved'", async () => {
    setLang("en");
    const s = await LiveSession.join("d1", "EVAL-CODE-0000-0000-0000", "Evaluators");
    const room = made.at(-1)!;
    const save = s.control("observation", { section: "linkage", rating: "met", seen: "hazmat team out", why: "on time" });
    const forecast = s.control("forecast", { atMs: 0 });
    room.on.get("leave")!(REVOKED_CLOSE, "code reissued");
    await expect(save).rejects.toThrow("The connection is closed; this was not saved");
    await expect(forecast).rejects.toThrow("The connection dropped before the answer came");
    expect(s.get().connection).toBe("closed");
    expect(s.get().revoked).toBe("code reissued");
  });

  // newcomer r31: a seat handed to a bot read 「导调已收回并重发本席位的参演码」, though its code was never reissued
  it("the seat handed to a bot: closed, no rejoin, marked toBot (the join page says the same code opens it again), not a reissue", async () => {
    const s = await LiveSession.join("d1", "SEAT-CODE-0000-0000-0000", "消防值班员");
    const room = made.at(-1)!;
    const joins = made.length;
    room.on.get("leave")!(BOT_SEAT_CLOSE, "导调已将此席位交由机器人扮演；请导调切回人工后再进入");
    expect(s.get().connection).toBe("closed");
    expect(s.get().toBot).toBe(true);
    expect(s.get().revoked).toBe("导调已将此席位交由机器人扮演；请导调切回人工后再进入");
    await new Promise((r) => setTimeout(r, 0));
    expect(made.length).toBe(joins); // no rejoin with the code while the bot plays
  });

  it("the seat left: a waiting observation rejects instead of staying busy", async () => {
    const s = await LiveSession.join("d1", "EVAL-CODE-0000-0000-0001", "评估组");
    const room = made.at(-1)!;
    const save = s.control("observation", { section: "linkage", rating: "met", seen: "防化组出动", why: "及时" });
    s.leave();
    room.on.get("leave")!(1000, "");
    await expect(save).rejects.toThrow("连接已关闭，此条未保存");
  });
});
