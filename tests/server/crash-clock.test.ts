/**
 * Round 22 item 5: after a SIGKILL of the server mid-drill and a restart, the drill's clock came back ~11 simulated
 * seconds earlier than it was (no command lost). The room wrote the clock every 2 wall seconds: 20 simulated seconds
 * at 10×, and recovery replayed to that, before commands the seats had seen acknowledged later.
 *
 * A real server process on 127.0.0.1 (bounded: one drill at 10×, about 3 wall seconds of play, one kill): a seat
 * sends a message every ~100 ms and the server is killed the moment an ack arrives. After the restart the drill
 * must resume no earlier than that last acknowledged command's time, nor earlier than the clock the director last
 * saw minus what live/clock-keep.ts promises can go unwritten (at 10×: min(5 000, 1 000 × 10) + 100 × 10 = 6 000 ms),
 * and the director's welcome says where it resumed and how much at most was lost (that same bound, less what the
 * last command already recovered).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Client, type Room } from "@colyseus/sdk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { WelcomeMessage } from "../../protocol/messages.ts";
import { unkeptAtMostMs } from "../../server/live/clock-keep.ts";
import { bundleServer, createDrill, freePort, killChildren, requestId, sleep, startServer, type ServerProcess } from "../../bench/live-server.ts";

const DIRECTOR_CODE = "CRASH-CLOCK-DIRECTOR";
const SPEED = 10;

let dir: string;
let bundle: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "lianyan-crash-clock-"));
  bundle = await bundleServer();
});
afterAll(async () => {
  await killChildren();
  rmSync(dir, { recursive: true, force: true });
  rmSync(bundle, { force: true });
});

/** Join with a code, keeping the welcome (registered at once, as bench joinDrill does). */
async function joinKeep(url: string, drillId: string, code: string, name: string): Promise<{ room: Room; welcomes: WelcomeMessage[] }> {
  const room = await new Client(url).joinById(drillId, { code, name });
  room.reconnection.enabled = false;
  const welcomes: WelcomeMessage[] = [];
  room.onMessage("welcome", (w: WelcomeMessage) => welcomes.push(w));
  room.onMessage("*", () => undefined);
  return { room, welcomes };
}

const controlClock = (room: Room): number => (room.state as { views?: Map<string, { clock?: { tMs: number } }> }).views?.get("control")?.clock?.tMs ?? 0;

describe("the clock after a SIGKILL", () => {
  it("resumes no earlier than the last acknowledged command and the kept position, and tells the director", async () => {
    const data = join(dir, "drills.sqlite");
    const port = await freePort();
    let server: ServerProcess = await startServer({ bundle, port, data, directorCode: DIRECTOR_CODE });
    const drill = await createDrill(server.url, DIRECTOR_CODE, { scenario: "chemical-leak", seed: 7, speed: SPEED, bots: [], blindness: "NONE" });
    const director = await joinKeep(server.url, drill.id, drill.codes.director, "导调");
    const fire = await joinKeep(server.url, drill.id, drill.codes.seats.fire!, "消防值班员");
    const acks: Array<{ id: string; atMs: number }> = [];
    fire.room.onMessage("ack", (a: { id: string; atMs: number }) => acks.push(a));
    director.room.send("clock", { id: requestId(), action: "resume" });

    // ~3 wall seconds of play at 10× (about 30 simulated seconds), then a kill right after an ack
    const until = Date.now() + 3_000;
    let n = 0;
    while (Date.now() < until) {
      fire.room.send("command", { id: `fire-${++n}`, command: { type: "message", to: ["eb"], text: `续报 ${n}`, channel: "phone" } });
      await sleep(100);
    }
    const before = acks.length;
    fire.room.send("command", { id: `fire-${++n}`, command: { type: "message", to: ["eb"], text: "最后一条", channel: "phone" } });
    const deadline = Date.now() + 5_000;
    while (acks.length === before && Date.now() < deadline) await sleep(1);
    const seen = controlClock(director.room);
    expect(await server.kill("SIGKILL")).toBe("SIGKILL");
    const lastAck = acks.at(-1)!;
    expect(lastAck.id).toBe(`fire-${n}`);
    expect(lastAck.atMs).toBeGreaterThan(10_000); // the clock did run

    server = await startServer({ bundle, port, data, directorCode: DIRECTOR_CODE });
    try {
      const again = await joinKeep(server.url, drill.id, drill.codes.director, "导调");
      const t0 = Date.now();
      while ((again.welcomes.length === 0 || controlClock(again.room) === 0) && Date.now() - t0 < 5_000) await sleep(20);
      const resumed = controlClock(again.room);
      // never earlier than the last command the seat saw acknowledged…
      expect(resumed).toBeGreaterThanOrEqual(lastAck.atMs);
      // …nor more than the promised bound behind the clock the director last saw
      expect(seen - resumed).toBeLessThanOrEqual(unkeptAtMostMs(true, SPEED));
      expect(unkeptAtMostMs(true, SPEED)).toBe(6_000);
      const note = again.welcomes[0]!.recovered!;
      expect(note).toMatchObject({ atMs: resumed, wasRunning: true, speed: SPEED, lastCommandMs: lastAck.atMs });
      // what may have been lost: the kept position plus the bound, less where it resumed (at most the bound)
      expect(note.lostAtMostMs).toBe(Math.max(0, note.keptMs + 6_000 - resumed));
      expect(note.lostAtMostMs).toBeLessThanOrEqual(6_000);
      await again.room.leave();
    } finally {
      await server.kill("SIGKILL");
    }
  }, 60_000);
});
