/**
 * What a person with a code gets beyond the room (real HTTP and SDK clients): the drill and seat
 * a typed code opens (POST /api/join), the replay's sources (GET /api/drills/:id/sources) whose
 * re-run in the browser's engine matches the server's hash, a unit's arrival time in its seat's
 * view, the director's event feed (never a seat's), and seat modes and reissued codes that
 * outlive a restart.
 */
import { readFileSync } from "node:fs";
import type { Room as SDKRoom } from "@colyseus/sdk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DrillEvent } from "../../engine/model/events.ts";
import { parsePlay } from "../../engine/scenario/load.ts";
import { Replay } from "../../client/local/replay.ts";
import type { AckMessage } from "../../protocol/messages.ts";
import { FEED_MAX_CHARS, FEED_SIZE, type UnitRow } from "../../protocol/views.ts";
import { feedText } from "../../server/rooms/sync.ts";
import { JOIN_LIMIT } from "../../server/live/throttle.ts";
import { recoverDrills } from "../../server/live/recover.ts";
import { authenticate } from "../../server/live/seats.ts";
import { collect, createDrill, join, received, requestId, startServer, until, type Created, type Harness } from "./harness.ts";

const YAML = readFileSync("scenarios/chemical-leak.yaml", "utf8");
const RULES = readFileSync("scenarios/rules/county-default.yaml", "utf8");

let h: Harness;
beforeAll(async () => {
  h = await startServer();
});
afterAll(async () => {
  await h.close();
});

