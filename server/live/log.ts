/**
 * The drill log as the play format and the live drill see it: the export as a play file, and
 * the fold to a clock position that recovery and past views use. Records become engine commands
 * through server/store/log-commands.ts (one conversion, shared with `drill verify`).
 */
import { stringify } from "yaml";
import type { Compiled } from "../../engine/compile.ts";
import { init } from "../../engine/init.ts";
import type { Command } from "../../engine/model/commands.ts";
import type { DrillEvent } from "../../engine/model/events.ts";
import type { DrillState } from "../../engine/model/state.ts";
import { formatClock, type SimMs } from "../../engine/model/time.ts";
import { step } from "../../engine/step.ts";
import { logCommands } from "../store/log-commands.ts";
import type { LogRecord } from "../store/store.ts";

/** Stored records → engine commands; throws on a record that is not a command (a hand-edited store). */
export function logToCommands(records: readonly LogRecord[]): Command[] {
  const r = logCommands(records);
  if (!r.ok) throw new Error(r.reason);
  return r.commands;
}

/** The log as a play file (YAML): `drill evaluate` / `drill whatif` run it like any scripted play. */
export function logToPlayYaml(scenarioId: string, seed: number, records: readonly LogRecord[], title?: string): string {
  const commands = records.map((r) => {
    const { at: _at, by: _by, ...rest } = r.command as Record<string, unknown>;
    return { at: formatClock(r.atMs), by: r.by, ...rest, note: `seq ${r.seq}, ${r.person}` };
  });
  return `# yaml-language-server: $schema=../play.schema.json\n${stringify({ scenario: scenarioId, seed, ...(title ? { title } : {}), commands }, { lineWidth: 0 })}`;
}

export interface Folded {
  state: DrillState;
  events: DrillEvent[];
  /** commands whose time has not come yet at `untilMs` (acknowledged, still to apply) */
  pending: Command[];
}

/**
 * Fold commands over step() until the clock reaches `untilMs` (the state then has tMs ≥ untilMs,
 * exactly untilMs when it is a whole number of ticks) or the drill ends. The same fold as
 * engine/replay.ts `run`, stopped at a clock position instead of the end.
 */
export function foldTo(c: Compiled, seed: number, commands: readonly Command[], untilMs: SimMs, from?: { state: DrillState; events: DrillEvent[] }): Folded {
  const sorted = [...commands].sort((a, b) => a.at - b.at || a.seq - b.seq);
  let state = from?.state ?? init(c, seed);
  const events = from ? [...from.events] : [];
  let next = 0;
  while (next < sorted.length && sorted[next]!.at < state.tMs) next++; // already applied in `from`
  while (!state.ended && state.tMs < untilMs) {
    const due: Command[] = [];
    while (next < sorted.length && sorted[next]!.at <= state.tMs) due.push(sorted[next++]!);
    const r = step(c, state, due);
    state = r.state;
    for (const e of r.events) events.push(e);
  }
  return { state, events, pending: sorted.slice(next) };
}
