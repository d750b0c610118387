/**
 * The timeline's marks on duties (obligationOpened / obligationMet / obligationMissed) as the
 * evaluator judges them, so a mark never contradicts a finding (review6 B9, B15: a "✓ 按时" next to
 * a finding that the same duty was late). The engine's obligation events carry the rule's raw clock;
 * here each duty is re-timed by the same function its findings use:
 *
 *   arrive     turn-out.ts arrivalClock: the turn-out counted from the order or the call, then the
 *              arrival; the met mark judges the arrival alone, and a late turn-out is marked on
 *              the turn-out event (note turnOutLate) and named on an on-time arrival (review7 N12)
 *   notified   notice-due.ts noticeDue: the one notice deadline of the who-told-whom table
 *   report     own-window.ts shownDue: the reporter's own deadline, as the reporting finding prints it
 *   any        a lateness finding citing the duty makes its mark late
 *
 * A mark past a deadline with no finding on anyone for it (the holder learnt late through no fault it
 * could answer for, or the duty is unverified, tag U) says so (`note`), and a "missed" mark the
 * re-timed deadline had not yet reached is left out of the timeline (none cites it), as are the marks of a notice
 * nobody owed (its notifier never knew of the duty's work): no deadline, so nothing on time or late.
 */
import type { DrillEvent } from "../model/events.ts";
import type { EvalContext, ObligationTrace } from "./context.ts";
import { noticeDue } from "./notice-due.ts";
import { learntText, ownWindow, shownDue } from "./own-window.ts";
import type { LocalText } from "../model/ids.ts";
import type { Finding, TimelineEntry } from "./report-model.ts";
import { arrivalClock, turnOutLate } from "./turn-out.ts";
import { begunUntold } from "./begun-untold.ts";
import { judgedMet } from "./judged-met.ts";

/** Why a mark past its deadline is no finding: `notCharged` (nobody failed, or not this holder), `unverified` (tag U, domain.md §0). */
export type MarkNote = "notCharged" | "unverified" | "turnOutLate" | "arrivedTurnOutLate";

export interface JudgedMark {
  event: DrillEvent;
  note?: MarkNote;
  /** the duty's lateness charged to another from when its holder should have known (see `shouldMarks`) */
  should?: TimelineEntry["should"];
  /** a "missed" mark before the duty's real deadline: left out */
  drop?: boolean;
  /** a met mark moved to the command that really began the duty (its event index: judged-met.ts): shown after it */
  on?: number;
}

/** The finding codes that say a duty was late or not done. */
export const LATE_CODES: ReadonlySet<string> = new Set([
  "REPORT_LATE", "REPORT_MISSING", "LINKAGE_NOT_NOTIFIED", "LINKAGE_NOTIFIED_LATE", "LINKAGE_IDLE", "LINKAGE_SLOW", "PLAN_NOT_STARTED", "PLAN_NOT_DECLARED",
  "DISPATCH_LATE", "DISPATCH_TURNOUT_SLOW", "EVACUATION_SLOW", "SPOT_QUESTION_UNANSWERED", "SPOT_QUESTION_LATE", "ARRIVAL_INDICATIVE",
]);

/** A duty's deadline and whether it was met late, as its findings judge it. */
interface Judged {
  dueMs: number;
  /** met or done after `dueMs`, or (an arrival) turned out late */
  late: boolean;
  /** the arrival's own deadline, for the opened mark */
  openedDueMs: number;
  /**
   * the rule the duty is judged under when not the one the engine opened (a 较大 report whose holder was told of an
   * 一般 incident owes the 一般 rule's report: grade-known.ts lowerGradeDue), with why: the opened mark names it
   */
  applied?: { ruleId: string; text: LocalText };
  /** a notice nobody owed (its notifier never knew of the duty's work: noticeDue undefined): no deadline to mark */
  unowed?: boolean;
}

