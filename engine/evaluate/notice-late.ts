/**
 * How much a late notice weighs (LINKAGE_NOTIFIED_LATE's quantity): one rubric charge per started notice window
 * (the rule's own minutes to notify, `notifiedWithinMin`; 10 min, the county's "立即", when no rule times the
 * notice), so a notice late by seven windows costs more than one late by two (review16 school 1: the 120 called
 * 10 min, 35 min and 1 h 44 min late each cost a flat 2 points, and a later call scored higher). As 迟报 grows
 * per started hour up to a 漏报 (reporting.ts lateHours; 493号令 第三十五条 punishing both alike), the charge
 * never exceeds the missing notice's (credit.ts: LINKAGE_NOT_NOTIFIED's points bound it). 本县设定.
 */
import { MINUTE } from "../model/time.ts";

/** The county's "立即" (10 min, 本县设定), the window of a notice no rule times. */
const IMMEDIATE_MS = 10 * MINUTE;

/**
 * A late notice's quantity: started windows of `windowMs` (ms, > 0; else 10 min) in `lateMs` (ms, > 0). Returns ≥ 1.
 * noticeWindows(10 min, 5 min) = 2; noticeWindows(35 min, 5 min) = 7; noticeWindows(1 min, 5 min) = 1.
 */
export function noticeWindows(lateMs: number, windowMs: number | undefined): number {
  const w = windowMs !== undefined && windowMs > 0 ? windowMs : IMMEDIATE_MS;
  return Math.max(1, Math.ceil(lateMs / w));
}
