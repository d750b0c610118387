/**
 * `GET /api/drills` gives a drill's clock as the consoles and the report show it (review 8 item
 * 12: after the director ended a drill the list said 3258000 while the consoles said T+00:54:17,
 * one tick apart). Ended by the director at T+00:05:00 on a paused clock, the end takes effect at
 * 00:05:00 (LiveDrill.nowMs); the stored clock keeps the tick after it for recovery. The list says
 * 300000 while the drill is live in this process and after it is gone from memory.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDrill, startServer, type Harness } from "./harness.ts";

let h: Harness;
beforeAll(async () => {
  h = await startServer();
});
afterAll(async () => {
  await h.close();
});

const listed = async (id: string) => {
  const r = await fetch(`${h.url}/api/drills`, { headers: { authorization: `Bearer ${h.directorCode}` } });
  return ((await r.json()) as Array<{ id: string; clockMs: number; status: string }>).find((d) => d.id === id)!;
};

describe("the drill list's clock", () => {
  it("is the end instant the consoles show, live or rebuilt", async () => {
    const d = await createDrill(h, { scenario: "chemical-leak", seed: 7, paused: true });
    const drill = h.ctx.drills.get(d.id)!;
    drill.jump(5);
    expect(drill.submit({ drillId: d.id, kind: "director", seat: "director" }, "导调", "end-1", { type: "end" }).ok).toBe(true);
    drill.advance();
    expect(drill.state.ended).toBe(true);
    expect(drill.nowMs).toBe(5 * 60_000);
    expect(drill.record.clockMs).toBeGreaterThan(5 * 60_000); // the stored clock: the tick after the end
    expect(await listed(d.id)).toMatchObject({ status: "ended", clockMs: 300_000 });
    h.ctx.drills.delete(d.id);
    expect(await listed(d.id)).toMatchObject({ status: "ended", clockMs: 300_000 });
  });
});
