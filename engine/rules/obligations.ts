/**
 * Rules produce obligations (design.md): reporting deadlines by grade or from receipt, follow-up reports when
 * casualties become known or a listed development reaches the reporter, linkage (notified, then act) and dispatch
 * (arrive within the standard). Each is met, met late, or missed, as events.
 */
import type { Compiled } from "../compile.ts";
import type { DrillEvent } from "../model/events.ts";
import type { Obligation } from "../model/state.ts";
import type { LinkageRule, ReportingRule } from "../scenario/rules-schema.ts";
import { hasWork, toldOfWork } from "./duty-work.ts";
import { emit, type Tx } from "../tx.ts";
import { heardCasualties } from "../knowledge/deliver.ts";
import { meetsSpec } from "./actions.ts";
import { dutyAction, meetsReportDuty } from "./telling.ts";
import { answerOnly } from "./spot-answer.ts";
import { resolveAgencies } from "./agencies.ts";
import { statedFigures } from "./report-fields.ts";
import { accidentClockStart } from "./accident-told.ts";
import { developmentLearntAt, isDevelopmentDuty, reportsDevelopment } from "./development-news.ts";
import { leavesFollowUpOpen, reportCarriesFigures } from "./follow-up-figures.ts";

const MIN = 60_000;

/** Open obligation `o`; its clock started at `startMs` (default now: the accident's instant, not the tick after it). */
export function open(tx: Tx, o: Omit<Obligation, "status" | "openedAtMs">, startMs: number = tx.t): void {
  if (tx.s.obligations.some((x) => x.id === o.id)) return;
  const ob: Obligation = { ...o, openedAtMs: startMs, status: "open" };
  tx.s.obligations.push(ob);
  emit(tx, { type: "obligationOpened", obligation: ob });
}

function ruleApplies(tx: Tx, r: ReportingRule): boolean {
  if (r.scenarioKinds && !r.scenarioKinds.includes(tx.c.scenario.kind)) return false;
  if (r.notSensitive && tx.c.scenario.sensitive) return false;
  return r.when.grades.includes(tx.s.grade) || (r.when.orSensitive && tx.c.scenario.sensitive);
}

const reportId = (r: ReportingRule, from: string, to: string) => `${r.id}:${from}>${to}`;

/** `earlyCounts`: a report made before now meets it (false when a re-grade opens it: 事发（或升级）后, a new report is owed). */
function openReportRule(tx: Tx, r: ReportingRule, startMs: number, onlyFrom?: string, earlyCounts = true): void {
  for (const from of resolveAgencies(tx.c, r.from)) {
    if (onlyFrom && from !== onlyFrom) continue;
    for (const to of resolveAgencies(tx.c, r.to, from)) {
      if (to === from) continue;
      const id = reportId(r, from, to);
      if (tx.s.obligations.some((o) => o.id === id)) continue;
      open(tx, {
        id, ruleId: r.id, kind: "report", agency: from, to, mode: r.mode,
        ...(r.kinds ? { actions: r.kinds.map((k) => ({ type: "report", task: k })) } : {}),
        deadlineMs: startMs + r.withinMin * MIN, basis: r.basis, text: r.text,
      }, startMs);
      // reported before the clock started (the mine's report of the warning signs before the inrush): met, as an
      // earlier report can never be worse than one made on time
      const early = earlyCounts && tx.s.messages.find((m) => m.kind === "report" && m.from === from && m.to.includes(to) && m.atMs < tx.t
        && (r.mode === "any" || m.report?.mode === r.mode) && (!r.kinds || (m.report !== undefined && r.kinds.includes(m.report.kind))));
      if (early) meet(tx, id, `report ${early.id}`);
    }
  }
}

/**
 * The receipt-clocked rules that want reports from agency `from`, each with the ids openReportRule gives them (one per
 * addressee); rules that want none from it are left out. Resolved once per compiled scenario: the agencies are its own.
 */
