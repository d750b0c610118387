/**
 * The `drill` room over real sockets (SDK clients): three seats, the director and an evaluator
 * play the chemical-leak drill; commands come back acknowledged with sequence numbers; each seat
 * reads only its own view; the exported log, evaluated headless, gives the live report's
 * findings; a re-sent id applies once; late joiners and reconnecting people catch up.
 */
import type { Room as SDKRoom } from "@colyseus/sdk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { evaluate } from "../../engine/evaluate/evaluate.ts";
import { playCommands, run } from "../../engine/replay.ts";
import { parsePlay } from "../../engine/scenario/load.ts";
import type { AckMessage, RejectedMessage, WelcomeMessage } from "../../protocol/messages.ts";
import type { MessageRow } from "../../protocol/views.ts";
import { bestPlayFor, rubricFor } from "../../server/live/scenario.ts";
import { collect, createDrill, join, received, requestId, startServer, until, untilMoving, type Created, type Harness } from "./harness.ts";

let h: Harness;
beforeAll(async () => {
  h = await startServer();
});
afterAll(async () => {
  await h.close();
});

type View = { messages: Array<{ json: string }>; info: string; units: Map<string, { status: string }> };
const viewOf = (room: SDKRoom, key: string) => (room.state as { views?: Map<string, View> } | undefined)?.views?.get(key);
const messagesOf = (room: SDKRoom, key: string): MessageRow[] => [...(viewOf(room, key)?.messages ?? [])].map((m) => JSON.parse(m.json) as MessageRow);
const NO_CLOCK = { tMs: -1, paused: false, speed: 0, ended: false };
type Clock = typeof NO_CLOCK;
/** the clock in the room's own view (each client sees only its own; none while a double-blind seat is untold) */
const clockOf = (room: SDKRoom): Clock => [...((room.state as { views?: Map<string, { clock?: Clock }> } | undefined)?.views?.values() ?? [])][0]?.clock ?? NO_CLOCK;

async function send(room: SDKRoom, acks: AckMessage[], id: string, command: Record<string, unknown>): Promise<AckMessage> {
  room.send("command", { id, command });
  await until(() => acks.some((a) => a.id === id), 5000, `ack ${id}`);
  return acks.find((a) => a.id === id)!;
}

