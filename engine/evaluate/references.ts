/**
 * The two reference outcomes a drill's harm is graded against (issue 10 §9): what the scenario's
 * hazard does with no response (an empty command log) and with the scenario's best play, for the
 * same scenario and seed, at the same drill time. Both come from the engine's own replay; the
 * shells load the best play (the engine does no I/O). Runs are memoised per scenario hash + seed +
 * play (at most MEMO_MAX at once), so a report, its live refreshes and a test file replay each
 * reference once, and only as far as the drill has gone. A rerun that differs from a remembered one
 * only from some time on (a cause rerun: the play with one order moved or dropped) starts from the
 * remembered run's last state before that time (its checkpoints, one every CHECKPOINT_MS), not from
 * the start: step() is pure and states are never mutated (tx.ts), so the states are the same ones.
 * A shell may lend a store of finished runs (run-store.ts shareFinishedRuns: the test suite's run folder, shared by its workers): a run
 * it holds is not replayed again; the engine itself does no I/O, the store only hands back what the same replay gives.
 */
import type { Compiled } from "../compile.ts";
import type { Command } from "../model/commands.ts";
import { canonicalJson, sha256Hex } from "../model/hash.ts";
import type { Casualties, DrillState } from "../model/state.ts";
import type { SimMs } from "../model/time.ts";
import { init } from "../init.ts";
import { step } from "../step.ts";
import { run, type RunResult } from "../replay.ts";
import { lentStore } from "./run-store.ts";

/** The best play a scenario names (`bestPlay:`), as the shell loaded it. */
export interface BestPlay {
  /** what the scenario calls it: a play id in scenarios/plays/ or a path */
  ref: string;
  /** the play's own title, which the report cites (a file name is not a basis a reader can look up) */
  title?: string;
  commands: readonly Command[];
}

/** Whole people: the figures the harm is graded on. */
export interface HarmFigures {
  deaths: number;
  seriousInjuries: number;
  injured: number;
  /** still cut off (trapped) at that time */
  trapped: number;
}

/**
 * A reference run in progress: its state so far and its figures at each change ([state tMs,
 * figures], in time order). It is stepped only as far as a drill asks, so a live drill's findings
 * replay the references a little at a time, never the whole drill at once.
 */
interface Reference {
  state: DrillState;
  commands: readonly Command[];
  /** each command's canonical text, in `commands`' order (for the common start of two logs) */
  texts: readonly string[];
  /** the memo's scenario + seed key: only runs of the same scenario and seed share states */
  base: string;
  next: number;
  /** the drill time of the last tick stepped: commands at or before it are applied (commands[0..next)) */
  lastT: SimMs;
  series: Array<{ tMs: SimMs; f: HarmFigures }>;
  /** states passed on the way, one per CHECKPOINT_MS of drill time, in time order (shape: Checkpoint) */
  checkpoints: Checkpoint[];
  /** its memo key, and whether its finished run went to the lent store (shareFinishedRuns) */
  key?: string;
  stored?: boolean;
}

/** A state a run reached, with how far into its log it had got and how many harm changes it had seen. */
interface Checkpoint {
  state: DrillState;
  next: number;
  lastT: SimMs;
  seriesLength: number;
}

/** drill time between two kept states of a run, ms: a rerun steps at most this far again from the nearest */
const CHECKPOINT_MS = 5 * 60_000;

// an evaluation of a poor play reruns some thirty logs (the chemical leak's: 31 by the score, the best play and no response):
// fewer kept than that and evaluating the same play again (the next report of it, the next test) missed every one
const MEMO_MAX = 48;
const memo = new Map<string, Reference>();
const scenarioHashes = new WeakMap<Compiled, string>();
const rulesHashes = new WeakMap<object, string>();

export function harmOf(c: Casualties & { trapped: number }): HarmFigures {
  return { deaths: c.deaths, seriousInjuries: c.seriousInjuries, injured: c.injured, trapped: c.trapped };
}

/**
 * The memo's key for a compiled scenario: its rules profile's hash (hashed once per profile object:
 * a Monte-Carlo run compiles every seed's draw afresh with the same rules) and the scenario's hash.
 */
function scenarioHash(c: Compiled): string {
  let h = scenarioHashes.get(c);
  if (h === undefined) {
    let r = rulesHashes.get(c.rules);
    if (r === undefined) {
      r = sha256Hex(canonicalJson(c.rules));
      rulesHashes.set(c.rules, r);
    }
    h = `${sha256Hex(canonicalJson(c.scenario))}|${r}`;
    scenarioHashes.set(c, h);
  }
  return h;
}

/** The order a run applies a log's commands in (replay.run): by time, then by seq. */
const inOrder = (commands: readonly Command[]) => [...commands].sort((a, b) => a.at - b.at || a.seq - b.seq);

