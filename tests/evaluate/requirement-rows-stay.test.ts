/**
 * Round 22 wave 2: on the director's board a requirement row (力量需求) vanished for a while on the good school play
 * around T+15 — rows were listed only while their window had opened (start ≤ now), and the start can move later than
 * now (a notice rule's obligation opens on the first injury and the start becomes that notice's due time; a notifier
 * told late moves its notice's due). A row once shown stays, marked 暂定 / not yet due until its start comes.
 *
 * The good school play, seed 7, watched minute by minute for its first two hours as the board reads it (every agency's
 * seatRequirements, server/live/views.ts): no row listed at minute m is missing at m + 1.
 */
import { describe, expect, it } from "vitest";
import type { DrillEvent } from "../../engine/model/events.ts";
import { seatRequirements } from "../../engine/evaluate/seat-requirements.ts";
import { run } from "../../engine/replay.ts";
import { compiled, playOf, SCENARIOS } from "../helpers.ts";

const MINUTE = 60_000;

describe("the board's requirement rows, minute by minute (school fire, good play)", () => {
  it("a row once listed is listed every minute after", () => {
    const c = compiled("school-fire");
    const events: DrillEvent[] = [];
    const listed: Array<{ m: number; ids: Set<string>; early: string[] }> = [];
    run(c, 7, playOf(c, `${SCENARIOS}/plays/school-fire.good.yaml`), {
      untilMs: 120 * MINUTE,
      onTick: ({ state, events: evs }) => {
        events.push(...evs);
        if (state.tMs % MINUTE !== 0) return;
        const rows = c.scenario.agencies.flatMap((a) => seatRequirements(c, state, events, a.id));
        // a row listed before its start is not yet judged: open or already met, never missed (the board: 未到期)
        const early = rows.filter((r) => r.openedAtMs > state.tMs && r.status === "missed").map((r) => r.id);
        listed.push({ m: state.tMs / MINUTE, ids: new Set(rows.map((r) => r.id)), early });
      },
    });
    expect(listed.length).toBeGreaterThan(100);
    const vanished: string[] = [];
    for (let i = 1; i < listed.length; i++) {
      for (const id of listed[i - 1]!.ids) if (!listed[i]!.ids.has(id)) vanished.push(`${id} at minute ${listed[i]!.m}`);
    }
    expect(vanished).toEqual([]);
    expect(listed.flatMap((l) => l.early)).toEqual([]);
  });
});
