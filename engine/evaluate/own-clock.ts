/**
 * One clock for a report duty (review20 school 2): a report made after the rule's deadline but within its owner's own
 * window, from when it could know (own-window.ts), is on time; the time lost before it knew is the late notifier's.
 */
import { ownWindow, type OwnWindow } from "./own-window.ts";
import type { EvalContext, ObligationTrace } from "./context.ts";
import type { ObligationRow } from "./report-model.ts";

/** Whether a report made after the rule's deadline was made within its owner's own window, from when it could know. */
export const onOwnTime = (w: OwnWindow): boolean => w.excused || (w.dark && w.told !== undefined);

/**
 * Whether report duty `t`, made late against the rule's deadline, was on time by its owner's own clock (own-window.ts):
 * then it has no finding of its own (evaluateReporting), and a lateness others caused is charged on its duty's row
 * (relay-lateness.ts). Not a re-graded rule's: that lateness is the lower grade's report's.
 */
export function madeOnOwnTime(x: EvalContext, t: ObligationTrace): boolean {
  if (t.met?.late !== true) return false;
  const w = ownWindow(x, t.ob.agency, t, t.met.atMs);
  // a re-graded rule's report made before its owner knew the grade is judged under the lower grade's report (grade-known.ts)
  return w.grade === undefined && onOwnTime(w);
}

/**
 * A row as its owner's own clock judges it: made by `dueMs` (its own window's end, own-window.ts), it is met,
 * with that deadline, so the headline's 按时完成 and the chart count it as the findings do. Undefined: unchanged.
 */
export function onOwnClock(row: ObligationRow, dueMs: number | undefined): ObligationRow {
  if (dueMs === undefined) return row;
  const { lateByMs: _late, ...rest } = row;
  return { ...rest, deadlineMs: dueMs, status: "met" };
}
