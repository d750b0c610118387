/**
 * The outbox across a reload (client/net/outbox.ts; house rule "bad input … loses nothing"): a
 * command given just before the page reloads, sent or not, is still there afterwards and is sent
 * again with the same id, so the server's de-duplication by id applies it exactly once; new
 * commands after the reload never reuse an earlier id (which the server would take for a re-send
 * and drop). The lists are kept per drill and code (client/net/kept.ts) in the tab's sessionStorage, or the
 * computer's localStorage for an agency seat kept on it; here Maps stand in.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Outbox, waitsForAnswer } from "../../client/net/outbox.ts";
import { keptFor } from "../../client/net/kept.ts";

class MemoryStorage {
  private readonly m = new Map<string, string>();
  getItem(k: string) {
    return this.m.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.m.set(k, v);
  }
  removeItem(k: string) {
    this.m.delete(k);
  }
}

// the tab's storage (a director's, an evaluator's list) and the computer's (an agency seat kept on it)
beforeEach(() => {
  (globalThis as { sessionStorage?: unknown }).sessionStorage = new MemoryStorage();
  (globalThis as { localStorage?: unknown }).localStorage = new MemoryStorage();
});
afterEach(() => {
  delete (globalThis as { sessionStorage?: unknown }).sessionStorage;
  delete (globalThis as { localStorage?: unknown }).localStorage;
});

const CODE = "7KQ2-M9XD-4TRA-B3NE-ABCD";
const kept = (code = CODE, drill = "d1") => keptFor("outbox", drill, code, waitsForAnswer);

describe("the outbox after a reload", () => {
  it("keeps every unanswered command: one in flight (pending) is queued again, one acknowledged stays done", () => {
    const before = new Outbox(kept());
    const acked = before.add({ type: "message", to: ["eb"], text: "已到场" });
    const inFlight = before.add({ type: "report", to: "eb", dead: 0 });
    const waiting = before.add({ type: "dispatch", units: ["fire-1"], place: "plant", task: "plugLeak" });
    before.set(acked.id, { state: "acked", seq: 1, atMs: 60_000 });
    before.set(inFlight.id, { state: "pending" });

    const after = new Outbox(kept());
    expect(after.entries.get().map((e) => [e.id, e.status.state])).toEqual([[acked.id, "acked"], [inFlight.id, "queued"], [waiting.id, "queued"]]);
    expect(after.unanswered().map((e) => e.command)).toEqual([inFlight.command, waiting.command]);
  });

  it("never gives a new command an id used before the reload", () => {
    const before = new Outbox(kept());
    const ids = [before.add({ type: "message", to: ["eb"], text: "1" }).id, before.add({ type: "message", to: ["eb"], text: "2" }).id];
    const after = new Outbox(kept());
    const next = after.add({ type: "message", to: ["eb"], text: "3" }).id;
    expect(ids).not.toContain(next);
  });

  it("a second tab of the seat (a duplicated tab) never makes an id the first tab makes (review 8 item 1), and keeps its unanswered commands", () => {
    const tab1 = new Outbox(kept());
    const a = tab1.add({ type: "message", to: ["eb"], text: "DUP-A" }).id;
    const tab2 = new Outbox(kept());
    const b = tab1.add({ type: "message", to: ["eb"], text: "DUP-B" }).id;
    const c = tab2.add({ type: "message", to: ["eb"], text: "DUP-C" }).id;
    expect(c).not.toBe(b);
    // the first tab's unanswered command keeps its id: sent again from tab 2 it is the same command, applied once
    expect(tab2.unanswered()[0]!.id).toBe(a);
    // each tab's save keeps the other's unanswered commands: a reload of either sends all three
    expect(new Outbox(kept()).unanswered().map((e) => e.id).sort()).toEqual([a, b, c].sort());
  });

  it("a different seat's or drill's outbox (another key) starts empty", () => {
    new Outbox(kept()).add({ type: "message", to: ["eb"], text: "x" });
    expect(new Outbox(kept(CODE, "d2")).entries.get()).toEqual([]);
    // another seat whose code ends in the same four symbols (the key was once the code's last four): its own, empty
    expect(new Outbox(kept("Q8WZ-7KQ2-M9XD-4TRA-ABCD")).entries.get()).toEqual([]);
    // the same code typed in lower case with spaces is the same seat's (the server reads it so)
    expect(new Outbox(kept("7kq2 m9xd 4tra b3ne abcd")).entries.get()).toHaveLength(1);
  });
});
