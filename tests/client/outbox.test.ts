/**
 * The outbox across a reload (client/net/outbox.ts; house rule "bad input … loses nothing"): a
 * command given just before the page reloads, sent or not, is still there afterwards and is sent
 * again with the same id, so the server's de-duplication by id applies it exactly once; new
 * commands after the reload never reuse an earlier id (which the server would take for a re-send
 * and drop). sessionStorage is the browser's, kept per tab across reloads; here a Map stands in.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Outbox } from "../../client/net/outbox.ts";

class MemoryStorage {
  private readonly m = new Map<string, string>();
  getItem(k: string) {
    return this.m.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.m.set(k, v);
  }
}

beforeEach(() => {
  (globalThis as { sessionStorage?: unknown }).sessionStorage = new MemoryStorage();
});
afterEach(() => {
  delete (globalThis as { sessionStorage?: unknown }).sessionStorage;
});

const KEY = "lianyan.outbox.d1.ABCD";

describe("the outbox after a reload", () => {
  it("keeps every unanswered command: one in flight (pending) is queued again, one acknowledged stays done", () => {
    const before = new Outbox(KEY);
    const acked = before.add({ type: "message", to: ["eb"], text: "已到场" });
    const inFlight = before.add({ type: "report", to: "eb", dead: 0 });
    const waiting = before.add({ type: "dispatch", units: ["fire-1"], place: "plant", task: "plugLeak" });
    before.set(acked.id, { state: "acked", seq: 1, atMs: 60_000 });
    before.set(inFlight.id, { state: "pending" });

    const after = new Outbox(KEY);
    expect(after.entries.get().map((e) => [e.id, e.status.state])).toEqual([[acked.id, "acked"], [inFlight.id, "queued"], [waiting.id, "queued"]]);
    expect(after.unanswered().map((e) => e.command)).toEqual([inFlight.command, waiting.command]);
  });

  it("never gives a new command an id used before the reload", () => {
    const before = new Outbox(KEY);
    const ids = [before.add({ type: "message", to: ["eb"], text: "1" }).id, before.add({ type: "message", to: ["eb"], text: "2" }).id];
    const after = new Outbox(KEY);
    const next = after.add({ type: "message", to: ["eb"], text: "3" }).id;
    expect(ids).not.toContain(next);
  });

  it("a duplicated tab (its sessionStorage copied) never makes an id the original tab makes (review 8 item 1)", () => {
    const tab1 = new Outbox(KEY);
    tab1.add({ type: "message", to: ["eb"], text: "DUP-A" });
    // Chrome's "Duplicate tab" and window.open(location.href) copy sessionStorage as it is now
    const copied = new MemoryStorage();
    copied.setItem(KEY, (globalThis as unknown as { sessionStorage: MemoryStorage }).sessionStorage.getItem(KEY)!);
    const b = tab1.add({ type: "message", to: ["eb"], text: "DUP-B" }).id;
    (globalThis as { sessionStorage?: unknown }).sessionStorage = copied;
    const tab2 = new Outbox(KEY);
    const c = tab2.add({ type: "message", to: ["eb"], text: "DUP-C" }).id;
    expect(c).not.toBe(b);
    // the copied unanswered command keeps its id: sent again from tab 2 it is the same command, applied once
    expect(tab2.unanswered()[0]!.id).toBe(tab1.entries.get()[0]!.id);
  });

  it("a different seat's or drill's outbox (another key) starts empty", () => {
    new Outbox(KEY).add({ type: "message", to: ["eb"], text: "x" });
    expect(new Outbox("lianyan.outbox.d2.WXYZ").entries.get()).toEqual([]);
  });
});
