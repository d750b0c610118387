/**
 * A notice no rule times, owed all the same because a requirement falls due on its holder (issue 10 §1;
 * review6 B11: the police and 120 of the mine flood, left in the dark 01:00–01:50 while the traffic control
 * and the ambulances they had to provide fell due at 01:00). An agency with no linkage notice deadline must
 * still have been told by the time the first of the scenario's resource requirements it alone can meet falls
 * due (its units' type; counted from the accident, scenario `incidentAt`, as dispatch.ts counts a requirement whose owners no rule
 * times). Whoever had to tell it (blame.ts notifierOf: the linkage table, then the reporting rules, then the
 * lead agency) answers; a notifier that learnt of the incident only after that time owes the notice within its
 * own linkage duty's minutes of learning (its duty to lead on receipt; at once when it has none).
 */
import { MINUTE } from "../model/time.ts";
import type { RequirementDef } from "../scenario/schema.ts";
import type { LinkageRule } from "../scenario/rules-schema.ts";
import { knewAt, notifierOf } from "./blame.ts";
import { clock, span, type EvalContext } from "./context.ts";
import { finding } from "./findings.ts";
import { lateSteps } from "./late-grade.ts";
import { tellerText } from "./notice-due.ts";
import { neverByChain, neverToldHead } from "./notice-sent.ts";
import { onsetEvents } from "./requirement-clock.ts";
import type { Finding } from "./report-model.ts";
import { resolveAgencies } from "../rules/agencies.ts";

export interface RequirementNotice {
  /** the requirement that fell due first on the agency */
  req: RequirementDef;
  /** when the agency had to have been told: the requirement's deadline, ms */
  dueMs: number;
  /** the notifier's own deadline: dueMs, or (learnt later) when it learnt + its duty's minutes */
  notifierDueMs: number;
  /** when the notifier learnt of the incident, if after dueMs */
  notifierToldMs?: number;
}

/**
 * The notice `agency` was owed through a requirement (see the header), for notifier `notifier`; undefined
 * when no requirement falls to it alone or some rule times a notice to one of the requirement's owners
 * (that notice is judged instead), or the notifier was never told itself (it could tell nobody).
 */
export function requirementNotice(x: EvalContext, agency: string, notifier: string): RequirementNotice | undefined {
  const timed = new Set(x.obligations.filter((t) => t.ob.kind === "notified").map((t) => t.ob.agency));
  const owners = (req: RequirementDef) => [...new Set(x.c.scenario.units.filter((u) => req.unitType.includes(u.type)).map((u) => u.agency))];
  const due = x.c.scenario.requirements
    .filter((req) => {
      const own = owners(req);
      return own.length === 1 && own[0] === agency && !timed.has(agency);
    })
    .map((req) => ({ req, dueMs: x.c.incidentAtMs + req.withinMin * MINUTE }))
    .sort((a, b) => a.dueMs - b.dueMs)[0];
  const nTold = knewAt(x, notifier);
  if (!due || nTold === undefined) return undefined;
  if (nTold <= due.dueMs) return { ...due, notifierDueMs: due.dueMs };
  const kind = x.c.agencies.get(notifier)?.kind;
  const span = x.c.rules.linkage[x.c.scenario.kind].find((r) => r.agency === kind && resolveAgencies(x.c, r.agency).includes(notifier))?.actWithinMin ?? 0;
  return { ...due, notifierDueMs: nTold + span * MINUTE, notifierToldMs: nTold };
}

/**
 * The failure behind `agency`'s late knowledge when the notice it was owed through a requirement (above) came
 * after its notifier's own deadline: the notifier and the key of its notice finding (`dark:<agency>`, as
 * own-window.ts noticeRoots gives a timed notice's). Undefined when no requirement timed the notice, or the
 * notice came in the notifier's window (it learnt late itself: nobody up here failed).
 */
export function requirementNoticeRoot(x: EvalContext, agency: string): { agency: string; key: string } | undefined {
  const notifier = notifierOf(x, agency);
  const rn = notifier !== null ? requirementNotice(x, agency, notifier) : undefined;
  const told = knewAt(x, agency);
  return rn && (told === undefined || told > rn.notifierDueMs) ? { agency: notifier!, key: `dark:${agency}` } : undefined;
}

