/**
 * By when an agency should have been told of the incident: one deadline for the who-told-whom
 * table (linkage rows), the notice findings (LINKAGE_NOTIFIED_LATE, LINKAGE_NOT_NOTIFIED) and the
 * timeline's marks on the notice (review6 B8: the table gave the mine bureau's notice as due 01:00
 * while the finding on the mine's report to it gave 01:15).
 *
 * When the agency's notifier owes it an initial report under a reporting rule, that report is the
 * notice (493号令 第九条, 危化条例 第七十一条, 2023 矿山办法: the unit head reports to these
 * authorities), and its deadline, counted as that rule counts it (from the notifier's receipt), is
 * the notice's; otherwise the linkage rule's notice deadline (`notifiedWithinMin`), run from when the
 * notifier could give it (notifierDue). Undefined when neither times the notice, or when the notifier never
 * knew of the work that makes it due.
 */
import { resolveAgencies } from "../rules/agencies.ts";
import { knewAt, notifierOf } from "./blame.ts";
import type { EvalContext, ObligationTrace } from "./context.ts";
import { workKnownAt } from "./work-known.ts";

/** The initial report `from` owes `to` that opened first (follow-ups are no notice), if any. */
export function noticeReport(x: EvalContext, from: string, to: string): ObligationTrace | undefined {
  const initial = new Set(x.c.rules.reporting.map((r) => r.id));
  return x.obligations.find((o) => o.ob.kind === "report" && o.ob.agency === from && o.ob.to === to && initial.has(o.ob.ruleId));
}

/** The initial report `agency`'s notifier owes it, when that report is the notice (see the module note), else undefined. */
export function reportAsNotice(x: EvalContext, agency: string): ObligationTrace | undefined {
  const notifier = notifierOf(x, agency);
  return notifier !== null ? noticeReport(x, notifier, agency) : undefined;
}

/**
 * `agency`'s notice deadline (ms): the initial report its notifier owes it, else `notify` (the
 * linkage rule's "notified" obligation, as linkage.ts traces it).
 */
export function noticeDue(x: EvalContext, agency: string, notify: ObligationTrace | undefined, depth = 0): number | undefined {
  const report = reportAsNotice(x, agency);
  if (!report) return notify ? notifierDue(x, agency, notify, depth) : undefined;
  // the report's deadline as the reporting findings judge it (own-window.ts): a notifier that could know only after
  // the report's clock started has the rule's whole span from then (the school finding its fire at 00:01:30)
  const told = knewAt(x, report.ob.agency);
  const span = report.ob.deadlineMs - report.ob.openedAtMs;
  return told !== undefined && told > report.ob.openedAtMs ? Math.max(report.ob.deadlineMs, told + span) : report.ob.deadlineMs;
}

/**
 * A linkage notice's deadline as its notifier owes it (review9 school 5, 6; review11 mine 1, chemical 5): the notice is
 * given 接报后, so it runs from when the notifier knew what makes it due, never before.
 *   - The incident: a notifier told in time itself (toldInTime) before the rule's deadline keeps the rule's clock from
 *     the event (review9 school 6: only a late notice moves a clock); one told late has the notice's minutes from its
 *     own receipt (review11 chemical 5: the bureau told at 00:40 through the enterprise's late report owes the met
 *     bureau its 30 min by 01:10; the enterprise answers for the delay) — from when the unit knew when its own organ
 *     told it late (the incident unit is one 生产经营单位, 应急条例 第十七条: the mine whose dispatch room heard the
 *     signs at 00:02 owes the rescue team its call by 00:02 + 10, however late the room told the head; review r15
 *     mine 3, replacing review8 mine 4's 00:07 + 10).
 *   - The duty's work (`workWhen`, work-known.ts): the notice's minutes from when the notifier learnt of it (review11
 *     mine 1: the bureau that learns of 6 missing at 01:20 owes the township its notice by 01:30). The incident unit sees
 *     the work on its own premises as it arises.
 * Undefined when the notifier was told of the incident but never of that work (the bureau told "下落不明 0" by the mine's
 * 瞒报 never owed the township a notice about trapped miners): nobody's deadline, no finding on the notifier. This is
 * the deadline own-window.ts noticeRoots judges, so the table, the finding and the timeline print the one that is judged.
 */
function notifierDue(x: EvalContext, agency: string, notify: ObligationTrace, depth: number): number | undefined {
  const notifier = notifierOf(x, agency);
  if (notifier === null || depth > x.c.agencies.size) return notify.ob.deadlineMs;
  const { deadlineMs, openedAtMs } = notify.ob;
  const runFrom = (t: number | undefined) => (t !== undefined && t > openedAtMs ? Math.max(deadlineMs, t + deadlineMs - openedAtMs) : deadlineMs);
  const work = workFrom(x, notifier, notify);
  if (work === undefined) return undefined;
  const told = knewAt(x, notifier);
  const up = notifierOf(x, notifier);
  // the incident unit knew when its organ did (the dispatch room hearing the signs): one organ telling another late
  // moves no clock of the unit's (review r15 mine 3: the call to the rescue team runs from the signs, 00:02 + 10)
  const incident = told !== undefined && told < deadlineMs && toldInTime(x, notifier, depth + 1) ? deadlineMs
    : runFrom(up !== null && sameUnit(x, notifier, up) ? unitKnew(x, notifier, up) : told);
  return Math.max(incident, runFrom(work));
}

/** When `notifier` learnt of the work notice `notify`'s duty needs (work-known.ts): 0 for a duty without `workWhen` or a notifier of the incident unit; undefined: never. */
function workFrom(x: EvalContext, notifier: string, notify: ObligationTrace): number | undefined {
  const rule = x.c.rules.linkage[x.c.scenario.kind].find((r) => r.id === notify.ob.ruleId);
  return rule && !sameUnit(x, notifier, notifier) ? workKnownAt(x, notifier, rule) : 0;
}

