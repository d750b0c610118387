/**
 * One row of the linkage table (联动, domain.md §5 and §7.4): when an agency was told, by whom, when it acknowledged and
 * first acted, with the findings on its notice (未通知, 通知迟延) and the judgement of its act (duty-act.ts).
 */
import type { LocalText } from "../model/ids.ts";
import type { LinkageRule } from "../scenario/rules-schema.ts";
import { actedUntold, knewAt, notifierOf } from "./blame.ts";
import { noticeBasis } from "./notice-basis.ts";
import { lateSteps } from "./late-grade.ts";
import { noticeDue, organKnew, tellerText } from "./notice-due.ts";
import { noticeEvidence, noticeObligations } from "./evidence.ts";
import { noticeLateByNotifier, ownWindow, toldText } from "./own-window.ts";
import { requirementNotice, requirementNoticeFinding } from "./requirement-notice.ts";
import { neverByChain, neverToldHead } from "./notice-sent.ts";
import { clock, span, type EvalContext } from "./context.ts";
import { finding } from "./findings.ts";
import { firstCommandEvent } from "./duty-command.ts";
import { trace } from "./duty-failure.ts";
import { sinceFound } from "./found-first.ts";
import { keptNotice, keptNoticeFinding } from "./kept-notice.ts";
import { heldNote } from "./forwarding.ts";
import { isOwnPlan } from "./own-plan.ts";
import { undoneParts } from "./duty-parts.ts";
import { forecastNotPassed } from "./forecast-passed.ts";
import type { Finding, LinkageRow } from "./report-model.ts";
import { judgeAct } from "./duty-act.ts";

/**
 * `agency`'s row of the linkage table under duty `rule` (when told, by whom, acknowledged, first required act, status)
 * with the findings on its notice and its act, and its strength when it acted in time. `told`: the delivery that first
 * told it; `workAt`: when the duty's work arose (sim ms); `notifierTold`: the event that first told its notifier.
 */
