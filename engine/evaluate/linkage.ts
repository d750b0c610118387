/**
 * Linkage (联动, domain.md §5 and §7.4): for each agency the linkage rules expect, when it was
 * first told, when it acknowledged, when it took its first required action and whether that
 * was in time. 联而不动 — told but not acting in time — is the headline share. Deadlines and
 * their outcomes come from the obligation events; the rules only say which agencies to expect.
 */
import type { DrillEvent } from "../model/events.ts";
import type { LocalText } from "../model/ids.ts";
import { tells } from "../rules/telling.ts";
import { workAroseAt } from "../rules/duty-work.ts";
import { resolveAgencies } from "../rules/agencies.ts";
import type { LinkageRule } from "../scenario/rules-schema.ts";
import { actedUntold, knewAt, notifiedAt, notifierOf } from "./blame.ts";
import { noticeBasis } from "./notice-basis.ts";
import { lateSteps } from "./late-grade.ts";
import { missedAfter, noticeDue, organKnew, tellerText } from "./notice-due.ts";
import { noticeEvidence, noticeObligations } from "./evidence.ts";
import { noticeLateByNotifier, ownWindow, toldText } from "./own-window.ts";
import { requirementNotice, requirementNoticeFinding } from "./requirement-notice.ts";
import { deliveries, neverByChain, neverToldHead } from "./notice-sent.ts";
import type { Opportunity } from "./opportunity.ts";
import { asOf, clock, span, type EvalContext } from "./context.ts";
import { finding } from "./findings.ts";
import { actionText } from "./glossary.ts";
import { absentDuty, notDrilledFinding, type NotDrilled } from "./not-drilled.ts";
import { headline } from "./linkage-headline.ts";
import { undoneParts } from "./duty-parts.ts";
import { forecastNotPassed } from "./forecast-passed.ts";
import { rejections } from "./rejections.ts";
import { commandEventBefore, firstCommandEvent } from "./duty-command.ts";
import { trace } from "./duty-failure.ts";
import { whileLate } from "./while-late.ts";
import { unowedWork } from "./unowed-work.ts";
import { sinceFound } from "./found-first.ts";
import { onlyUpward } from "./only-upward.ts";
import { slowNoticeRoot } from "./slow-by-notice.ts";
import { keptNotice, keptNoticeFinding } from "./kept-notice.ts";
import { workLearnt } from "./duty-known.ts";
import { heldNote } from "./forwarding.ts";
import { actCode, isOwnPlan, ownPlanPriced, planNotStarted } from "./own-plan.ts";
import { shouldKnowText, siblingShouldKnow } from "./see-notice.ts";
import type { Finding, LinkageEdge, LinkageHeadline, LinkageRow, Strength } from "./report-model.ts";

export interface LinkageResult {
  rows: LinkageRow[];
  /** duties of agencies the scenario does not play, whose work arose: reported as 未演练, never silently dropped */
  notDrilled: NotDrilled[];
  edges: LinkageEdge[];
  headline: LinkageHeadline;
  findings: Finding[];
  strengths: Strength[];
  /** every expected agency's duty: to be told and, where the rule says, to act */
  opportunities: Opportunity[];
}

/**
 * The deliveries that tell their recipients of the incident (rules/telling.ts, the rule the engine's
 * first notification follows): a message, acknowledgement or report with facts, a support request,
 * an inject the scenario marks `notifies` — not a forecast, a journalist's call or a holding reply
 * such as "正在核实，稍后报告" (issue 10 §3).
 */
export function notifyingDeliveries(x: EvalContext, e: DrillEvent): Array<{ from: string; to: string; kind: string }> {
  return tells(x.c, e) ? deliveries(e) : [];
}

export function linkageEdges(x: EvalContext): LinkageEdge[] {
  const edges = new Map<string, LinkageEdge>();
  x.events.forEach((e, i) => {
    for (const d of deliveries(e)) {
      const key = `${d.from}>${d.to}`;
      const edge = edges.get(key);
      if (!edge) edges.set(key, { from: d.from, to: d.to, firstAtMs: e.at, firstEvent: i, count: 1, kinds: [d.kind] });
      else {
        edge.count++;
        if (!edge.kinds.includes(d.kind)) edge.kinds.push(d.kind);
      }
    }
  });
  return [...edges.values()];
}

