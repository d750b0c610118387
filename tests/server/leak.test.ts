/**
 * The leak test (issue 7 §4, domain.md §3.8): a whole double-blind chemical-leak drill over real
 * sockets with six staffed seats, rule-based bots on the rest, messages and reports flying, the
 * director injecting free text and spot questions. Every byte each seat's socket receives is
 * recorded (from the handshake on) and searched: no other agency's private message or report,
 * no inject before (or unless) it reached that seat, no casualty figures before the seat was
 * told any, no ground-truth keys, no random-stream state, no scenario title before it was told.
 */
import type { Room as SDKRoom } from "@colyseus/sdk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { init } from "../../engine/init.ts";
import { step } from "../../engine/step.ts";
import type { AckMessage } from "../../protocol/messages.ts";
import { logToCommands } from "../../server/live/log.ts";
import { collect, createDrill, join, probe, received, requestId, startServer, until, type Harness } from "./harness.ts";

const SEATS = ["ent", "fire", "eb", "police", "health", "town"] as const;
const BOTS = ["duty", "eco", "met", "city"];
let h: Harness;
beforeAll(async () => {
  h = await startServer();
});
afterAll(async () => {
  await h.close();
});

type Clock = { tMs: number; ended: boolean };
/** the clock in the room's own view (each client sees only its own) */
const clockOf = (room: SDKRoom): Clock => [...((room.state as { views?: Map<string, { clock?: Clock }> } | undefined)?.views?.values() ?? [])][0]?.clock ?? { tMs: -1, ended: false };

interface Sent {
  from: string;
  to: string[];
  text: string;
}

