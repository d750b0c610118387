/**
 * Newcomer 22 #3: two people shared the fire seat (README allows it); one's dispatch was logged as #20, and the other
 * browser never showed it (only joining sent a seat's commands, live/history.ts), so its person dispatched the same unit
 * and was refused 「力量正在执行任务」. Now each command of a seat is echoed, as it is logged, to the seat's other
 * browsers (`logged`, server/rooms/seat-echo.ts; real server, real SDK): the same client id, log number and time the
 * giver's ack has, the command without `at`/`by`; the giver gets its ack only, another seat nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { HistoryMessage } from "../../protocol/messages.ts";
import { collect, createDrill, join, startServer, until, type Created, type Harness } from "./harness.ts";

let h: Harness;
let d: Created;
beforeAll(async () => {
  h = await startServer();
  d = await createDrill(h, { scenario: "chemical-leak", seed: 7, blindness: "NONE", paused: true });
});
afterAll(async () => {
  await h.close();
});

describe("two browsers on one seat", () => {
  it("the second sees the first's command as it is logged; the giver and another seat get no echo", async () => {
    const a = await join(h, d.id, d.codes.seats.fire!, "消防值班员甲");
    const b = await join(h, d.id, d.codes.seats.fire!, "消防值班员乙");
    const police = await join(h, d.id, d.codes.seats.police!, "民警");
    const acks = collect<{ id: string; seq: number; atMs: number }>(a, "ack");
    const echoA = collect<HistoryMessage>(a, "logged");
    const echoB = collect<HistoryMessage>(b, "logged");
    const echoPolice = collect<HistoryMessage>(police, "logged");
    a.send("command", { id: "fire-msg-20", command: { type: "message", to: ["police"], text: "请协助交通管制", channel: "phone" } });
    await until(() => acks.length === 1 && echoB.length === 1, 5000, "the ack and the echo");
    expect(acks[0]!.seq).toBeGreaterThan(0);
    expect(echoB[0]).toEqual({ commands: [{ id: "fire-msg-20", seq: acks[0]!.seq, atMs: acks[0]!.atMs, command: { type: "message", to: ["police"], text: "请协助交通管制", channel: "phone" } }] });
    // the police's own command is acknowledged after the echo was sent: had an echo gone to it, it would be here by now
    const policeAcks = collect<{ id: string }>(police, "ack");
    police.send("command", { id: "police-msg-1", command: { type: "message", to: ["fire"], text: "收到", channel: "phone" } });
    await until(() => policeAcks.length === 1, 5000, "the police's ack");
    expect(echoPolice).toEqual([]);
    expect(echoA).toEqual([]);
    await Promise.all([a.leave(), b.leave(), police.leave()]);
  });
});
