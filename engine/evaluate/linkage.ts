/**
 * Linkage (联动, domain.md §5 and §7.4): for each agency the linkage rules expect, when it was
 * first told, when it acknowledged, when it took its first required action and whether that
 * was in time. 联而不动 — told but not acting in time — is the headline share. Deadlines and
 * their outcomes come from the obligation events; the rules only say which agencies to expect.
 */
import type { DrillEvent } from "../model/events.ts";
import { meetsSpec } from "../rules/actions.ts";
import { dutyAction, tells } from "../rules/telling.ts";
import { workAroseAt } from "../rules/duty-work.ts";
import { resolveAgencies } from "../rules/agencies.ts";
import type { LinkageRule } from "../scenario/rules-schema.ts";
import { notifierOf } from "./blame.ts";
import { judgedAct } from "./harmful-orders.ts";
import { noticeLateByNotifier, ownWindow, toldText } from "./own-window.ts";
import type { Opportunity } from "./credit.ts";
import { clock, span, type EvalContext, type ObligationTrace } from "./context.ts";
import { finding } from "./findings.ts";
import { actionText, label } from "./glossary.ts";
import type { Finding, LinkageEdge, LinkageHeadline, LinkageRow, Strength } from "./report-model.ts";

export interface LinkageResult {
  rows: LinkageRow[];
  edges: LinkageEdge[];
  headline: LinkageHeadline;
  findings: Finding[];
  strengths: Strength[];
  /** every expected agency's duty: to be told and, where the rule says, to act */
  opportunities: Opportunity[];
}

