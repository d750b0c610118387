/**
 * How often a live drill's clock position is written down, and what a recovery can promise about it (round 22 item
 * 5: after a SIGKILL mid-drill the clock came back ~11 simulated seconds earlier than it was; the room wrote it every
 * 2 wall seconds, i.e. 10 simulated seconds at 5×, 120 at 60×).
 *
 * The clock's anchor is (simulated ms, speed, running or paused): speed lives in the drill's settings and running in
 * its status, both stored the moment they change; the position is written (store.setClock) whenever the anchor
 * changes (pause, resume, speed, the end of a jump) and, while it runs, as soon as either bound below is reached.
 * Recovery resumes at the later of that position and the last logged command's time (a command is logged at the
 * clock's time of its acknowledgement, so the drill had reached it), never earlier.
 */
import type { RecoveryNote } from "../../protocol/messages.ts";

/** write the position at least this often while the clock runs (wall ms) */
export const KEEP_WALL_MS = 1_000;
/** …and at least every this many simulated ms, whatever the speed (at 60×: about 12 writes a wall second) */
export const KEEP_SIM_MS = 5_000;
/** the room steps the drill 10 times a wall second (drill-room setFixedTimestep): one step's worth may follow a write */
export const PUMP_WALL_MS = 100;

/** Is the position due to be written: `sinceWallMs` wall ms and `sinceSimMs` simulated ms after the last write. */
export function keepDue(sinceWallMs: number, sinceSimMs: number): boolean {
  return sinceWallMs >= KEEP_WALL_MS || sinceSimMs >= KEEP_SIM_MS;
}

/**
 * The most simulated time a running clock can have moved past its last written position before a crash, in ms: a
 * write is due once KEEP_SIM_MS or KEEP_WALL_MS × speed has passed, and the step that passes it may carry one more
 * pump's worth (PUMP_WALL_MS × speed). A paused clock writes its position as it stops: nothing.
 * E.g. at 5×: min(5 000, 1 000 × 5) + 100 × 5 = 5 500 ms; at 60×: min(5 000, 60 000) + 6 000 = 11 000 ms; at 1×: 1 100 ms.
 */
export function unkeptAtMostMs(running: boolean, speed: number): number {
  return running ? Math.min(KEEP_SIM_MS, KEEP_WALL_MS * speed) + PUMP_WALL_MS * speed : 0;
}

/**
 * Where a stored drill resumes and what may have been lost: `keptMs` its written position, `lastCommandMs` its last
 * logged command's time (-1: none), `running` and `speed` its anchor at the stop.
 * E.g. kept 600 000, last command 603 000, running at 5×: resumes at 603 000; lost at most 600 000 + 5 500 − 603 000 = 2 500.
 */
export function recoveryNote(keptMs: number, lastCommandMs: number, running: boolean, speed: number): RecoveryNote {
  const atMs = Math.max(keptMs, lastCommandMs);
  const lostAtMostMs = Math.max(0, keptMs + unkeptAtMostMs(running, speed) - atMs);
  return { atMs, keptMs, lastCommandMs, wasRunning: running, speed, lostAtMostMs };
}