const post = (path: string, body: unknown, raw?: string) =>
  fetch(`${h.url}${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: raw ?? JSON.stringify(body) });
const get = (path: string, code: string) => fetch(`${h.url}${path}`, { headers: { authorization: `Bearer ${code}` } });

type View = { units: Map<string, UnitRow>; feed: string; info: string };
const viewOf = (room: SDKRoom, key: string) => (room.state as { views?: Map<string, View> } | undefined)?.views?.get(key);

describe("POST /api/join: a typed code alone finds its drill and seat", () => {
  let d: Created;
  beforeAll(async () => {
    d = await createDrill(h, { scenario: "chemical-leak", seed: 7, paused: true });
  });

  it("answers the drill id, the seat kind and the seat, however the code is typed", async () => {
    const r = await post("/api/join", { code: d.codes.seats.fire });
    expect(r.status).toBe(200);
    // (a double-blind drill: a seat is told "live", not whether it runs yet, join-blind.test.ts)
    expect(await r.json()).toEqual({ drillId: d.id, kind: "seat", seat: "fire", status: "live" });
    const typed = d.codes.evaluator.toLowerCase().replace(/-/g, " ");
    expect(await (await post("/api/join", { code: typed })).json()).toEqual({ drillId: d.id, kind: "evaluator", seat: "evaluator", status: "paused" });
  });

  it("gives an unknown and a revoked code the same answer; bad bodies are refused with a reason", async () => {
    const unknown = await post("/api/join", { code: "0000-0000-0000" });
    const director = await join(h, d.id, d.codes.director, "导调");
    const reissued = collect<{ seat: string; code: string }>(director, "reissue");
    director.send("reissue", { id: requestId(), seat: "police" });
    await until(() => reissued.length === 1, 5000, "reissue");
    const revoked = await post("/api/join", { code: d.codes.seats.police });
    expect([unknown.status, revoked.status]).toEqual([404, 404]);
    const answer = await revoked.text();
    expect(answer).toBe(await unknown.text());
    // the server speaks zh-CN (the product's default language), as every other API refusal does
    expect(JSON.parse(answer)).toEqual({ error: "参演码无效：此码不能打开任何席位，请向导调核对" });
    expect(await (await post("/api/join", { code: reissued[0]!.code })).json()).toEqual({ drillId: d.id, kind: "seat", seat: "police", status: "live" });
    await director.leave();
    for (const [body, raw, status] of [[{ code: 12 }, undefined, 400], [{ code: d.codes.seats.fire, drill: d.id }, undefined, 400], [undefined, "{not json", 400], [{ code: "x".repeat(600) }, undefined, 413]] as const) {
      const r = await post("/api/join", body, raw);
      expect(r.status).toBe(status);
      expect(Object.keys(await r.json())).toEqual(["error"]);
    }
  });
});

describe("the live view: a unit's arrival time for its seat, the event feed for the director only", () => {
  let d: Created;
  let fire: SDKRoom, director: SDKRoom;

  beforeAll(async () => {
    d = await createDrill(h, { scenario: "chemical-leak", seed: 7, blindness: "NONE", paused: true });
    fire = await join(h, d.id, d.codes.seats.fire!, "指挥员");
    director = await join(h, d.id, d.codes.director, "导调");
    const acks = collect<AckMessage>(fire, "ack");
    fire.send("command", { id: "go-1", command: { type: "dispatch", units: ["hz-chem1"], place: "tank-v101", task: "plugLeak" } });
    await until(() => acks.length === 1, 5000, "ack");
    director.send("clock", { id: requestId(), action: "jump", value: 1 });
  });
  afterAll(async () => {
    await fire.leave();
    await director.leave();
  });

  it("the fire brigade's synced unit carries the arrival time the engine gave its dispatch", async () => {
    const drill = h.ctx.drills.get(d.id)!;
    await until(() => drill.events.some((e) => e.type === "unitDispatched"), 5000, "dispatch");
    const dispatched = drill.events.find((e) => e.type === "unitDispatched") as Extract<DrillEvent, { type: "unitDispatched" }>;
    expect(dispatched.etaMs).toBeGreaterThan(dispatched.at);
    await until(() => (viewOf(fire, "fire")?.units.get("hz-chem1")?.etaMs ?? -1) > 0, 5000, "eta synced");
    expect(viewOf(fire, "fire")!.units.get("hz-chem1")!.etaMs).toBe(dispatched.etaMs);
    // a unit at its station has no arrival time
    expect(viewOf(fire, "fire")!.units.get("hz-e1")!.etaMs).toBe(-1);
  });

  it("the director's feed holds the recent engine events as codes and parameters; the seat never receives it", async () => {
    await until(() => viewOf(director, "control")?.feed.includes("unitDispatched") === true, 5000, "feed");
    const feed = JSON.parse(viewOf(director, "control")!.feed) as DrillEvent[];
    expect(feed.length).toBeLessThanOrEqual(FEED_SIZE);
    expect(feed.find((e) => e.type === "unitDispatched")).toMatchObject({ unit: "hz-chem1", place: "tank-v101", task: "plugLeak" });
    expect(feed.map((e) => e.at)).toEqual([...feed.map((e) => e.at)].sort((a, b) => a - b));
    expect(viewOf(fire, "fire")!.feed ?? "").toBe("");
    const bytes = Buffer.concat((received.get(fire) ?? []).map((c) => c.bytes)).toString("latin1");
    expect(bytes).not.toContain("unitDispatched");
    expect(bytes).not.toContain("drillStarted");
  });
});

describe("the feed's size", () => {
  it("keeps the newest events within FEED_MAX_CHARS of JSON when reports are long", () => {
    // 40 messages of 4 000 characters each: 160 000 characters in all, more than twice the limit
    const events = Array.from({ length: FEED_SIZE }, (_, i) => ({ at: i * 1000, type: "messageSent", seq: i, id: `m${i}`, from: "eb", to: ["fire"], channel: "phone", text: "报".repeat(4000) }));
    const text = feedText(events);
    expect(text.length).toBeLessThanOrEqual(FEED_MAX_CHARS);
    const kept = JSON.parse(text) as Array<{ seq: number }>;
    expect(kept.length).toBeGreaterThan(10);
    expect(kept.map((e) => e.seq)).toEqual(events.slice(-kept.length).map((e) => e.seq));
    expect(JSON.parse(feedText(events.slice(0, 3)))).toEqual(events.slice(0, 3));
  });
});

describe("GET /api/drills/:id/sources: what the replay viewer re-runs", () => {
  let d: Created;
  beforeAll(async () => {
    d = await createDrill(h, { scenario: "chemical-leak", seed: 7, speed: 60, paused: true });
    const drill = h.ctx.drills.get(d.id)!;
    const ack = drill.submit({ drillId: d.id, kind: "seat", seat: "ent" }, "值班员", "r-1", { type: "report", to: "eb", kind: "initial", mode: "oral", content: { location: "液氯罐区V-101储罐", scene: "储罐泄漏" } });
    if (!ack.ok) throw new Error(ack.rejection.reason);
  });

  it("gives the director and evaluators the stored scenario, its rules profile and the log; seats wait for the end", async () => {
    for (const code of [d.codes.seats.fire!, d.codes.observer]) expect((await get(`/api/drills/${d.id}/sources`, code)).status).toBe(401);
    const r = await get(`/api/drills/${d.id}/sources`, d.codes.evaluator);
    expect(r.status).toBe(200);
    const src = (await r.json()) as { scenario: string; rules: string; rulesId: string; rubric: string; log: string };
    expect(src.scenario).toBe(YAML);
    expect(src.rulesId).toBe("county-default");
    expect(src.rules).toBe(RULES);
    expect(src.rubric).toBe(readFileSync("scenarios/rubrics/default.yaml", "utf8"));
    const play = parsePlay(src.log, "log.yaml");
    expect(play.ok && play.value.commands.map((c) => c.by)).toEqual(["ent"]);
  });

  it("once the drill has ended any of its codes gets them, and the browser's engine re-runs them to the server's hash", async () => {
    const drill = h.ctx.drills.get(d.id)!;
    const director = await join(h, d.id, d.codes.director, "导调");
    director.send("clock", { id: requestId(), action: "jump", value: 20 });
    await until(() => drill.state.tMs >= 20 * 60_000, 20_000, "jump");
    director.send("end", { id: "end-1" });
    await until(() => h.ctx.store.getDrill(d.id)?.status === "ended", 5000, "ended");
    await director.leave();
    const r = await get(`/api/drills/${d.id}/sources`, d.codes.seats.fire!);
    expect(r.status).toBe(200);
    const src = (await r.json()) as { scenario: string; rules: string; log: string; clockMs: number; stateHash: string };
    expect(src.stateHash).toBe(drill.hash());
    const replay = new Replay(src.scenario, src.rules, src.log);
    expect(replay.finish(src.clockMs)).toBe(src.stateHash);
    expect((await get(`/api/drills/${d.id}/sources`, "0000-0000-0000")).status).toBe(401);
  });
});

describe("a restart keeps the director's seat switches and reissued codes", () => {
  it("a seat switched to a bot is still a bot after recovery; the reissued code opens it and the old one does not", async () => {
    const d = await createDrill(h, { scenario: "chemical-leak", seed: 7, paused: true });
    const director = await join(h, d.id, d.codes.director, "导调");
    const modes = collect<{ seat: string; mode: string }>(director, "seatMode");
    const codes = collect<{ seat: string; code: string }>(director, "reissue");
    director.send("seatMode", { seat: "police", mode: "bot" });
    director.send("clock", { id: requestId(), action: "speed", value: 30 });
    director.send("reissue", { id: requestId(), seat: "health" });
    await until(() => modes.length === 1 && codes.length === 1, 5000, "director's changes");
    await director.leave();

    const recovered = recoverDrills(h.ctx.store, () => undefined).find((x) => x.id === d.id)!;
    expect(recovered.botSeats()).toEqual(["police"]);
    expect(recovered.clock.status().speed).toBe(30);
    expect(authenticate(h.ctx.store, d.id, codes[0]!.code)).toEqual({ drillId: d.id, kind: "seat", seat: "health" });
    expect(authenticate(h.ctx.store, d.id, d.codes.seats.health!)).toBeUndefined();
  });
});

describe("POST /api/join limits guesses", () => {
  it("per address: past 10 tries in 10 seconds (README, JOIN_LIMIT) a guess is answered 429 with Retry-After: when the window opens", async () => {
    expect(JOIN_LIMIT).toEqual({ points: 10, windowS: 10 });
    const guess = (i: number) => post("/api/join", { code: `GUES-S000-00${String(i).padStart(2, "0")}` });
    const answers: Response[] = [];
    for (let i = 0; i < 13; i++) answers.push(await guess(i));
    const statuses = answers.map((r) => r.status);
    // the other tests' joins share the window: at most 10 answered (404, unknown code), the rest refused
    const answered = statuses.filter((s) => s !== 429);
    expect(answered.length).toBeLessThanOrEqual(10);
    expect(answered.every((s) => s === 404)).toBe(true);
    expect(statuses.slice(-3)).toEqual([429, 429, 429]);
    // a refused client is told how long to wait: the rest of the 10-second window, in whole seconds (1…10)
    const wait = Number(answers.at(-1)!.headers.get("retry-after"));
    expect(wait).toBeGreaterThanOrEqual(1);
    expect(wait).toBeLessThanOrEqual(10);
    // and the page showing the refusal says the same wait (it said 一分钟, six times the window)
    expect(((await answers.at(-1)!.json()) as { error: string }).error).toBe(`加入尝试过于频繁，请 ${wait} 秒后再试`);
  });
});