/** A notice owed through a requirement (requirement-notice.ts) that came after the notifier's own deadline, or never. */
export function requirementNoticeFinding(x: EvalContext, rule: LinkageRule, agency: string, notifier: string, rn: RequirementNotice, notifiedAtMs: number | undefined, told: { from: string; event: number } | undefined): Finding | undefined {
  if (notifiedAtMs !== undefined && notifiedAtMs <= rn.notifierDueMs) return undefined;
  const name = x.agencyName(agency);
  const nn = x.agencyName(notifier);
  const need = { zh: `${name.zh}须满足的力量需求“${rn.req.text.zh}”时限 ${clock(rn.dueMs)}`, en: `${name.en} had to meet “${rn.req.text.en}” by ${clock(rn.dueMs)}` };
  // one deadline, the who-told-whom table's (rn.dueMs; review6 B8); a notifier that learnt after it is said so as a fact,
  // and the finding exists only past its own deadline (rn.notifierDueMs, above)
  const learnt = rn.notifierToldMs !== undefined
    ? { zh: `；${nn.zh} ${clock(rn.notifierToldMs)} 才获知事故信息`, en: `; ${nn.en} learnt of the incident only at ${clock(rn.notifierToldMs)}` }
    : { zh: "", en: "" };
  // the notice is the notifier's duty: cite its own linkage rule (the lead agency's duty to notify on receipt) when it has one
  const kind = x.c.agencies.get(notifier)?.kind;
  // the profile's own notice basis for this agency first (review11 mine 6: the bureau's 493号令 articles never name the 120)
  const basis = rule.noticeBasis ?? x.c.rules.linkage[x.c.scenario.kind].find((r) => r.agency === kind)?.basis ?? rule.basis;
  const common = { section: "linkage" as const, opportunity: `link:${rule.id}:${agency}`, agency: notifier, ruleId: rule.id, basis, key: `dark:${agency}` };
  const head = neverToldHead(x, nn, name, rule.text);
  if (notifiedAtMs === undefined) {
    return finding({
      ...common, code: "LINKAGE_NOT_NOTIFIED", atMs: rn.notifierDueMs,
      message: { zh: `${head.zh}；${need.zh}${learnt.zh}`, en: `${head.en}; ${need.en}${learnt.en}` },
      evidence: { events: [...onsetEvents(x), x.endEvent] },
    });
  }
  const by = span(notifiedAtMs - rn.dueMs);
  const via = tellerText(x, told, notifier);
  // the notifier never sent it (the agency heard from someone else): a missing notice, not a late one (notice-sent.ts)
  const never = neverByChain(x, notifier, agency, told) ? head : undefined;
  return finding({
    // never sent is 未通知, charged as such (its notice part), not 通知迟延 (review15 school 4)
    ...common, ...(never ? { code: "LINKAGE_NOT_NOTIFIED" as const, heardElsewhere: true as const } : { code: "LINKAGE_NOTIFIED_LATE" as const, quantity: lateSteps(notifiedAtMs - rn.dueMs, undefined) }), atMs: notifiedAtMs,
    message: never ? {
      zh: `${never.zh}；${need.zh}${learnt.zh}；${name.zh}于 ${clock(notifiedAtMs)} 才获知事故信息${via.zh}，迟 ${by.zh}`,
      en: `${never.en}; ${need.en}${learnt.en}; ${name.en} first heard of the incident at ${clock(notifiedAtMs)}${via.en}, ${by.en} late`,
    } : {
      zh: `通知迟延：${nn.zh}未按时通知${name.zh}，${name.zh}于 ${clock(notifiedAtMs)} 才收到事故信息${via.zh}；${need.zh}${learnt.zh}，迟 ${by.zh}`,
      en: `Notified late: ${nn.en} did not tell ${name.en} in time: ${need.en}${learnt.en}; ${name.en} first heard of the incident at ${clock(notifiedAtMs)}${via.en}, ${by.en} late`,
    },
    // the need's deadline runs from the accident: cite it beside the notice (review r15 mine)
    evidence: { events: [...onsetEvents(x), ...(told ? [told.event] : [])] },
  });
}