// the commands' canonical text itself, not its hash: hashing it cost more than the text (a few kB) as a key; in the order
// they run, so one correction built in two orders (cause-reruns.ts, protect-rerun.ts) is replayed once
const baseOf = (c: Compiled, seed: number) => `${scenarioHash(c)}|${seed}`;
const keyFor = (base: string, texts: readonly string[]) => `${base}|[${texts.join(",")}]`;

function remember(key: string, ref: Reference): void {
  // a bounded memo: a long-running server or Monte-Carlo run sees many seeds; the least recently used goes
  if (memo.size >= MEMO_MAX) memo.delete(memo.keys().next().value!);
  memo.set(key, ref);
}

function fresh(c: Compiled, seed: number, commands: readonly Command[]): Reference {
  const state = init(c, seed);
  const sorted = inOrder(commands);
  const at0: Checkpoint = { state, next: 0, lastT: -Infinity, seriesLength: 1 };
  return { state, commands: sorted, texts: sorted.map(canonicalJson), base: baseOf(c, seed), next: 0, lastT: -Infinity, series: [{ tMs: state.tMs, f: harmOf(state.casualties) }], checkpoints: [at0] };
}

/**
 * The latest checkpoint of `from` that a run of `to`'s log passes too: every command applied by then (from's
 * commands[0..next)) is the same in both logs, in the same order, and `to` has no other command due by then. Its
 * state is then the state `to`'s own replay reaches at that tick (step is pure). `from`'s checkpoints run only as far
 * as it was stepped; undefined when none after the start is shared.
 */
function sharedCheckpoint(from: Reference, to: Reference): Checkpoint | undefined {
  let same = 0;
  while (same < from.texts.length && same < to.texts.length && from.texts[same] === to.texts[same]) same++;
  for (let i = from.checkpoints.length - 1; i > 0; i--) {
    const cp = from.checkpoints[i]!;
    if (cp.next <= same && (cp.next >= to.commands.length || to.commands[cp.next]!.at > cp.lastT)) return cp;
  }
  return undefined;
}

/** Start a new reference from the furthest state a remembered run of the same scenario and seed shares with it. */
function startFromShared(ref: Reference): void {
  let best: { from: Reference; cp: Checkpoint } | undefined;
  for (const from of memo.values()) {
    if (from.base !== ref.base) continue;
    const cp = sharedCheckpoint(from, ref);
    if (cp && (!best || cp.state.tMs > best.cp.state.tMs)) best = { from, cp };
  }
  if (!best) return;
  const { from, cp } = best;
  ref.state = cp.state;
  ref.next = cp.next;
  ref.lastT = cp.lastT;
  ref.series = from.series.slice(0, cp.seriesLength);
  ref.checkpoints = from.checkpoints.filter((k) => k.state.tMs <= cp.state.tMs);
}

function reference(c: Compiled, seed: number, commands: readonly Command[]): Reference {
  const ref = fresh(c, seed, commands);
  const key = keyFor(ref.base, ref.texts);
  const hit = memo.get(key);
  if (hit) {
    // most recently used last: an evaluation's thirty-odd reruns, asked for again by the next report of the same play, stay
    memo.delete(key);
    memo.set(key, hit);
    return hit;
  }
  ref.key = key;
  const kept = lentStore()?.get(key);
  if (kept) {
    // the whole run, as its replay ends: an earlier moment asked of it is replayed from the start (referenceStateAt)
    Object.assign(ref, { state: kept.state, next: kept.next, lastT: kept.lastT, series: kept.series, stored: true });
    ref.checkpoints.push({ state: kept.state, next: kept.next, lastT: kept.lastT, seriesLength: kept.series.length });
  } else startFromShared(ref);
  remember(key, ref);
  return ref;
}

/** Put a run that reached the drill's end in the lent store, once. */
function keep(ref: Reference): void {
  const store = lentStore();
  if (!store || ref.stored || !ref.state.ended || ref.key === undefined) return;
  ref.stored = true;
  store.put(ref.key, { state: ref.state, series: ref.series, next: ref.next, lastT: ref.lastT });
}

/** Keep the state just reached as a checkpoint when CHECKPOINT_MS of drill time passed since the last one. */
function checkpoint(ref: Reference): void {
  const last = ref.checkpoints[ref.checkpoints.length - 1]!;
  if (ref.state.tMs - last.state.tMs >= CHECKPOINT_MS || ref.state.ended) ref.checkpoints.push({ state: ref.state, next: ref.next, lastT: ref.lastT, seriesLength: ref.series.length });
}

/** Note a state the reference reached (after a step): its figures, when they changed. */
function record(ref: Reference, state: DrillState): void {
  // every tick of a replay passes here: nothing is allocated unless the figures changed
  const f = state.casualties;
  const last = ref.series[ref.series.length - 1]!.f;
  if (f.deaths !== last.deaths || f.seriousInjuries !== last.seriousInjuries || f.injured !== last.injured || f.trapped !== last.trapped) ref.series.push({ tMs: state.tMs, f: harmOf(f) });
}