function judge(x: EvalContext, t: ObligationTrace, cited: boolean): Judged {
  const metAt = t.met?.atMs;
  if (t.ob.kind === "arrive") {
    const k = arrivalClock(x, t);
    if (k) {
      // the arrival mark judges the arrival; a late turn-out is marked on the turn-out itself (review7 N12)
      return { dueMs: k.arriveDueMs, late: (metAt !== undefined && metAt > k.arriveDueMs) || cited, openedDueMs: k.arriveDueMs };
    }
  }
  if (t.ob.kind === "notified") {
    // (the bureau told "下落不明 0" by the mine's 瞒报 owed the township no notice about trapped miners: its engine deadline
    // 01:13:50 is nobody's, so neither "超时未获知" nor "迟于时限获知" is marked; review r15 mine 2)
    const owed = noticeDue(x, t.ob.agency, t);
    const due = owed ?? t.ob.deadlineMs;
    return { dueMs: due, late: (metAt !== undefined && metAt > due) || cited, openedDueMs: due, ...(owed === undefined && !cited ? { unowed: true } : {}) };
  }
  if (t.ob.kind === "report") {
    // the report's one deadline, as its finding prints it (own-window.ts shownDue; review9 school 6: F33's 01:40:00,
    // F16's and F19's 00:31:30, not the rule's raw clock)
    // (a report late through no fault of its own prints the rule's deadline and says who made it learn late: so does its mark)
    const w = ownWindow(x, t.ob.agency, t, metAt);
    const due = w.dark ? t.ob.deadlineMs : shownDue(w, t.ob.deadlineMs);
    // judged under the lower grade's rule (as its finding is, reporting.ts): the mark names that rule, not the engine's (review r15 chemical 7)
    const lower = !w.dark && w.lower && due > t.ob.deadlineMs ? x.c.rules.reporting.find((r) => r.id === w.lower!.ruleId) : undefined;
    const why = learntText(w, t.ob.deadlineMs, x.agencyName(t.ob.agency));
    // a deadline run from the holder's own receipt says so on its marks, met ones included: a ✓ 按时 beside a rule reading
    // 事发后1小时 must say from when it counts (review15 mine 2: the bureau told at 01:10, its 02:05 report due 02:10)
    const fromReceipt = !w.dark && !lower && due > t.ob.deadlineMs && why.zh !== "" ? { ruleId: t.ob.ruleId, text: appliedText(t.ob.text, why) } : undefined;
    const applied = lower ? { ruleId: lower.id, text: appliedText(lower.text, why) } : fromReceipt;
    return { dueMs: due, late: (metAt !== undefined && metAt > due) || cited, openedDueMs: due, ...(applied ? { applied } : {}) };
  }
  return { dueMs: t.ob.deadlineMs, late: (t.met?.late ?? false) || cited, openedDueMs: t.ob.deadlineMs };
}

/** The rule `t` was opened under, when it is a linkage rule tagged U (unverified). */
function unverified(x: EvalContext, t: ObligationTrace): boolean {
  return x.c.rules.linkage[x.c.scenario.kind].some((r) => r.id === t.ob.ruleId && r.tag === "U");
}