describe("a live chemical-leak drill over sockets", () => {
  let d: Created;
  const rooms: Record<string, SDKRoom> = {};
  const acks: Record<string, AckMessage[]> = {};
  const rejected: Record<string, RejectedMessage[]> = {};
  const welcomes: Record<string, WelcomeMessage[]> = {};

  beforeAll(async () => {
    // single-blind: its seats act at T+0, before anything reached them, which a double-blind seat could not
    // (it may name only what it was shown, and is acked without seq or time: untold-decoded.test.ts)
    d = await createDrill(h, { scenario: "chemical-leak", seed: 7, speed: 60, paused: true, blindness: "SINGLE_BLIND" });
    for (const [who, code] of [["ent", d.codes.seats.ent!], ["fire", d.codes.seats.fire!], ["eb", d.codes.seats.eb!], ["director", d.codes.director], ["evaluator", d.codes.evaluator]] as const) {
      const room = await join(h, d.id, code, `${who}-值班员`);
      rooms[who] = room;
      acks[who] = collect<AckMessage>(room, "ack");
      rejected[who] = collect<RejectedMessage>(room, "rejected");
      welcomes[who] = collect<WelcomeMessage>(room, "welcome");
    }
    await until(() => Object.values(welcomes).every((w) => w.length === 1), 5000, "welcomes");
  });

  it("joins each person to the seat its code opens, with only that seat's view", async () => {
    expect(welcomes.fire![0]).toMatchObject({ seat: "fire", kind: "seat", view: "fire", blindness: "SINGLE_BLIND" });
    expect(welcomes.fire![0]!.units.every((u) => u.agency === "fire")).toBe(true);
    expect(welcomes.director![0]!.units.length).toBeGreaterThan(welcomes.fire![0]!.units.length);
    await until(() => viewOf(rooms.fire!, "fire") !== undefined && viewOf(rooms.director!, "control") !== undefined, 3000, "views");
    for (const [who, key] of [["ent", "ent"], ["fire", "fire"], ["eb", "eb"], ["director", "control"], ["evaluator", "control"]] as const) {
      expect([...(rooms[who]!.state as { views: Map<string, unknown> }).views.keys()]).toEqual([key]);
    }
    await expect(join(h, d.id, "WRONG-CODE-0000", "x")).rejects.toThrow();
    // the director sees who is on each seat; the public presence gives only counts
    await until(() => (JSON.parse(viewOf(rooms.director!, "control")?.info || "{}") as { people?: Record<string, string[]> }).people?.evaluator !== undefined, 3000, "presence");
    const people = (JSON.parse(viewOf(rooms.director!, "control")!.info) as { people: Record<string, string[]> }).people;
    expect(people).toMatchObject({ ent: ["ent-值班员"], fire: ["fire-值班员"], eb: ["eb-值班员"], director: ["director-值班员"], evaluator: ["evaluator-值班员"] });
    // seat presence is the control view's: a seat's agency id names the scenario's agencies (review 18)
    await until(() => (rooms.director!.state as { seats: Map<string, { people: number }> }).seats.get("eb")?.people === 1, 3000, "eb present");
    expect((rooms.fire!.state as { seats?: Map<string, unknown> }).seats?.size ?? 0).toBe(0);
  });

  it("acknowledges commands with increasing sequence numbers and the tick they take effect at", async () => {
    const a1 = await send(rooms.ent!, acks.ent!, "ent-1", { type: "message", to: ["fire"], text: "119：临江化工液氯罐区泄漏，请求防化增援！" });
    const a2 = await send(rooms.ent!, acks.ent!, "ent-2", { type: "report", to: "eb", kind: "initial", mode: "oral", content: { unit: "临江化工", time: "9时20分", location: "V-101", scene: "泄漏", sequence: "法兰泄漏", casualties: { deaths: 0, seriousInjuries: 0, injured: 0, missing: 0 }, measures: ["启动预案"] } });
    const a3 = await send(rooms.fire!, acks.fire!, "fire-1", { type: "dispatch", units: ["hz-chem1", "hz-chem2"], place: "tank-v101", task: "plugLeak" });
    const a4 = await send(rooms.eb!, acks.eb!, "eb-1", { type: "activateResponse", level: 4 });
    expect([a1.seq, a2.seq, a3.seq, a4.seq]).toEqual([1, 2, 3, 4]);
    expect(a1.atMs).toBe(clockOf(rooms.director!).tMs);
    rooms.director!.send("clock", { id: requestId(), action: "jump", value: 5 });
    await until(() => clockOf(rooms.director!).tMs >= 5 * 60_000, 5000, "jump");
    await until(() => messagesOf(rooms.fire!, "fire").some((m) => m.text?.startsWith("119")), 3000, "message to fire");
    const fireUnits = viewOf(rooms.fire!, "fire")!.units;
    expect(fireUnits.get("hz-chem1")!.status).not.toBe("available");
    // the fire brigade never receives the enterprise's report to the emergency bureau
    expect(messagesOf(rooms.fire!, "fire").some((m) => m.kind === "report")).toBe(false);
    expect(messagesOf(rooms.eb!, "eb").some((m) => m.kind === "report" && m.from === "ent")).toBe(true);
  });

  it("a command re-sent with the same id is acknowledged again and applied once", async () => {
    const cmd = { type: "message", to: ["eb"], text: "消防：防化组已出动" };
    const first = await send(rooms.fire!, acks.fire!, "fire-dup", cmd);
    rooms.fire!.send("command", { id: "fire-dup", command: cmd });
    await until(() => acks.fire!.filter((a) => a.id === "fire-dup").length === 2, 3000, "second ack");
    expect(acks.fire!.filter((a) => a.id === "fire-dup")[1]).toEqual(first);
    rooms.director!.send("clock", { id: requestId(), action: "jump", value: 1 });
    await until(() => messagesOf(rooms.eb!, "eb").some((m) => m.text === cmd.text), 3000, "message to eb");
    expect(messagesOf(rooms.eb!, "eb").filter((m) => m.text === cmd.text)).toHaveLength(1);
    expect(h.ctx.store.log(d.id).filter((r) => r.clientId === "fire-dup")).toHaveLength(1);
  });

  it("a late joiner on a seat gets the seat's view as of now and every message addressed to it, in order", async () => {
    const live = messagesOf(rooms.eb!, "eb");
    const deputy = await join(h, d.id, d.codes.seats.eb!, "副值班员");
    await until(() => (viewOf(deputy, "eb")?.messages.length ?? 0) === live.length, 3000, "catch-up");
    expect(messagesOf(deputy, "eb")).toEqual(live);
    expect(messagesOf(deputy, "eb").map((m) => m.atMs)).toEqual([...live.map((m) => m.atMs)].sort((a, b) => a - b));
    await deputy.leave();
  });

  it("a reconnecting person resumes their session and receives what was said while they were away", async () => {
    const fire = rooms.fire!;
    (fire as unknown as { reconnection: { minUptime: number; minDelay: number } }).reconnection.minUptime = 0;
    (fire as unknown as { reconnection: { minDelay: number } }).reconnection.minDelay = 50;
    const sessionId = fire.sessionId;
    (fire.connection.transport as unknown as { ws: { close(): void } }).ws.close();
    await send(rooms.ent!, acks.ent!, "ent-while-away", { type: "message", to: ["fire"], text: "企业：罐区仍有2人未撤出" });
    rooms.director!.send("clock", { id: requestId(), action: "jump", value: 1 });
    await until(() => messagesOf(fire, "fire").some((m) => m.text === "企业：罐区仍有2人未撤出"), 8000, "message after reconnect");
    expect(fire.sessionId).toBe(sessionId);
  });

  it("the evaluator records an observation; the exported log evaluated headless gives the live report's findings", async () => {
    rooms.evaluator!.send("observation", { id: "obs-1", section: "linkage", agency: "fire", rating: "met", seen: "防化组2分钟内出动", why: "符合接警即出动要求" });
    await until(() => h.ctx.store.observations(d.id).length === 1, 3000, "observation");
    rooms.director!.send("clock", { id: requestId(), action: "jump", value: 240 });
    // the jump runs 600 ticks a push (server/live/drill.ts JUMP_SLICE): wait while the clock moves, fail if it stalls
    await untilMoving(() => clockOf(rooms.director!).ended, () => clockOf(rooms.director!).tMs, 15000, "end");
    const auth = { authorization: `Bearer ${d.codes.evaluator}` };
    const yaml = await (await fetch(`${h.url}/api/drills/${d.id}/log`, { headers: auth })).text();
    const play = parsePlay(yaml, "exported.yaml");
    if (!play.ok) throw new Error(JSON.stringify(play.problems));
    expect(play.value.commands).toHaveLength(h.ctx.store.log(d.id).length);
    const drill = h.ctx.drills.get(d.id)!;
    const commands = playCommands(play.value);
    const headless = run(drill.c, play.value.seed, commands);
    const rubric = rubricFor(drill.c);
    if (!rubric.ok) throw new Error("rubric");
    const key = (f: { code: string; agency: string | null; atMs: number }) => `${f.code}/${f.agency}/${f.atMs}`;
    // evaluated as the CLI evaluates it: with the command log (the avoidable harm's cause reruns replay it)
    const expected = evaluate(drill.c, headless.events, headless.state, rubric.value, undefined, bestPlayFor(drill.c), { commands }).findings.map(key);
    const report = (await (await fetch(`${h.url}/api/drills/${d.id}/report?format=json`, { headers: auth })).json()) as { findings: Array<{ code: string; agency: string | null; atMs: number }>; observations: unknown[]; outcomes: { harm: { status: string } } };
    expect(report.findings.map(key)).toEqual(expected);
    // harm graded against the scenario's best play, as the CLI grades it (issue 10 §9)
    expect(report.outcomes.harm.status).toBe("graded");
    expect(expected.length).toBeGreaterThan(0);
    expect(report.observations).toHaveLength(1);
    const verify = await (await fetch(`${h.url}/api/drills/${d.id}/verify`, { headers: auth })).json();
    expect(verify).toMatchObject({ ok: true, records: play.value.commands.length });
    expect(rejected.fire!.filter((r) => r.type === "command")).toEqual([]);
  });
});

