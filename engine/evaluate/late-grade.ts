/**
 * Lateness priced by how late (issue 10 §11; review16 school 1, review18 chemical A1, A2): one module for every
 * finding of the kind "done, but after its limit" — a late notice (通知迟延), a late start of a linkage duty (响应迟缓),
 * people protected late (群众防护迟延), a report from the public passed on late (接报移送迟延). Each is charged per
 * started window of the duty's own time limit (a started window counting whole), never more than the same duty not done
 * at all (未通知, 联而不动, 群众未防护, 接报未移送): so a duty done one minute late costs less than one done half an hour
 * late, which costs no more than never doing it. As 迟报 grows per started hour up to a 漏报 (reporting.ts lateHours;
 * 493号令 第三十五条 punishes both alike). The rubric row says so (「每超过该时限 1 个时限扣分…不超过未…」, 本县设定).
 * The bound against the never-done duty is the rubric's (credit.ts LATE_BOUND), since its points are the profile's.
 */
import { MINUTE } from "../model/time.ts";

/** The county's "立即" (10 min, 本县设定), the window of a duty no rule times. */
const IMMEDIATE_MS = 10 * MINUTE;

/**
 * Started windows of `windowMs` (ms, > 0; else 10 min, the county's "立即") in `lateMs` (ms, > 0). Returns ≥ 1.
 * lateSteps(10 min, 5 min) = 2; lateSteps(35 min, 5 min) = 7; lateSteps(1 min, 5 min) = 1.
 */
export function lateSteps(lateMs: number, windowMs: number | undefined): number {
  const w = windowMs !== undefined && windowMs > 0 ? windowMs : IMMEDIATE_MS;
  return Math.max(1, Math.ceil(lateMs / w));
}

/**
 * A late finding's quantity as a share of its never-done duty (the finding's points are the whole duty's): `perStep`
 * of it per started window, at most 1 (never more than not doing it). lateShare(1 min, 2 min, 0.5) = 0.5 (the 110
 * call passed on 1 min late: half); lateShare(27 min, 2 min, 0.5) = 1 (as never passed on).
 */
export function lateShare(lateMs: number, windowMs: number | undefined, perStep: number): number {
  return Math.min(1, perStep * lateSteps(lateMs, windowMs));
}

/**
 * The started windows a late word (a notice or a relay) alone made a duty late: its owner on time once told (issue 10
 * §1, §11; relay-lateness.ts takeCaused prices the two agencies' parts from it). `wouldMs`: the duty's deadline had the
 * owner been told in time; `doneMs`: when it was done; `ownDueMs`: its deadline from when the owner was actually told;
 * `ownSteps`: the windows the owner's own findings count (0: the owner was on time, all of it is the word's); `steps`:
 * ms late → windows (lateSteps, lateHours). Times in ms; returns ≥ 0.
 * The mine's call due 00:35 made at 00:50 (the team's act, 1-min window: due 00:36 had it been called in time, 00:51 as
 * called), the team out at 00:53 (its own 2): 15 windows.
 */
export function aloneSteps(wouldMs: number, doneMs: number, ownDueMs: number, ownSteps: number, steps: (lateMs: number) => number): number {
  if (doneMs <= wouldMs) return 0;
  if (ownSteps <= 0) return steps(doneMs - wouldMs);
  return ownDueMs > wouldMs ? steps(Math.min(doneMs, ownDueMs) - wouldMs) : 0;
}

/**
 * The windows a duty is late for each set of its late causes (issue 10 §1, §2; r30): players 0..links−1 the late words
 * (notices, relays) that made its owner learn late, player `links` the owner's own delay. `knowAt(mask)`: when the
 * owner would have known with only the words in `mask` late (0: every word on time; all: when it did know, `toldMs`);
 * `dueFrom(t)`: the duty's deadline had the owner known at t; `doneMs`: when it was done; `steps`: ms late → windows
 * (lateSteps, lateHours). Returns the windows by mask (length 2^(links+1)), counted from the deadline with every word on
 * time: the owner late keeps its own delay (done − its deadline from `toldMs`) whenever it would have known; the owner
 * on time is done by its deadline from then (never later than it was). Times in ms.
 * The mine's call due 00:35 made at 00:50 (team's act, 1-min window), the team out at 00:53: [0, 15, 2, 17] — the word
 * alone 15 (aloneSteps), the team alone 2, both 17.
 */
export function lateGame(links: number, knowAt: (mask: number) => number, dueFrom: (t: number) => number, doneMs: number, toldMs: number, steps: (lateMs: number) => number): number[] {
  const owner = 1 << links;
  const ref = dueFrom(knowAt(0));
  const own = doneMs - dueFrom(toldMs);
  return Array.from({ length: owner * 2 }, (_, mask) => {
    const due = dueFrom(knowAt(mask & (owner - 1)));
    const done = mask & owner && own > 0 ? due + own : Math.min(doneMs, due);
    return done > ref ? steps(done - ref) : 0;
  });
}

/** The late codes and the never-done code whose points bound them (all of a late code's findings on one opportunity together). */
export const LATE_BOUND = {
  LINKAGE_NOTIFIED_LATE: "LINKAGE_NOT_NOTIFIED",
  LINKAGE_SLOW: "LINKAGE_IDLE",
} as const;

/**
 * A late report's quantity: the hours it was late, a started hour counting whole (本县设定: the rubric's points per
 * hour, up to what the missing report would cost, 493号令 第三十五条 punishing 迟报 and 漏报 alike), so 1 h 20 min late
 * costs more than 18 min (review15 chemical 2). `lateMs` > 0; returns ≥ 1.
 */
export function lateHours(lateMs: number): number {
  return Math.max(1, Math.ceil(lateMs / 3_600_000));
}
