/**
 * An observation's id is made once per save and kept on every re-send (round 29: an observation carried no id, so a
 * save re-sent after a dropped connection was stored twice). client/net/records.ts: each `send` (one person's save)
 * gets a new id; `resend` after a reconnect sends the unanswered ones again with the very same message; an answered
 * one is not sent again, and a second answer to it (the server answering both sends) is ignored.
 */
import { describe, expect, it } from "vitest";
import { RecordSends } from "../../client/net/records.ts";
import { idMaker } from "../../client/net/client-id.ts";

const body = (seen: string) => ({ section: "linkage", rating: "met", seen, why: "及时" });

function wire() {
  const sent: Array<{ type: string; message: Record<string, unknown> }> = [];
  const r = new RecordSends((type, message) => sent.push({ type, message }));
  return { sent, r };
}

describe("an observation's client-made id", () => {
  it("is made once per save, and a re-send after a reconnect carries the same id and body", async () => {
    const { sent, r } = wire();
    const first = r.send("observation", body("防化组出动"));
    r.send("observation", body("警戒到位")).catch(() => {});
    expect(sent).toHaveLength(2);
    const [a, b] = sent.map((s) => s.message);
    expect(a!.id).toMatch(/^[A-Za-z0-9_.:-]{1,64}$/);
    expect(b!.id).not.toBe(a!.id);
    expect(a).toEqual({ ...body("防化组出动"), id: a!.id });
    // the connection dropped and came back: both go again, unchanged
    r.resend();
    expect(sent.slice(2)).toEqual(sent.slice(0, 2));
    // the first is answered (twice: the server answers the re-send alike); it settles once and is not sent again
    const answer = { ...a, atMs: 0, evaluator: "评估组" };
    expect(r.answered(a!.id, answer)).toBe(true);
    expect(r.answered(a!.id, answer)).toBe(false);
    await expect(first).resolves.toEqual(answer);
    r.resend();
    expect(sent.slice(4).map((s) => s.message)).toEqual([b]);
  });

  it("a refused save settles with the reason and is not sent again", async () => {
    const { sent, r } = wire();
    const p = r.send("observation", body("防化组出动"));
    expect(r.refused(sent[0]!.message.id, new Error("不在演练时段内"))).toBe(true);
    await expect(p).rejects.toThrow("不在演练时段内");
    r.resend();
    expect(sent).toHaveLength(1);
  });

  it("two pages (a reload, a duplicated tab) never make the same id", () => {
    const one = idMaker();
    const two = idMaker();
    const ids = [one(), one(), two(), two()];
    expect(new Set(ids).size).toBe(4);
    for (const id of ids) expect(id.length).toBeLessThanOrEqual(64);
  });
});