describe("the director's and evaluators' tools over sockets", () => {
  let d: Created;
  let director: SDKRoom;
  let evaluator: SDKRoom;
  let fire: SDKRoom;
  const answers: Record<string, unknown[]> = {};

  beforeAll(async () => {
    // not double-blind: the fire seat is given the clock before it is told (untold-decoded.test.ts)
    d = await createDrill(h, { scenario: "chemical-leak", seed: 7, speed: 1, paused: true, blindness: "SINGLE_BLIND" });
    director = await join(h, d.id, d.codes.director, "导调");
    evaluator = await join(h, d.id, d.codes.evaluator, "评估");
    fire = await join(h, d.id, d.codes.seats.fire!, "消防");
    for (const t of ["clock", "forecast", "viewAt", "findings", "board", "seatMode", "reissue", "rejected"]) {
      answers[`director:${t}`] = collect(director, t);
      answers[`evaluator:${t}`] = collect(evaluator, t);
      answers[`fire:${t}`] = collect(fire, t);
    }
  });

  const last = <T>(key: string) => answers[key]![answers[key]!.length - 1] as T;

  it("pause, resume and speed reach every seat's clock; a seat may not touch the clock", async () => {
    director.send("clock", { id: requestId(), action: "speed", value: 30 });
    director.send("clock", { id: requestId(), action: "resume" });
    await until(() => clockOf(fire).speed === 30 && !clockOf(fire).paused && clockOf(fire).tMs > 0, 5000, "running at 30×");
    director.send("clock", { id: requestId(), action: "pause" });
    await until(() => clockOf(fire).paused, 5000, "paused");
    const frozen = clockOf(fire).tMs;
    await new Promise((r) => setTimeout(r, 400));
    expect(clockOf(fire).tMs).toBe(frozen);
    fire.send("clock", { id: requestId(), action: "resume" });
    await until(() => answers["fire:rejected"]!.length === 1, 3000, "refusal");
    expect(last<RejectedMessage>("fire:rejected")).toMatchObject({ type: "clock", code: "notAllowed" });
    director.send("clock", { id: requestId(), action: "speed", value: 90 });
    await until(() => (answers["director:rejected"]?.length ?? 0) === 1, 3000, "speed refusal");
  });

  it("the look-ahead forecast, the deadline board, live findings and a past view answer the director and evaluators", async () => {
    director.send("clock", { id: requestId(), action: "pause" });
    await until(() => clockOf(director).paused, 5000, "paused");
    const before = h.ctx.drills.get(d.id)!.hash();
    director.send("forecast", { minutes: 20 });
    evaluator.send("board", {});
    evaluator.send("findings", {});
    evaluator.send("viewAt", { seat: "fire", atMs: 0 });
    await until(() => ["director:forecast", "evaluator:board", "evaluator:findings", "evaluator:viewAt"].every((k) => answers[k]!.length === 1), 8000, "answers");
    const f = last<{ toMs: number; injects: Array<{ id: string }> }>("director:forecast");
    expect(f.toMs - clockOf(director).tMs).toBe(20 * 60_000);
    expect(f.injects.map((i) => i.id)).toContain("inj-04-villager-110");
    expect(h.ctx.drills.get(d.id)!.hash()).toBe(before);
    const board = last<{ rows: Array<{ deadlineMs: number; remainingMs: number }> }>("evaluator:board");
    expect(board.rows.length).toBeGreaterThan(0);
    expect(board.rows.map((r) => r.deadlineMs)).toEqual([...board.rows.map((r) => r.deadlineMs)].sort((a, b) => a - b));
    expect(last<{ findings: unknown[] }>("evaluator:findings").findings).toBeInstanceOf(Array);
    expect(last<{ view: { messages: unknown[]; info: { told: boolean } } }>("evaluator:viewAt").view.info.told).toBe(false);
    fire.send("forecast", { minutes: 5 });
    await until(() => answers["fire:rejected"]!.length === 2, 3000, "seat refused");
  });

  it("switches a seat to a bot and back; reissues a seat's code, locking the old one out", async () => {
    director.send("seatMode", { seat: "police", mode: "bot" });
    await until(() => (director.state as { seats: Map<string, { mode: string }> }).seats.get("police")?.mode === "bot", 3000, "bot mode");
    expect(h.ctx.drills.get(d.id)!.botSeats()).toContain("police");
    director.send("reissue", { id: requestId(), seat: "police" });
    await until(() => answers["director:reissue"]!.length === 1, 3000, "new code");
    const fresh = last<{ code: string }>("director:reissue").code;
    await expect(join(h, d.id, d.codes.seats.police!, "旧码")).rejects.toThrow();
    // round 31: while a bot plays the seat even its fresh code opens nothing; switched back to a person, it does
    await expect(join(h, d.id, fresh, "新码")).rejects.toThrow("此席位现由机器人扮演");
    director.send("seatMode", { seat: "police", mode: "person" });
    await until(() => (director.state as { seats: Map<string, { mode: string }> }).seats.get("police")?.mode === "person", 3000, "person mode");
    const police = await join(h, d.id, fresh, "新码");
    await until(() => (police.state as { views?: Map<string, unknown> })?.views?.has("police") === true, 3000, "police view");
    // a seat view added mid-session reaches only its own seat (schema PR #194's trap)
    await new Promise((r) => setTimeout(r, 300));
    expect([...(fire.state as { views: Map<string, unknown> }).views.keys()]).toEqual(["fire"]);
    expect([...(police.state as { views: Map<string, unknown> }).views.keys()]).toEqual(["police"]);
  });

  it("the director's hazard overlay (rasters) is re-sent when it changes, not every tick", async () => {
    director.send("clock", { id: requestId(), action: "pause" });
    await until(() => clockOf(director).paused, 5000, "paused");
    const total = () => (received.get(director) ?? []).reduce((n, c) => n + c.bytes.length, 0);
    const big = () => (received.get(director) ?? []).filter((c) => c.bytes.length > 20_000).length;
    await new Promise((r) => setTimeout(r, 2_300)); // the last picture before the pause (2 s throttle)
    const quiet = total();
    await new Promise((r) => setTimeout(r, 2_300));
    expect(total() - quiet).toBeLessThan(2_000); // paused: nothing changed, nothing re-sent
    const before = big();
    director.send("clock", { id: requestId(), action: "speed", value: 60 });
    director.send("clock", { id: requestId(), action: "resume" });
    await new Promise((r) => setTimeout(r, 3_000)); // ≈ 180 ticks; the puffs move every 10 simulated s
    director.send("clock", { id: requestId(), action: "pause" });
    const sent = big() - before;
    expect(sent).toBeGreaterThanOrEqual(1); // the plume moved: the director got the new picture
    expect(sent).toBeLessThanOrEqual(3); // at most once per 2 s, not once per change or per tick
    expect((received.get(fire) ?? []).some((c) => c.bytes.length > 20_000)).toBe(false);
  });

  it("the director ends the drill: every clock shows it, and seats' commands are refused from then on", async () => {
    director.send("end", { id: "end-1", reason: "演练结束" });
    await until(() => clockOf(fire).ended, 5000, "ended");
    expect(h.ctx.store.getDrill(d.id)!.status).toBe("ended");
    const before = answers["fire:rejected"]!.length;
    fire.send("command", { id: "late-1", command: { type: "message", to: ["eb"], text: "还有人吗" } });
    await until(() => answers["fire:rejected"]!.length === before + 1, 3000, "refusal");
    expect(last<RejectedMessage>("fire:rejected")).toMatchObject({ id: "late-1", code: "drillEnded" });
  });
});