export function linkageRow(x: EvalContext, rule: LinkageRule, agency: string, told: { from: string; event: number } | undefined, workAt: number, notifierTold?: number) {
  const k = x.state.knowledge.find((kn) => kn.agency === agency);
  const name = x.agencyName(agency);
  const notify = trace(x, rule.id, "notified", agency);
  const act = trace(x, rule.id, "act", agency);
  const findings: Finding[] = [];
  const notifiedAtMs = k?.notifiedAtMs;
  // one notice deadline for the table, the findings and the timeline (notice-due.ts; review6 B8)
  const due = notify ? noticeDue(x, agency, notify) : undefined;
  // a notice its notifier never owed: it never knew of the work that makes it due (work-known.ts; review11 mine 1)
  const unowed = notify !== undefined && due === undefined;
  const ack = acknowledgedAt(x, agency, notifiedAtMs, k?.firstActionAtMs);
  const row: LinkageRow = {
    agency, ruleId: rule.id, text: rule.text, basis: rule.basis,
    ...(notifiedAtMs !== undefined ? { notifiedAtMs } : {}),
    ...(told ? { notifiedBy: told.from, notifiedEvent: told.event } : {}),
    ...(due !== undefined ? { notifyDeadlineMs: due } : {}),
    ...(ack !== undefined ? { acknowledgedAtMs: ack } : {}),
    ...(act?.met ? { firstRequiredActionAtMs: act.met.atMs } : {}),
    ...(act ? { actDeadlineMs: act.ob.deadlineMs } : {}),
    status: "notifiedOnly",
    ...(rule.actNotJudged !== undefined ? { actNotJudged: rule.actNotJudged } : {}),
  };
  // a notice that never came, or came late, is the fault of whoever had to give it (issue 10 §1)
  const notifier = notifierOf(x, agency);
  const nn = notifier !== null ? x.agencyName(notifier) : name;
  // a notifier that itself learnt after the notice's clock started answers from its own window (own-window.ts)
  const w = notify && notifier !== null ? ownWindow(x, notifier, notify, notify.met?.atMs) : undefined;
  // the notice's own deadline is printed (the who-told-whom table's): a notifier that heard after it is said so as a fact
  // (a notifier of the incident unit knew through its organ: that is the fact, review r15 mine 3)
  const organ = notifier !== null ? organKnew(x, notifier) : undefined;
  // who could start the notice's clock: the notifier, and the organ of its unit that knew before it (notice-due.ts)
  const knowers = [...(notifier !== null ? [notifier] : []), ...(organ ? [organ.organ] : [])];
  const learnt = w?.told !== undefined && due !== undefined && w.told > due
    ? organ !== undefined && organ.atMs <= due ? organText(x, organ) : toldText(nn, w.told, false)
    : { zh: "", en: "" };
  const root = notifier ? { rootKey: `told:${notifier}>${agency}` } : {};
  // the who-told-whom table names an inject by its source and says when the notifier was not who told it (review15 school 6)
  const ev = told ? x.events[told.event] : undefined;
  const source = told?.from === "scenario" && ev?.type === "injectDelivered" ? x.c.injects.get(ev.inject)?.source : undefined;
  if (source) row.notifiedBySource = source;
  if (agency === x.c.scenario.incidentAgency) row.incidentUnit = true;
  if (isOwnPlan(rule)) row.ownPlan = true;
  // it issued a command about the incident before anyone told it: it knew then (blame.ts actedUntold; review r22 chemical (b))
  const ownAct = agency !== x.c.scenario.incidentAgency ? actedUntold(x, agency) : undefined;
  if (ownAct) row.knewByAct = ownAct;
  else if (notifier !== null && told && told.from !== notifier) row.notifier = notifier;
  // a notice a 谎报 kept from its notifier is the liar's (kept-notice.ts; review16 mine A1): its deadline, had the report been true
  const kept = notify && notifier !== null ? keptNotice(x, rule, agency, notifier, workAt, due, notifiedAtMs) : undefined;
  if (kept) {
    row.notifyDeadlineMs = kept.dueMs;
    row.keptBy = kept.report.from;
    row.notifier = notifier!;
    // (no obligation cited: the engine's notice deadline, from when the work arose, was nobody's: mine-r15.test)
    findings.push(keptNoticeFinding(x, rule, agency, notifier!, kept, notifiedAtMs !== undefined && told ? { atMs: notifiedAtMs, event: told.event } : undefined));
  }
  // no rule times this notice, but a requirement falls due on the agency: owed by then (requirement-notice.ts)
  const rn = !notify && notifier !== null ? requirementNotice(x, agency, notifier) : undefined;
  if (rn) {
    row.notifyDeadlineMs = rn.dueMs;
    const f = requirementNoticeFinding(x, rule, agency, notifier!, rn, notifiedAtMs, told);
    if (f) findings.push(f);
    if (notifiedAtMs === undefined) {
      row.status = "notNotified";
      return { row, findings };
    }
  }
  if (notifiedAtMs === undefined) {
    row.status = "notNotified";
    if (unowed) return { row, findings };
    // a notice no rule times is dated when the duty arose (the notifier learnt of the incident, and the duty had work) and judged at the drill's end
    const arose = Math.max(workAt, notifier !== null ? (x.state.knowledge.find((k) => k.agency === notifier)?.notifiedAtMs ?? 0) : 0);
    const head = neverToldHead(x, nn, name, rule.text);
    const untimed = { zh: `；该通知未规定时限，${clock(arose)} 起负有通知职责，按演练结束（${clock(x.endMs)}）时判定`, en: `; no deadline was set for this notice: owed from ${clock(arose)}, judged at the drill's end (${clock(x.endMs)})` };
    findings.push(finding({
      code: "LINKAGE_NOT_NOTIFIED", section: "linkage", opportunity: `link:${rule.id}:${agency}`, agency: notifier ?? agency, atMs: due !== undefined ? (w && !w.dark ? Math.max(w.dueMs, due) : due) : arose, ruleId: rule.id, basis: noticeBasis(x, rule, notifier, agency), key: `dark:${agency}`, ...root,
      message: {
        zh: `${head.zh}${due !== undefined ? `，应于 ${clock(due)} 前通知${learnt.zh}` : untimed.zh}`,
        en: `${head.en}${due !== undefined ? `; it should have by ${clock(due)}${learnt.en}` : untimed.en}`,
      },
      evidence: { events: notify ? noticeEvidence(x, agency, notify, due, notifierTold, knowers) : [x.endEvent], obligations: notify ? noticeObligations(x, agency, notify) : [] },
    }));
    return { row, findings };
  }
  // late only against the notifier's own window, and only when the notifier is the one that failed (own-window.ts)
  // an agency that issued a command about the incident knew it then (blame.ts knewAt, review21 chemical 2): the notice's
  // lateness runs to then at most, its own delay after that is its own
  const knewMs = notify?.met ? Math.min(notify.met.atMs, knewAt(x, agency) ?? Infinity) : Infinity;
  const should = notify?.met && due !== undefined && knewMs > due && noticeLateByNotifier(x, agency) ? due : undefined; // told late: a late duty also counted from then (see-notice.ts)
  if (notify?.met && due !== undefined && should !== undefined) {
    // one deadline, the notice's (the who-told-whom table's), and the lateness against it (issue 10 §5, review B8)
    const by = span(knewMs - due);
    const self = knewMs < notify.met.atMs ? { zh: `（${name.zh} ${clock(knewMs)} 已自行获知：其发出有关事故的指令）`, en: ` (${name.en} knew by ${clock(knewMs)}: it issued a command about the incident)` } : { zh: "", en: "" };
    const via0 = tellerText(x, told, notifier);
    const via = { zh: via0.zh + self.zh, en: via0.en + self.en };
    // a receiver that held a report from the public for it shares the lateness (forwarding.ts; review16 chemical A2)
    const held = heldNote(x, agency).note;
    // the notifier never sent it (the agency heard from someone else): a missing notice, not a late one (notice-sent.ts)
    const never = neverByChain(x, notifier, agency, told) ? neverToldHead(x, nn, name, rule.text) : undefined;
    findings.push(finding({
      // never sent is 未通知, charged as such (its notice part), not 通知迟延 (review15 school 4)
      ...(never ? { code: "LINKAGE_NOT_NOTIFIED" as const, heardElsewhere: true as const } : { code: "LINKAGE_NOTIFIED_LATE" as const }),
      section: "linkage", opportunity: `link:${rule.id}:${agency}`, agency: notifier ?? agency, atMs: notify.met.atMs, ruleId: rule.id, basis: noticeBasis(x, rule, notifier, agency), key: `dark:${agency}`, ...root,
      // a later notice weighs more: per started window of the rule's own minutes (late-grade.ts; review16 school 1)
      ...(never ? {} : { quantity: lateSteps(knewMs - due, notify.ob.deadlineMs - notify.ob.openedAtMs) }),
      message: never
        ? {
            // knowing by its own command first, that is when it knew, once (review r22 chemical (b), v9: not "00:56:48 才获知
            // （经特勤站侦检组告知）（00:13:00 已自行获知）", its own recon team's report read as the brigade first hearing)
            zh: knewMs < notify.met.atMs
              ? `${never.zh}，时限 ${clock(due)}${learnt.zh}；${name.zh} ${clock(knewMs)} 已自行获知（其发出有关事故的指令），迟 ${by.zh}${held.zh}`
              : `${never.zh}，时限 ${clock(due)}${learnt.zh}；${name.zh}于 ${clock(notify.met.atMs)} 才获知事故信息${via.zh}，迟 ${by.zh}${held.zh}`,
            en: knewMs < notify.met.atMs
              ? `${never.en}; the notice was due by ${clock(due)}${learnt.en}; ${name.en} knew of the incident by ${clock(knewMs)} (it issued a command about it), ${by.en} late${held.en}`
              : `${never.en}; the notice was due by ${clock(due)}${learnt.en}; ${name.en} first heard of the incident at ${clock(notify.met.atMs)}${via.en}, ${by.en} late${held.en}`,
          }
        : {
            zh: `通知迟延：${nn.zh}未按时通知${name.zh}，${name.zh}于 ${clock(notify.met.atMs)} 才收到事故信息${via.zh}，时限 ${clock(due)}${learnt.zh}，迟 ${by.zh}${sinceFound(x, rule, notifier, notify.met.atMs).zh}${held.zh}`,
            en: `Notified late: ${nn.en} did not tell ${name.en} in time: the notice was due by ${clock(due)}${learnt.en}; ${name.en} first heard of the incident at ${clock(notify.met.atMs)}${via.en}, ${by.en} late${sinceFound(x, rule, notifier, notify.met.atMs).en}${held.en}`,
          },
      evidence: { events: [...noticeEvidence(x, agency, notify, due, notifierTold, knowers), notify.met.event, ...(told ? [told.event] : [])], obligations: noticeObligations(x, agency, notify) },
    }));
  }
  // the parts of the duty never done after its first act (duty-parts.ts; review9 mine 6)
  if (act && notifiedAtMs !== undefined) findings.push(...undoneParts(x, rule, agency, notifiedAtMs, act), ...forecastNotPassed(x, rule, agency, act));
  if (act) {
    const j = judgeAct(x, rule, agency, act, notifiedAtMs, told, { notifier, notify, should });
    if (j.status) row.status = j.status;
    findings.push(...j.findings);
    return { row, findings, ...(j.strength ? { strength: j.strength } : {}) };
  }
  if (rule.actions.length > 0) row.status = firstCommandEvent(x, agency, rule) >= 0 ? "acted" : "notActed";
  return { row, findings };
}

/** When `agency` first answered its notice (sim ms): its first action or acknowledgement after being told, whichever came first. */
function acknowledgedAt(x: EvalContext, agency: string, notifiedAtMs: number | undefined, firstActionAtMs: number | undefined): number | undefined {
  if (notifiedAtMs === undefined) return undefined;
  const ackEvent = x.events.find((e) => e.type === "acknowledged" && e.from === agency && e.at >= notifiedAtMs);
  const times = [firstActionAtMs, ackEvent?.at].filter((t): t is number => t !== undefined);
  return times.length > 0 ? Math.min(...times) : undefined;
}

/** "（兴隆煤矿调度室 00:02:00 已获知，同属事故单位，自此起算）": the incident unit knew through its organ. */
function organText(x: EvalContext, o: { organ: string; atMs: number }): LocalText {
  const n = x.agencyName(o.organ);
  return { zh: `（${n.zh} ${clock(o.atMs)} 已获知，同属事故单位，自此起算）`, en: ` (${n.en}, part of the same unit, knew at ${clock(o.atMs)}; counted from then)` };
}