const receiptReportsOf = new WeakMap<Compiled, Map<string, Array<{ r: ReportingRule; ids: string[] }>>>();
function receiptReports(c: Compiled, from: string): Array<{ r: ReportingRule; ids: string[] }> {
  let byFrom = receiptReportsOf.get(c);
  if (byFrom === undefined) receiptReportsOf.set(c, (byFrom = new Map()));
  let out = byFrom.get(from);
  if (out === undefined) {
    out = [];
    for (const r of c.rules.reporting) {
      if (r.clockStartsAt !== "receipt") continue;
      const ids: string[] = [];
      for (const f of resolveAgencies(c, r.from)) if (f === from) for (const to of resolveAgencies(c, r.to, f)) if (to !== f) ids.push(reportId(r, f, to));
      if (ids.length > 0) out.push({ r, ids });
    }
    byFrom.set(from, out);
  }
  return out;
}

/** The first tick at or after drill time `ms` (the tick on which something timed at `ms` happens). */
export function tickOf(tx: Tx, ms: number): boolean {
  return tx.t >= ms && tx.t - tx.c.tickMs < ms;
}

/** When this tick's clock starts for a rule counted from the accident: the accident's own instant on its tick, else now. */
function occurrenceStart(tx: Tx): number {
  return tickOf(tx, tx.c.incidentAtMs) ? tx.c.incidentAtMs : tx.t;
}

/**
 * When the accident occurs (scenario `incidentAt`, issue 10 §5: not the drill's start) and at every
 * re-grade after it: open the occurrence-clocked rules that now apply, and the receipt-clocked ones
 * for agencies already told — their clock starts at the later of receipt, the accident and the
 * re-grade, i.e. now (493号令 第九条 counts from the head's receipt of a report of the ACCIDENT: being
 * told of warning signs before it starts no clock). Rules already open are not opened twice.
 */
export function openGradeObligations(tx: Tx): void {
  if (tx.t < tx.c.incidentAtMs) return;
  const start = occurrenceStart(tx);
  // after the accident's tick this is a re-grade: a report made before it does not meet the re-grade's duty
  const accident = tickOf(tx, tx.c.incidentAtMs);
  for (const r of tx.c.rules.reporting) {
    if (!ruleApplies(tx, r)) continue;
    if (r.clockStartsAt === "occurrence") openReportRule(tx, r, start, undefined, accident);
    else for (const k of tx.s.knowledge) {
      if (k.notifiedAtMs === undefined) continue;
      // told of the signs before the accident: from when it learns of the accident itself (openAccidentReceipts)
      const from = accident && k.notifiedAtMs < tx.c.incidentAtMs ? accidentClockStart(tx, k.agency) : start;
      if (from !== undefined) openReportRule(tx, r, from, k.agency, accident);
    }
  }
}

/**
 * Each tick after the accident: the receipt-clocked reports of an agency told of the warning signs before it, from
 * when it learnt of the accident or should have (rules/accident-told.ts; review12 mine 10). Rules already open are
 * not opened twice; a report made before (the good play's 00:07 report of the signs) meets them.
 */
export function openAccidentReceipts(tx: Tx): void {
  if (tx.t <= tx.c.incidentAtMs) return;
  for (const k of tx.s.knowledge) {
    if (k.notifiedAtMs === undefined || k.notifiedAtMs >= tx.c.incidentAtMs) continue;
    // the rules that apply and want a report from it not yet open; on the usual tick none (each is open, or it reports
    // under none of them: the dispatch room), and its clock is not sought: finding it every tick cost most of a mine tick
    const owed = receiptReports(tx.c, k.agency).filter(({ r, ids }) => ruleApplies(tx, r) && !ids.every((id) => tx.s.obligations.some((o) => o.id === id)));
    if (owed.length === 0) continue;
    const from = accidentClockStart(tx, k.agency);
    if (from !== undefined) for (const { r } of owed) openReportRule(tx, r, from, k.agency);
  }
}

/**
 * Linkage: who must have been told within N minutes of the accident (or of its work arising,
 * rules/duty-work.ts), or of the incident unit finding it (`noticeFrom: found`); called on the tick
 * of each (step.ts), it opens the notices whose clock has started.
 */
export function openLinkageObligations(tx: Tx): void {
  for (const r of tx.c.rules.linkage[tx.c.scenario.kind]) if (hasWork(r, tx.s.casualties)) openNotice(tx, r);
}

