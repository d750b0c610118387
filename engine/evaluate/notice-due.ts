/**
 * By when an agency should have been told of the incident: one deadline for the who-told-whom
 * table (linkage rows), the notice findings (LINKAGE_NOTIFIED_LATE, LINKAGE_NOT_NOTIFIED) and the
 * timeline's marks on the notice (review6 B8: the table gave the mine bureau's notice as due 01:00
 * while the finding on the mine's report to it gave 01:15).
 *
 * When the agency's notifier owes it an initial report under a reporting rule, that report is the
 * notice (493号令 第九条, 危化条例 第七十一条, 2023 矿山办法: the unit head reports to these
 * authorities), and its deadline, counted as that rule counts it (from the notifier's receipt), is
 * the notice's; otherwise the linkage rule's notice deadline (`notifiedWithinMin`). Undefined when
 * neither times the notice.
 */
import { notifierOf } from "./blame.ts";
import type { EvalContext, ObligationTrace } from "./context.ts";

/** The initial report `from` owes `to` that opened first (follow-ups are no notice), if any. */
export function noticeReport(x: EvalContext, from: string, to: string): ObligationTrace | undefined {
  const initial = new Set(x.c.rules.reporting.map((r) => r.id));
  return x.obligations.find((o) => o.ob.kind === "report" && o.ob.agency === from && o.ob.to === to && initial.has(o.ob.ruleId));
}

/**
 * `agency`'s notice deadline (ms): the initial report its notifier owes it, else `notify` (the
 * linkage rule's "notified" obligation, as linkage.ts traces it).
 */
export function noticeDue(x: EvalContext, agency: string, notify: ObligationTrace | undefined): number | undefined {
  const notifier = notifierOf(x, agency);
  const report = notifier !== null ? noticeReport(x, notifier, agency) : undefined;
  return report?.ob.deadlineMs ?? notify?.ob.deadlineMs;
}

/** The notice's "missed" mark (event index), when it came after the notice's deadline `due`: an earlier one is no evidence (timeline-marks.ts leaves it out). */
export function missedAfter(x: EvalContext, notify: ObligationTrace, due: number | undefined): number[] {
  return notify.missed !== undefined && (due === undefined || x.events[notify.missed]!.at > due) ? [notify.missed] : [];
}
