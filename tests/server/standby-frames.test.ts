/**
 * A double-blind seat not yet told is on standby, and its standby console is the same whatever the
 * scenario (review 19 item 2; domain.md §3.8 事前不通知…不明确演练时间、地点和内容): every byte its
 * socket receives — the handshake, the welcome, the synced state and its patches — is the same for
 * the same agency in each shipped scenario, once what every join has of its own (the drill id, the
 * session id, the reconnection token) is blanked, and whoever joined before it. Before, the welcome named the agency as the
 * scenario does (临江县消防救援大队 / 岭北县应急管理局) and listed its units and bases (特勤站化学救援车
 * at fire-hazmat says "a chemical release"), and the state synced those units' rows; and the refIds of
 * its view counted every object the room had synced before it (the director's rows of every unit of the scenario).
 */
import type { Room as SDKRoom } from "@colyseus/sdk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { shippedScenarios } from "../../server/live/scenario.ts";
import { isTold } from "../../server/live/views.ts";
import { createDrill, join, loadShipped, received, requestId, startServer, until, type Created, type Harness } from "./harness.ts";

let h: Harness;
beforeAll(async () => {
  h = await startServer();
});
afterAll(async () => {
  await h.close();
});

/** The frames `room` received as text (latin1: byte for byte), each join's own ids blanked to the same length. */
function frames(room: SDKRoom, drillId: string): string[] {
  const token = (room as unknown as { reconnectionToken: string }).reconnectionToken;
  const own = [token, ...token.split(":"), drillId, room.sessionId].filter((x) => x.length > 0).sort((a, b) => b.length - a.length);
  return (received.get(room) ?? []).map(({ bytes }) => own.reduce((t, x) => t.replaceAll(x, "#".repeat(x.length)), bytes.toString("latin1")));
}

/**
 * Join seat `agency` of a new double-blind drill of `scenario` (paused at T+0), after the director
 * and one other seat (whose views hold the scenario's units, obligations and messages: as many
 * synced objects as the scenario has), and collect what it receives.
 */
async function standby(scenario: string, agency: string): Promise<string[]> {
  const d = await createDrill(h, { scenario, seed: 7, blindness: "DOUBLE_BLIND", paused: true });
  const director = await join(h, d.id, d.codes.director, "导调");
  const other = Object.keys(d.codes.seats).find((a) => a !== agency)!;
  const before = await join(h, d.id, d.codes.seats[other]!, "另一席位");
  await until(() => (received.get(director)?.length ?? 0) >= 3 && (received.get(before)?.length ?? 0) >= 3, 5000, "the others' first state");
  const room = await join(h, d.id, d.codes.seats[agency]!, "值班员");
  await until(() => (received.get(room)?.length ?? 0) >= 3, 5000, "the handshake, welcome and state");
  await new Promise((r) => setTimeout(r, 400)); // and the patches after them (the room patches every 100 ms)
  const out = frames(room, d.id);
  for (const r of [room, before, director]) await r.leave();
  return out;
}

describe("an untold seat's standby frames", () => {
  // every agency that has a seat in two shipped scenarios or more, with the same kind
  const seats = new Map<string, string[]>();
  const kinds = new Map<string, Set<string>>();
  for (const s of shippedScenarios()) {
    for (const a of loadShipped(s.file).scenario.agencies) {
      seats.set(a.id, [...(seats.get(a.id) ?? []), s.id]);
      kinds.set(a.id, (kinds.get(a.id) ?? new Set()).add(a.kind));
    }
  }
  const shared = [...seats].filter(([id, list]) => list.length >= 2 && kinds.get(id)!.size === 1);

  it("are checked for the agencies the shipped scenarios share (the county's standing offices)", () => {
    expect(shared.map(([id]) => id)).toEqual(expect.arrayContaining(["eb", "fire", "police", "duty"]));
  });

  for (const [agency, scenarios] of shared) {
    it(`are byte for byte the same in ${scenarios.join(", ")}: ${agency}`, async () => {
      const got = [];
      for (const s of scenarios) got.push({ s, frames: await standby(s, agency) });
      expect(got[0]!.frames.length).toBeGreaterThanOrEqual(3);
      for (const other of got.slice(1)) expect(other.frames, `${agency}: ${got[0]!.s} against ${other.s}`).toEqual(got[0]!.frames);
    });
  }
});

