/**
 * Newcomer 21 item 4: the fire seat dispatched (logged #8), then its person joined again in a new browser and read
 * 尚未下达命令 / "No command given yet": the console's list of commands came from the browser's storage only. On join
 * the room now sends a seat (and the director) the commands that seat gave, from the log (real server, real SDK):
 * the same client id, log number and time its ack had, the command without the log's `at`/`by`, and no other seat's.
 */
import type { Room as SDKRoom } from "@colyseus/sdk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { HistoryMessage } from "../../protocol/messages.ts";
import { collect, createDrill, decoded, join, requestId, startServer, until, type Created, type Harness } from "./harness.ts";
import { seatHistory } from "../../server/live/history.ts";
import type { LogRecord } from "../../server/store/store.ts";
import { readFileSync } from "node:fs";
import { LiveDrill } from "../../server/live/drill.ts";
import { openSqliteStore } from "../../server/store/sqlite.ts";

/** the `history` messages a room received (recorded from the handshake on, before a test could listen) */
const histories = (room: SDKRoom): HistoryMessage[] => (decoded.get(room) ?? []).filter((f) => f.code === 13)
  .map((f) => JSON.parse(f.text) as { type: string; message: unknown }).filter((x) => x.type === "history").map((x) => x.message as HistoryMessage);

let h: Harness;
let d: Created;
beforeAll(async () => {
  h = await startServer();
  d = await createDrill(h, { scenario: "chemical-leak", seed: 7, blindness: "NONE", paused: true });
});
afterAll(async () => {
  await h.close();
});

describe("a seat's commands on joining again", () => {
  it("come from the room's log, with the ack's number, in a new browser; another seat gets none of them", async () => {
    const first = await join(h, d.id, d.codes.seats.fire!, "消防值班员");
    await until(() => histories(first).length === 1, 5000, "the first history");
    expect(histories(first)[0]).toEqual({ commands: [] });
    const acks = collect<{ id: string; seq: number; atMs: number }>(first, "ack");
    first.send("command", { id: "fire-msg-1", command: { type: "message", to: ["police"], text: "请协助交通管制", channel: "phone" } });
    await until(() => acks.length === 1, 5000, "the ack");
    expect(acks[0]!.seq).toBeGreaterThan(0);
    await first.leave();

    const again = await join(h, d.id, d.codes.seats.fire!, "消防值班员");
    await until(() => histories(again).length === 1, 5000, "the history on joining again");
    expect(histories(again)[0]).toEqual({ commands: [{ id: "fire-msg-1", seq: acks[0]!.seq, atMs: acks[0]!.atMs, command: { type: "message", to: ["police"], text: "请协助交通管制", channel: "phone" } }] });

    const police = await join(h, d.id, d.codes.seats.police!, "民警");
    await until(() => histories(police).length === 1, 5000, "the police's history");
    expect(histories(police)[0]).toEqual({ commands: [] });
    await again.leave();
    await police.leave();
  });
});

/**
 * Round 22 item 1: the engine refuses a command after the server acknowledged it (a unit already on a task:
 * `unitBusy`); the seat saw ✖ live, but in a new browser the history listed it ✔ 已记录. The history now carries the
 * engine's verdict for each of the seat's commands, read off the drill's events (the replay of the same log).
 */
