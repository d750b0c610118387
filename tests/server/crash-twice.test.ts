/**
 * Round 22 wave 2: a drill recovered after a crash keeps a note for its director of where it resumed and what may have
 * been lost (live/recover.ts) — but when the server stopped again before the director joined, the second recovery's
 * note replaced the first, and the first (the one that lost drill time) stayed only in the audit log. The director
 * must be told of every recovery since a director last joined.
 *
 * A real server process on 127.0.0.1 (bounded: one drill at 10×, about 1.5 wall seconds of running clock, three kills):
 *  1. the clock runs at 10× and the server is killed: recovery 1 resumes paused, at most
 *     min(5 000, 1 000 × 10) + 100 × 10 = 6 000 simulated ms lost (no command was logged, so nothing recovers any of it);
 *  2. the server is killed again before anyone joins: recovery 2 finds the clock paused, nothing lost;
 *  3. the director joins: the welcome tells recovery 2 and, before it, recovery 1 with its 6 000 ms;
 *  4. killed once more after the director has seen both: the next welcome tells only the newest.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Client, type Room } from "@colyseus/sdk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { WelcomeMessage } from "../../protocol/messages.ts";
import { bundleServer, createDrill, freePort, killChildren, requestId, sleep, startServer, type ServerProcess } from "../../bench/live-server.ts";

const DIRECTOR_CODE = "CRASH-TWICE-DIRECTOR";

let dir: string;
let bundle: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "lianyan-crash-twice-"));
  bundle = await bundleServer();
});
afterAll(async () => {
  await killChildren();
  rmSync(dir, { recursive: true, force: true });
  rmSync(bundle, { force: true });
});

/** Join as the director and wait (≤ 5 s) for the welcome. */
async function directorWelcome(url: string, drillId: string, code: string): Promise<{ room: Room; welcome: WelcomeMessage }> {
  const room = await new Client(url).joinById(drillId, { code, name: "导调" });
  room.reconnection.enabled = false;
  const welcomes: WelcomeMessage[] = [];
  room.onMessage("welcome", (w: WelcomeMessage) => welcomes.push(w));
  room.onMessage("*", () => undefined);
  const t0 = Date.now();
  while (welcomes.length === 0 && Date.now() - t0 < 5_000) await sleep(20);
  return { room, welcome: welcomes[0]! };
}

describe("a second crash before the director joins", () => {
  it("keeps the first recovery's note: the director is told of both", async () => {
    const data = join(dir, "drills.sqlite");
    const port = await freePort();
    let server: ServerProcess = await startServer({ bundle, port, data, directorCode: DIRECTOR_CODE });
    try {
      const drill = await createDrill(server.url, DIRECTOR_CODE, { scenario: "chemical-leak", seed: 7, speed: 10, bots: [], blindness: "NONE" });
      const first = await directorWelcome(server.url, drill.id, drill.codes.director);
      first.room.send("clock", { id: requestId(), action: "resume" });
      await sleep(1_500);
      expect(await server.kill("SIGKILL")).toBe("SIGKILL");

      // recovery 1, then killed again with nobody joined
      server = await startServer({ bundle, port, data, directorCode: DIRECTOR_CODE });
      expect(await server.kill("SIGKILL")).toBe("SIGKILL");

      // recovery 2: the director joins now
      server = await startServer({ bundle, port, data, directorCode: DIRECTOR_CODE });
      const second = await directorWelcome(server.url, drill.id, drill.codes.director);
      expect(second.welcome.recovered).toMatchObject({ wasRunning: false, lostAtMostMs: 0 });
      expect(second.welcome.earlierRecoveries).toHaveLength(1);
      expect(second.welcome.earlierRecoveries![0]).toMatchObject({ wasRunning: true, speed: 10, lastCommandMs: -1, lostAtMostMs: 6_000 });
      // both resumed where the clock had stopped: recovery 2 where recovery 1 left it
      expect(second.welcome.recovered!.atMs).toBe(second.welcome.earlierRecoveries![0]!.atMs);
      await second.room.leave();
      expect(await server.kill("SIGKILL")).toBe("SIGKILL");

      // the director has read both: the next recovery is told alone
      server = await startServer({ bundle, port, data, directorCode: DIRECTOR_CODE });
      const third = await directorWelcome(server.url, drill.id, drill.codes.director);
      expect(third.welcome.recovered).toMatchObject({ wasRunning: false, lostAtMostMs: 0 });
      expect(third.welcome.earlierRecoveries).toBeUndefined();
      await third.room.leave();
    } finally {
      await server.kill("SIGKILL");
    }
  }, 60_000);
});
