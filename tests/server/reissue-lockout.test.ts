/**
 * Reissuing a seat's code locks out the people already on it (real server, real SDK): their
 * socket is closed with REVOKED_CLOSE and a Chinese reason, nothing they send is logged, and
 * the new code joins. The director's session (another code) stays.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REVOKED_CLOSE } from "../../protocol/messages.ts";
import { collect, createDrill, join, requestId, startServer, until, type Harness } from "./harness.ts";

let h: Harness;
beforeAll(async () => {
  h = await startServer();
});
afterAll(async () => {
  await h.close();
});

describe("reissuing a seat's code", () => {
  it("disconnects the sessions that joined with the old code and logs nothing they send", async () => {
    const d = await createDrill(h, { scenario: "chemical-leak", seed: 7, blindness: "NONE", paused: true });
    const fire = await join(h, d.id, d.codes.seats.fire!, "指挥员");
    const deputy = await join(h, d.id, d.codes.seats.fire!, "副指挥");
    const director = await join(h, d.id, d.codes.director, "导调");
    const closed: Array<{ code: number; reason?: string }> = [];
    fire.onLeave((code, reason) => closed.push({ code, reason }));
    deputy.onLeave((code, reason) => closed.push({ code, reason }));
    const reissued = collect<{ seat: string; code: string }>(director, "reissue");
    director.send("reissue", { id: requestId(), seat: "fire" });
    fire.send("command", { id: "after-1", command: { type: "dispatch", units: ["hz-chem1"], place: "tank-v101", task: "plugLeak" } });
    await until(() => closed.length === 2, 5000, "both fire sessions closed");
    expect(closed.map((c) => c.code)).toEqual([REVOKED_CLOSE, REVOKED_CLOSE]);
    expect(closed[0]!.reason).toMatch(/收回/);
    expect(reissued).toHaveLength(1);
    expect(h.ctx.store.log(d.id).filter((r) => r.by === "fire")).toEqual([]);
    expect(director.connection.isOpen).toBe(true);
    const again = await join(h, d.id, reissued[0]!.code, "指挥员");
    expect(again.connection.isOpen).toBe(true);
    await again.leave();
    await director.leave();
  });
});
