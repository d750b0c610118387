/**
 * Group commit (server/live/commit.ts): commands offered in one event-loop turn are stored in one
 * synced transaction and acknowledged only once it is on disk, with consecutive seqs in the order
 * they came; a re-sent id is applied once; a command takes the drill's clock as of the append; a
 * batch that cannot be stored acknowledges nothing and the drill runs on. Last, the same over
 * sockets: a burst from three seats, every command acknowledged and in the log.
 */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { AckMessage, RejectedMessage } from "../../protocol/messages.ts";
import { groupCommit } from "../../server/live/commit.ts";
import { LiveDrill, type Submitted } from "../../server/live/drill.ts";
import { openSqliteStore } from "../../server/store/sqlite.ts";
import type { SeatCode, Store } from "../../server/store/store.ts";
import { collect, createDrill, join, startServer, until, type Harness } from "./harness.ts";

const YAML = readFileSync("scenarios/chemical-leak.yaml", "utf8");
const seat = (id: string, agency: string): SeatCode => ({ drillId: id, kind: "seat", seat: agency });
const TO: Record<string, string> = { ent: "fire", fire: "eb", eb: "city" };
const message = (from: string, n: number) => ({ type: "message", to: [TO[from]!], text: `${from} 第${n}次报告` });

function newDrill(store: Store): LiveDrill {
  return LiveDrill.create(store, { scenarioYaml: YAML, file: "chemical-leak.yaml", seed: 7, settings: { blindness: "NONE", speed: 1, bots: [] } }).drill;
}
const acked = (r: Submitted) => (r.ok ? [r.ack.seq, r.duplicate] : [r.rejection.code]);

