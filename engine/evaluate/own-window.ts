/**
 * A duty's own window for the agency that had to do it (issue 10 §1, §5; domain.md §1.7: 493号令
 * 第九条 counts from receipt, the county rules and the linkage notices from occurrence). A clock
 * that started before its owner could know runs for the owner from when it could: when it was told
 * of the incident, or, for a rule that applies only after a re-grade, when it received figures
 * showing that grade (grade-known.ts). `dueMs` = max(the rule's deadline, known + the rule's span).
 *
 * An agency is late only against its own deadline: done after `dueMs`, the fault is its own, by
 * (done − dueMs). Done within it, it did not fail; the part of the rule's time lost before it could
 * know belongs to whoever made it learn late (`roots`, the first that failed up the chain of
 * notices or of reports of the facts), cited as a consequence, and to nobody when nobody failed.
 */
import { resolveAgencies } from "../rules/agencies.ts";
import { knewAt, notifierOf } from "./blame.ts";
import { noticeDue, notifierClock, toldInTime } from "./notice-due.ts";
import { occurrenceOutOfReach } from "./occurrence-reach.ts";
import { clock, span, type EvalContext, type ObligationTrace } from "./context.ts";
import { workKeptBy } from "./work-known.ts";
import { GRADE_TEXT, gradeClock, gradeKnownAt, lowerGradeDue } from "./grade-known.ts";
import type { LocalText } from "../model/ids.ts";

/** A failure an agency's late knowledge follows from: the agency that failed and its finding's key. */
export interface Root {
  agency: string;
  key: string;
}

export interface OwnWindow {
  /** not the owner's fault and someone up the chain may have failed: cite `roots` (never told, or done within its own window) */
  dark: boolean;
  /** done within its own window and nobody up the chain failed: no finding at all */
  excused: boolean;
  /** when the owner could first know (told of the incident, or of the grade the rule needs); undefined: never */
  told?: number;
  /** the owner's own deadline, ms */
  dueMs: number;
  /** told late but with time left to report at once: the rule's deadline stands, and the finding says its time was cut short */
  squeezed?: boolean;
  /** of a squeezed window, the agency whose message first told the owner (a mitigation the finding names) */
  toldBy?: LocalText;
  /** the grade the rule needed, when its clock was the owner's knowledge of a re-grade */
  grade?: number;
  /** the lower grade's report it owed from its receipt (`told`) all the same, when that came first (grade-known.ts lowerGradeDue) */
  lower?: { grade: number; told: number; ruleId: string };
  /**
   * whose failure made the owner learn late (when it did), in the order to cite: a notifier's late notice (its
   * linkage key `dark:<agency>`, certain), or the reports that should have carried the facts
   * (`conceal:<message>`, `told:<from>><to>`: cite the first such finding that exists)
   */
  roots: Root[];
}

/** `owner`'s window for obligation `t`, done at `doneAtMs` (undefined: not done). */
export function ownWindow(x: EvalContext, owner: string, t: ObligationTrace, doneAtMs: number | undefined): OwnWindow {
  const grades = gradeClock(x, t);
  const grade = grades ? { grade: Math.max(...grades) } : {};
  const told = grades ? gradeKnownAt(x, owner, grades) : knewAt(x, owner);
  const roots = () => (grades ? factRoots(x, owner, grades, 0) : noticeRoots(x, owner, 0));
  // told of the incident before it knew the grade: the report its lower grade asked for was owed all the same
  const lower = grades ? lowerGradeDue(x, t, knewAt(x, owner)) : undefined;
  const below = (dueMs: number) => (lower && lower.dueMs < dueMs ? { dueMs: Math.max(t.ob.deadlineMs, lower.dueMs), lower: { grade: lower.grade, told: knewAt(x, owner)!, ruleId: lower.ruleId } } : { dueMs });
  if (told === undefined) {
    const r = roots();
    if (lower) {
      const own = below(Infinity);
      const done = doneAtMs !== undefined && doneAtMs <= own.dueMs;
      return { dark: done && r.length > 0, excused: done && r.length === 0, ...own, ...grade, roots: done ? r : [] };
    }
    return { dark: !grades || r.length > 0, excused: grades !== undefined && r.length === 0, dueMs: t.ob.deadlineMs, ...grade, roots: r };
  }
  // told in time by its notifier (notice-due.ts toldInTime), before the rule's deadline: the clock the rule starts at the
  // event runs from the event for it (review9 school 6: CTY-02's 30 min from the fire, the notice's 10 leaving it 20);
  // only a late notice moves it — or a notice on time that came too late to report at once (occurrence-reach.ts, review12 mine 4)
  if (told <= t.ob.openedAtMs || (!grades && told < t.ob.deadlineMs && toldInTime(x, owner) && !occurrenceOutOfReach(x, owner, t))) return { dark: false, excused: false, told, dueMs: t.ob.deadlineMs, ...grade, roots: [] };
  // told late, but still in time to report at once (立即, 10 min 本县设定) before the first of its reports to the same
  // addressee fell due: it could, and did not (review9 chemical 3: the bureau told at 00:40 of a report due 01:00, made
  // at 01:18, is 18 min late itself; the notifier that squeezed its time answers for its own notice). A first report
  // already due when it learnt moves all of them (review8 school 2: the oral and the written report alike).
  // This holds whether or not anyone failed to tell it (review16 mine A2: the bureau told by the city at 01:10 of a report
  // due 01:25 "事发后1小时", made at 02:05, is 40 min late, its late hearing a mitigation, not a new clock "自获知起算" that
  // sat as ✓ beside the engine's late mark); only the incident unit finding its own incident late has the rule's span from then.
  if (!grades && t.ob.kind === "report" && told + IMMEDIATE_MS <= firstReportDue(x, owner, t)) {
    const r = roots();
    if (r.length > 0 || owner !== x.c.scenario.incidentAgency) {
      const by = teller(x, owner, told);
      return { dark: false, excused: false, told, dueMs: t.ob.deadlineMs, squeezed: true, ...(by ? { toldBy: by } : {}), roots: r };
    }
  }
  // one rule for every duty (review8 school 2, chemical 15): an owner told after its clock started has the rule's
  // whole span from when it was told; what was lost before is the notifier's, when it was late (roots)
  const own = below(Math.max(t.ob.deadlineMs, told + (t.ob.deadlineMs - t.ob.openedAtMs)));
  const dueMs = own.dueMs;
  const inWindow = doneAtMs !== undefined && doneAtMs <= dueMs;
  // computed out of the window too: the owner's own finding names who made it learn late
  const r = roots();
  return { dark: inWindow && r.length > 0, excused: inWindow && r.length === 0, told, ...own, ...grade, roots: r };
}