/** The findings on a duty's action (not on its notice): left out for an unverified duty. */
const ACT_CODES: ReadonlySet<string> = new Set(["LINKAGE_SLOW", "LINKAGE_IDLE", "LINKAGE_PART_UNDONE", "PLAN_NOT_STARTED", "PLAN_NOT_DECLARED"]);

/**
 * A duty of the incident unit that arises with work in its own accident (`workWhen`) and that no notice rule times
 * (the mine's rescue of the miners found trapped, LNK-MINE-RESCUE): nobody owes it a notice, so it has no notice part.
 */
export function ownWork(x: EvalContext, rule: LinkageRule, agency: string): boolean {
  return agency === x.c.scenario.incidentAgency && rule.workWhen !== undefined && rule.notifiedWithinMin === undefined;
}

/**
 * Whether linkage duty `rule` of `agency` has no notice part of its own: work in its own accident (ownWork), or a duty
 * that times no notice (`notifiedWithinMin`) while another duty of the same agency does (the mine manager's plan,
 * LNK-MINE-PLAN, and the dispatch room's word to him, timed by LNK-MINE-MINE): one notice, judged once, under the
 * duty that times it (review22 mine B1; a second notice part made W 116 and the late word count in two items).
 */
export function noNoticePart(x: EvalContext, rule: LinkageRule, agency: string): boolean {
  if (ownWork(x, rule, agency)) return true;
  if (rule.notifiedWithinMin !== undefined) return false;
  return x.c.rules.linkage[x.c.scenario.kind].some((r) => r !== rule && r.notifiedWithinMin !== undefined && resolveAgencies(x.c, r.agency).includes(agency));
}

export function evaluateLinkage(x: EvalContext): LinkageResult {
  const rows: LinkageRow[] = [];
  const findings: Finding[] = [];
  const strengths: Strength[] = [];
  const firstTold = new Map<string, { from: string; event: number }>();
  x.events.forEach((e, i) => {
    for (const d of notifyingDeliveries(x, e)) if (!firstTold.has(d.to)) firstTold.set(d.to, { from: d.from, event: i });
  });
  const seen = new Set<string>();
  const notDrilled: NotDrilled[] = [];
  for (const rule of x.c.rules.linkage[x.c.scenario.kind]) {
    const absent = absentDuty(x, rule);
    if (absent) {
      notDrilled.push(absent);
      if (!absent.declared) findings.push(notDrilledFinding(x, rule, absent));
    }
    for (const agency of resolveAgencies(x.c, rule.agency)) {
      // one judgement per duty: an agency may hold more than one (the mine's withdrawal, and its rescue of people
      // found trapped, review15 mine 3); an agency resolved under two kinds for one duty is judged once
      if (seen.has(`${rule.id}:${agency}`)) continue;
      seen.add(`${rule.id}:${agency}`);
      // a duty whose work never arose (no casualties to treat, nobody trapped, nobody moved) is owed by nobody (rules/duty-work.ts)
      const workAt = workAroseAt(rule, x.events);
      if (workAt === undefined) {
        // … but a requirement of the scenario falling due on it was owed a notice all the same (requirement-notice.ts):
        // judged, with no row and no duty (review8 mine 2: the 120's ambulances at the mine when nobody was hurt)
        const notifier = notifierOf(x, agency);
        const rn = notifier !== null ? requirementNotice(x, agency, notifier) : undefined;
        const f = rn ? requirementNoticeFinding(x, rule, agency, notifier!, rn, x.state.knowledge.find((k) => k.agency === agency)?.notifiedAtMs, firstTold.get(agency)) : undefined;
        if (f) findings.push(f);
        // work done on it all the same is credited in words, never in points (unowed-work.ts; review16 mine good 石门镇)
        const done = rule.tag !== "U" ? unowedWork(x, rule, agency) : undefined;
        if (done) strengths.push(done);
        continue;
      }
      const r = linkageRow(x, rule, agency, firstTold.get(agency), workAt, firstTold.get(notifierOf(x, agency) ?? "")?.event);
      // an unverified duty (tag U, domain.md §0) stays out of scoring until checked: its action is neither faulted nor praised
      const unverified = rule.tag === "U";
      rows.push(unverified ? { ...r.row, unverified: true } : r.row);
      findings.push(...(unverified ? r.findings.filter((f) => !ACT_CODES.has(f.code)) : r.findings));
      if (r.strength && !unverified) strengths.push(r.strength);
    }
  }
  findings.push(...rejections(x));
  // the unit's own plan priced by what its omission cost, once its other findings are known (own-plan.ts)
  ownPlanPriced(x, findings, rows);
  // a duty whose first act was a notice already judged late against the same deadline follows that notice (slow-by-notice.ts)
  for (const f of findings) {
    if (f.code !== "LINKAGE_SLOW" || f.rootKey !== undefined || f.agency === null) continue;
    const rule = x.c.rules.linkage[x.c.scenario.kind].find((l) => l.id === f.ruleId);
    const act = rule ? trace(x, rule.id, "act", f.agency) : undefined;
    const root = act?.met ? slowNoticeRoot(x, f, findings, commandEventBefore(x, act.met.event, f.agency, rule!, act.met.byEvent), act.ob.deadlineMs) : undefined;
    if (root) f.rootKey = root;
  }
  const opportunities = rows.flatMap((r): Opportunity[] => {
    const rule = x.c.rules.linkage[x.c.scenario.kind].find((l) => l.id === r.ruleId)!;
    // a notice the scenario itself gave (a 110 call) is no credit to the players; only the duty to act is judged
    // nor is the incident unit "told" of work arising in its own accident (its rescue of the trapped): no notice part
    const byScenario = r.notifiedBy === "scenario" || noNoticePart(x, rule, r.agency);
    // an agency told of the incident but never of its duty's work (the 120 asked only to "做好准备") owes no action (rules/duty-work.ts)
    const actOwed = !(rule.workWhen !== undefined && r.notifiedAtMs !== undefined && r.actDeadlineMs === undefined);
    const failCodes = [...(byScenario ? [] : (["LINKAGE_NOT_NOTIFIED"] as const)), ...(rule.actWithinMin !== undefined && rule.actions.length > 0 && !r.unverified && actOwed ? [actCode(rule)] : [])];
    // an unverified duty with nothing left to judge is no opportunity (domain.md §0)
    return r.unverified && failCodes.length === 0 ? [] : [{ id: `link:${r.ruleId}:${r.agency}`, section: "linkage", failCodes, ...(r.unverified ? { unverified: true } : {}), ...(rule.actNotJudged !== undefined ? { actNotJudged: rule.actNotJudged } : {}) }];
  });
  // an absent agency's notice the scenario did not declare out of scope is an opportunity the drill could not take
  const absentOpps = notDrilled.filter((n) => !n.declared).map((n): Opportunity => ({ id: `link:${n.ruleId}:absent`, section: "linkage", failCodes: ["LINKAGE_NOT_NOTIFIED"] }));
  return { rows, notDrilled, edges: linkageEdges(x), headline: headline(rows.filter((r) => !r.unverified && !r.ownPlan)), findings, strengths, opportunities: [...opportunities, ...absentOpps] };
}

