// @vitest-environment happy-dom
/**
 * A control request whose answer cannot come must settle, not leave its button busy for good (round 29's observation
 * helper found it): a clock jump waiting when the connection drops rejects saying its outcome is unknown (it is not
 * sent again: a jump sent twice would jump twice); when the session closes for good (the code reissued, the seat
 * left) every waiting request rejects, an unanswered observation included, saying it was not saved. An observation
 * waiting across a mere drop is re-sent under its id instead (observation-resend.test.ts). The SDK is replaced by a
 * room that records what is sent and lets the test drop, restore and close the connection.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { setLang } from "../../client/i18n/index.ts";
import { REVOKED_CLOSE } from "../../protocol/messages.ts";
import { standInRoom } from "./stand-in-room.ts";

const made: Array<ReturnType<typeof standInRoom>> = [];
vi.mock("@colyseus/sdk", () => ({ Client: class { joinById = async () => { const r = standInRoom(); made.push(r); return r; }; } }));
const { LiveSession } = await import("../../client/net/live.ts");

afterEach(() => setLang("zh"));

describe("a control request whose answer cannot come", () => {
  it("a clock jump waiting when the connection drops rejects (zh), and is not sent again after the reconnect", async () => {
    const s = await LiveSession.join("d1", "DIRE-CTOR-CODE-0000-0000", "导调");
    const room = made.at(-1)!;
    const jump = s.control("clock", { action: "jump", value: 600_000 });
    room.on.get("drop")!();
    await expect(jump).rejects.toThrow("连接中断，未收到答复：请先确认是否已生效再操作");
    room.on.get("reconnect")!();
    expect(room.sent.filter(([t]) => t === "clock")).toHaveLength(1);
    // a request made after the reconnect gets its own answer
    const pause = s.control("clock", { action: "pause" });
    room.on.get("msg:*")!("clock", { ok: true });
    await expect(pause).resolves.toEqual({ ok: true });
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

  it("the seat left: a waiting observation rejects instead of staying busy", async () => {
    const s = await LiveSession.join("d1", "EVAL-CODE-0000-0000-0001", "评估组");
    const room = made.at(-1)!;
    const save = s.control("observation", { section: "linkage", rating: "met", seen: "防化组出动", why: "及时" });
    s.leave();
    room.on.get("leave")!(1000, "");
    await expect(save).rejects.toThrow("连接已关闭，此条未保存");
  });
});
