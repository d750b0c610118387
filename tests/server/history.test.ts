/**
 * Newcomer 21 item 4: the fire seat dispatched (logged #8), then its person joined again in a new browser and read
 * 尚未下达命令 / "No command given yet": the console's list of commands came from the browser's storage only. On join
 * the room now sends a seat (and the director) the commands that seat gave, from the log (real server, real SDK):
 * the same client id, log number and time its ack had, the command without the log's `at`/`by`, and no other seat's.
 */
import type { Room as SDKRoom } from "@colyseus/sdk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { HistoryMessage } from "../../protocol/messages.ts";
import { collect, createDrill, decoded, join, startServer, until, type Created, type Harness } from "./harness.ts";
import { seatHistory } from "../../server/live/history.ts";
import type { LogRecord } from "../../server/store/store.ts";

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