/** Step a reference until its state reaches `tMs` (or the drill ends), as replay.run folds a log. */
function advance(c: Compiled, ref: Reference, tMs: SimMs): void {
  while (!ref.state.ended && ref.state.tMs < tMs) {
    const due: Command[] = [];
    while (ref.next < ref.commands.length && ref.commands[ref.next]!.at <= ref.state.tMs) due.push(ref.commands[ref.next++]!);
    ref.lastT = ref.state.tMs;
    ref.state = step(c, ref.state, due).state;
    record(ref, ref.state);
    checkpoint(ref);
  }
  keep(ref);
}

/**
 * Keep a whole run a shell makes anyway as the reference for its own log, so that evaluating the
 * best play itself (a Monte-Carlo of the good play, a test of it) does not replay it a second
 * time: pass `onTick` to replay.run and `done` its final state. Only a run that reached the
 * drill's end is kept. Shape: { onTick(r), done(state) }.
 */
export function referenceRecorder(c: Compiled, seed: number, commands: readonly Command[]): { onTick: (r: { state: DrillState }) => void; done: (state: DrillState) => void } {
  const ref = fresh(c, seed, commands);
  return {
    // replay.run applies, at the tick from state tMs t, the commands at or before t: followed here for the checkpoints
    onTick: ({ state }) => {
      const t = ref.state.tMs;
      while (ref.next < ref.commands.length && ref.commands[ref.next]!.at <= t) ref.next++;
      ref.lastT = t;
      ref.state = state;
      record(ref, state);
      checkpoint(ref);
    },
    done: (state) => {
      if (!state.ended) return;
      const key = keyFor(ref.base, ref.texts);
      const whole = { ...ref, state, next: ref.commands.length, key };
      remember(key, whole);
      keep(whole);
    },
  };
}

/**
 * The figures a play (`commands`) reaches by the state time `tMs` (DrillState.tMs: the drill's
 * state after its last tick), with this scenario and seed.
 */
export function referenceAt(c: Compiled, seed: number, commands: readonly Command[], tMs: SimMs): HarmFigures {
  const ref = reference(c, seed, commands);
  advance(c, ref, tMs);
  let at = ref.series[0]!.f;
  for (const p of ref.series) {
    if (p.tMs > tMs) break;
    at = p.f;
  }
  return at;
}

/**
 * The state a play (`commands`) has reached by the state time `tMs` (its first tick at or after `tMs`, or its end).
 * When the memoised reference already went further (a whole run kept for the same log, then a drill stopped earlier
 * evaluated with it), the play is replayed afresh to `tMs`, outside the memo: an earlier moment is never measured
 * on a later state.
 */
export function referenceStateAt(c: Compiled, seed: number, commands: readonly Command[], tMs: SimMs): DrillState {
  const ref = reference(c, seed, commands);
  if (ref.state.tMs > tMs) {
    // from its own last checkpoint at or before tMs (the start at least): the same states as from the start
    const earlier = fresh(c, seed, commands);
    let i = ref.checkpoints.length - 1;
    while (i > 0 && ref.checkpoints[i]!.state.tMs > tMs) i--;
    const cp = ref.checkpoints[i]!;
    Object.assign(earlier, { state: cp.state, next: cp.next, lastT: cp.lastT, series: ref.series.slice(0, cp.seriesLength), checkpoints: [cp] });
    advance(c, earlier, tMs);
    // the states passed on the way, and the one reached, join the run's own checkpoints (the same run: its series and
    // log positions hold for both), so asking again for this moment, or a later one, steps from here — an evaluation of a
    // drill ended early asks for the best play's and no response's states several times, and a whole run kept (a lent
    // store's, a shell's own) has no checkpoint but its start and end
    const reached = { state: earlier.state, next: earlier.next, lastT: earlier.lastT, seriesLength: earlier.series.length };
    const known = new Set(ref.checkpoints.map((k) => k.state.tMs));
    for (const k of [...earlier.checkpoints.slice(1), reached]) {
      if (known.has(k.state.tMs)) continue;
      known.add(k.state.tMs);
      ref.checkpoints.push(k);
    }
    ref.checkpoints.sort((a, b) => a.state.tMs - b.state.tMs);
    return earlier.state;
  }
  advance(c, ref, tMs);
  return ref.state;
}

/**
 * replay.run of a whole drill. With a best play (`best`: the drill is to be evaluated against it) the run is kept as its
 * log's reference (referenceRecorder): the cause reruns measure the play itself before its corrections (cause-reruns.ts,
 * protect-rerun.ts), and a best play's own drill is graded against itself, so neither replays the drill again.
 */
export function runKeepingReference(c: Compiled, seed: number, commands: readonly Command[], best: BestPlay | undefined): RunResult {
  const own = best !== undefined ? referenceRecorder(c, seed, commands) : undefined;
  const r = run(c, seed, commands, own ? { onTick: own.onTick } : {});
  own?.done(r.state);
  return r;
}
