/**
 * After a crash the drill comes back where its clock was, at the speed the director last set,
 * paused (README "Recovery"): the director's speed change over the socket reaches the store
 * with the clock position, and a fresh process reading that file restores both.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join as joinPath } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { recoverDrills } from "../../server/live/recover.ts";
import { openSqliteStore } from "../../server/store/sqlite.ts";
import { collect, createDrill, join, requestId, startServer, until } from "./harness.ts";

const dir = mkdtempSync(joinPath(tmpdir(), "lianyan-speed-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the clock's speed across a crash", () => {
  it("is stored when the director sets it and restored, paused, at the stored clock", async () => {
    const file = joinPath(dir, "drills.sqlite");
    const h = await startServer(undefined, file);
    const d = await createDrill(h, { scenario: "chemical-leak", seed: 7, speed: 1, paused: true });
    const director = await join(h, d.id, d.codes.director, "导调");
    const clock = collect<{ speed: number; paused: boolean }>(director, "clock");
    director.send("clock", { id: requestId(), action: "speed", value: 12 });
    director.send("clock", { id: requestId(), action: "jump", value: 5 });
    await until(() => clock.length === 2 && h.ctx.drills.get(d.id)!.state.tMs >= 5 * 60_000, 5000, "speed and jump");
    const live = h.ctx.drills.get(d.id)!;
    live.persistClock(true);
    const at = live.state.tMs;
    await director.leave();
    await h.close(); // the process is gone; only the file remains

    const store = openSqliteStore(file);
    try {
      const [back] = recoverDrills(store, () => {});
      expect(back!.id).toBe(d.id);
      expect(back!.state.tMs).toBe(at);
      expect(back!.clock.status()).toEqual({ speed: 12, paused: true });
    } finally {
      store.close();
    }
  });
});
