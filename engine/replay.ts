/**
 * Replay is a fold (design.md): feed a command log through step() tick by tick. The same
 * scenario, seed and log always give the same events and the same state hash.
 */
import type { Compiled } from "./compile.ts";
import { init } from "./init.ts";
import type { Command } from "./model/commands.ts";
import type { DrillEvent } from "./model/events.ts";
import { canonicalJson, sha256Hex } from "./model/hash.ts";
import type { DrillState } from "./model/state.ts";
import { cadence, parseClock, type SimMs } from "./model/time.ts";
import type { Play, PlayCommand } from "./scenario/play-schema.ts";
import { step } from "./step.ts";

/**
 * One play command (already checked with `PlayCommand`) → the engine's command: `at` in ms,
 * `seq` its position in the log, the play's `note` dropped. The live server does the same with
 * what a client sends (after setting `by` to the client's seat).
 */
export function fromPlay(pc: PlayCommand, seq: number): Command {
  const { at, note: _note, ...rest } = pc;
  return { ...rest, at: parseClock(at)!, seq } as Command;
}

/** Play file commands → engine commands: times in ms, sequence numbers in file order. */
export function playCommands(play: Play): Command[] {
  return play.commands.map((pc, i) => fromPlay(pc, i + 1));
}

export interface RunResult {
  state: DrillState;
  events: DrillEvent[];
}

/**
 * Run from the start until the drill ends, or until `untilMs`: the state returned is the state at
 * that time (the last tick that ends at or before it), never one tick later.
 */
export function run(c: Compiled, seed: number, commands: readonly Command[], options: { untilMs?: SimMs; onTick?: (r: RunResult) => void } = {}): RunResult {
  const sorted = [...commands].sort((a, b) => a.at - b.at || a.seq - b.seq);
  let state = init(c, seed);
  const events: DrillEvent[] = [];
  let next = 0;
  const until = options.untilMs ?? Infinity;
  while (!state.ended && state.tMs + c.tickMs <= until) {
    const due: Command[] = [];
    while (next < sorted.length && sorted[next]!.at <= state.tMs) due.push(sorted[next++]!);
    const r = step(c, state, due);
    state = r.state;
    for (const e of r.events) events.push(e);
    options.onTick?.({ state, events: r.events });
  }
  return { state, events };
}

/**
 * The drill time a run reached, ms: a drill still running, its clock (`state.tMs`); an ended one, the
 * start of the tick that ended it — the tick that applied the director's end, or the last that fits
 * the duration — which is when the report, the live console and the evaluator say it ended
 * (evaluate/context.ts endMs), not that tick's close one tick later.
 */
export function endInstantMs(c: Pick<Compiled, "tickMs">, state: Pick<DrillState, "tMs" | "ended">): SimMs {
  return state.ended ? state.tMs - c.tickMs : state.tMs;
}

/** SHA-256 of the canonical state, with the hazard model's own quantised view. */
export function stateHash(c: Compiled, state: DrillState): string {
  return sha256Hex(canonicalJson({ ...state, hazard: c.hazard.hashable(state.hazard) }));
}

export interface Checkpoint {
  tMs: SimMs;
  hash: string;
}

/**
 * State hashes at regular drill times (hazards.md §5.2 rule 7): written beside a log, they let a
 * replay prove it reproduces the drill, and locate the first tick where two runs part.
 */
export function checkpoints(c: Compiled, seed: number, commands: readonly Command[], everyMs: SimMs): Checkpoint[] {
  const out: Checkpoint[] = [];
  run(c, seed, commands, {
    onTick: ({ state }) => {
      // the first state at or after each multiple: a tick length that does not divide the period still checkpoints
      if (cadence(state.tMs, c.tickMs, everyMs) !== undefined || state.ended) out.push({ tMs: state.tMs, hash: stateHash(c, state) });
    },
  });
  return out;
}

/** The first checkpoint at which two lists differ (undefined when they agree). */
export function firstDivergence(a: readonly Checkpoint[], b: readonly Checkpoint[]): Checkpoint | undefined {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i]!.tMs !== b[i]!.tMs || a[i]!.hash !== b[i]!.hash) return a[i];
  return a.length === b.length ? undefined : a[n] ?? b[n];
}