describe("leak test: a double-blind drill, every byte each seat receives", () => {
  const rooms: Record<string, SDKRoom> = {};
  const sent: Sent[] = [];
  let id = "";

  beforeAll(async () => {
    const d = await createDrill(h, { scenario: "chemical-leak", seed: 7, blindness: "DOUBLE_BLIND", speed: 60, bots: BOTS, paused: true });
    id = d.id;
    probe.clock = () => h.ctx.drills.get(id)?.state.tMs ?? 0;
    for (const s of SEATS) rooms[s] = await join(h, id, d.codes.seats[s]!, `${s}-值班员`);
    rooms.observer = await join(h, id, d.codes.observer, "观摩");
    const director = await join(h, id, d.codes.director, "导调");
    await join(h, id, d.codes.evaluator, "评估");
    const acks = Object.fromEntries([...SEATS, "director"].map((s) => [s, collect<AckMessage>(s === "director" ? director : rooms[s]!, "ack")]));
    let n = 0;
    const give = async (who: string, command: Record<string, unknown>) => {
      const room = who === "director" ? director : rooms[who]!;
      const cid = `c${n++}`;
      room.send(who === "director" ? "inject" : "command", who === "director" ? { id: cid, ...command } : { id: cid, command });
      await until(() => acks[who]!.some((a) => a.id === cid), 5000, `ack ${cid}`);
    };
    // the director plays the alarm call to every staffed seat but the police (it learns from inj-04 at 00:11),
    // so that they may write to each other from the first round
    await give("director", { to: SEATS.filter((x) => x !== "police"), text: "导调：各单位注意，江湾化工园区发生事故", notifies: true });
    director.send("clock", { id: requestId(), action: "jump", value: 1 });
    await until(() => clockOf(director).tMs >= 60_000, 8000, "the alarm call");
    for (let r = 0; r < 30; r++) {
      const round = String(r).padStart(2, "0");
      for (const [i, from] of SEATS.entries()) {
        const rotated = SEATS[(i + 1 + (r % (SEATS.length - 1))) % SEATS.length]!;
        // nobody tells the police for the first rounds: it must learn of the incident from inj-04 (00:11)
        // and the police, untold, writes only to the director: a person on a double-blind seat not yet told may
        // name only what it was shown (untold-decoded.test.ts)
        const to = from === "police" && r < 2 ? "director" : rotated === "police" && r < 2 ? (from === "eb" ? "fire" : "eb") : rotated;
        const text = `密电${round}-${from}至${to}-内部`;
        sent.push({ from, to: [to], text });
        await give(from, { type: "message", to: [to], text });
      }
      const scene = `现场${round}-企业内报-机密`;
      sent.push({ from: "ent", to: ["eb"], text: scene });
      await give("ent", { type: "report", to: "eb", kind: r === 0 ? "initial" : "followUp", mode: "oral", content: { scene, casualties: { deaths: 0, seriousInjuries: 0, injured: 0, missing: 0 } } });
      if (r % 6 === 3) {
        const text = `导调临机注入${round}-仅限消防`;
        sent.push({ from: "scenario", to: ["fire"], text });
        await give("director", { to: ["fire"], text });
        const q = `随机提问${round}-仅问公安`;
        sent.push({ from: "scenario", to: ["police"], text: q });
        director.send("spotQuestion", { id: `q${round}`, to: ["police"], text: q });
        await until(() => acks.director!.some((a) => a.id === `q${round}`), 5000, "spot question ack");
      }
      // the director's clock: a seat not yet told is given none (untold-decoded.test.ts)
      const target = clockOf(director).tMs + 8 * 60_000;
      director.send("clock", { id: requestId(), action: "jump", value: 8 });
      await until(() => clockOf(director).tMs >= target || clockOf(director).ended, 8000, "jump");
      await new Promise((r) => setTimeout(r, 150)); // that jump's patch reaches the seats too
      if (clockOf(director).ended) break;
    }
    director.send("clock", { id: requestId(), action: "jump", value: 240 });
    await until(() => SEATS.every((s) => clockOf(rooms[s]!).ended), 15000, "end");
    await new Promise((r) => setTimeout(r, 300)); // the last patch
  }, 120_000);

  const bytesOf = (s: string) => received.get(rooms[s]!) ?? [];
  const contains = (s: string, text: string, beforeMs = Infinity) => bytesOf(s).some((c) => c.tMs < beforeMs && c.bytes.includes(Buffer.from(text)));

  it("recorded the whole drill for every seat, and each seat did receive what was addressed to it", () => {
    const drill = h.ctx.drills.get(id)!;
    expect(drill.state.ended).toBe(true);
    for (const s of SEATS) {
      expect(bytesOf(s).length).toBeGreaterThan(50);
      for (const m of sent.filter((x) => x.to.includes(s))) expect(contains(s, m.text)).toBe(true);
    }
  });

  it("no seat receives another agency's private messages or reports", () => {
    for (const s of [...SEATS, "observer"]) {
      for (const m of sent) if (m.from !== s && !m.to.includes(s)) expect(contains(s, m.text), `${s} received "${m.text}"`).toBe(false);
    }
    // nor any engine message between other agencies (bots' traffic included), by its text
    const drill = h.ctx.drills.get(id)!;
    for (const s of SEATS) {
      for (const m of drill.state.messages) {
        if (m.from === s || m.to.includes(s) || !m.text || m.text.length < 6 || m.kind === "ack") continue;
        expect(contains(s, m.text), `${s} received ${m.id}`).toBe(false);
      }
    }
  });

  it("no inject reaches a seat before it is delivered to that seat, or ever if it is not", () => {
    const drill = h.ctx.drills.get(id)!;
    const delivered = new Map(drill.events.filter((e) => e.type === "injectDelivered").map((e) => [e.inject, e]));
    for (const s of [...SEATS, "observer"]) {
      for (const inj of drill.c.scenario.injects) {
        const d = delivered.get(inj.id);
        const before = d && d.to.includes(s) ? d.at : Infinity;
        for (const text of [inj.text.zh, inj.text.en]) expect(contains(s, text, before), `${s} saw ${inj.id} early`).toBe(false);
      }
    }
  });

  it("no casualty figures before the seat was told any; no ground truth, no random streams, no title before being told", () => {
    const drill = h.ctx.drills.get(id)!;
    // when each agency first knew of any casualty, by replaying the log
    const firstKnew = new Map<string, number>();
    const cmds = logToCommands(h.ctx.store.log(id)).sort((a, b) => a.at - b.at || a.seq - b.seq);
    let state = init(drill.c, drill.record.seed);
    let k = 0;
    while (!state.ended) {
      const due = [];
      while (k < cmds.length && cmds[k]!.at <= state.tMs) due.push(cmds[k++]!);
      state = step(drill.c, state, due).state;
      for (const kn of state.knowledge) {
        const c = kn.knownCasualties;
        if (!firstKnew.has(kn.agency) && c.deaths + c.seriousInjuries + c.injured > 0) firstKnew.set(kn.agency, state.tMs);
      }
    }
    expect(drill.state.casualties.deaths).toBeGreaterThan(0);
    const figure = /"(deaths|seriousInjuries|injured)":[1-9]/;
    const rngState = JSON.stringify(Object.values(drill.state.rng)[0] ?? {}).slice(1, 40);
    for (const s of [...SEATS, "observer"]) {
      const knew = s === "observer" ? Infinity : firstKnew.get(s) ?? Infinity;
      for (const c of bytesOf(s)) {
        const text = c.bytes.toString("latin1");
        if (c.tMs < knew) expect(figure.test(c.bytes.toString("utf8")), `${s} saw a casualty figure at ${c.tMs}`).toBe(false);
        for (const key of ['"exposed"', '"evacuated"', '"trapped"', '"groups"', '"grade"', '"injects"', '"puffs"', '"erg"', '"rng"', '"s0"', '"truth"', '"senderKnew"', '"people"']) expect(text.includes(key), `${s} got ${key}`).toBe(false);
        if (rngState.length > 5) expect(text.includes(rngState)).toBe(false);
      }
      // an observer (观摩) sits in the hall with the players: the incident is hidden from it until any seat is told (review 8 item 9)
      const firstTold = Math.min(...drill.state.knowledge.map((k) => k.notifiedAtMs ?? Infinity));
      const notified = s === "observer" ? firstTold : drill.state.knowledge.find((k) => k.agency === s)?.notifiedAtMs ?? Infinity;
      if (s === "police") expect(notified).toBe(11 * 60_000);
      expect(contains(s, drill.c.scenario.title.zh, notified), `${s} saw the title before being told`).toBe(false);
      const placeName = drill.c.scenario.map.places.find((p) => p.id === drill.c.scenario.incidentPlace)!.name.zh;
      expect(contains(s, placeName, notified), `${s} saw the incident place before being told`).toBe(false);
      expect(contains(s, placeName), `${s} never got the complete map`).toBe(true);
    }
    // the check has teeth: the director's socket does carry the truth and the overlay
    const dir = [...received.entries()].find(([r]) => (r.state as { views?: Map<string, unknown> })?.views?.has("control"))!;
    expect(dir[1].some((c) => c.bytes.includes(Buffer.from('"exposed"')))).toBe(true);
  });

  it("no seat or observer receives the director's event feed; the director's socket does carry it", () => {
    const drill = h.ctx.drills.get(id)!;
    const kinds = [...new Set(drill.events.map((e) => e.type))];
    expect(kinds).toEqual(expect.arrayContaining(["injectDelivered", "obligationOpened", "messageSent", "drillEnded"]));
    for (const s of [...SEATS, "observer"]) {
      const text = Buffer.concat(bytesOf(s).map((c) => c.bytes)).toString("latin1");
      for (const k of kinds) expect(text.includes(`"type":"${k}"`), `${s} got a ${k} event`).toBe(false);
    }
    const dir = [...received.entries()].find(([r]) => (r.state as { views?: Map<string, unknown> })?.views?.has("control"))!;
    const dirText = Buffer.concat(dir[1].map((c) => c.bytes)).toString("latin1");
    expect(dirText).toContain('"type":"obligationOpened"');
    expect(dirText).toContain('"type":"drillEnded"');
  });
});