/**
 * Linkage rule `r`'s notices, due N minutes from the clock's start: the accident or the incident unit's finding
 * (`found`), on its tick, else now, when the duty's work (`workWhen`) arose later: a duty to call the 120 cannot fall
 * due before anyone is hurt (review15 school 1: the school's 120 call was due 00:06:30, the first injury 00:10:00); none
 * before that clock starts. One to an agency already told is met at once.
 */
function openNotice(tx: Tx, r: LinkageRule): void {
  if (r.notifiedWithinMin === undefined) return;
  const found = r.noticeFrom === "found";
  const from = found ? tx.c.foundAtMs : tx.c.incidentAtMs;
  if (tx.t < from) return;
  const start = tickOf(tx, from) ? from : found && r.workWhen === undefined ? from : tx.t;
  for (const a of resolveAgencies(tx.c, r.agency)) {
    const id = noticeId(r, a);
    if (tx.s.obligations.some((o) => o.id === id)) continue;
    open(tx, { id, ruleId: r.id, kind: "notified", agency: a, deadlineMs: start + r.notifiedWithinMin * MIN, basis: r.noticeBasis ?? r.basis, text: r.text }, start);
    // told before the notice opened (its work arose later: the school's 120 call at once, the first injury after): met when told
    const told = tx.s.knowledge.find((k) => k.agency === a)?.notifiedAtMs;
    if (told !== undefined) meet(tx, id, "notified", told);
  }
}

/**
 * A duty conditional on its work (`workWhen`: casualties, people trapped, evacuation) once that work
 * arises: its notice is owed from now, and an agency already told of the incident owes its action from
 * when it is also told of that work (rules/duty-work.ts).
 */
export function openArisenWork(tx: Tx): void {
  for (const r of tx.c.rules.linkage[tx.c.scenario.kind]) {
    if (r.workWhen === undefined || !hasWork(r, tx.s.casualties)) continue;
    // the usual tick: its notices and duties are all open already, so there is nothing to open (nor to ask who was told)
    if (dutyIds(tx.c, r).every((id) => tx.s.obligations.some((o) => o.id === id))) continue;
    openNotice(tx, r);
    // its duty to act once it is told of that work, not on the ground truth (rules/duty-work.ts; review9 mine 2)
    // (a duty already open, or one with nothing to do, is not asked about: openAct would return at once)
    const acts = r.actWithinMin !== undefined && r.actions.length > 0;
    for (const a of resolveAgencies(tx.c, r.agency)) if (acts && !tx.s.obligations.some((o) => o.id === actId(r, a)) && toldOf(tx, r, a)) openAct(tx, r, a);
  }
}

const noticeId = (r: LinkageRule, agency: string) => `${r.id}:notified:${agency}`;
const actId = (r: LinkageRule, agency: string) => `${r.id}:act:${agency}`;

/**
 * The ids of linkage rule `r`'s notices and duties to act that openNotice and openAct can open (one each per agency it
 * names), resolved once per compiled scenario: the agencies are its own.
 */
const dutyIdsOf = new WeakMap<Compiled, Map<LinkageRule, string[]>>();
function dutyIds(c: Compiled, r: LinkageRule): string[] {
  let byRule = dutyIdsOf.get(c);
  if (byRule === undefined) dutyIdsOf.set(c, (byRule = new Map()));
  let ids = byRule.get(r);
  if (ids === undefined) {
    ids = [];
    for (const a of resolveAgencies(c, r.agency)) {
      if (r.notifiedWithinMin !== undefined) ids.push(noticeId(r, a));
      if (r.actWithinMin !== undefined && r.actions.length > 0) ids.push(actId(r, a));
    }
    byRule.set(r, ids);
  }
  return ids;
}

/** An agency told of the incident for the first time this tick: receipt-clocked reports, linkage. */
export function onNotified(tx: Tx, agency: string): void {
  // told before the accident (of its warning signs): the accident's tick opens them (openGradeObligations)
  if (tx.t >= tx.c.incidentAtMs) for (const r of tx.c.rules.reporting) if (r.clockStartsAt === "receipt" && ruleApplies(tx, r)) openReportRule(tx, r, tx.t, agency);
  const kind = tx.c.agencies.get(agency)?.kind;
  for (const r of tx.c.rules.linkage[tx.c.scenario.kind]) {
    if (r.agency !== kind) continue;
    meet(tx, noticeId(r, agency), "notified");
    // a duty with no work yet (no casualties to treat) is opened when its work arises (openArisenWork)
    if (hasWork(r, tx.s.casualties) && toldOf(tx, r, agency)) openAct(tx, r, agency);
  }
}

