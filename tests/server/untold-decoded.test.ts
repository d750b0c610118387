/**
 * Everything an untold double-blind seat (and the observer before anyone is told) receives,
 * decoded as its SDK decodes it (review 18 items 1 and 3): every state frame as the whole
 * decoded state after it, every message as its type and payload, the handshake as text. For
 * each shipped scenario, run double-blind from T+0 for two simulated minutes (so a clock, if one
 * reached the seat, would say how long ago the incident began), with a seat still untold writing
 * to the director and asked a spot question at T+1 min (an ack, a message row and the question
 * would each carry the time), and search what each seat not
 * yet told received for what the scenario file says of the incident: its id, title, kind and
 * hazard model, its start date and time and its length, the incident place, every agency's
 * name and every id but the seat's own (which agencies take part names the scenario — a
 * 矿山救护队 seat says "a mine" — and the incident unit names the incident), every place and
 * every unit, its own too (review 19 item 2: its name, units and bases are the scenario's).
 * Nothing here is written by hand: it is all read from the file.
 */
import type { Room as SDKRoom } from "@colyseus/sdk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GENERIC_TASKS } from "../../engine/compile.ts";
import type { AckMessage, RejectedMessage, WelcomeMessage } from "../../protocol/messages.ts";
import { shippedScenarios } from "../../server/live/scenario.ts";
import { isTold } from "../../server/live/views.ts";
import { collect, createDrill, decoded, join, joinAll, loadShipped, received, requestId, startServer, until, type Harness } from "./harness.ts";

let h: Harness;
beforeAll(async () => {
  h = await startServer();
});
afterAll(async () => {
  await h.close();
});

/** Frame codes the SDK decodes (protocol: 10 handshake, 11 error, 13 message, 14 state, 15 patch, 18 ping). */
const KNOWN = new Set([10, 11, 13, 14, 15, 18]);