/** When the incident unit first knew: the earlier of `notifier`'s receipt and its organ `up`'s (undefined: neither told). */
function unitKnew(x: EvalContext, notifier: string, up: string): number | undefined {
  const times = [knewAt(x, notifier), knewAt(x, up)].filter((t): t is number => t !== undefined);
  return times.length > 0 ? Math.min(...times) : undefined;
}

/**
 * When `notifier`'s window to give a notice starts: when the incident unit knew, for a notifier of that unit told by its
 * own organ (review r15 mine 3), else when it was told or should have been (clockFrom). Undefined: never told.
 */
export function notifierClock(x: EvalContext, notifier: string): number | undefined {
  const up = notifierOf(x, notifier);
  return up !== null && sameUnit(x, notifier, up) ? unitKnew(x, notifier, up) : clockFrom(x, notifier);
}

/**
 * The incident unit's organ that knew before `notifier` (its dispatch room hearing the signs), when `notifier` is of
 * the incident unit and was told later by it: the notice's clock runs from the organ's receipt (notifierDue).
 */
export function organKnew(x: EvalContext, notifier: string): { organ: string; atMs: number } | undefined {
  const up = notifierOf(x, notifier);
  const at = up !== null && sameUnit(x, notifier, up) ? knewAt(x, up) : undefined;
  const own = knewAt(x, notifier);
  return at !== undefined && up !== null && (own === undefined || at < own) ? { organ: up, atMs: at } : undefined;
}

/** Whether agencies `a` and `b` are both the incident unit (the incident agency or one of its organs, which report to it). */
function sameUnit(x: EvalContext, a: string, b: string): boolean {
  const unit = x.c.scenario.incidentAgency;
  const inUnit = (id: string) => id === unit || x.c.agencies.get(id)?.reportsTo === unit;
  return inUnit(a) && inUnit(b);
}

/** The notice the first linkage rule listing `agency` times (its "notified" obligation), as linkage.ts judges it; undefined when none does. */
export function firstNotice(x: EvalContext, agency: string): ObligationTrace | undefined {
  const rule = x.c.rules.linkage[x.c.scenario.kind].find((r) => resolveAgencies(x.c, r.agency).includes(agency));
  return rule ? x.obligations.find((o) => o.ob.kind === "notified" && o.ob.agency === agency && o.ob.ruleId === rule.id) : undefined;
}

/**
 * Whether `agency` was told of the incident by its notice's deadline (noticeDue): then nobody failed to tell it,
 * and a duty whose clock ran from the event (CTY-02, `clockStartsAt: occurrence`) runs from the event for it too
 * (review9 school 6: the bureau told within the fire brigade's 10 min still owes its oral report by 00:30). False
 * when it was never told, told late, or no rule times its notice.
 */
export function toldInTime(x: EvalContext, agency: string, depth = 0): boolean {
  const told = knewAt(x, agency);
  const t = firstNotice(x, agency);
  if (told === undefined || !t || depth > x.c.agencies.size) return false;
  const due = noticeDue(x, agency, t, depth + 1);
  return due !== undefined && told <= due;
}

/**
 * When `agency`'s own clocks start (ms; undefined: never told): when it was told of the incident, or when it should
 * have been told if that was earlier (issue 10 §5: a duty is counted from when the holder should have been told, never
 * from its own late notice; review8 mine 4). "Should have been told": the deadline of the notice the first linkage rule
 * listing it times (`notifiedWithinMin`), as its notifier owed it (notifierDue: from the notifier's receipt when it was
 * told late, and its knowledge of the duty's work). An agency no rule times a notice to, whose notifier was never told,
 * or whose notifier never knew of the duty's work, starts when it was told.
 */
export function clockFrom(x: EvalContext, agency: string, depth = 0): number | undefined {
  const told = knewAt(x, agency);
  if (told === undefined || depth > x.c.agencies.size) return told;
  const t = firstNotice(x, agency);
  const notifier = notifierOf(x, agency);
  if (!t || notifier === null) return told;
  if (knewAt(x, notifier) === undefined) return told;
  // the notice's deadline as its notifier owed it (notifierDue); a notifier that never knew of the duty's work owed none
  const should = notifierDue(x, agency, t, depth + 1);
  return should === undefined ? told : Math.min(told, should);
}

/** The notice's "missed" mark (event index), when it came after the notice's deadline `due`: an earlier one is no evidence (timeline-marks.ts leaves it out). */
export function missedAfter(x: EvalContext, notify: ObligationTrace, due: number | undefined): number[] {
  return notify.missed !== undefined && (due === undefined || x.events[notify.missed]!.at > due) ? [notify.missed] : [];
}

/**
 * Who really told `agency` (issue 10 §3; review8 chemical 10, school 15), when that was not its notifier: "（经X告知）"
 * — an agency by name, an inject by its source ("江湾村村民（110报警）"), else "情景注入". Empty when the notifier told it.
 */
export function tellerText(x: EvalContext, told: { from: string; event: number } | undefined, notifier: string | null): { zh: string; en: string } {
  if (!told || told.from === notifier) return { zh: "", en: "" };
  const e = x.events[told.event];
  const src = told.from === "scenario" ? (e?.type === "injectDelivered" ? x.c.injects.get(e.inject)?.source : undefined) ?? { zh: "情景注入", en: "a scenario inject" } : x.agencyName(told.from);
  return { zh: `（经${src.zh}告知）`, en: ` (told by ${src.en})` };
}