/** Whether `agency`, told of the incident, has been told of linkage rule `r`'s work (rules/duty-work.ts). */
function toldOf(tx: Tx, r: LinkageRule, agency: string): boolean {
  const k = tx.s.knowledge.find((x) => x.agency === agency);
  return k !== undefined && k.notifiedAtMs !== undefined && toldOfWork(r, k, heardCasualties(k), tx.s.casualties);
}

/**
 * `agency`'s duty to act on linkage rule `r`, from now; met at once by an act taken on an earlier tick (its own, or by
 * an organ the spec names, `by`: the dispatch room's withdrawal before the mine manager was told), labelled by when it
 * came: "acted before being told (…)" only when before `agency` was told of the incident, else "acted before the duty
 * arose (…)" (the 120 told of a leak, sending ambulances before anyone is hurt). An act on this tick is matchEvents',
 * met as any act is: the 120 told at 00:04:30 and sending its ambulances when the first injury opens its duty at
 * 00:05:30 acted after being told (review15 chemical 7).
 */
function openAct(tx: Tx, r: LinkageRule, agency: string): void {
  if (r.actWithinMin === undefined || r.actions.length === 0) return;
  const id = actId(r, agency);
  if (tx.s.obligations.some((o) => o.id === id)) return;
  open(tx, { id, ruleId: r.id, kind: "act", agency, actions: r.actions, deadlineMs: tx.t + r.actWithinMin * MIN, basis: r.basis, text: r.text });
  // (a spec naming recipients cannot be judged from the acted list, which keeps no recipients)
  let first: { a: LinkageRule["actions"][number]; atMs: number } | undefined;
  for (const a of r.actions) {
    if (a.to !== undefined) continue;
    const by = (a.by as readonly string[] | undefined) ?? [];
    for (const k of tx.s.knowledge) {
      if (k.agency !== agency && !by.includes(tx.c.agencies.get(k.agency)?.kind ?? "")) continue;
      const atMs = k.acted[a.task ? `${a.type}:${a.task}` : a.type];
      if (atMs !== undefined && atMs < tx.t && (first === undefined || atMs < first.atMs)) first = { a, atMs };
    }
  }
  if (first === undefined) return;
  const told = tx.s.knowledge.find((k) => k.agency === agency)?.notifiedAtMs;
  const what = `${first.a.type}${first.a.task ? ` ${first.a.task}` : ""}`;
  meet(tx, id, told === undefined || first.atMs < told ? `acted before being told (${what})` : `acted before the duty arose (${what})`);
}