describe("a command the engine refused after its ack, in a new browser", () => {
  it("comes back refused, with the engine's code and reason, over the real room", async () => {
    const d2 = await createDrill(h, { scenario: "chemical-leak", seed: 7, blindness: "NONE", paused: true });
    const fire = await join(h, d2.id, d2.codes.seats.fire!, "消防值班员");
    const director = await join(h, d2.id, d2.codes.director, "导调");
    const acks = collect<{ id: string; seq: number }>(fire, "ack");
    const rejected = collect<{ id: string; code: string }>(fire, "rejected");
    fire.send("command", { id: "hz-first", command: { type: "dispatch", units: ["hz-e1"], place: "plant", task: "rescue" } });
    await until(() => acks.length === 1, 5000, "the first dispatch's ack");
    const drill = h.ctx.drills.get(d2.id)!;
    director.send("clock", { id: requestId(), action: "jump", value: 1 }); // its tick comes: hz-e1 is now on a task
    await until(() => drill.state.tMs >= 60_000, 10_000, "the first jump");
    fire.send("command", { id: "hz-again", command: { type: "dispatch", units: ["hz-e1"], place: "village", task: "rescue" } });
    await until(() => acks.length === 2, 5000, "the second dispatch's ack (the intake does not know the unit is busy)");
    director.send("clock", { id: requestId(), action: "jump", value: 1 });
    await until(() => drill.state.tMs >= 120_000, 10_000, "the second jump");
    await until(() => rejected.some((r) => r.id === "hz-again"), 5000, "the engine's live refusal");
    expect(rejected.find((r) => r.id === "hz-again")!.code).toBe("unitBusy");
    await fire.leave();

    const again = await join(h, d2.id, d2.codes.seats.fire!, "消防值班员");
    await until(() => histories(again).length === 1, 5000, "the history in the new browser");
    const [first, second] = histories(again)[0]!.commands;
    expect(first).toMatchObject({ id: "hz-first", seq: acks[0]!.seq });
    expect(first!.refused).toBeUndefined();
    expect(second).toMatchObject({ id: "hz-again", seq: acks[1]!.seq, refused: { code: "unitBusy" } });
    expect(second!.refused!.reason).toMatch(/[\u4e00-\u9fff]/);
    await again.leave();
    await director.leave();
  });

  it("is the replay's verdict: a drill rebuilt from its log (recovery) gives the same history", () => {
    const store = openSqliteStore(":memory:");
    const yaml = readFileSync("scenarios/chemical-leak.yaml", "utf8");
    const { drill } = LiveDrill.create(store, { scenarioYaml: yaml, file: "chemical-leak.yaml", seed: 7, settings: { blindness: "NONE", speed: 1, bots: [] } });
    const fire = { drillId: drill.id, kind: "seat" as const, seat: "fire" };
    expect(drill.submit(fire, "p", "a1", { type: "dispatch", units: ["hz-e1"], place: "plant", task: "rescue" }).ok).toBe(true);
    drill.tick(2);
    expect(drill.submit(fire, "p", "a2", { type: "dispatch", units: ["hz-e1"], place: "village", task: "rescue" }).ok).toBe(true);
    drill.tick(2);
    drill.persistClock();
    const live = seatHistory(store.log(drill.id), "fire", false, drill.refusals());
    expect(live.commands.map((c) => [c.id, c.refused?.code])).toEqual([["a1", undefined], ["a2", "unitBusy"]]);
    const rebuilt = LiveDrill.rebuild(store.getDrill(drill.id)!, store.log(drill.id));
    expect(seatHistory(store.log(drill.id), "fire", false, rebuilt.refusals())).toEqual(live);
  });
});

describe("seatHistory", () => {
  const rec = (seq: number, by: string, clientId: string): LogRecord => ({ drillId: "d", seq, prevHash: "", hash: "", atMs: seq * 1000, by, person: "p", clientId, command: { type: "message", at: "00:00:0" + seq, to: ["x"], text: "t" } });
  const log = [rec(1, "fire", "a"), rec(2, "police", "b"), rec(3, "fire", "c")];

  it("is the seat's commands, oldest first, without at/by", () => {
    expect(seatHistory(log, "fire", false).commands).toEqual([
      { id: "a", seq: 1, atMs: 1000, command: { type: "message", to: ["x"], text: "t" } },
      { id: "c", seq: 3, atMs: 3000, command: { type: "message", to: ["x"], text: "t" } },
    ]);
  });

  // a seat that may not know the time gets its acks as seq 0, atMs 0 (drill-room answer): its history says no more
  it("gives a seat that may not know the time neither number nor time", () => {
    expect(seatHistory(log, "fire", true).commands.map((c) => [c.seq, c.atMs])).toEqual([[0, 0], [0, 0]]);
  });
});