function linkageRow(x: EvalContext, rule: LinkageRule, agency: string, told: { from: string; event: number } | undefined, workAt: number, notifierTold?: number) {
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
    // the holder's duty met late by its organ's command (`by`) is its own fault beside the organ's: two posts, two duties,
    // each told in time to give the order (review18 mine A2: the mine head told at 00:15 withdrew the miners at 00:52;
    // the harm they caused together is shared by causal share, causal-share.ts), never 「随」 the organ's
    // a duty whose clock ran from its work (people found trapped) cites when the holder learnt of it, not the notice (duty-known.ts)
    const work = workLearnt(x, rule, agency, notifiedAtMs!, act);
    const heard = work ? { zh: `，${clock(work.atMs)} 获知${work.what.zh}`, en: ` and learnt of ${work.what.en} at ${clock(work.atMs)}` } : { zh: "", en: "" };
    const toldEvent = work ? work.event : told?.event;
    // what an agency knew is what reached it (tests/knowledge/known-by-act.test.ts): it was told
    const knew = { zh: `于 ${clock(notifiedAtMs!)} 接报`, en: ` was told at ${clock(notifiedAtMs!)}` };
    const evidence = { events: [act.opened, ...(act.missed !== undefined ? [act.missed] : []), ...(act.met ? [act.met.event] : []), ...(toldEvent !== undefined ? [toldEvent] : [])], messages: [], obligations: [act.ob.id] };
    if (act.met && !act.met.late) {
      row.status = "prompt";
      const lead = span(act.ob.deadlineMs - act.met.atMs);
      // cite the command itself, so a strength never rests on a command a finding condemns; not the notice, which is
      // another agency's act (a concealing 119 call must not cost the brigade that answered it its strength)
      // an action taken before the notice counts from the notice (not "接报后"); a lead in minutes is 分钟, never 分 (points)
      // one taken after the notice but before the duty arose (the 120 sending ambulances before anyone is hurt) says both
      const early = /^acted before (being told|the duty arose) \((.+)\)$/.exec(act.met.byEvent);
      // (an earlier act: the first that meets it, the one the engine names, not a later one before the duty arose)
      const cmd = early ? firstCommandEvent(x, agency, rule) : commandEventBefore(x, act.met.event, agency, rule, act.met.byEvent);
      const cited = { ...evidence, events: [...evidence.events.filter((i) => i !== told?.event), ...(cmd >= 0 ? [cmd] : [])] };
      const how = actionText(act.met.byEvent, x.unitName, x.c.scenario.kind);
      // the action itself, once: "evacuate (before being told)" inside "acted before being told (…)" would say it twice
      const first = early ? actionText(early[2]!, x.unitName, x.c.scenario.kind) : how;
      const ahead = { zh: lead.zh.replace(/^(\d+)分$/, "$1分钟"), en: lead.en };
      const heardMs = notifiedAt(x, agency);
      const actedMs = cmd >= 0 ? x.events[cmd]!.at : undefined;
      const message = early?.[1] === "being told"
        ? { zh: `${name.zh}接报前已采取行动（${first.zh}），于 ${clock(act.met.atMs)} 接报时即已履行职责，早于时限 ${ahead.zh}`, en: `${name.en} had already acted before being told (${first.en}); its duty was met when told at ${clock(act.met.atMs)}, ${ahead.en} inside its limit` }
        : early && heardMs !== undefined
          ? {
              zh: `${name.zh}于 ${clock(heardMs)} 接报，${actedMs !== undefined ? `${clock(actedMs)} ` : "其后"}已采取行动（${first.zh}），于 ${clock(act.met.atMs)} 职责产生时即已履行职责，早于时限 ${ahead.zh}`,
              en: `${name.en}, told at ${clock(heardMs)}, had already acted${actedMs !== undefined ? ` at ${clock(actedMs)}` : ""} (${first.en}); its duty was met when it arose at ${clock(act.met.atMs)}, ${ahead.en} inside its limit`,
            }
          : { zh: `${name.zh}接报后于 ${clock(act.met.atMs)} 履行职责（${how.zh}），早于时限 ${ahead.zh}`, en: `${name.en} acted at ${clock(act.met.atMs)} (${how.en}), ${ahead.en} inside its limit` };
      // a duty met at its very limit is met, not done well: no 经验 "早于时限 0秒"
      return { row, findings, ...(act.met.atMs < act.ob.deadlineMs ? { strength: { section: "linkage" as const, agency, message, evidence: cited, work: dutyTasks(rule) } } : {}) };
    }
    // begun by its own command before anyone told it, within its limit from then (it knew by that command: blame.ts knewAt,
    // review21 chemical 2): not late, though the engine credits a later act; the notifier's delay is the notice finding's
    const untold = firstCommandEvent(x, agency, rule);
    if (act.met?.late && untold >= 0 && x.events[untold]!.at < notifiedAtMs! && x.events[untold]!.at <= (knewAt(x, agency) ?? Infinity) + act.ob.deadlineMs - act.ob.openedAtMs) {
      row.status = "prompt";
    } else if (act.met?.late) {
      row.status = "late";
      const by = span(act.met.atMs - act.ob.deadlineMs);
      const toldLate = ((s) => (s !== undefined && notifier !== null && act.ob.openedAtMs === notifiedAtMs ? s : undefined))(should ?? (notify ? undefined : siblingShouldKnow(x, rule, agency)));
      // a duty with a name of its own (rule.fault): what the agency heard and said while it stood late, cited and quoted
      const late = rule.fault ? whileLate(x, agency, notifiedAtMs, act.met.atMs, x.agencyName) : undefined;
      const fault = rule.fault ? { zh: `${rule.fault.zh}：`, en: `${rule.fault.en}: ` } : { zh: "", en: "" };
      findings.push(finding({
        code: "LINKAGE_SLOW", section: "linkage", opportunity: `link:${rule.id}:${agency}`, agency, atMs: act.met.atMs, ruleId: rule.id, basis: rule.basis, key: `act:${rule.id}:${agency}`, ...(toldLate !== undefined ? { seeNotice: { notifier: notifier!, told: agency } } : {}),
        // per started window of the duty's own limit, at most 联而不动 (late-grade.ts, credit.ts; review18 chemical A2)
        quantity: lateSteps(act.met.atMs - act.ob.deadlineMs, act.ob.deadlineMs - act.ob.openedAtMs),
        // its first act, named: the duty's other parts may never have been done (review9 mine 6), so never "才履行职责"
        // a late protective order (shelter, evacuation) is the people's late protection, not a duty "begun" (review16 chem F40)
        message: ((how, protect, order = ((h: string) => (/命令$/.test(h) ? h : `${h}指令`))(how.zh.replace(/^下达/, ""))) => ((sk) => ({
          zh: `响应迟缓：${fault.zh}${name.zh}${knew.zh}${heard.zh}，${clock(act.met!.atMs)} ${protect ? `才下达${order}，人员防护迟延` : "才开始履行职责"}（${protect ? "" : `${how.zh}；`}职责：${rule.text.zh}），时限 ${clock(act.ob.deadlineMs)}，超时 ${by.zh}${sk.zh}${late?.said.zh ?? ""}`,
          en: `Slow to act: ${fault.en}${name.en}${knew.en}${heard.en} but ${protect ? `gave the order (${how.en}) only at ${clock(act.met!.atMs)}, so the people were protected late` : `first acted only at ${clock(act.met!.atMs)}`} (${protect ? "" : `${how.en}; `}duty: ${rule.text.en}), due by ${clock(act.ob.deadlineMs)}, ${by.en} late${sk.en}${late?.said.en ?? ""}`,
        }))(toldLate !== undefined ? shouldKnowText(toldLate, act.ob.deadlineMs - act.ob.openedAtMs, act.met!.atMs, protect ? { zh: order, en: "the order" } : isOwnPlan(rule) ? { zh: "启动预案", en: "starting its plan" } : { zh: "履职", en: "its act" }) : { zh: "", en: "" }))(actionText(act.met.byEvent, x.unitName, x.c.scenario.kind), /^(shelter|evacuate)\b/.test(act.met.byEvent)),
        evidence: late ? { ...evidence, events: [...new Set([...evidence.events, ...late.events])].sort((p, q) => p - q) } : evidence,
      }));
    } else if (act.missed !== undefined) {
      row.status = "idle";
      // it spoke, but only to the levels above: said, and cited (only-upward.ts)
      const up = onlyUpward(x, agency, notifiedAtMs);
      // the incident unit's own plan never started is its own finding, not 联而不动 (own-plan.ts; review23 chemical §2)
      const plan = isOwnPlan(rule) ? planNotStarted(x, rule, agency, notifiedAtMs!, act.ob.deadlineMs) : undefined;
      findings.push(finding({
        code: plan?.code ?? "LINKAGE_IDLE", section: "linkage", opportunity: `link:${rule.id}:${agency}`, agency, atMs: act.ob.deadlineMs, ruleId: rule.id, basis: rule.basis, key: `act:${rule.id}:${agency}`,
        message: plan?.message ?? {
          zh: `联而不动：${rule.fault ? `${rule.fault.zh}：` : ""}${name.zh}${knew.zh}${heard.zh}，${up ? up.text.zh : "但"}${asOf(x).until.zh}未履行职责（${rule.text.zh}），时限 ${clock(act.ob.deadlineMs)}`,
          en: `Told but idle: ${rule.fault ? `${rule.fault.en}: ` : ""}${name.en}${knew.en}${heard.en} but ${up ? up.text.en : ""}${asOf(x).ended ? "never took its required action" : `had not taken its required action ${asOf(x).until.en}`} (${rule.text.en}); due by ${clock(act.ob.deadlineMs)}`,
        },
        evidence: { ...evidence, events: [...new Set([...evidence.events, ...(up?.events ?? []), x.endEvent])].sort((p, q) => p - q) },
      }));
    }
    return { row, findings };
  }
  if (rule.actions.length > 0) row.status = firstCommandEvent(x, agency, rule) >= 0 ? "acted" : "notActed";
  return { row, findings };
}

/** The tasks linkage duty `rule`'s actions name (a dispatch for weather observation, for suppression): the work its strength credits. */
export function dutyTasks(rule: Pick<LinkageRule, "actions">): string[] {
  return rule.actions.flatMap((a) => (a.task !== undefined ? [a.task] : []));
}

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