/**
 * Who first told `owner` at `told`: an agency whose message reached it then (its notifier's first), else an inject's
 * named source (the city's duty room's call); undefined: unnamed.
 */
function teller(x: EvalContext, owner: string, told: number): LocalText | undefined {
  const first = x.state.messages.filter((m) => m.atMs === told && m.to.includes(owner));
  const by = first.find((m) => m.from !== "scenario" && m.from === notifierOf(x, owner)) ?? first.find((m) => m.from !== "scenario");
  if (by !== undefined) return x.agencyName(by.from);
  const inject = first.find((m) => m.inject !== undefined)?.inject;
  return inject === undefined ? undefined : x.c.scenario.injects.find((i) => i.id === inject)?.source;
}

/** "立即" as the county counts it: 10 min (本县设定; county-default.yaml LNK-CHEM-EB, LNK-MINE-MRT: "立即"按10分钟计). */
const IMMEDIATE_MS = 10 * 60_000;

/** The earliest deadline of `owner`'s reports to the addressee of report `t` whose clocks started with it (CTY-02's oral and written). */
function firstReportDue(x: EvalContext, owner: string, t: ObligationTrace): number {
  return Math.min(...x.obligations.filter((o) => o.ob.kind === "report" && o.ob.agency === owner && o.ob.to === t.ob.to && o.ob.openedAtMs === t.ob.openedAtMs).map((o) => o.ob.deadlineMs));
}

/**
 * The one deadline a finding prints for `owner` (issue 10 §5, review B10): the rule's deadline, as the
 * who-told-whom table gives it; the lower grade's report when that is the rule it owed (grade-known.ts
 * lowerGradeDue); the re-graded rule's, from when the owner could know the grade ("事发（或升级）后").
 * An owner told after the rule's clock started has the rule's span from when it was told (ownWindow,
 * one rule for an oral and a written report alike; review8 school 2): that is the deadline printed and
 * judged, and the finding says it runs from then (learntText); the time lost before is the notifier's.
 */
export function shownDue(w: OwnWindow, deadlineMs: number): number {
  return w.lower || w.grade !== undefined || (w.told !== undefined && w.dueMs > deadlineMs) ? w.dueMs : deadlineMs;
}

/**
 * Who made `agency` learn of the incident late, following the notices up (issue 10 §1): the first
 * notice owed to it (a linkage "notified" obligation) came after its deadline, and its notifier had
 * itself known in time to give it within its own window (then it failed: key `dark:<agency>`, the
 * key of linkage.ts's notice finding); a notifier that learnt late itself passes it up. [] when no
 * rule timed the notice, the notice was in time, or nobody up the chain failed.
 */
