/**
 * Bad input (issue 7 §12): 10,000 fuzzed messages from seats, an observer and an evaluator —
 * unknown types, wrong shapes, huge strings, unknown commands, other seats' units, director
 * commands from a seat — are all refused with a reason to the sender; nothing reaches the log,
 * the server stays up, the drill keeps ticking, and a well-behaved seat's commands are
 * acknowledged in order throughout. (A socket sending frames that are not Colyseus protocol at
 * all is closed: Colyseus' own rule.) A flood past the rate limit is refused too.
 */
import { matchMaker } from "@colyseus/core";
import { Client, type Room as SDKRoom } from "@colyseus/sdk";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { AckMessage, RejectedMessage } from "../../protocol/messages.ts";
import { collect, createDrill, join, startServer, until, type Harness } from "./harness.ts";

let h: Harness;
beforeAll(async () => {
  h = await startServer();
});
afterAll(async () => {
  await h.close();
});

/** mulberry32: a small seeded generator, so a failure can be replayed */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One bad message for a seat of agency `seat` (never a valid one, by construction). */
function badMessage(r: () => number, seat: string, n: number): [string | number, unknown] {
  if (seat === "evaluator" && n % 3 === 0) return ["command", { id: `e${n}`, command: { type: "message", to: ["eb"], text: "评估员不能下令" } }];
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const huge = "灾".repeat(12_000 + Math.floor(r() * 30_000)); // 36–126 kB of UTF-8
  const id = `f${n}`;
  const foreign = seat === "fire" ? "pol-1" : "hz-chem1";
  const choices: Array<() => [string | number, unknown]> = [
    () => [pick(["hack", "__proto__", "constructor", "toString", "", "COMMAND", "command ", "evaluate"]), { id }],
    () => [Math.floor(r() * 1000), { id }],
    () => ["command", pick([null, 42, "dispatch", [], true, { command: {} }, { id }])],
    () => ["command", { id: pick(["", "x".repeat(65), "bad id", "../../etc", 7]), command: { type: "message", to: ["eb"], text: "好" } }],
    () => ["command", { id, command: { type: pick(["teleport", "delete", "sql", "injectNow ", "DISPATCH", ""]) } }],
    () => ["command", { id, command: { type: "dispatch", units: [foreign], place: "tank-v101", task: "rescue" } }],
    () => ["command", { id, command: { type: pick(["injectNow", "end", "adHocInject"]), inject: "inj-07-casualties", to: ["eb"], text: "假注入" } }],
    () => ["command", { id, command: { type: "message", to: ["eb"], text: huge } }],
    () => ["command", { id, command: { type: "message", to: ["eb"], text: "x", at: "00:00:00" } }],
    () => ["command", { id, command: { type: "message", to: ["eb"], text: "x", by: "director" } }],
    () => ["command", { id, command: { type: "cordon", place: "tank-v101", radiusM: pick([-5, 0, Number.NaN, Infinity, "500", null]) } }],
    () => ["command", { id, command: { type: "dispatch", units: [], place: "nowhere", task: "rescue" } }],
    () => ["command", { id, command: { type: "report", to: "eb", kind: "initial", mode: "oral", content: { casualties: { deaths: -1 } } } }],
    () => ["command", { id, command: { type: "message", to: ["atlantis"], text: "x" } }],
    () => ["command", { id, command: { type: "warning", level: "purple", place: "village", radiusM: 10 } }],
    () => [pick(["clock", "end", "inject", "spotQuestion", "seatMode", "reissue"]), pick([{ action: "pause" }, { reason: "x" }, { id, inject: "inj-07-casualties" }, { id, to: ["fire"], text: "x" }, { seat: "fire", mode: "bot" }, { seat: "fire" }])],
    // the evaluator may ask these: for it, only malformed ones
    () => [pick(["forecast", "viewAt", "findings", "board", "observation"]), seat === "evaluator" ? pick([{ minutes: 0 }, { seat: "eb", atMs: -1 }, { x: 1 }, { section: "nonsense", rating: "met", seen: "x", why: "y" }]) : pick([{ minutes: 10 }, { seat: "eb", atMs: 0 }, {}])],
    () => ["command", { id, command: { type: "message", to: ["eb"], text: "x", extra: { nested: [[[[[[[[[[{}]]]]]]]]]] } } }],
  ];
  return pick(choices)();
}