describe("what an untold double-blind seat receives, decoded", () => {
  for (const shipped of shippedScenarios()) {
    it(`names neither the scenario, its time nor any agency but the seat's own: ${shipped.id}`, async () => {
      const c = loadShipped(shipped.file);
      const s = c.scenario;
      const d = await createDrill(h, { scenario: shipped.id, seed: 7, blindness: "DOUBLE_BLIND", speed: 1, paused: true });
      const drill = h.ctx.drills.get(d.id)!;
      const rooms = await joinAll(h, d);
      const director = await join(h, d.id, d.codes.director, "导调");
      await until(() => rooms.every((r) => r.welcomes.length >= 1), 8000, "welcomes");
      director.send("clock", { id: requestId(), action: "jump", value: 1 });
      await until(() => drill.state.tMs >= 60_000, 8000, "one minute");
      // at T+1 min a seat still untold writes to the director and is asked a spot question (随机提问, which tells nobody):
      // its ack, its message and the question would each carry the time
      // (the last in the roster: the city's offices hear last)
      const quiet = [...rooms].reverse().find((r) => r.who !== "observer" && !isTold(drill.state, r.who))!;
      const acks = collect<AckMessage>(quiet.room, "ack");
      const directorAcks = collect<AckMessage>(director, "ack");
      quiet.room.send("command", { id: "probe-1", command: { type: "message", to: ["director"], text: "值班室例行通话" } });
      director.send("spotQuestion", { id: "q-1", to: [quiet.who], text: "随机提问：请报告今日值班人数" });
      await until(() => acks.length === 1 && directorAcks.length === 1, 8000, "acks");
      director.send("clock", { id: requestId(), action: "jump", value: 1 });
      await until(() => drill.state.tMs >= 120_000, 8000, "two minutes");
      await new Promise((r) => setTimeout(r, 400)); // the patches of those minutes
      expect(isTold(drill.state, quiet.who)).toBe(false);
      expect(directorAcks[0]!.seq).toBeGreaterThan(0);
      const quietView = () => (quiet.room.state as { views: Map<string, { messages: Array<{ json: string }> }> }).views.get(quiet.who);
      await until(() => (quietView()?.messages.length ?? 0) === 2, 5000, "the message and the question");
      expect([...quietView()!.messages].map((m) => JSON.parse(m.json) as { id: string; atMs: number }).map((m) => [m.id, m.atMs])).toEqual([["u1", 0], ["u2", 0]]);
      const told = new Set(drill.state.knowledge.filter((k) => k.notifiedAtMs !== undefined).map((k) => k.agency));
      const untold = rooms.filter((r) => (r.who === "observer" ? told.size === 0 : !told.has(r.who)));
      // the check has something to check in every scenario: at least two seats are still untold after a minute
      expect(untold.filter((r) => r.who !== "observer").length).toBeGreaterThanOrEqual(2);

      const leaks: string[] = [];
      const checks: Array<() => void> = [];
      for (const { who, room, welcomes } of untold) {
        const me = s.agencies.find((a) => a.id === who);
        // its seat id only: its agency's name, units and bases are the scenario's too (review 19 item 2: standby shows the agency's kind)
        const own = new Set<string>([who]);
        const words = [
          s.title.zh, s.title.en, s.clock.start, s.clock.start.slice(0, 10), s.clock.start.slice(11, 16),
          ...s.agencies.flatMap((a) => [a.name.zh, a.name.en]),
          ...s.map.places.flatMap((p) => [p.name.zh, p.name.en]),
          ...s.units.flatMap((u) => [u.name.zh, u.name.en]),
        ].filter((x) => !own.has(x));
        // ids and numbers are searched as JSON values, in what the SDK decoded
        const values = [
          s.id, s.kind, s.hazard.model, s.incidentPlace, s.incidentAgency, ...s.agencies.map((a) => a.id), ...s.map.places.map((p) => p.id), ...s.units.map((u) => u.id),
        ].filter((x) => !own.has(x)).map((x) => JSON.stringify(x));
        const frames = decoded.get(room) ?? [];
        // every frame it received is one the SDK (and so this test) decodes
        expect((received.get(room) ?? []).every((b) => KNOWN.has(b.bytes[0]! & 0x3f)), `${who}: a frame the test cannot decode`).toBe(true);
        const text = frames.map((f) => f.text).join("\n");
        const raw = (received.get(room) ?? []).map((b) => b.bytes.toString("utf8")).join("\n");
        for (const w of words) if (text.includes(w) || raw.includes(w)) leaks.push(`${who} got "${w}"`);
        for (const v of values) if (text.includes(v)) leaks.push(`${who} got ${v}`);
        // the time: no clock, no duration, no start, no time on anything (its units' arrivals -1), no place in the log
        if (/"tMs"/.test(text)) leaks.push(`${who} got the drill clock`);
        // nor the drill's message count (its message ids: "m37" says 36 went before)
        const counters = [["a time", /\\?"(atMs|notifiedAtMs)\\?":[1-9]/], ["an arrival time", /\\?"etaMs\\?":[0-9]/], ["a log sequence number", /\\?"seq\\?":[1-9]/], ["a drill message id", /\\?"(id|inject)\\?":\\?"(adhoc-)?m[0-9]|inject:adhoc-m[0-9]/]] as const;
        for (const [key, re] of counters) {
          if (re.test(text)) leaks.push(`${who} got ${key}: ${re.exec(text)![0]}`);
        }
        if (text.includes(String(c.durationMs))) leaks.push(`${who} got the drill's length (${c.durationMs} ms)`);
        checks.push(() => {
          const w = welcomes[0]!;
          expect(w.start).toBe("");
          expect(w.map.complete).toBe(false);
          // of the roster, its own seat only, named by its kind (none for the observer); no map, no units (review 19 item 2)
          expect(w.agencies.map((a) => a.id)).toEqual(me ? [who] : []);
          if (me) expect(w.agencies[0]!.name.zh).not.toBe(me.name.zh);
          expect(w.map.places).toEqual([]);
          expect(w.units).toEqual([]);
        });
      }
      expect(leaks).toEqual([]);
      for (const check of checks) check();
      // the check has teeth: a seat told within the minute (or the director) did receive the scenario
      const dirText = (decoded.get(director) ?? []).map((f) => f.text).join("\n");
      expect(dirText).toContain(JSON.stringify(s.incidentAgency));
      expect(dirText).toContain('"tMs"');
      for (const { room } of rooms) await room.leave();
      await director.leave();
    });
  }

  it("a seat told gets the clock, the start and the whole roster; an untold one only once told", async () => {
    const d = await createDrill(h, { scenario: "school-fire", seed: 7, blindness: "DOUBLE_BLIND", speed: 1, paused: true });
    const drill = h.ctx.drills.get(d.id)!;
    const police = await join(h, d.id, d.codes.seats.police!, "公安");
    const welcomes = collect<WelcomeMessage>(police, "welcome");
    const director = await join(h, d.id, d.codes.director, "导调");
    await until(() => welcomes.length === 1, 5000, "first welcome");
    const viewOf = () => (police.state as { views?: Map<string, { clock?: { tMs: number } }> }).views?.get("police");
    await until(() => viewOf() !== undefined, 5000, "view");
    expect(viewOf()!.clock).toBeUndefined();
    // a spot question at T+1 min reaches it untold, without its time; once told it has its time again
    director.send("clock", { id: requestId(), action: "jump", value: 1 });
    await until(() => drill.state.tMs >= 60_000, 5000, "one minute");
    director.send("spotQuestion", { id: "q-1", to: ["police"], text: "随机提问：请报告今日值班人数" });
    type Rows = { messages: Array<{ json: string }> };
    const times = () => [...((police.state as { views: Map<string, Rows> }).views.get("police")?.messages ?? [])].map((m) => (JSON.parse(m.json) as { atMs: number }).atMs);
    director.send("clock", { id: requestId(), action: "jump", value: 1 });
    await until(() => times().length === 1, 5000, "the question");
    expect(times()).toEqual([0]);
    // the school's police post hears of it at 00:05 (inj: the passer-by's 110 call)
    director.send("clock", { id: requestId(), action: "jump", value: 4 });
    await until(() => welcomes.length === 2, 8000, "complete welcome");
    expect(drill.state.knowledge.find((k) => k.agency === "police")?.notifiedAtMs).toBeDefined();
    expect(welcomes[1]!.start).toBe(drill.c.scenario.clock.start);
    expect(welcomes[1]!.durationMs).toBe(drill.c.durationMs);
    expect(welcomes[1]!.agencies.map((a) => a.id).sort()).toEqual(drill.c.scenario.agencies.map((a) => a.id).sort());
    await until(() => (viewOf()?.clock?.tMs ?? 0) >= 6 * 60_000, 5000, "the clock once told");
    const asked = drill.state.messages.find((m) => m.kind === "inject" && m.to.includes("police"))!.atMs;
    expect(asked).toBeGreaterThanOrEqual(60_000);
    await until(() => times()[0] === asked, 5000, "the question's time once told");
    const ids = () => [...((police.state as { views: Map<string, Rows> }).views.get("police")?.messages ?? [])].map((m) => (JSON.parse(m.json) as { id: string }).id);
    expect(ids()[0]).toBe(drill.state.messages.find((m) => m.kind === "inject" && m.to.includes("police"))!.id);
    expect(times().length).toBeGreaterThanOrEqual(2); // and the call that told it
    await police.leave();
    await director.leave();
  });

  it("a guessed name gets the same refusal whether the scenario has it or not; once told, it is the scenario's", async () => {
    const d = await createDrill(h, { scenario: "mine-flood", seed: 7, blindness: "DOUBLE_BLIND", speed: 1, paused: true });
    const drill = h.ctx.drills.get(d.id)!;
    const c = drill.c;
    const me = "eb";
    const unit = c.scenario.units.find((u) => u.agency === me)!;
    const hazardTask = [...c.tasks].find((t) => !(GENERIC_TASKS as readonly string[]).includes(t))!;
    const other = c.scenario.agencies.find((a) => a.kind === "mineRescueTeam")!.id;
    // each pair: a name the scenario has (but the seat was not shown) and one it has not, in the same command
    const pairs: Array<[string, (name: string) => Record<string, unknown>]> = [
      [other, (x) => ({ type: "message", to: [x], text: "请问在吗" })],
      [c.scenario.incidentPlace, (x) => ({ type: "dispatch", units: [unit.id], place: x, task: "standby" })],
      [hazardTask, (x) => ({ type: "dispatch", units: [unit.id], place: unit.base, task: x })],
    ];
    const room = await join(h, d.id, d.codes.seats[me]!, "应急局");
    const rejected = collect<RejectedMessage>(room, "rejected");
    let n = 0;
    const refusal = async (command: Record<string, unknown>, name: string) => {
      const id = `g${n++}`;
      room.send("command", { id, command });
      await until(() => rejected.some((r) => r.id === id), 5000, `refusal ${id}`);
      const r = rejected.find((x) => x.id === id)!;
      return JSON.stringify({ ...r, id: "", reason: r.reason.replaceAll(name, "NAME") });
    };
    expect(GENERIC_TASKS as readonly string[]).toContain("standby");
    for (const [real, make] of pairs) {
      const fake = `zz${real.slice(0, 3)}x`;
      expect(await refusal(make(real), real), real).toBe(await refusal(make(fake), fake));
    }
    expect(h.ctx.store.log(d.id).length).toBe(0);
    // once told (the director plays the alarm call to it), the scenario's names are its to use
    const director = await join(h, d.id, d.codes.director, "导调");
    const acks = collect<AckMessage>(room, "ack");
    director.send("inject", { id: "call-1", to: [me], text: "煤矿透水，请速派员", notifies: true });
    director.send("clock", { id: requestId(), action: "jump", value: 1 });
    await until(() => isTold(drill.state, me), 5000, "told");
    room.send("command", { id: "after-1", command: pairs[0]![1](other) });
    await until(() => acks.some((a) => a.id === "after-1"), 5000, "accepted once told");
    await room.leave();
    await director.leave();
  });

  it("the observer sees no public situation (response level, cordons) an untold seat made before anyone is told", async () => {
    // mine-flood: nobody hears of the inrush before 00:02:01
    const d = await createDrill(h, { scenario: "mine-flood", seed: 7, blindness: "DOUBLE_BLIND", speed: 1, paused: true });
    const drill = h.ctx.drills.get(d.id)!;
    const eb = await join(h, d.id, d.codes.seats.eb!, "应急局");
    const observer = await join(h, d.id, d.codes.observer, "观摩");
    const director = await join(h, d.id, d.codes.director, "导调");
    const acks = collect<AckMessage>(eb, "ack");
    const rejected = collect<RejectedMessage>(eb, "rejected");
    const base = drill.c.scenario.agencies.find((a) => a.id === "eb")!.base!;
    eb.send("command", { id: "lvl-1", command: { type: "activateResponse", level: 4 } });
    // its base is the scenario's, not shown on standby (review 19 item 2): a cordon there is refused as any unknown place is
    eb.send("command", { id: "cordon-1", command: { type: "cordon", place: base, radiusM: 50 } });
    await until(() => acks.length === 1 && rejected.length === 1, 5000, "an ack and a refusal");
    director.send("clock", { id: requestId(), action: "jump", value: 1 });
    await until(() => drill.state.tMs >= 60_000, 5000, "one minute");
    await new Promise((r) => setTimeout(r, 400));
    expect(drill.state.knowledge.every((k) => k.notifiedAtMs === undefined)).toBe(true);
    expect(drill.state.responseLevel).toBe(4);
    for (const r of [observer, eb]) {
      const text = (decoded.get(r) ?? []).map((f) => f.text).join("\n");
      expect(text).not.toMatch(/responseLevel/);
      expect(text).not.toMatch(/radiusM/);
    }
    for (const r of [eb, observer, director]) await r.leave();
  });

  it("seat presence reaches the director and evaluators only, never a seat or an observer", async () => {
    const d = await createDrill(h, { scenario: "mine-flood", seed: 7, blindness: "DOUBLE_BLIND", speed: 1, paused: true });
    const eb = await join(h, d.id, d.codes.seats.eb!, "应急局");
    const observer = await join(h, d.id, d.codes.observer, "观摩");
    const evaluator = await join(h, d.id, d.codes.evaluator, "评估");
    const seatsOf = (r: SDKRoom) => (r.state as { seats?: Map<string, { people: number }> }).seats;
    await until(() => (seatsOf(evaluator)?.get("eb")?.people ?? 0) === 1, 5000, "presence for the evaluator");
    expect(seatsOf(evaluator)!.has("mrt")).toBe(true);
    for (const r of [eb, observer]) expect(seatsOf(r)?.size ?? 0).toBe(0);
    for (const r of [eb, observer, evaluator]) await r.leave();
  });
});