export function noticeRoots(x: EvalContext, agency: string, depth = 0): Root[] {
  // the notice linkage.ts judges: of the first linkage rule listing the agency
  const rule = x.c.rules.linkage[x.c.scenario.kind].find((r) => resolveAgencies(x.c, r.agency).includes(agency));
  const t = x.obligations.find((o) => o.ob.kind === "notified" && o.ob.agency === agency && o.ob.ruleId === rule?.id);
  const notifier = notifierOf(x, agency);
  if (!t || notifier === null || depth > x.c.agencies.size) return [];
  const told = knewAt(x, agency);
  // the notice's deadline as linkage.ts judges it (notice-due.ts: a report carrying the notice keeps its own clock),
  // so a `dark:` root named here is always a notice finding there
  const due = noticeDue(x, agency, t);
  // a notice its notifier never owed (it never knew of the duty's work): whoever kept that from it answers (work-known.ts)
  if (due === undefined) return workKeptBy(x, notifier).map(({ agency: a, key }) => ({ agency: a, key }));
  if (told !== undefined && told <= due) return [];
  // the notifier's window runs from when it should itself have been told, if it was told late (notice-due.ts clockFrom),
  // or, of the incident unit, from when the unit knew (its dispatch room hearing the signs: review r15 mine 3)
  const nTold = notifierClock(x, notifier);
  const span = t.ob.deadlineMs - t.ob.openedAtMs;
  const nDue = nTold === undefined || nTold <= t.ob.openedAtMs ? due : Math.max(due, nTold + span);
  // a notifier never told itself could tell nobody: whoever left it in the dark answers
  if (told !== undefined && (nTold === undefined || told <= nDue)) return noticeRoots(x, notifier, depth + 1);
  return [{ agency: notifier, key: `dark:${agency}` }];
}

/** Whether `agency`'s late notice is its notifier's own fault (the notice came after the notifier's own window). */
export function noticeLateByNotifier(x: EvalContext, agency: string): boolean {
  return noticeRoots(x, agency)[0]?.key === `dark:${agency}`;
}

/**
 * Who made `agency` learn the grade late (issue 10 §1, §5: the fault is on whoever had to report the
 * facts): the agency reporting to it (blame.ts notifierOf) — a report to it that hid figures the
 * sender knew, then its late or missing reports to it — and, when that agency learnt the grade late
 * itself, whoever had to report it the facts, and so on up.
 */
function factRoots(x: EvalContext, agency: string, grades: readonly number[], depth: number): Root[] {
  const from = notifierOf(x, agency);
  if (from === null || depth > x.c.agencies.size) return [];
  const hid = x.events.flatMap((e) => (e.type === "reportSubmitted" && e.from === from && e.to === agency ? [{ agency: from, key: `conceal:${e.id}` }] : []));
  const known = gradeKnownAt(x, from, grades);
  const regraded = x.events.find((e) => e.type === "gradeChanged" && grades.includes(e.to))?.at ?? 0;
  const up = known === undefined || known > regraded ? factRoots(x, from, grades, depth + 1) : [];
  return [...hid, { agency: from, key: `told:${from}>${agency}` }, ...up];
}

/**
 * What a finding adds after its one deadline (`shownDue`): for the lower grade's report, which
 * report it owed from its receipt; for a re-graded rule, from when the owner knew the grade; else,
 * when the owner heard of the incident only after the deadline, that fact ("（X 于 T 才获知事故信息）").
 * Never a second deadline.
 */
export function learntText(w: OwnWindow, deadlineMs: number, who: LocalText): LocalText {
  if (w.lower && w.dueMs > deadlineMs) {
    const l = GRADE_TEXT[w.lower.grade]!;
    return { zh: `（${who.zh} ${clock(w.lower.told)} 接报时为${l.zh}事件，自接报起算）`, en: ` (${who.en} was told of ${/^[aeiou]/i.test(l.en) ? "an" : "a"} ${l.en} incident at ${clock(w.lower.told)}; counted from then)` };
  }
  if (w.told === undefined) return { zh: "", en: "" };
  if (w.squeezed) {
    const by = w.toldBy ? { zh: `经${w.toldBy.zh}告知`, en: ` from ${w.toldBy.en}` } : { zh: "", en: "" };
    return { zh: `（${who.zh} ${clock(w.told)} ${by.zh}才获知事故信息，距时限尚有 ${span(deadlineMs - w.told).zh}）`, en: ` (${who.en} first heard of the incident${by.en} at ${clock(w.told)}, ${span(deadlineMs - w.told).en} before the deadline)` };
  }
  const g = w.grade !== undefined ? GRADE_TEXT[w.grade] : undefined;
  if (g) return w.dueMs > deadlineMs ? { zh: `（${who.zh} ${clock(w.told)} 获知事故已达${g.zh}的伤亡信息，自获知起算）`, en: ` (${who.en} received casualty figures making the incident ${g.en} at ${clock(w.told)}; counted from then)` } : { zh: "", en: "" };
  return w.told > deadlineMs || w.dueMs > deadlineMs ? toldText(who, w.told, w.dueMs > deadlineMs) : { zh: "", en: "" };
}

/** "（X 于 T 才获知事故信息[，自获知起算]）": the fact, and whether the deadline printed runs from it. */
export function toldText(who: LocalText, told: number, fromThen: boolean): LocalText {
  return fromThen
    ? { zh: `（${who.zh} ${clock(told)} 才获知事故信息，自获知起算）`, en: ` (${who.en} first heard of the incident at ${clock(told)}; counted from then)` }
    : { zh: `（${who.zh} ${clock(told)} 才获知事故信息）`, en: ` (${who.en} first heard of the incident at ${clock(told)})` };
}