describe("bad input", () => {
  it("10,000 fuzzed messages: none accepted, no crash, the room ticks on, a well-behaved seat is unaffected", async () => {
    // not double-blind: there a seat not yet told may name only what it was shown (untold-decoded.test.ts)
    const d = await createDrill(h, { scenario: "chemical-leak", seed: 7, speed: 60, blindness: "NONE" });
    const fuzzers: Array<{ room: SDKRoom; seat: string; rejected: RejectedMessage[]; other: unknown[] }> = [];
    for (const [seat, code] of [["fire", d.codes.seats.fire!], ["police", d.codes.seats.police!], ["observer", d.codes.observer], ["evaluator", d.codes.evaluator]] as const) {
      const room = await join(h, d.id, code, `fuzz-${seat}`);
      const other: unknown[] = [];
      for (const t of ["ack", "clock", "forecast", "viewAt", "findings", "board", "observation", "seatMode", "reissue"]) room.onMessage(t, (m) => other.push([t, m]));
      fuzzers.push({ room, seat, rejected: collect<RejectedMessage>(room, "rejected"), other });
    }
    const good = await join(h, d.id, d.codes.seats.eb!, "规矩的应急局");
    // frames that are not Colyseus protocol at all: Colyseus closes that socket (its own rule); the room runs on
    const garbage = await join(h, d.id, d.codes.seats.health!, "乱码");
    (garbage.connection.transport as unknown as { ws: { send(b: Uint8Array): void } }).ws.send(new Uint8Array([13, 255, 0, 1, 2, 3, 0xc1, 0xc1]));
    const goodAcks = collect<AckMessage>(good, "ack");
    const goodRejected = collect<RejectedMessage>(good, "rejected");
    const t0 = h.ctx.drills.get(d.id)!.state.tMs;
    const r = rng(20261130);
    const TOTAL = 10_000;
    let goodSent = 0;
    const fuzzerFor = (i: number) => fuzzers[i % fuzzers.length]!;
    for (let i = 0; i < TOTAL; i++) {
      const f = fuzzerFor(i);
      const [type, body] = badMessage(r, f.seat, i);
      f.room.send(type as string, body);
      if (i % 500 === 0) {
        good.send("command", { id: `good-${goodSent++}`, command: { type: "message", to: ["duty"], text: `应急局第${goodSent}次通报` } });
        await new Promise((res) => setTimeout(res, 5));
      }
    }
    await until(() => fuzzers.reduce((n, f) => n + f.rejected.length, 0) === TOTAL && goodAcks.length === goodSent, 20_000, "answers");
    await new Promise((res) => setTimeout(res, 300));
    const drill = h.ctx.drills.get(d.id)!;
    for (const f of fuzzers) expect(f.other, `${f.seat} got a non-rejection`).toEqual([]);
    expect(fuzzers.reduce((n, f) => n + f.rejected.length, 0)).toBe(TOTAL);
    for (const f of fuzzers) for (const rej of f.rejected) expect(rej.reason).not.toMatch(/\n\s+at |Error:|\.ts:\d+/);
    const codes = new Set(fuzzers.flatMap((f) => f.rejected.map((x) => x.code)));
    for (const c of ["unknownType", "badMessage", "notAllowed", "notOwner", "tooLarge", "badCommand", "unknownName"]) expect(codes).toContain(c);
    // nothing from the fuzzers reached the log; the good seat's commands all did, in order
    const log = h.ctx.store.log(d.id);
    expect(log.every((x) => x.by === "eb")).toBe(true);
    expect(goodAcks.map((a) => a.seq)).toEqual(goodAcks.map((_, i) => i + 1));
    expect(goodRejected).toEqual([]);
    // refusals leave audit lines (bounded per client: the first ten, then every hundredth)
    const refused = h.ctx.store.auditLog(d.id).filter((a) => a.action === "refused");
    expect(refused.length).toBe(fuzzers.length * (10 + Math.floor(TOTAL / fuzzers.length / 100)));
    // the room kept ticking and every fuzzer is still connected
    await until(() => drill.state.tMs > t0 + 60_000, 5000, "ticking");
    for (const f of fuzzers) expect(f.room.connection.isOpen).toBe(true);
    expect(garbage.connection.isOpen).toBe(false);
    const health = await fetch(`${h.url}/api/health`);
    expect(health.status).toBe(200);
  }, 60_000);

  it("a client flooding past its rate limit is refused with a reason, and others are not", async () => {
    // bursts of 10 at 0.01 a second: a window of 1,000 s (live/throttle.ts fromRate), none opens while the flood is answered, however slow this machine is
    h.ctx.ratePerSecond = 0.01;
    h.ctx.rateBurst = 10;
    const d = await createDrill(h, { scenario: "chemical-leak", seed: 7, speed: 1, blindness: "NONE" });
    const flood = await join(h, d.id, d.codes.seats.fire!, "刷屏");
    const calm = await join(h, d.id, d.codes.seats.eb!, "正常");
    const rejected = collect<RejectedMessage>(flood, "rejected");
    const floodAcks = collect<AckMessage>(flood, "ack");
    const calmAcks = collect<AckMessage>(calm, "ack");
    for (let i = 0; i < 100; i++) flood.send("command", { id: `x${i}`, command: { type: "message", to: ["eb"], text: `第${i}条` } });
    calm.send("command", { id: "calm-1", command: { type: "message", to: ["duty"], text: "正常通报" } });
    await until(() => rejected.length + floodAcks.length >= 100 && calmAcks.length === 1, 5000, "answers");
    // the burst of 10 is taken, the other 90 refused with the reason
    expect(floodAcks.length).toBe(10);
    expect(rejected.filter((x) => x.code === "rateLimited").length).toBe(90);
    h.ctx.ratePerSecond = 1000;
    h.ctx.rateBurst = 2000;
  });

  it("the HTTP API refuses bad bodies, missing codes and broken scenarios with reasons, never a stack", async () => {
    const post = (body: string, code = h.directorCode) => fetch(`${h.url}/api/drills`, { method: "POST", headers: { authorization: `Bearer ${code}`, "content-type": "application/json" }, body });
    expect((await post("{}", "NOPE-NOPE-NOPE")).status).toBe(401);
    expect((await post("not json")).status).toBe(400);
    expect((await post(JSON.stringify({ scenario: "chemical-leak", speed: 500 }))).status).toBe(400);
    expect((await post(JSON.stringify({ scenario: "no-such-scenario" }))).status).toBe(404);
    const broken = (await import("node:fs")).readFileSync("scenarios/chemical-leak.yaml", "utf8").replace("tickS: 1", "tickS: fast");
    const r = await post(JSON.stringify({ scenario: broken }));
    expect(r.status).toBe(422);
    const body = (await r.json()) as { problems: string[] };
    expect(body.problems[0]).toMatch(/^upload\.yaml:\d+:\d+ clock\.tickS(: |：)/);
    expect((await fetch(`${h.url}/api/drills`)).status).toBe(401);
    expect((await fetch(`${h.url}/api/drills/whatever/log`)).status).toBe(401);
  });

  it("a client cannot create a drill room, not even for a running drill's id", async () => {
    const d = await createDrill(h, { scenario: "chemical-leak", seed: 7, paused: true });
    const sdk = new Client(h.url);
    const errors = vi.spyOn(console, "error");
    await expect(sdk.create("drill", { drillId: d.id })).rejects.toThrow(/POST \/api\/drills/);
    await expect(sdk.joinOrCreate("drill", { drillId: d.id, code: d.codes.seats.fire, name: "x" })).rejects.toThrow();
    const rooms = await matchMaker.query({ name: "drill" });
    expect(rooms.filter((r) => r.roomId === d.id)).toHaveLength(1);
    // the refused room is disposed quietly: no crash in its onDispose (it never had a drill)
    await new Promise((r) => setTimeout(r, 300));
    expect(errors.mock.calls.flat().join("\n")).not.toMatch(/onDispose error/);
    errors.mockRestore();
  });
});
