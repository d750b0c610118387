/**
 * Whether a report clock run from the occurrence was within its owner's reach (review12 mine 4; issue 10 §5:
 * a deadline runs from when the agency knew or should have known).
 *
 *   occurrenceOutOfReach(x, owner, t) → boolean: true when report obligation `t` (a county rule counted from the
 *   event, CTY-01 "事发后1小时内") fell due before `owner` could have reported at once (立即, 10 min 本县设定) after the
 *   latest moment someone failing no duty could have told it — its notice's deadline (notice-due.ts noticeDue: the
 *   mine's own 1 h under 493号令 第九条 for the county emergency bureau). Then the clock runs for `owner` from when it
 *   knew or should have known (own-window.ts), not from the event: the bureau first told at 01:10 of an inrush at 00:25,
 *   by a mine whose own hour ran to 01:25, owes the county duty office its report by 02:10, not 01:25.
 *   False when no rule times its notice (nothing to reach by), or when a notice on time left it the time to report at
 *   once (review9 school 6: the school fire's bureau, told within the brigade's 10 min, keeps CTY-02's 30 min from the fire).
 */
import type { EvalContext, ObligationTrace } from "./context.ts";
import { firstNotice, noticeDue } from "./notice-due.ts";

/** "立即" as the county counts it: 10 min (本县设定; county-default.yaml LNK-CHEM-EB, LNK-MINE-MRT). */
const AT_ONCE_MS = 10 * 60_000;

export function occurrenceOutOfReach(x: EvalContext, owner: string, t: ObligationTrace): boolean {
  if (t.ob.kind !== "report") return false;
  const notice = firstNotice(x, owner);
  const due = notice ? noticeDue(x, owner, notice) : undefined;
  return due !== undefined && due + AT_ONCE_MS > t.ob.deadlineMs;
}