describe("an untold seat while the drill runs elsewhere", () => {
  it("gets no empty patch frames (the 1-byte ROOM_STATE_PATCH that says only: something changed in the room)", async () => {
    const d = await createDrill(h, { scenario: "mine-flood", seed: 7, blindness: "DOUBLE_BLIND", paused: true });
    const drill = h.ctx.drills.get(d.id)!;
    const seat = await join(h, d.id, d.codes.seats.city!, "市局值班员");
    const director = await join(h, d.id, d.codes.director, "导调");
    await until(() => (received.get(seat)?.length ?? 0) >= 3, 5000, "the seat's first state");
    // a minute passes: the director's view (its clock, the mine's rows) changes; the city's hears of nothing yet
    director.send("clock", { id: requestId(), action: "jump", value: 1 });
    await until(() => drill.state.tMs >= 60_000, 5000, "one minute");
    const directorPatches = () => (received.get(director) ?? []).filter((f) => f.bytes[0] === 15).length;
    const seen = directorPatches();
    await until(() => directorPatches() >= seen + 2, 5000, "two more patches to the director");
    expect(isTold(drill.state, "city")).toBe(false);
    const empty = (received.get(seat) ?? []).filter((f) => f.bytes.length === 1 && f.bytes[0] === 15);
    expect(empty.length).toBe(0);
    for (const r of [seat, director]) await r.leave();
  });
});

describe("an untold seat before and after the director's start (round 31)", () => {
  // domain.md §3.8 双盲: 不明确演练时间 — a seat not yet told may not learn whether the drill has started: nothing it
  // receives may change when the director starts the drill, and a seat joining after the start receives what one
  // joining before it did, byte for byte (its own ids blanked); its console reads 待命：等待接报 in both (client/i18n)

  /** A new double-blind chemical leak (paused at T+0) with its director in; started (3 s of drill time run) when asked. */
  async function drillWithDirector(started: boolean) {
    const d = await createDrill(h, { scenario: "chemical-leak", seed: 7, blindness: "DOUBLE_BLIND", paused: true });
    const drill = h.ctx.drills.get(d.id)!;
    const director = await join(h, d.id, d.codes.director, "导调");
    const start = async () => {
      director.send("clock", { id: requestId(), action: "resume" });
      await until(() => drill.state.tMs >= 3_000, 10_000, "three seconds of drill time");
    };
    if (started) await start();
    return { d, drill, director, start };
  }
  /** The met office's seat joined: all it received once its first frames and patches are in. */
  async function metJoins(d: Created) {
    const room = await join(h, d.id, d.codes.seats.met!, "值班员");
    await until(() => (received.get(room)?.length ?? 0) >= 3, 5000, "the handshake, welcome and state");
    await new Promise((r) => setTimeout(r, 400)); // and the patches after them (the room patches every 100 ms)
    return room;
  }

  it("receives nothing new at the start, and joining after the start receives the same bytes as joining before it", async () => {
    const a = await drillWithDirector(false);
    const early = await metJoins(a.d);
    const before = frames(early, a.d.id);
    await a.start();
    await new Promise((r) => setTimeout(r, 400));
    const b = await drillWithDirector(true);
    const late = await metJoins(b.d);
    for (const x of [a, b]) {
      expect(x.drill.clock.status().paused).toBe(false);
      expect(x.drill.state.tMs).toBeGreaterThanOrEqual(3_000);
      expect(isTold(x.drill.state, "met")).toBe(false);
    }
    expect(before.length).toBeGreaterThanOrEqual(3);
    expect(frames(early, a.d.id)).toEqual(before);
    expect(frames(late, b.d.id)).toEqual(before);
    for (const r of [early, late, a.director, b.director]) await r.leave();
  });
});