/** Match this tick's events against open obligations. */
export function matchEvents(tx: Tx, events: readonly DrillEvent[]): void {
  for (const e of events) {
    // a report, or a call that tells where the rule asks for no written form (rules/telling.ts)
    if (e.type === "reportSubmitted" || e.type === "messageSent") {
      // an answer to a spot question that reports nothing meets the question only (spot-answer.ts; review19 mine A2)
      if (e.type === "reportSubmitted" || !answerOnly(tx, e)) for (const o of tx.s.obligations) if (meetsReportDuty(tx.c, o, e) && !(e.type === "reportSubmitted" && leavesFollowUpOpen(tx.c, tx.s, o, e))) meet(tx, o.id, `${e.type === "reportSubmitted" ? "report" : "message"} ${e.id}`);
      // a report of another kind that states the figures meets the casualty follow-up (follow-up-figures.ts)
      if (e.type === "reportSubmitted") for (const o of tx.s.obligations) if (reportCarriesFigures(tx.c, tx.s, o, e)) meet(tx, o.id, `report ${e.id}`);
    }
    if (e.type === "unitArrived") {
      for (const o of tx.s.obligations) if (o.kind === "arrive" && o.unit === e.unit && o.metAtMs === undefined) meet(tx, o.id, `arrived ${e.unit}`);
    }
    if (e.type === "unitDispatched") openArrival(tx, e.unit, e.agency);
    // a holding reply ("正在核实，稍后报告") meets no duty: what counts as telling is rules/telling.ts
    const act = dutyAction(tx.c, e);
    if (act) {
      for (const o of tx.s.obligations) {
        // the holder's own command, or one by its organ that the duty names (`by`: the mine's dispatch room)
        if (o.kind !== "act" || o.metAtMs !== undefined || (o.agency !== act.agency && !o.actions?.some((a) => a.by !== undefined))) continue;
        if (o.to !== undefined && !recipientsOf(e).includes(o.to)) continue; // an answer owed to someone
        // a linkage duty is met by a message to those it coordinates, not by one only up its own reporting line
        // (the bureau's "we are still finding out" to the city is no coordination; issue 10 §4)
        if (o.to === undefined && act.type === "message" && onlyUpward(tx, act.agency, recipientsOf(e))) continue;
        if (meetsSpec(o.actions, act, (a) => tx.c.agencies.get(a)?.kind, o.agency)) meet(tx, o.id, `${act.type}${act.task ? ` ${act.task}` : ""}`);
      }
    }
  }
}

/** Whether every recipient is on `agency`'s own reporting line (its reportsTo, theirs, and so on up). */
function onlyUpward(tx: Tx, agency: string, to: readonly string[]): boolean {
  const up = new Set<string>();
  for (let a = tx.c.agencies.get(agency)?.reportsTo; a !== undefined && !up.has(a); a = tx.c.agencies.get(a)?.reportsTo) up.add(a);
  return to.length > 0 && to.every((r) => up.has(r));
}

/** Whom a message, report or acknowledgement went to (nobody for other events). */
function recipientsOf(e: DrillEvent): readonly string[] {
  if (e.type === "messageSent") return e.to;
  return e.type === "acknowledged" || e.type === "reportSubmitted" ? [e.to] : [];
}

function openArrival(tx: Tx, unit: string, agency: string): void {
  // a unit re-tasked where it already is has nothing to arrive at
  const u = tx.s.units.find((x) => x.id === unit);
  if (u?.status === "settingUp" && u.at === u.destination && u.route?.arriveMs.every((ms) => ms === 0)) return;
  const def = tx.c.units.get(unit);
  const std = tx.c.rules.dispatch.find((d) => d.unitType === def?.type);
  if (!std) return;
  const n = tx.s.obligations.filter((o) => o.kind === "arrive" && o.unit === unit).length;
  open(tx, { id: `${std.id}:${unit}:${n + 1}`, ruleId: std.id, kind: "arrive", agency, unit, deadlineMs: tx.t + std.arriveWithinMin * MIN, basis: std.basis, text: std.text });
}

/** Meet obligation `id`, done at `atMs` (now, or earlier: a notice given before it opened). */
function meet(tx: Tx, id: string, byEvent: string, atMs: number = tx.t): void {
  const i = tx.s.obligations.findIndex((o) => o.id === id);
  const o = tx.s.obligations[i];
  if (!o || o.metAtMs !== undefined) return;
  const late = atMs > o.deadlineMs;
  tx.s.obligations[i] = { ...o, status: late ? "late" : "met", metAtMs: atMs };
  emit(tx, { type: "obligationMet", id, late, byEvent, agency: o.agency, deadlineMs: o.deadlineMs, text: o.text });
}

/** Deadlines passed without the obligation met: missed (it may still be met late). */
export function checkDeadlines(tx: Tx): void {
  for (let i = 0; i < tx.s.obligations.length; i++) {
    const o = tx.s.obligations[i]!;
    if (o.status === "open" && tx.t > o.deadlineMs) {
      tx.s.obligations[i] = { ...o, status: "missed" };
      emit(tx, { type: "obligationMissed", id: o.id, agency: o.agency, deadlineMs: o.deadlineMs, text: o.text });
    }
  }
}