/** Who an event tells of the incident, and who tells it ("scenario" for an inject). */
export function deliveries(e: DrillEvent): Array<{ from: string; to: string; kind: string }> {
  switch (e.type) {
    case "messageSent":
      return e.to.map((to) => ({ from: e.from, to, kind: "message" }));
    case "reportSubmitted":
      return [{ from: e.from, to: e.to, kind: "report" }];
    case "acknowledged":
      return [{ from: e.from, to: e.to, kind: "ack" }];
    case "supportRequested":
      return [{ from: e.by, to: e.from, kind: "request" }];
    case "injectDelivered":
      return e.to.map((to) => ({ from: "scenario", to, kind: "inject" }));
    default:
      return [];
  }
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

function trace(x: EvalContext, ruleId: string, kind: "notified" | "act", agency: string): ObligationTrace | undefined {
  const t = x.obligations.find((o) => o.ob.ruleId === ruleId && o.ob.kind === kind && o.ob.agency === agency);
  // an order a finding condemns (crews sent unprotected into the hazard, a wrong-type dispatch) meets no duty (issue 10 §11)
  return kind === "act" ? judgedAct(x, t) : t;
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
  for (const rule of x.c.rules.linkage[x.c.scenario.kind]) {
    for (const agency of resolveAgencies(x.c, rule.agency)) {
      if (seen.has(agency)) continue;
      seen.add(agency);
      // a duty whose work never arose (no casualties to treat, nobody trapped, nobody moved) is owed by nobody (rules/duty-work.ts)
      const workAt = workAroseAt(rule, x.events);
      if (workAt === undefined) continue;
      const r = linkageRow(x, rule, agency, firstTold.get(agency), workAt);
      rows.push(r.row);
      findings.push(...r.findings);
      if (r.strength) strengths.push(r.strength);
    }
  }
  findings.push(...rejections(x));
  const opportunities = rows.map((r): Opportunity => {
    const rule = x.c.rules.linkage[x.c.scenario.kind].find((l) => l.id === r.ruleId)!;
    // a notice the scenario itself gave (a 110 call) is no credit to the players; only the duty to act is judged
    const byScenario = r.notifiedBy === "scenario";
    return { id: `link:${r.ruleId}:${r.agency}`, section: "linkage", failCodes: [...(byScenario ? [] : (["LINKAGE_NOT_NOTIFIED"] as const)), ...(rule.actWithinMin !== undefined && rule.actions.length > 0 ? (["LINKAGE_IDLE"] as const) : [])] };
  });
  return { rows, edges: linkageEdges(x), headline: headline(rows, x.endMs), findings, strengths, opportunities };
}

/**
 * How late `agency` was on its linkage duty `ruleId` (ms past the act deadline; Infinity when told
 * and it never acted, 联而不动); undefined when it was not told, acted in time, or the duty sets no
 * act deadline.
 */
export function dutyDelayMs(x: EvalContext, ruleId: string, agency: string): number | undefined {
  if (x.state.knowledge.find((k) => k.agency === agency)?.notifiedAtMs === undefined) return undefined;
  const act = trace(x, ruleId, "act", agency);
  if (!act) return undefined;
  if (!act.met) return act.missed !== undefined ? Infinity : undefined;
  return act.met.late ? act.met.atMs - act.ob.deadlineMs : undefined;
}

/**
 * The key of `agency`'s linkage duty (the first rule the table holds for it, as evaluateLinkage
 * judges it) when that duty lists `action` (a dispatch for a task, an evacuation or shelter order),
 * the agency, once told, failed it — never met it (联而不动, LINKAGE_IDLE), or met it late
 * (LINKAGE_SLOW) while its first command for this requirement or protection (`firstCommandMs`) came
 * only after the duty's deadline — and that failure explains the consequence: the duty's delay covers
 * the consequence's own (`lateMs`: how late the requirement or protection was met, Infinity when never).
 * Issue 10 §2 (a consequence is grouped under the root that explains it, AQ/T 9009-2015 §7): had the
 * duty been met on time, every command would have come that much earlier; a consequence later than
 * that (a 1-minute late turn-out against a search team 4 minutes late, a unit never sent) is a fault
 * of its own, judged by itself. A duty never met covers any delay. Undefined when there is no such failed duty.
 */
export function failedDutyKey(x: EvalContext, agency: string, action: { type: string; task?: string }, firstCommandMs: number | undefined, lateMs: number): string | undefined {
  const rule = x.c.rules.linkage[x.c.scenario.kind].find((r) => resolveAgencies(x.c, r.agency).includes(agency));
  if (!rule || !meetsSpec(rule.actions, { agency, ...action }, kindOf(x))) return undefined;
  const delay = dutyDelayMs(x, rule.id, agency);
  if (delay === undefined) return undefined;
  // slow: the late command is this requirement's own first command (an earlier one would have served it)
  const deadline = trace(x, rule.id, "act", agency)!.ob.deadlineMs;
  const slow = delay === Infinity || (firstCommandMs !== undefined && firstCommandMs > deadline);
  return slow && lateMs <= delay ? `act:${rule.id}:${agency}` : undefined;
}

function linkageRow(x: EvalContext, rule: LinkageRule, agency: string, told: { from: string; event: number } | undefined, workAt: number) {
  const k = x.state.knowledge.find((kn) => kn.agency === agency);
  const name = x.agencyName(agency);
  const notify = trace(x, rule.id, "notified", agency);
  const act = trace(x, rule.id, "act", agency);
  const findings: Finding[] = [];
  const notifiedAtMs = k?.notifiedAtMs;
  const ack = acknowledgedAt(x, agency, notifiedAtMs, k?.firstActionAtMs);
  const row: LinkageRow = {
    agency, ruleId: rule.id, text: rule.text, basis: rule.basis,
    ...(notifiedAtMs !== undefined ? { notifiedAtMs } : {}),
    ...(told ? { notifiedBy: told.from, notifiedEvent: told.event } : {}),
    ...(notify ? { notifyDeadlineMs: notify.ob.deadlineMs } : {}),
    ...(ack !== undefined ? { acknowledgedAtMs: ack } : {}),
    ...(act?.met ? { firstRequiredActionAtMs: act.met.atMs } : {}),
    ...(act ? { actDeadlineMs: act.ob.deadlineMs } : {}),
    status: "notifiedOnly",
  };
  // a notice that never came, or came late, is the fault of whoever had to give it (issue 10 §1)
  const notifier = notifierOf(x, agency);
  const nn = notifier !== null ? x.agencyName(notifier) : name;
  // a notifier that itself learnt after the notice's clock started answers from its own window (own-window.ts)
  const w = notify && notifier !== null ? ownWindow(x, notifier, notify, notify.met?.atMs) : undefined;
  // the notice's own deadline is printed (the who-told-whom table's): a notifier that heard after it is said so as a fact
  const learnt = w?.told !== undefined && notify && w.told > notify.ob.deadlineMs ? toldText(nn, w.told, false) : { zh: "", en: "" };
  const root = notifier ? { rootKey: `told:${notifier}>${agency}` } : {};
  if (notifiedAtMs === undefined) {
    row.status = "notNotified";
    // a notice no rule times is dated when the duty arose (the notifier learnt of the incident, and the duty had work) and judged at the drill's end
    const arose = Math.max(workAt, notifier !== null ? (x.state.knowledge.find((k) => k.agency === notifier)?.notifiedAtMs ?? 0) : 0);
    const untimed = { zh: `；该通知未规定时限，${clock(arose)} 起负有通知职责，按演练结束（${clock(x.endMs)}）时判定`, en: `; no deadline was set for this notice: owed from ${clock(arose)}, judged at the drill's end (${clock(x.endMs)})` };
    findings.push(finding({
      code: "LINKAGE_NOT_NOTIFIED", section: "linkage", opportunity: `link:${rule.id}:${agency}`, agency: notifier ?? agency, atMs: notify ? (w && !w.dark ? w.dueMs : notify.ob.deadlineMs) : arose, ruleId: rule.id, basis: rule.basis, key: `dark:${agency}`, ...root,
      message: {
        zh: `未通知：${nn.zh}始终未将事故信息通知${name.zh}（${rule.text.zh}）${notify ? `，应于 ${clock(notify.ob.deadlineMs)} 前通知${learnt.zh}` : untimed.zh}`,
        en: `Not notified: ${nn.en} never told ${name.en} of the incident (${rule.text.en})${notify ? `; it should have by ${clock(notify.ob.deadlineMs)}${learnt.en}` : untimed.en}`,
      },
      evidence: { events: notify ? [notify.opened, ...(notify.missed !== undefined ? [notify.missed] : [])] : [x.endEvent], obligations: notify ? [notify.ob.id] : [] },
    }));
    return { row, findings };
  }
  // late only against the notifier's own window, and only when the notifier is the one that failed (own-window.ts)
  if (notify?.met?.late && noticeLateByNotifier(x, agency)) {
    // one deadline, the notice's (the who-told-whom table's), and the lateness against it (issue 10 §5, review B8)
    const by = span(notify.met.atMs - notify.ob.deadlineMs);
    findings.push(finding({
      code: "LINKAGE_NOTIFIED_LATE", section: "linkage", opportunity: `link:${rule.id}:${agency}`, agency: notifier ?? agency, atMs: notify.met.atMs, ruleId: rule.id, basis: rule.basis, key: `dark:${agency}`, ...root,
      message: {
        zh: `通知迟延：${nn.zh}未按时通知${name.zh}，${name.zh}于 ${clock(notify.met.atMs)} 才收到事故信息，时限 ${clock(notify.ob.deadlineMs)}${learnt.zh}，迟 ${by.zh}`,
        en: `Notified late: ${nn.en} did not tell ${name.en} in time: the notice was due by ${clock(notify.ob.deadlineMs)}${learnt.en}; ${name.en} first heard of the incident at ${clock(notify.met.atMs)}, ${by.en} late`,
      },
      evidence: { events: [notify.opened, notify.met.event, ...(notify.missed !== undefined ? [notify.missed] : []), ...(told ? [told.event] : [])], obligations: [notify.ob.id] },
    }));
  }
  if (act) {
    const evidence = { events: [act.opened, ...(act.missed !== undefined ? [act.missed] : []), ...(act.met ? [act.met.event] : []), ...(told ? [told.event] : [])], messages: [], obligations: [act.ob.id] };
    if (act.met && !act.met.late) {
      row.status = "prompt";
      const lead = span(act.ob.deadlineMs - act.met.atMs);
      // cite the command itself, so a strength never rests on a command a finding condemns
      const cmd = commandEventBefore(x, act.met.event, agency, rule);
      const cited = { ...evidence, events: [...evidence.events, ...(cmd >= 0 ? [cmd] : [])] };
      const how = actionText(act.met.byEvent, x.unitName);
      return { row, findings, strength: { section: "linkage" as const, agency, message: { zh: `${name.zh}接报后于 ${clock(act.met.atMs)} 履行职责（${how.zh}），早于时限 ${lead.zh}`, en: `${name.en} acted at ${clock(act.met.atMs)} (${how.en}), ${lead.en} inside its limit` }, evidence: cited } };
    }
    if (act.met?.late) {
      row.status = "late";
      const by = span(act.met.atMs - act.ob.deadlineMs);
      findings.push(finding({
        code: "LINKAGE_SLOW", section: "linkage", opportunity: `link:${rule.id}:${agency}`, agency, atMs: act.met.atMs, ruleId: rule.id, basis: rule.basis, key: `act:${rule.id}:${agency}`,
        message: {
          zh: `响应迟缓：${name.zh}于 ${clock(notifiedAtMs)} 接报，${clock(act.met.atMs)} 才履行职责（${rule.text.zh}），超时 ${by.zh}`,
          en: `Slow to act: ${name.en} was told at ${clock(notifiedAtMs)} but acted only at ${clock(act.met.atMs)} (${rule.text.en}), ${by.en} late`,
        },
        evidence,
      }));
    } else if (act.missed !== undefined) {
      row.status = "idle";
      findings.push(finding({
        code: "LINKAGE_IDLE", section: "linkage", opportunity: `link:${rule.id}:${agency}`, agency, atMs: act.ob.deadlineMs, ruleId: rule.id, basis: rule.basis, key: `act:${rule.id}:${agency}`,
        message: {
          zh: `联而不动：${name.zh}于 ${clock(notifiedAtMs)} 接报，但至演练结束未履行职责（${rule.text.zh}），时限 ${clock(act.ob.deadlineMs)}`,
          en: `Told but idle (联而不动): ${name.en} was told at ${clock(notifiedAtMs)} but never took its required action (${rule.text.en}); due by ${clock(act.ob.deadlineMs)}`,
        },
        evidence: { ...evidence, events: [...evidence.events, x.endEvent] },
      }));
    }
    return { row, findings };
  }
  if (rule.actions.length > 0) row.status = firstMatchingAction(x, agency, rule) !== undefined ? "acted" : "notActed";
  return { row, findings };
}

function acknowledgedAt(x: EvalContext, agency: string, notifiedAtMs: number | undefined, firstActionAtMs: number | undefined): number | undefined {
  if (notifiedAtMs === undefined) return undefined;
  const ackEvent = x.events.find((e) => e.type === "acknowledged" && e.from === agency && e.at >= notifiedAtMs);
  const times = [firstActionAtMs, ackEvent?.at].filter((t): t is number => t !== undefined);
  return times.length > 0 ? Math.min(...times) : undefined;
}

/** The command event that met a duty: the last matching action of the agency at or before the obligationMet. */
function commandEventBefore(x: EvalContext, metEvent: number, agency: string, rule: LinkageRule): number {
  for (let i = metEvent; i >= 0; i--) {
    const a = dutyAction(x.c, x.events[i]!);
    if (a && a.agency === agency && meetsSpec(rule.actions, a, kindOf(x))) return i;
  }
  return -1;
}

function firstMatchingAction(x: EvalContext, agency: string, rule: LinkageRule): number | undefined {
  for (const e of x.events) {
    const a = dutyAction(x.c, e);
    if (a && a.agency === agency && meetsSpec(rule.actions, a, kindOf(x))) return e.at;
  }
  return undefined;
}

function kindOf(x: EvalContext): (agency: string) => string | undefined {
  return (a) => x.c.agencies.get(a)?.kind;
}

/** The 联而不动 share over duties whose act deadline has passed by `endMs`: one acted on in time before its deadline, in a drill stopped early, is not yet judged either way. */
function headline(rows: LinkageRow[], endMs: number): LinkageHeadline {
  const notified = rows.filter((r) => r.notifiedAtMs !== undefined);
  const early = (r: LinkageRow) => r.status === "prompt" && (r.actDeadlineMs ?? 0) > endMs;
  const judged = notified.filter((r) => (r.status === "prompt" || r.status === "late" || r.status === "idle") && !early(r));
  const inTime = judged.filter((r) => r.status === "prompt").length;
  return {
    expected: rows.length,
    notified: notified.length,
    withActDeadline: judged.length,
    actedInTime: inTime,
    idleShare: judged.length === 0 ? 0 : (judged.length - inTime) / judged.length,
    notNotified: rows.filter((r) => r.status === "notNotified").map((r) => r.agency),
  };
}

/** Commands the engine refused: an agency trying what it may not (another's units, powers it lacks). */
function rejections(x: EvalContext): Finding[] {
  const out: Finding[] = [];
  x.events.forEach((e, i) => {
    if (e.type !== "rejected" || !x.c.agencies.has(e.by)) return;
    const n = x.agencyName(e.by);
    const cmd = label("command", e.command);
    out.push(finding({
      code: "COMMAND_REJECTED", section: "linkage", agency: e.by, atMs: e.at, ruleId: `REJECT-${e.code}`,
      basis: "职责与权限（消防法 第四十五条、突发事件应对法 第六十三、七十一条等）；力量隶属（跨部门调用须经请求支援）",
      // the command in words; why it was refused is the event's own line in the timeline (i18n rejected.*)
      message: { zh: `指令无效：${n.zh}的「${cmd.zh}」指令被拒绝（${clock(e.at)}，见事件 #${i}）`, en: `Command refused: ${n.en}'s "${cmd.en}" order was rejected (${clock(e.at)}, see event #${i})` },
      evidence: { events: [i] },
    }));
  });
  return out;
}
