/**
 * Round 22 item 3: on the director's board the school fire's 120 need (救护车15分钟内到操场检伤分类) read 10:25 at
 * T+00:10 and 10:30 later, with nothing said. Its deadline is requirementStart + 15 min, as the report computes it
 * (engine/evaluate/requirement-owner.ts): from when 120 should have been told — LNK-SCH-EMS, 5 min after the school
 * learns of the first injury — and, while no such notice is owed yet, from the incident or the owner's receipt. What a
 * director needs is not a number that can never move (it rests on facts still to come: whether and when someone is
 * hurt) but one that never moves unannounced: the board row says 暂定 and why while a fact not yet known can move it
 * (engine/evaluate/requirement-why.ts), then what it counts from; at the end it is the report's.
 *
 * Checked on the scripted plays, minute by minute: every time a requirement's deadline changed, the row had been
 * marked provisional the minute before; nothing is provisional once the drill ended; and the board's deadlines at the
 * end equal the report's (evaluate → dispatch.requirements). School poor play, hand values (start 10:10): the triage
 * need reads 10:25 (incident + 15) at T+5, provisional (notice to ems not yet due); the first injury known to the
 * school at 00:10 opens LNK-SCH-EMS due 00:15, so from T+15 it reads 00:15 + 15 = 00:30 → 10:40, counted from then.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { evaluate } from "../../engine/evaluate/evaluate.ts";
import type { DrillEvent } from "../../engine/model/events.ts";
import type { DrillState } from "../../engine/model/state.ts";
import { playCommands, run } from "../../engine/replay.ts";
import { parsePlay } from "../../engine/scenario/load.ts";
import { rubricFor } from "../../server/live/scenario.ts";
import { controlProjection } from "../../server/live/views.ts";
import type { ObligationRow } from "../../protocol/views.ts";
import { compiled } from "../helpers.ts";

const MIN = 60_000;

const seen = new Map<string, ReturnType<typeof boardsOnce>>();
/** The control board's requirement rows at each whole minute of the play, and at its end (each play run once). */
function boards(scenario: string, play: string): ReturnType<typeof boardsOnce> {
  const key = `${scenario}.${play}`;
  if (!seen.has(key)) seen.set(key, boardsOnce(scenario, play));
  return seen.get(key)!;
}

function boardsOnce(scenario: string, play: string): { c: ReturnType<typeof compiled>; minutes: Array<{ tMs: number; rows: ObligationRow[] }>; end: { state: DrillState; events: DrillEvent[] } } {
  const c = compiled(scenario);
  const p = parsePlay(readFileSync(`scenarios/plays/${scenario}.${play}.yaml`, "utf8"), "play.yaml");
  if (!p.ok) throw new Error("play does not parse");
  const events: DrillEvent[] = [];
  const minutes: Array<{ tMs: number; rows: ObligationRow[] }> = [];
  const req = (state: DrillState) => controlProjection(c, state, {}, events).obligations.filter((o) => o.id.startsWith("REQ:"));
  const end = run(c, 7, playCommands(p.value), {
    untilMs: 90 * MIN,
    onTick: ({ state, events: evs }) => {
      events.push(...evs);
      if (state.tMs % MIN === 0) minutes.push({ tMs: state.tMs, rows: req(state) });
    },
  });
  return { c, minutes, end };
}

describe("a requirement's deadline on the director's board", () => {
  it("school fire, poor play: 10:25 provisional while the notice to 120 is not due, then 10:40 counted from it", () => {
    const { minutes } = boards("school-fire", "poor");
    const at = (min: number) => minutes.find((m) => m.tMs === min * MIN)!.rows.find((r) => r.id === "REQ:req-ems-triage")!;
    expect(at(5).deadlineMs).toBe(15 * MIN);
    expect(at(5).why).toMatchObject({ from: "incident", pending: { what: "notice", agency: "ems", rule: "LNK-SCH-EMS" } });
    expect(at(15).deadlineMs).toBe(30 * MIN);
    expect(at(15).why).toMatchObject({ from: "notice", owner: "ems", notifier: "sch", startMs: 15 * MIN });
    expect(at(15).why!.pending).toBeUndefined();
  });

  for (const [scenario, play] of [["school-fire", "poor"], ["school-fire", "good"], ["chemical-leak", "poor"], ["mine-flood", "poor"]] as const) {
    it(`${scenario} ${play}: never moves unannounced, and at the end is the report's`, () => {
      const { c, minutes, end } = boards(scenario, play);
      const last = new Map<string, ObligationRow>();
      let moves = 0;
      for (const { tMs, rows } of minutes) {
        for (const r of rows) {
          const before = last.get(r.id);
          if (before && before.deadlineMs !== r.deadlineMs) {
            moves++;
            expect(before.why?.pending, `${r.id} moved at ${tMs / MIN} min from ${before.deadlineMs / MIN} to ${r.deadlineMs / MIN} unannounced`).toBeDefined();
          }
          last.set(r.id, r);
        }
      }
      if (scenario === "school-fire" && play === "poor") expect(moves).toBeGreaterThan(0); // the case the director saw
      // at the end: nothing provisional, and each deadline the report's
      const rows = controlProjection(c, end.state, {}, end.events).obligations.filter((o) => o.id.startsWith("REQ:"));
      if (end.state.ended) for (const r of rows) expect(r.why?.pending, r.id).toBeUndefined();
      const rubric = rubricFor(c);
      if (!rubric.ok) throw new Error("rubric");
      const report = evaluate(c, end.events, end.state, rubric.value).dispatch.requirements;
      for (const r of rows) expect(r.deadlineMs, r.id).toBe(report.find((q) => `REQ:${q.id}` === r.id)!.deadlineMs);
      expect(rows.length).toBeGreaterThan(0);
    });
  }
});