/** The judged marks by event index (only the duty events; every other event stands as it is). */
export function judgeMarks(x: EvalContext, findings: readonly Finding[]): Map<number, JudgedMark> {
  const out = new Map<number, JudgedMark>();
  // (a 谎报 left standing cites the correction it never got: that duty's mark is its, review16 school 3)
  const citedIds = new Set(findings.filter((f) => LATE_CODES.has(f.code) || f.stood !== undefined).flatMap((f) => f.evidence.obligations));
  // a slow turn-out cites the arrival it opened, but does not make an on-time arrival late (review7 N12)
  const arrivalCited = new Set(findings.filter((f) => LATE_CODES.has(f.code) && f.code !== "DISPATCH_TURNOUT_SLOW").flatMap((f) => f.evidence.obligations));
  const citedEvents = new Set(findings.flatMap((f) => f.evidence.events));
  const should = shouldMarks(findings);
  for (const raw of x.obligations) {
    // an act a finding condemns begins no duty: the marks follow the judged act, as the findings do (judged-met.ts)
    const jm = judgedMet(x, raw);
    const t = jm.t;
    const cited = citedIds.has(t.ob.id);
    // a duty its holder began by its own command before anyone told it: the engine's clock from the later receipt is
    // nobody's deadline (begun-untold.ts; review r22 chemical (a): v9 「✗ 迟于时限（00:58:48）开始履行」 at 00:56:48 for a
    // brigade acting since 00:13, v5 「✗ 迟于时限（01:17:00）」 for a bureau that sent its notices at 00:20): no marks
    // (kept, as the engine gives them, when a finding cites the marks themselves)
    const marks = [raw.opened, raw.missed, raw.met?.event].filter((i): i is number => i !== undefined);
    if (begunUntold(x, raw) !== undefined && !marks.some((i) => citedEvents.has(i))) {
      for (const i of marks) out.set(i, { event: x.events[i]!, drop: true });
      continue;
    }
    const j = judge(x, t, t.ob.kind === "arrive" ? arrivalCited.has(t.ob.id) : cited);
    const k = t.ob.kind === "arrive" ? arrivalClock(x, t) : undefined;
    const slowTurnOut = k !== undefined && turnOutLate(k);
    if (slowTurnOut && k.departEvent !== undefined) out.set(k.departEvent, { event: x.events[k.departEvent]!, note: "turnOutLate" });
    const missedAt = jm.missed?.at ?? (t.missed !== undefined ? x.events[t.missed]!.at : undefined);
    const past = j.late || (t.met === undefined && missedAt !== undefined && missedAt > j.dueMs);
    const note: MarkNote | undefined = past && !cited ? (unverified(x, t) ? "unverified" : "notCharged") : undefined;
    const opened = x.events[t.opened];
    if (opened?.type === "obligationOpened") out.set(t.opened, { event: { ...opened, obligation: { ...opened.obligation, deadlineMs: j.openedDueMs, ...(j.applied ?? {}) } } });
    if (jm.drop && raw.met) out.set(raw.met.event, { event: x.events[raw.met.event]!, drop: true });
    if (t.missed !== undefined) {
      const e = jm.missed ?? x.events[t.missed]!;
      // the re-timed deadline had not passed when the engine marked it missed: no mark (unless a finding cites it)
      const early = e.at <= j.dueMs && !citedEvents.has(t.missed);
      // dated when the re-timed deadline passed, as the engine dates a missed mark (its deadline + 1 s), not at the engine's
      // own later deadline (review21 chemical 1: the 120's notice, due 00:10 as the enterprise's report, not 00:15:30)
      const at = e.at > j.dueMs + SECOND ? j.dueMs + SECOND : e.at;
      // never done, with a finding measuring it from when its holder should have known (shouldDue): the mark prints its own deadline and,
      // beside it, the one counted from when its holder should have known, and who answers for the windows between (r22-clock)
      const sh = should.get(t.ob.id);
      const moved = sh && sh.dueMs < j.dueMs ? { should: { dueMs: sh.dueMs, ownDueMs: j.dueMs, onlyShould: false, by: sh.by, findings: sh.findings, notice: t.ob.kind === "notified" } } : {};
      if (e.type === "obligationMissed") out.set(t.missed, early || j.unowed ? { event: e, drop: true } : { event: { ...e, at, deadlineMs: j.dueMs }, ...(note ? { note } : {}), ...moved });
    }
    if (t.met) {
      const e = x.events[t.met.event]!;
      // re-dated to the command that began it, when the engine's was one a finding condemns (judged-met.ts)
      const moved = jm.on !== undefined ? { at: t.met.atMs, byEvent: t.met.byEvent } : {};
      const on = jm.on !== undefined ? { on: jm.on } : {};
      const metNote: MarkNote | undefined = note ?? (slowTurnOut && !j.late ? "arrivedTurnOutLate" : undefined);
      const sh = should.get(t.ob.id);
      if (e.type === "obligationMet" && !j.unowed && t.ob.kind !== "arrive" && sh && sh.dueMs < j.dueMs && t.met.atMs > sh.dueMs) {
        // late against the deadline a finding charged to another counts from (when the holder should have known): the
        // mark prints that deadline when the holder's own clock found it on time (00:13 against its own 00:14), else its
        // own with the other beside it, and names who answers (review21 chemical 1)
        const onlyShould = t.met.atMs <= j.dueMs;
        const at = onlyShould ? sh.dueMs : j.dueMs;
        out.set(t.met.event, { event: { ...e, ...moved, late: true, deadlineMs: at, ...(j.applied ? { text: j.applied.text } : {}) }, ...on, should: { dueMs: sh.dueMs, ownDueMs: j.dueMs, onlyShould, by: sh.by, findings: sh.findings, notice: t.ob.kind === "notified" } });
      } else if (e.type === "obligationMet") out.set(t.met.event, j.unowed ? { event: e, drop: true } : { event: { ...e, ...moved, late: j.late, deadlineMs: j.dueMs, ...(j.applied ? { text: j.applied.text } : {}) }, ...(metNote ? { note: metNote } : {}), ...on });
    }
  }
  return out;
}

/** "一般突发事件：…1小时内…（X 01:18:00 接报时为一般事件，自接报起算）": the rule applied and why. */
const appliedText = (text: LocalText, why: LocalText): LocalText => ({ zh: `${text.zh}${why.zh}`, en: `${text.en}${why.en}` });

const SECOND = 1000;

/**
 * Per duty (obligation id), the deadline the findings charging its lateness to another measured it from (`shouldDue`:
 * had its holder been told when it should have been), the earliest when several do, with those findings and the agencies
 * they charge. Two late links sharing it (late-share.ts) measure from the same deadline.
 */
function shouldMarks(findings: readonly Finding[]): Map<string, { dueMs: number; by: string[]; findings: string[] }> {
  const out = new Map<string, { dueMs: number; by: string[]; findings: string[] }>();
  for (const f of findings) {
    for (const d of f.shouldDue ?? []) {
      const was = out.get(d.obligation);
      const by = f.agency !== null && !(was?.by ?? []).includes(f.agency) ? [f.agency] : [];
      const ids = (was?.findings ?? []).includes(f.id) ? [] : [f.id];
      if (was === undefined || d.dueMs < was.dueMs) out.set(d.obligation, { dueMs: d.dueMs, by: [...(was?.by ?? []), ...by], findings: [...(was?.findings ?? []), ...ids] });
      else if (d.dueMs === was.dueMs) out.set(d.obligation, { ...was, by: [...was.by, ...by], findings: [...was.findings, ...ids] });
    }
  }
  return out;
}