describe("LiveDrill.offer through the group commit", () => {
  it("acknowledges a burst only once it is stored: one batch, consecutive seqs in offer order, a re-send once", async () => {
    const store = openSqliteStore(":memory:");
    const drill = newDrill(store);
    expect(drill.submit(seat(drill.id, "ent"), "王", "before", message("ent", 0)).ok).toBe(true); // seq 1, its own fsync
    const stats = groupCommit(store).stats;
    const batchesBefore = stats.batches;
    const settled: string[] = [];
    // [seat, client id, message number]: the 4th re-sends the 1st (same id, same text); the 6th
    // re-uses id "a" for a different text (review 8 item 1), which is refused, never acked
    const burst = [["ent", "a", 1], ["fire", "b", 2], ["eb", "c", 3], ["ent", "a", 1], ["ent", "d", 5], ["ent", "a", 6]] as const;
    const offers = burst.map(([by, id, n]) =>
      drill.offer(seat(drill.id, by), `值班员-${by}`, id, message(by, n), `session-${by}`).then((r) => {
        // when a sender hears back, its command is already in the store with that seq
        if (r.ok) expect(store.findByClientId(drill.id, by, id)?.seq).toBe(r.ack.seq);
        settled.push(id);
        return r;
      }),
    );
    await Promise.resolve();
    expect(settled).toEqual(["a"]); // this turn is not over: nothing stored, nothing acknowledged; only the re-used id is refused at once
    expect(store.log(drill.id)).toHaveLength(1);

    const results = await Promise.all(offers);
    expect(results.map(acked)).toEqual([[2, false], [3, false], [4, false], [2, true], [5, false], ["idReused"]]);
    expect(stats.batches).toBe(batchesBefore + 1);
    expect(store.log(drill.id).map((r) => `${r.seq}:${r.by}:${r.clientId}`)).toEqual(["1:ent:before", "2:ent:a", "3:fire:b", "4:eb:c", "5:ent:d"]);
    expect(store.verifyChain(drill.id)).toMatchObject({ ok: true, records: 5 });
    expect(drill.pendingCommands().map((c) => c.seq)).toEqual([1, 2, 3, 4, 5]);
    drill.tick();
    expect(drill.pendingCommands()).toEqual([]);
    expect(drill.events.filter((e) => e.type === "messageSent").length).toBe(5); // "before", a, b, c, d: "a" applied once
    store.close();
  });

  it("gives a command the clock as of its append, so the live drill and a replay of its log agree", async () => {
    const store = openSqliteStore(":memory:");
    const drill = newDrill(store);
    drill.tick(3);
    const offeredAt = drill.state.tMs;
    const offer = drill.offer(seat(drill.id, "ent"), "王", "late", message("ent", 1));
    drill.tick(2); // the clock moves on in the same turn (a director's end or jump) before the batch is stored
    const r = await offer;
    expect(r.ok && r.ack.atMs).toBe(drill.state.tMs);
    expect(drill.state.tMs).toBeGreaterThan(offeredAt);
    drill.tick(5);
    drill.persistClock(true);
    const replayed = LiveDrill.rebuild(store.getDrill(drill.id)!, store.log(drill.id));
    expect(replayed.hash()).toBe(drill.hash());
    store.close();
  });

  it("acknowledges nothing of a batch that cannot be stored: each sender gets a rejection, and the drill runs on", async () => {
    const real = openSqliteStore(":memory:");
    let failing = true;
    const store: Store = { ...real, appendMany: (b) => (failing ? (() => { throw new Error("disk I/O error"); })() : real.appendMany(b)) };
    const drill = newDrill(store);
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    const results = await Promise.all([["ent", "a"], ["fire", "b"]].map(([by, id]) => drill.offer(seat(drill.id, by!), "p", id, message(by!, 1))));
    const refusal = { ok: false, rejection: { code: "internal", reason: expect.stringMatching(/\S/) } };
    expect(results).toMatchObject([{ ...refusal, rejection: { ...refusal.rejection, id: "a" } }, { ...refusal, rejection: { ...refusal.rejection, id: "b" } }]);
    for (const r of results) expect(JSON.stringify(r)).not.toMatch(/disk I\/O|Error|at \S+ \(/); // the error stays in the server log
    expect(errors).toHaveBeenCalled(); // the error goes to the server log, not to the senders
    errors.mockRestore();
    expect(real.log(drill.id)).toEqual([]);
    expect(drill.pendingCommands()).toEqual([]);
    failing = false;
    expect(acked(await drill.offer(seat(drill.id, "ent"), "p", "a", message("ent", 1)))).toEqual([1, false]); // the re-send is taken
    drill.tick();
    expect(drill.events.filter((e) => e.type === "messageSent").length).toBe(1);
    real.close();
  });
});

describe("a burst of commands over sockets", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startServer();
  });
  afterAll(async () => {
    await h.close();
  });

  it("acknowledges every command of a burst from three seats with consecutive seqs, each in the log once", async () => {
    const d = await createDrill(h, { scenario: "chemical-leak", seed: 7, speed: 60, paused: true, blindness: "NONE" });
    const seats = ["ent", "fire", "eb"] as const;
    const rooms = await Promise.all(seats.map((s) => join(h, d.id, d.codes.seats[s]!, `${s}-值班员`)));
    const acks = rooms.map((r) => collect<AckMessage>(r, "ack"));
    const rejected = rooms.map((r) => collect<RejectedMessage>(r, "rejected"));
    rooms.forEach((room, i) => {
      for (let n = 0; n < 4; n++) room.send("command", { id: `${seats[i]}-${n}`, command: message(seats[i]!, n) });
    });
    rooms[0]!.send("command", { id: "ent-1", command: message("ent", 1) }); // a re-send inside the burst
    await until(() => acks.reduce((k, a) => k + a.length, 0) + rejected.reduce((k, r) => k + r.length, 0) >= 13, 5000, "13 answers");
    expect(rejected.flat()).toEqual([]);
    const seqs = acks.flat().map((a) => a.seq);
    expect(new Set(seqs)).toEqual(new Set(Array.from({ length: 12 }, (_, k) => k + 1)));
    const entAcks = acks[0]!;
    expect(entAcks.filter((a) => a.id === "ent-1").map((a) => a.seq)).toEqual([entAcks[1]!.seq, entAcks[1]!.seq]);
    // each seat's commands were logged in the order it sent them
    for (const [i, s] of seats.entries()) {
      const order = [0, 1, 2, 3].map((n) => acks[i]!.find((a) => a.id === `${s}-${n}`)!.seq);
      expect(order).toEqual([...order].sort((x, y) => x - y));
    }
    const log = h.ctx.store.log(d.id);
    expect(log.map((r) => r.seq)).toEqual(Array.from({ length: 12 }, (_, k) => k + 1));
    expect(log.map((r) => r.clientId).sort()).toEqual(seats.flatMap((s) => [0, 1, 2, 3].map((n) => `${s}-${n}`)).sort());
    for (const a of acks.flat()) expect(log.find((r) => r.clientId === a.id)?.seq).toBe(a.seq);
    expect(h.ctx.store.verifyChain(d.id)).toMatchObject({ ok: true, records: 12 });
    for (const r of rooms) await r.leave();
  });
});
