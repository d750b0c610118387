/**
 * One act, one fault (issue 10 §2; review12 mine 3). A duty met late (LINKAGE_SLOW) whose first act was a notice to
 * another agency that is itself judged late (LINKAGE_NOTIFIED_LATE on the same agency, key `dark:<recipient>`, dated
 * by the same message) against a deadline no later than the duty's own: the two findings date one message against the
 * same deadline, and the notice's lateness covers the duty's. The slow duty follows the notice finding (0, 随 it).
 * Mine flood poor play: the bureau, told at 01:10, first acts with its 01:50 message to the police and the 120
 * ("请做好准备"); the police's notice is late against 01:25 (F22, 25 min) and so is its duty (01:10 + 15 = 01:25, F23,
 * 25 min): F23 follows F22. A notice due later than the duty leaves the duty's earlier lateness its own (both stand).
 *
 * Returns the root key (`dark:<recipient>`) the slow finding follows, or undefined.
 */
import { tells } from "../rules/telling.ts";
import { deliveries } from "./notice-sent.ts";
import { noticeDue } from "./notice-due.ts";
import { requirementNotice } from "./requirement-notice.ts";
import type { EvalContext } from "./context.ts";
import type { Finding } from "./report-model.ts";

/** `slow`'s notice root among `findings` (see the header): its first act is event `cmd`, its deadline `dueMs`. */
export function slowNoticeRoot(x: EvalContext, slow: Finding, findings: readonly Finding[], cmd: number, dueMs: number): string | undefined {
  const e = x.events[cmd];
  if (!e || slow.agency === null) return undefined;
  for (const d of tells(x.c, e) ? deliveries(e) : []) {
    if (d.from !== slow.agency) continue;
    const late = findings.find((f) => f.code === "LINKAGE_NOTIFIED_LATE" && f.agency === slow.agency && f.key === `dark:${d.to}` && f.atMs === e.at);
    if (!late) continue;
    // the deadline the notice finding judges: its linkage rule's (who-told-whom table), else the requirement's that timed it
    const rule = late.opportunity?.split(":")[1];
    const t = x.obligations.find((o) => o.ob.kind === "notified" && o.ob.agency === d.to && o.ob.ruleId === rule);
    const due = t ? noticeDue(x, d.to, t) : requirementNotice(x, d.to, slow.agency)?.dueMs;
    if (due !== undefined && due <= dueMs) return `dark:${d.to}`;
  }
  return undefined;
}