/**
 * Follow-up reports (续报, 493号令 第十三条), to each addressee the reporter has already reported to (none before: the
 * initial-report rules cover it), due within the rule's window:
 *   - casualties: when the reporter knows of more than it last reported (one duty at a time: a pending or missed one
 *     already asks for the figures), id `RULE:from>to:N`;
 *   - developments (`developments`, hazard codes the profile lists): each its own duty, from when the reporter learns
 *     of it after its last report there (rules/development-news.ts), id `RULE:from>to:CODE`; a missed one blocks
 *     nothing later. News that opened a casualty follow-up on the same tick is that duty's (each fault once).
 */
export function checkFollowUps(tx: Tx): void {
  for (const r of tx.c.rules.followUp) {
    if (r.scenarioKinds && !r.scenarioKinds.includes(tx.c.scenario.kind)) continue;
    for (const from of resolveAgencies(tx.c, r.from)) {
      const k = tx.s.knowledge.find((x) => x.agency === from);
      if (!k) continue;
      // a relay owes a follow-up for what it was told, true or not: 续报 passes news on
      const known = heardCasualties(k);
      for (const to of resolveAgencies(tx.c, r.to, from)) {
        const reports = tx.s.messages.filter((m) => m.kind === "report" && m.from === from && m.to.includes(to));
        const last = reports[reports.length - 1];
        // a first report made by a call (rules/telling.ts) stated no figures: the follow-up asks for them
        const calledAt = last ? undefined : tx.s.obligations.find((o) => o.kind === "report" && o.agency === from && o.to === to && o.metAtMs !== undefined && o.actions === undefined)?.metAtMs;
        if (!last && calledAt === undefined) continue; // no report yet: the initial-report rules cover it
        // "unknown" in the last report is no number: once one is known, the follow-up asks for it
        const told = statedFigures(last?.report?.content.casualties);
        const news = known.deaths > told.deaths || known.seriousInjuries > told.seriousInjuries || known.injured > told.injured || known.missing > told.missing;
        const mine = tx.s.obligations.filter((o) => o.ruleId === r.id && o.agency === from && o.to === to && !isDevelopmentDuty(r, o.id));
        if (news && !mine.some((o) => o.metAtMs === undefined)) open(tx, followUp(tx, r, from, to, String(mine.length + 1), tx.t));
        for (const code of r.developments) openDevelopment(tx, r, from, to, code, reports[0]?.atMs ?? calledAt!);
      }
    }
  }
}

/** The follow-up duty of rule `r` from `from` to `to`, named `key`, its clock started at `startMs`. */
function followUp(tx: Tx, r: Compiled["rules"]["followUp"][number], from: string, to: string, key: string, startMs: number): Omit<Obligation, "status" | "openedAtMs"> {
  return {
    id: `${r.id}:${from}>${to}:${key}`, ruleId: r.id, kind: "report", agency: from, to, mode: "any",
    actions: [{ type: "report", task: "followUp" }, { type: "report", task: "final" }],
    deadlineMs: startMs + r.withinMin * MIN, basis: r.basis, text: r.text,
  };
}

/**
 * Development `code`'s follow-up from `from` to `to` (first reported to at `firstReportMs`), once `from` has learnt of
 * it after that report: a report made once it knew carries the news, so nothing more is owed for it.
 */
function openDevelopment(tx: Tx, r: Compiled["rules"]["followUp"][number], from: string, to: string, code: string, firstReportMs: number): void {
  const id = `${r.id}:${from}>${to}:${code}`;
  if (tx.s.obligations.some((o) => o.id === id)) return;
  const learnt = developmentLearntAt(tx, from, code);
  if (learnt === undefined || learnt <= firstReportMs) return;
  // (a report on something else carries no news of it: review17 mine A2)
  const reportedSince = tx.s.messages.some((m) => m.kind === "report" && m.from === from && m.to.includes(to) && m.atMs >= learnt && reportsDevelopment(tx.c, m.report?.content, code));
  // the same news opened a casualty follow-up there when it came: that one duty asks for it
  const sameNews = tx.s.obligations.some((o) => o.ruleId === r.id && o.agency === from && o.to === to && o.openedAtMs === learnt && !isDevelopmentDuty(r, o.id));
  if (reportedSince || sameNews) return;
  open(tx, followUp(tx, r, from, to, code, learnt), learnt);
}
