/**
 * `step()` never throws, whatever a client, a hand-edited log or a buggy bot sends: each command
 * that cannot apply is one `rejected` event with a code, and the drill runs on. The engine checks
 * commands with the play file's own schema (EngineCommand), so the CLI, the server and the
 * engine agree on what a command is.
 */
import seedrandom from "seedrandom";
import { describe, expect, it } from "vitest";
import { init } from "../../engine/init.ts";
import type { Command } from "../../engine/model/commands.ts";
import type { DrillEvent, EventOf } from "../../engine/model/events.ts";
import { REJECTION_CODES } from "../../engine/model/events.ts";
import type { DrillState } from "../../engine/model/state.ts";
import { fromPlay, run } from "../../engine/replay.ts";
import { PlayCommand } from "../../engine/scenario/play-schema.ts";
import { step } from "../../engine/step.ts";
import { cmd, compiled, ms, runPlay } from "../helpers.ts";

const c = compiled("chemical-leak");

/** Step once from `state` with raw (possibly malformed) commands; the test fails if step throws. */
function stepRaw(state: DrillState, raw: unknown[]): DrillEvent[] {
  return step(c, state, raw as Command[]).events;
}

const rejectedIn = (events: DrillEvent[]) => events.filter((e): e is EventOf<"rejected"> => e.type === "rejected");

describe("malformed commands are rejected, not thrown", () => {
  const s0 = init(c, 7);
  const cases: Array<[string, unknown, { code: string; field?: string }]> = [
    ["an unknown command type", { at: 0, by: "fire", seq: 1, type: "teleport", units: ["hz-e1"] }, { code: "badCommand", field: "type" }],
    ["an empty unit list", { at: 0, by: "fire", seq: 1, type: "dispatch", units: [], place: "plant", task: "rescue" }, { code: "badCommand", field: "units" }],
    ["a missing field", { at: 0, by: "fire", seq: 1, type: "dispatch", units: ["hz-e1"], task: "rescue" }, { code: "badCommand", field: "place" }],
    ["a field of the wrong type", { at: 0, by: "fire", seq: 1, type: "cordon", place: "plant", radiusM: "far" }, { code: "badCommand", field: "radiusM" }],
    ["a non-finite radius", { at: 0, by: "fire", seq: 1, type: "cordon", place: "plant", radiusM: Infinity }, { code: "badCommand", field: "radiusM" }],
    ["an unknown key", { at: 0, by: "fire", seq: 1, type: "recall", units: ["hz-e1"], force: true }, { code: "badCommand" }],
    ["a command without a role", { at: 0, seq: 1, type: "end" }, { code: "badCommand", field: "by" }],
    ["null", null, { code: "badCommand" }],
    ["a string", "dispatch everything", { code: "badCommand" }],
    ["a response level out of range", { at: 0, by: "eb", seq: 1, type: "activateResponse", level: 7 }, { code: "badCommand", field: "level" }],
  ];
  for (const [name, raw, want] of cases) {
    it(`${name} → rejected ${want.code}${want.field ? ` (${want.field})` : ""}`, () => {
      const events = stepRaw(s0, [raw]);
      const rejected = rejectedIn(events);
      expect(rejected).toHaveLength(1);
      expect(rejected[0]!.code).toBe(want.code);
      if (want.field) expect(rejected[0]!.params.field).toBe(want.field);
      // nothing else of the command happened, and the tick still ran (the drill started)
      expect(events.some((e) => e.type === "unitDispatched" || e.type === "cordonSet")).toBe(false);
      expect(events[0]!.type).toBe("drillStarted");
    });
  }

  it("a malformed command does not stop the valid ones beside it", () => {
    const events = stepRaw(s0, [null, { at: 0, by: "police", seq: 2, type: "cordon", place: "tank-v101", radiusM: 600 }]);
    expect(rejectedIn(events)).toHaveLength(1);
    expect(events.some((e) => e.type === "cordonSet" && e.seq === 2)).toBe(true);
  });

  it("500 random values in place of commands: no throw, one rejection each, in seq order", () => {
    const rnd = seedrandom("garbage");
    const atoms: unknown[] = [null, undefined, 0, -1, NaN, Infinity, "", "x", [], {}, true, "fire", "hz-e1", ["hz-e1", "hz-e1"], 1e308];
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
    const keys = ["at", "by", "seq", "type", "units", "place", "task", "to", "level", "radiusM", "groups", "inject", "content"];
    let state = s0;
    for (let i = 0; i < 500; i++) {
      const raw: Record<string, unknown> = { at: 0, by: "fire", seq: i, type: pick(["dispatch", "recall", "report", "cordon", "evacuate", "nope", 3]) };
      for (let k = 0; k < 4; k++) raw[pick(keys)] = pick(atoms);
      raw.seq = i;
      const events = stepRaw(state, [raw]);
      const outcome = events.filter((e) => "seq" in e && e.seq === i);
      // every command has an answer: applied (an event with its seq) or refused with a known code
      expect(outcome.length).toBeGreaterThan(0);
      for (const r of rejectedIn(events)) expect(REJECTION_CODES).toContain(r.code);
      state = step(c, state, []).state;
    }
  });
});

