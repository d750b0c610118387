/**
 * The store of finished runs a shell may lend the evaluator's rerun memo (references.ts): a run missing from the memo is
 * taken whole from it when there, and every run that reaches the drill's end is put in it. Kept apart from references.ts
 * (type imports only) so the test suite's setup file that lends it (tests/support/shared-runs.ts) loads nothing of the engine.
 */
import type { DrillState } from "../model/state.ts";
import type { SimMs } from "../model/time.ts";

/** Whole people at a time: the figures the harm is graded on (references.ts HarmFigures). */
interface Figures {
  deaths: number;
  seriousInjuries: number;
  injured: number;
  trapped: number;
}

/** A run that reached the drill's end, as a store keeps it: its last state, its figures at each change, how far into its log. */
export interface FinishedRun {
  state: DrillState;
  series: Array<{ tMs: SimMs; f: Figures }>;
  next: number;
  lastT: SimMs;
}

/** Finished runs by memo key (scenario hash | rules hash | seed | the log's canonical commands): a test run's shared folder. */
export interface RunStore {
  get(key: string): FinishedRun | undefined;
  put(key: string, run: FinishedRun): void;
}

let store: RunStore | undefined;

/**
 * Lend the memo a store of finished runs (undefined: none, the default): a run missing from the memo is taken whole from it
 * when there, and every run that reaches the drill's end is put in it. The test suite lends its run folder
 * (tests/support/shared-runs.ts), so a play's reruns are replayed once per test run, not once per worker or file.
 */
export function shareFinishedRuns(s: RunStore | undefined): void {
  store = s;
}

/** The store lent now, if any. */
export function lentStore(): RunStore | undefined {
  return store;
}
