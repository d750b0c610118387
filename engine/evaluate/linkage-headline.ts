/** The 联而不动 headline of the linkage section (domain.md §7.4): the shares the card and the section print. */
import type { LinkageHeadline, LinkageRow } from "./report-model.ts";

/**
 * The 联而不动 share over duties decided by `endMs`: their act deadline passed, or acted on in time before
 * it (met early in a drill stopped early: judged and credited, as the linkage section counts it, issue 10
 * §11; one neither acted on nor due is 未到期 and counted by nothing): 联而不动 counts the agencies told that
 * never took their required action (LINKAGE_IDLE, domain.md §5, §7.4); those that acted after the deadline
 * (响应迟缓, LINKAGE_SLOW) are counted apart, as the findings are.
 */
export function headline(rows: LinkageRow[]): LinkageHeadline {
  const notified = rows.filter((r) => r.notifiedAtMs !== undefined);
  const judged = notified.filter((r) => r.status === "prompt" || r.status === "late" || r.status === "idle");
  const inTime = judged.filter((r) => r.status === "prompt").length;
  const idle = judged.filter((r) => r.status === "idle").length;
  return {
    expected: rows.length,
    notified: notified.length,
    withActDeadline: judged.length,
    actedInTime: inTime,
    idle,
    late: judged.filter((r) => r.status === "late").length,
    idleShare: judged.length === 0 ? 0 : idle / judged.length,
    notNotified: rows.filter((r) => r.status === "notNotified").map((r) => r.agency),
  };
}