describe("commands the schema accepts but the drill cannot carry out", () => {
  it("a unit listed twice is refused as a whole: one order per unit", () => {
    const r = runPlay(c, [cmd("00:01:00", "fire", { type: "dispatch", units: ["hz-e1", "hz-e1"], place: "plant", task: "rescue" }, 1)], 7, ms("00:05:00"));
    expect(rejectedIn(r.events).map((e) => [e.code, e.params.unit])).toEqual([["duplicateUnit", "hz-e1"]]);
    expect(r.events.filter((e) => e.type === "unitDispatched")).toEqual([]);
  });

  it("a recall listing a unit twice is refused, the unit keeps working", () => {
    const r = runPlay(c, [
      cmd("00:01:00", "fire", { type: "dispatch", units: ["hz-e1"], place: "plant", task: "rescue" }, 1),
      cmd("00:02:00", "fire", { type: "recall", units: ["hz-e1", "hz-e1"] }, 2),
    ], 7, ms("00:05:00"));
    expect(rejectedIn(r.events).map((e) => e.code)).toEqual(["duplicateUnit"]);
    expect(r.events.some((e) => e.type === "unitRecalled")).toBe(false);
  });

  it("a recall with no road home (the roads closed behind the unit) is rejected as unreachable", () => {
    const out = run(c, 7, [cmd("00:01:00", "fire", { type: "dispatch", units: ["hz-e1"], place: "plant", task: "rescue" }, 1)], { untilMs: ms("00:30:00") });
    const unit = out.state.units.find((u) => u.id === "hz-e1")!;
    expect(unit.at).toBe("plant");
    const closed = { ...c, graph: { ...c.graph, edges: new Map() } };
    const r = step(closed, out.state, [cmd("00:30:01", "fire", { type: "recall", units: ["hz-e1"] }, 2)]);
    expect(rejectedIn(r.events).map((e) => [e.code, e.params.unit, e.params.to])).toEqual([["unreachable", "hz-e1", c.units.get("hz-e1")!.base]]);
    expect(r.state.units.find((u) => u.id === "hz-e1")!.status).toBe(unit.status);
  });
});

describe("one validator for the play file, the server and the engine", () => {
  it("a client's command checked with PlayCommand and stamped with at/by/seq is a valid engine command", () => {
    const fromClient = PlayCommand.parse({ at: "00:01:00", by: "fire", type: "dispatch", units: "hz-e1", place: "plant", task: "rescue" });
    const command = fromPlay(fromClient, 1);
    expect(command).toEqual({ at: 60_000, by: "fire", seq: 1, type: "dispatch", units: ["hz-e1"], place: "plant", task: "rescue" });
    const events = step(c, init(c, 7), [command]).events;
    expect(rejectedIn(events)).toEqual([]);
    expect(events.some((e) => e.type === "unitDispatched" && e.unit === "hz-e1")).toBe(true);
  });
});
