/**
 * Director commands on a paused drill (newcomer report, blocker 1): ending, a scripted inject and
 * a free inject take effect at once, at the paused clock time, without resuming; and the time the
 * drill shows once ended is that time, so a deadline due then does not read as overdue.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { handle, type Session } from "../../server/live/console.ts";
import { LiveDrill } from "../../server/live/drill.ts";
import { deadlineBoard } from "../../server/live/tools.ts";
import { openSqliteStore } from "../../server/store/sqlite.ts";

const YAML = readFileSync("scenarios/chemical-leak.yaml", "utf8");
const MIN = 60_000;

function pausedAt(minutes: number) {
  let wall = 0;
  const store = openSqliteStore(":memory:");
  const { drill } = LiveDrill.create(store, { scenarioYaml: YAML, file: "chemical-leak.yaml", seed: 7, settings: { blindness: "NONE", speed: 1, bots: [] } }, { now: () => wall });
  drill.jump(minutes);
  drill.pause();
  const director: Session = { seat: { drillId: drill.id, kind: "director", seat: "director" }, name: "导调", sessionId: "s1" };
  return { store, drill, director, wallLater: () => (wall += 60_000) };
}

describe("director commands while paused", () => {
  it("the end command (as the console sends it) ends the drill at once, at the paused time", async () => {
    const { store, drill, director, wallLater } = pausedAt(60);
    const t = drill.state.tMs;
    expect(t).toBe(60 * MIN);
    const r = await handle(drill, store, director, "command", { id: "end-1", command: { type: "end" } });
    expect(r[0]!.type).toBe("ack");
    wallLater(); // a minute of wall time passes: a paused clock owes no ticks
    drill.advance(); // the room's next pump
    expect(drill.state.ended).toBe(true);
    expect(drill.record.status).toBe("ended");
    const end = drill.events.find((e) => e.type === "drillEnded");
    expect(end?.at).toBe(t);
    expect(drill.nowMs).toBe(t);
    // nothing due at the end reads as overdue by the one tick the engine ran
    for (const row of deadlineBoard(drill)) if (row.deadlineMs === t) expect(row.remainingMs).toBe(0);
  });

  it("a free inject reaches its seat while paused, and the clock stays paused", async () => {
    const { store, drill, director } = pausedAt(5);
    const t = drill.state.tMs;
    await handle(drill, store, director, "command", { id: "adhoc-1", command: { type: "adHocInject", to: ["fire"], text: "现场传来第二次爆炸声", channel: "phone" } });
    drill.advance();
    expect(drill.events.some((e) => e.at === t && JSON.stringify(e).includes("第二次爆炸声"))).toBe(true);
    expect(drill.clock.status().paused).toBe(true);
    expect(drill.state.tMs).toBe(t + drill.c.tickMs); // exactly the one tick that carried it
    drill.advance();
    expect(drill.state.tMs).toBe(t + drill.c.tickMs);
  });
});
