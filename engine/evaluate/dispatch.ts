/**
 * Dispatch (力量调派): the scenario's resource requirements (type, number, place, time) against
 * what was sent and when it arrived; arrival standards from the arrive obligations; suitable
 * units left at base while a requirement went unmet. Faults of one order (wrong type, crews
 * unprotected inside a toxic zone) are order-faults.ts's.
 */
import { MINUTE } from "../model/time.ts";
import type { RequirementDef } from "../scenario/schema.ts";
import { asOf, clock, span, type EvalContext } from "./context.ts";
import { finding } from "./findings.ts";
import type { Finding, InsufficientParams, ObligationRow, RequirementRow, Strength, UnitRow } from "./report-model.ts";
import { notifyingDeliveries } from "./linkage-edges.ts";
import { chargedWithIdle, failedDutyKey } from "./duty-failure.ts";
import { knewAt, notifierOf } from "./blame.ts";
import { toldText, noticeRoots, type OwnWindow } from "./own-window.ts";
import { unitRows } from "./units.ts";
import { resolveAgencies } from "../rules/agencies.ts";
import { insufficientText, needRootTail, needStartText, unitCount } from "./glossary.ts";
import { evaluateCordon } from "./cordon.ts";
import { evacuationFindings, evacuationOpportunities, turnOutFindings } from "./completion.ts";
import { arrivalRow } from "./turn-out.ts";
import { standardFindings } from "./arrival-standards.ts";
import { noticeDue } from "./notice-due.ts";
import { requirementNoticeRoot } from "./requirement-notice.ts";
import type { Opportunity } from "./opportunity.ts";
import { protectiveOpportunities } from "./protective-action.ts";
import { evaluateProtectiveAction } from "./protective-action.ts";
import type { ProtectRerun } from "./protect-rerun.ts";
import { samePlace, wrongPlace } from "./wrong-place.ts";
import { andList, askedIdle, idleHere, standingEvents, standingIdle } from "./idle-on-scene.ts";
import { BASIS_REQ, capable, reqBasis, unsafeEntry, wrongType } from "./order-faults.ts";
import { needRoot, needRootText } from "./need-root.ts";
import { couldNotMeet, onsetEvents, ownRequirementWindow } from "./requirement-clock.ts";
import { owners, requirementOwner, requirementStart } from "./requirement-owner.ts";
import { couldText, meetableLate, noticeShortfall, notifierCould } from "./notice-shortfall.ts";

export interface DispatchResult {
  requirements: RequirementRow[];
  units: UnitRow[];
  standards: ObligationRow[];
  findings: Finding[];
  strengths: Strength[];
  opportunities: Opportunity[];
}

export function evaluateDispatch(x: EvalContext, rerun?: ProtectRerun): DispatchResult {
  const units = unitRows(x);
  const findings: Finding[] = [];
  const strengths: Strength[] = [];
  const requirements = x.c.scenario.requirements.map((req) => requirementRow(x, req, units));
  requirements.forEach((row, i) => {
    const r = requirementFindings(x, x.c.scenario.requirements[i]!, row, units);
    findings.push(...r.findings);
    if (r.strength) strengths.push(r.strength);
  });
  const standards = x.obligations.filter((t) => t.ob.kind === "arrive").map((t) => arrivalRow(x, t));
  findings.push(...standardFindings(x, standards), ...turnOutFindings(x), ...evacuationFindings(x), ...wrongType(x), ...unsafeEntry(x), ...evaluateCordon(x), ...evaluateProtectiveAction(x, rerun));
  return { requirements, units, standards, findings, strengths, opportunities: dispatchOpportunities(x) };
}

/**
 * What the dispatch section can judge: requirements, the cordon, the public's protection, the
 * evacuation. A unit's arrival or turn-out standard is judged only when missed (a finding of its
 * own): an order earns no credit merely for arriving in time, or a wrong unit would earn it.
 */
export function dispatchOpportunities(x: EvalContext): Opportunity[] {
  const out: Opportunity[] = x.c.scenario.requirements.map((r) => ({ id: `req:${r.id}`, section: "dispatch", failCodes: ["DISPATCH_INSUFFICIENT"], count: r.count }));
  const fig = x.c.hazard.summary(x.state.hazard, x.state.tMs, x.c.scenario).figures;
  if (fig.ergIsolateM !== undefined) out.push({ id: "cordon", section: "dispatch", failCodes: ["CORDON_LATE"] }, ...protectiveOpportunities(x));
  out.push(...evacuationOpportunities(x));
  return out;
}

/** A requirement as the dispatch section judges it: its deadline (requirementStart + withinMin), arrivals and status. */
export function requirementRow(x: EvalContext, req: RequirementDef, units: UnitRow[]): RequirementRow {
  const start = requirementStart(x, req);
  const deadlineMs = start !== undefined ? start + req.withinMin * MINUTE : undefined;
  const arrivals = arrivalsFor(x, req, units, deadlineMs);
  const onTime = arrivals.filter((a) => a.onTime).length;
  const status = onTime >= req.count ? "met" : arrivals.length >= req.count ? "late" : "insufficient";
  return { id: req.id, text: req.text, unitTypes: req.unitType, task: req.task, count: req.count, place: req.place, ...(deadlineMs !== undefined ? { deadlineMs } : {}), arrivals, status };
}

function arrivalsFor(x: EvalContext, req: RequirementDef, units: UnitRow[], deadlineMs: number | undefined): RequirementRow["arrivals"] {
  const arrivals: RequirementRow["arrivals"] = [];
  for (const u of units) {
    if (!req.unitType.includes(u.type) || !capable(x, u.unit, req.task)) continue;
    const leg = u.legs.find((l) => l.task === req.task && samePlace(x, l.place, req.place) && l.arrivedAtMs !== undefined);
    if (!leg) continue;
    const event = x.events.findIndex((e, i) => i > leg.dispatchEvent && e.type === "unitArrived" && e.unit === u.unit);
    arrivals.push({ unit: u.unit, atMs: leg.arrivedAtMs!, event, onTime: deadlineMs !== undefined && leg.arrivedAtMs! <= deadlineMs });
  }
  return arrivals.sort((a, b) => a.atMs - b.atMs);
}


/**
 * An owner left in the dark (never told, told only after the requirement fell due unless it then failed its own
 * duty for it in its own window, or told after its window began and then meeting the requirement within its own
 * window) did not fail: the agency that had
 * to tell it did (§1, §5: the need is counted from the incident or from when the owner should have been
 * told, never "自获知起算" from the owner's own late notice; review8 mine 2). What the owner then did or
 * failed to do once told is its linkage duty's finding (响应迟缓, 联而不动), not this need's.
 */
function darkOwner(x: EvalContext, req: RequirementDef, row: RequirementRow, owner: string | null): boolean {
  if (owner === null || row.deadlineMs === undefined) return false;
  const told = knewAt(x, owner);
  if (told === undefined) return true;
  if (told > row.deadlineMs) {
    // told after the need fell due: the lateness up to its own window from receipt (told + the need's minutes) is the
    // late notifier's (review8 mine 2); the need still unmet when that window ran out is the owner's own fault
    // (review12 mine 1: the police and the 120 told at 01:50 and never sending a car or an ambulance by 02:50, nor
    // by 04:00), charged once: under its own duty's finding when that explains it (联而不动, or slow by as much:
    // dutyKeyFor; review9 chemical 8), else in the need itself (requirementFindings' own window)
    const ownEnd = told + req.withinMin * MINUTE;
    return ownEnd > x.endMs || row.arrivals.filter((a) => a.atMs <= ownEnd).length >= req.count;
  }
  const start = row.deadlineMs - req.withinMin * MINUTE;
  if (told <= start) return false;
  const ownEnd = told + req.withinMin * MINUTE;
  return row.arrivals.filter((a) => a.atMs <= ownEnd).length >= req.count;
}

/**
 * `agency`'s failed duty behind `req` (failedDutyKey), judged on its first dispatch for the
 * requirement's task and on how late the requirement was met (`lateMs`: the duty's delay must cover
 * it). Too few units sent is the agency's own choice, not its lateness: a shortfall follows from a
 * failed duty only when it sent enough units and they came too late to arrive.
 */
function dutyKeyFor(x: EvalContext, req: RequirementDef, row: RequirementRow, agency: string, lateMs: number, dueMs?: number): string | undefined {
  const sent = sentFor(x, req, agency);
  const key = failedDutyKey(x, agency, { type: "dispatch", task: req.task }, sent[0]?.at, lateMs, dueMs);
  const enough = new Set(sent.map((e) => (e as { unit: string }).unit)).size >= req.count;
  return key !== undefined && (row.status === "late" || enough || sent.length === 0) ? key : undefined;
}

/** `agency`'s dispatches of units of `req`'s types to its task, in order. */
function sentFor(x: EvalContext, req: RequirementDef, agency: string) {
  return x.events.filter((e) => e.type === "unitDispatched" && e.agency === agency && e.task === req.task && req.unitType.includes(x.c.units.get(e.unit)?.type ?? ""));
}

/** When `agency` first sent a unit to `req`'s task (undefined: never). */
function firstSent(x: EvalContext, req: RequirementDef, agency: string): number | undefined {
  return sentFor(x, req, agency)[0]?.at;
}

/**
 * How late a requirement was met past `dueMs`: its count-th unit's arrival, or for units sent but
 * not there when the drill stopped, their expected arrival (the dispatch's eta); Infinity when too
 * few were ever sent to the task and place.
 */
function requirementLateMs(x: EvalContext, req: RequirementDef, row: RequirementRow, dueMs: number | undefined): number {
  if (dueMs === undefined) return Infinity;
  const at = new Map(row.arrivals.map((a) => [a.unit, a.atMs]));
  for (const e of x.events) {
    if (e.type !== "unitDispatched" || at.has(e.unit) || e.task !== req.task || !samePlace(x, e.place, req.place)) continue;
    if (req.unitType.includes(x.c.units.get(e.unit)?.type ?? "") && capable(x, e.unit, req.task)) at.set(e.unit, e.etaMs);
  }
  const nth = [...at.values()].sort((a, b) => a - b)[req.count - 1];
  return nth === undefined ? Infinity : nth - dueMs;
}

/** When `unit` was last sent before `atMs` (its unitDispatched), or undefined. */
function sentAt(x: EvalContext, unit: string, atMs: number): number | undefined {
  let at: number | undefined;
  for (const e of x.events) if (e.type === "unitDispatched" && e.unit === unit && e.at <= atMs) at = e.at;
  return at;
}

function requirementFindings(x: EvalContext, req: RequirementDef, row: RequirementRow, units: readonly UnitRow[]): { findings: Finding[]; strength?: Strength } {
  const owner = requirementOwner(x, req);
  const dark = row.status !== "met" && darkOwner(x, req, row, owner);
  // told late but in its own window: whoever made it learn late answers, and nobody when nobody up the chain failed (own-window.ts)
  // (a notice no rule times but a requirement did: its notifier's notice finding, requirement-notice.ts)
  // the first agency up the chain that knew in time to have the need met and did not pass it on (need-root.ts; review9 mine
  // 9: the mine that hid its trapped, not the bureau that learnt at 01:10 of ambulances due 01:25)
  const root = dark && owner !== null && row.deadlineMs !== undefined ? needRoot(x, req, owner, row.deadlineMs) : undefined;
  // (never told, but its notifier could still have had the need met late: the part left undone is that 未通知's, booked)
  const lateRoot = root ?? (dark && owner !== null && (knewAt(x, owner) !== undefined || meetableLate(x, req, owner)) ? noticeRoots(x, owner)[0] ?? requirementNoticeRoot(x, owner) : undefined);
  if (dark && owner !== null && knewAt(x, owner) !== undefined && lateRoot === undefined) return { findings: [] };
  const notifier = lateRoot?.agency ?? (dark && owner !== null ? notifierOf(x, owner) : null);
  const agency = dark && notifier !== null ? notifier : owner;
  const because = dark && owner !== null ? needRootText(x, owner, root) : { zh: "", en: "" };
  const place = x.placeName(req.place);
  const need = unitCount(req.count, req.unitType);
  const due = row.deadlineMs !== undefined ? clock(row.deadlineMs) : "—";
  // (a dark owner's finding says when it was told itself)
  const dueNote = startNote(x, row, req, owner, false);
  // an owner told after the clock started that then missed its own window too: judged from that window (own-window.ts)
  const window = !dark && owner !== null ? ownRequirementWindow(x, req, row, owner) : undefined;
  // a requirement runs from when its owner should have been told (issue 10 §5), not from its own late notice: only an
  // owner told after the deadline has its clock from then, and the finding says so
  // (review9 school 8: the 120 told at 00:25 by the school's late call is judged to 00:25 + 20 = 00:45, and its finding prints that)
  // (review11 chemical 4: every need prints the start its deadline runs from, the owner's receipt or when it should have been told)
  const learnt = window?.told !== undefined ? toldText(x.agencyName(owner!), window.told, true) : startNote(x, row, req, owner);
  // the owner's fault is judged on its own window (told late by a notifier: the notifier's time is not its own) …
  const dueMs = window?.dueMs ?? row.deadlineMs;
  // … and the finding prints the deadline it is judged by, and the lateness against it (issue 10 §5, review B10; review9
  // school 8: never a deadline the owner could not meet beside a lateness counted from a later one)
  const shownMs = dueMs;
  // told but idle (联而不动) or slow on the duty this requirement serves, by as much as the requirement was late: the shortfall follows from it (issue 10 §2)
  const idleKey = !dark && agency !== null ? dutyKeyFor(x, req, row, agency, requirementLateMs(x, req, row, dueMs), dueMs) : undefined;
  // units of the right kind sent elsewhere (wrong-place.ts): the order is the fault, and the shortfall follows from it when they would have made it up
  const misplaced = wrongPlace(x, req, row);
  const rootKey = idleKey ?? misplaced.shortKey;
  // a need left unmet because a notifier told its owner late is that notifier's fault with points, not a consequence
  // cited at none (review16 school 1: else a later call cost nothing more); a hidden figure's (conceal:) stays its root's
  const noticed = dark && lateRoot?.key.startsWith("dark:") === true;
  const link = { ...(dark && owner !== null && !noticed ? { rootKey: lateRoot?.key ?? `dark:${owner}` } : { key: noticed ? `req:${req.id}:notice` : `req:${req.id}`, ...(rootKey && !dark ? { rootKey } : {}) }), opportunity: `req:${req.id}` };
  const told = owner !== null ? x.events.findIndex((e) => notifyingDeliveries(x, e).some((d) => d.to === owner)) : -1;
  // the event its deadline runs from: the accident (requirementStart), or the owner's notice (its own window)
  const onset = row.deadlineMs !== undefined && row.deadlineMs - req.withinMin * MINUTE === x.c.incidentAtMs && !window ? onsetEvents(x) : [];
  const events = [...onset, ...(told >= 0 ? [told] : []), ...row.arrivals.map((a) => a.event).filter((i) => i >= 0)];
  const findings: Finding[] = [...misplaced.findings];
  if (row.status === "met") {
    const n = owner ? x.agencyName(owner) : { zh: "", en: "" };
    // the clock the owner's findings would print (review11 chemical 4: one clock for the police's two 30-min needs)
    const shown = window ? clock(window.dueMs) : due;
    const note = { zh: learnt.zh.replace(/^（(.*)）$/, "，$1"), en: learnt.en.replace(/^ \((.*)\)$/, "; $1") };
    return { findings, strength: { section: "dispatch", agency: owner, message: { zh: `${n.zh}按时满足力量需求：${req.text.zh}（${row.arrivals.length} 个单元，时限 ${shown}${note.zh}）`, en: `${n.en} met the requirement in time: ${req.text.en} (${row.arrivals.length} unit${row.arrivals.length === 1 ? "" : "s"}, due ${shown}${note.en})` }, evidence: { events, messages: [], obligations: [] }, work: [req.task] } };
  }
  if (row.status === "late") {
    const nth = row.arrivals[req.count - 1]!;
    // charged to a notifier that learnt late itself: from when it could have told the owner (review20 mine A2, notice-shortfall.ts)
    const could = noticed && agency !== null && owner !== null && row.deadlineMs !== undefined ? notifierCould(x, owner, agency) : undefined;
    if (could !== undefined && nth.atMs <= could + req.withinMin * MINUTE) return { findings };
    const rebased = could !== undefined && could + req.withinMin * MINUTE > row.deadlineMs! ? could + req.withinMin * MINUTE : undefined;
    const due = rebased !== undefined ? clock(rebased) : row.deadlineMs !== undefined ? clock(row.deadlineMs) : "—";
    const dueNote = rebased !== undefined ? couldText(x, agency!, could!) : startNote(x, row, req, owner, false);
    const by = span(nth.atMs - (rebased ?? shownMs ?? nth.atMs));
    const shown = shownMs !== undefined ? clock(shownMs) : "—";
    // told late, met within its own window: no fault of the owner; the time lost before it knew is its root's (own-window.ts)
    const ownTold = lateRoot && owner !== null ? knewAt(x, owner)! : undefined;
    const on = owner !== null ? x.agencyName(owner) : { zh: "", en: "" };
    const tail = root ? needRootTail(root, x.agencyName) : { zh: "", en: "" };
    findings.push(finding({
      code: "DISPATCH_LATE", section: "dispatch", agency, atMs: nth.atMs, ruleId: req.id, basis: reqBasis(x, agency), ...link,
      message: ownTold !== undefined ? {
        // the lateness stated as such, then whose it is not, and whose it is (review9 mine 9: never "已完成")
        zh: `力量到场迟延：${req.text.zh}（需 ${need.zh}到${place.zh}），时限 ${due}${dueNote.zh}，${clock(nth.atMs)} 满足，迟 ${by.zh}，非${on.zh}之责：${on.zh} ${clock(ownTold)} 才获知事故信息，迟延系其未能及时获知所致${tail.zh}`,
        en: `Arrived late: “${req.text.en}” (${need.en} at ${place.en}) was due by ${due}${dueNote.en}; it was met at ${clock(nth.atMs)}, ${by.en} late, not ${on.en}'s fault: ${on.en} heard of the incident only at ${clock(ownTold)}, and the delay came from its learning late${tail.en}`,
      } : ((sent) => sent !== undefined && shownMs !== undefined && sent > shownMs ? {
        // sent only after the deadline: no speed could have made it, the delay is the order's (review9 school 9)
        zh: `力量派出迟延：${req.text.zh}（需 ${need.zh}到${place.zh}），时限 ${shown}${learnt.zh}，至时限未调派，${clock(sent)} 才调派，${clock(nth.atMs)} 到场满足，迟 ${by.zh}${because.zh}`,
        en: `Sent late: “${req.text.en}” (${need.en} at ${place.en}) was due by ${shown}${learnt.en}; nothing had been sent by then: sent at ${clock(sent)}, met at ${clock(nth.atMs)}, ${by.en} late${because.en}`,
      } : {
        zh: `力量到场迟延：${req.text.zh}（需 ${need.zh}到${place.zh}），时限 ${shown}${learnt.zh}，${clock(nth.atMs)} 才满足，迟 ${by.zh}${because.zh}`,
        en: `Arrived late: “${req.text.en}” (${need.en} at ${place.en}) was due by ${shown}${learnt.en}; it was met only at ${clock(nth.atMs)}, ${by.en} late${because.en}`,
      })(sentAt(x, nth.unit, nth.atMs)),
      evidence: { events },
      // the deadline the message prints: its own window's, or (told late, not its fault) the need's
      ...(((at) => at !== undefined ? { mark: { text: req.text, dueMs: at, doneEvent: nth.event } } : {})(ownTold !== undefined ? rebased ?? row.deadlineMs : shownMs)),
    }));
  } else {
    const params = { ...insufficientParams(x, req, row, units, owner, dark, window), ...(root ? { root: (({ key: _key, ...p }) => p)(root) } : {}) };
    findings.push(finding({
      code: "DISPATCH_INSUFFICIENT", section: "dispatch", agency, atMs: shownMs ?? x.endMs, ruleId: req.id, basis: reqBasis(x, agency), ...chargedWithIdle(x, link),
      // the figures go with the finding; the shells word them (glossary.ts insufficientText), as the message here does
      params,
      message: insufficientText(params, { text: req.text, place, unit: x.unitName, agency: x.agencyName }),
      evidence: { events: [...events, x.endEvent] },
      quantity: params.short,
      ...(shownMs !== undefined ? { mark: { text: req.text, dueMs: shownMs } } : {}),
    }));
    findings.push(...lateBesideShort(x, req, row, { agency, link, shownMs, learnt, because, need, place }));
  }
  // (an owner told only after the need fell due answers on its own window above, once: no idle units beside it)
  if (row.deadlineMs !== undefined && !dark && !(owner !== null && (knewAt(x, owner) ?? 0) > row.deadlineMs)) {
    // a unit is idle if its agency had been told and had not sent it by the agency's own deadline:
    // the rule's, or (told after the requirement's clock started) told + the requirement's minutes
    const start = row.deadlineMs - req.withinMin * MINUTE;
    // one deadline (issue 10 §5): the requirement's; an agency told only after it, from when it was told
    // (review9 school 8: an agency told too late to meet it, as the owner's own window above, from when it was told)
    const dueFor = (agency: string): number | undefined => {
      const told = knewAt(x, agency);
      return told === undefined ? undefined : told > start && couldNotMeet(x, agency, told, row.deadlineMs!) ? Math.max(row.deadlineMs!, told + req.withinMin * MINUTE) : row.deadlineMs!;
    };
    // another agency's units nobody asked for (beyond the count asked of it, idle-on-scene.ts askedIdle) are idle for
    // want of a request: the requirement's owner answers, in its own finding (issue 10 §1; review6 B12: the squadron's pumps)
    const capableUnits = x.c.scenario.units.filter((u) => req.unitType.includes(u.type) && u.capabilities.includes(req.task));
    const idleOf = (dueOf: (agency: string) => number | undefined) => capableUnits.filter((u) => {
      const by = dueOf(u.agency);
      return by !== undefined && by <= x.endMs && !x.events.some((e) => e.type === "unitDispatched" && e.unit === u.id && e.at <= by);
    });
    const theirs = askedIdle(x, idleOf(dueFor), owner, dueFor);
    // none asked for: the owner's, at its requirement finding's time (the owner's own deadline)
    const ownerDue = dueMs !== undefined && owner !== null && knewAt(x, owner) !== undefined ? dueMs : undefined;
    // units already at the place, sent for a task they cannot do and never re-tasked, are the idle ones to name (review9 chem 11)
    const here = capableUnits.filter((u) => {
      const by = dueFor(u.agency);
      return by !== undefined && by <= x.endMs && standingIdle(x, u, req, by);
    });
    const idle = here.length > 0 ? here : theirs.length > 0 ? theirs : ownerDue !== undefined ? idleOf(() => ownerDue) : [];
    if (idle.length > 0) {
      const idleBy = here.length > 0 || theirs.length > 0 ? dueFor(idle[0]!.agency)! : ownerDue!;
      const idleAgency = here.length > 0 || theirs.length > 0 ? idle[0]!.agency : owner!;
      // how late the idle units went, if ever: a failed duty explains them only when its delay covers that
      const sentAt = (unit: string) => x.events.find((e) => e.type === "unitDispatched" && e.unit === unit && e.at > idleBy)?.at ?? Infinity;
      const idleLateMs = Math.max(...idle.map((u) => sentAt(u.id) - idleBy));
      findings.push(finding({
        code: "DISPATCH_IDLE_UNITS", section: "dispatch", agency: idleAgency, atMs: idleBy, ruleId: req.id, basis: BASIS_REQ, rootKey: dutyKeyFor(x, req, row, idleAgency, idleLateMs, idleBy) ?? `req:${req.id}`, opportunity: `req:${req.id}`,
        message: here.length > 0 ? idleHere(x, req, idle, idleBy) : {
          zh: `力量闲置：${req.text.zh}未按时满足，而可执行该任务的 ${idle.map((u) => u.name.zh).join("、")} 至 ${clock(idleBy)} 仍未调派`,
          en: `Idle units: “${req.text.en}” was not met in time, while ${andList(idle.map((u) => u.name.en))}, which could do it, had not been sent by ${clock(idleBy)}`,
        },
        evidence: { events: [...events, ...here.flatMap((u) => standingEvents(x, u, req, idleBy)), x.endEvent] },
      }));
    }
  }
  // the part of a need lost before its owner, told late, could act: the late notifier's (notice-shortfall.ts), charged
  // after the owner's own faults on the need, so an owner that never sent a unit still bears the whole shortfall
  if (owner !== null) findings.push(...noticeShortfall(x, req, row, owner, window, { need, place, start: startNote(x, row, req, owner, false), events }));
  return { findings };
}

/**
 * The units that did come, but after the deadline, beside a shortfall (review9 chemical 5): the rubric's 力量按时到场
 * applies to them as to a unit that met a need late (到场迟延, or 力量派出迟延 when they were sent only after the
 * deadline), and the shortfall (力量不足) counts only the units that never came. "至 01:00:00 无一辆到场；01:17:58 到场
 * 2 辆救护车，迟 17分58秒". Same agency and root as the shortfall; none when every unit that came was in time.
 */
function lateBesideShort(
  x: EvalContext, req: RequirementDef, row: RequirementRow,
  o: { agency: string | null; link: Record<string, string>; shownMs: number | undefined; learnt: { zh: string; en: string }; because: { zh: string; en: string }; need: { zh: string; en: string }; place: { zh: string; en: string } },
): Finding[] {
  if (o.shownMs === undefined) return [];
  const late = row.arrivals.filter((a) => a.atMs > o.shownMs!);
  if (late.length === 0) return [];
  const inTime = row.arrivals.length - late.length;
  const last = late[late.length - 1]!;
  const by = span(last.atMs - o.shownMs);
  const n = unitCount(late.length, req.unitType);
  const had = inTime === 0 ? { zh: "无一到场", en: "none had arrived" } : { zh: `仅到场 ${unitCount(inTime, req.unitType).zh}`, en: `only ${unitCount(inTime, req.unitType).en} had arrived` };
  const sent = late.map((a) => sentAt(x, a.unit, a.atMs) ?? 0);
  const sentLate = Math.min(...sent) > o.shownMs;
  const due = clock(o.shownMs);
  const head = sentLate ? { zh: "力量派出迟延", en: "Sent late" } : { zh: "力量到场迟延", en: "Arrived late" };
  const sentText = sentLate ? { zh: `，${clock(Math.min(...sent))} 才调派`, en: `; sent only at ${clock(Math.min(...sent))}` } : { zh: "", en: "" };
  const { key: _key, ...rest } = o.link;
  // the late part is charged once (review11 chemical 2): when the owner's own duty finding (响应迟缓, 联而不动) explains
  // the lateness of the units that did come, it follows from that finding, as a need met late does (dutyKeyFor); the
  // units never sent stay the shortfall's own fault (the 120's third ambulance)
  const duty = rest.rootKey === undefined && o.agency !== null
    ? failedDutyKey(x, o.agency, { type: "dispatch", task: req.task }, firstSent(x, req, o.agency), last.atMs - o.shownMs, o.shownMs)
    : undefined;
  return [finding({
    code: "DISPATCH_LATE", section: "dispatch", agency: o.agency, atMs: last.atMs, ruleId: req.id, basis: reqBasis(x, o.agency), ...rest, ...(duty ? { rootKey: duty } : {}), key: `req:${req.id}:late`,
    message: {
      zh: `${head.zh}：${req.text.zh}（需 ${o.need.zh}到${o.place.zh}），时限 ${due}${o.learnt.zh}，至时限${had.zh}${sentText.zh}，${clock(last.atMs)} 到场 ${n.zh}，迟 ${by.zh}${o.because.zh}`,
      en: `${head.en}: “${req.text.en}” (${o.need.en} at ${o.place.en}) was due by ${due}${o.learnt.en}; by then ${had.en}${sentText.en}; ${n.en} arrived at ${clock(last.atMs)}, ${by.en} late${o.because.en}`,
    },
    evidence: { events: late.map((a) => a.event).filter((i) => i >= 0) },
    mark: { text: req.text, dueMs: o.shownMs, doneEvent: last.event },
  })];
}

/** When `req`'s clock started, if not at the incident (when its owner should have been told, requirementStart), and when the owner was told. */
function startFrom(x: EvalContext, row: RequirementRow, req: RequirementDef, owner: string | null): { startMs?: number; heardMs?: number; noticeFromMs?: number; noticeMin?: number; noticeEvent?: "incident" | "found" } {
  if (row.deadlineMs === undefined || owner === null) return {};
  const startMs = row.deadlineMs - req.withinMin * MINUTE;
  const heardMs = knewAt(x, owner);
  if (startMs <= x.c.incidentAtMs) return {};
  // the notice whose deadline the start is (requirementStart), and the event its own minutes run from (review15 school 4)
  const own = owners(x, req);
  const notice = x.obligations.find((t) => t.ob.kind === "notified" && own.includes(t.ob.agency) && (noticeDue(x, t.ob.agency, t) ?? t.ob.deadlineMs) === startMs);
  const span = notice ? notice.ob.deadlineMs - notice.ob.openedAtMs : undefined;
  const fromMs = span !== undefined ? startMs - span : undefined;
  const event = fromMs === x.c.incidentAtMs ? "incident" as const : fromMs === x.c.foundAtMs ? "found" as const : undefined;
  return { startMs, ...(heardMs !== undefined ? { heardMs } : {}), ...(fromMs !== undefined ? { noticeFromMs: fromMs, noticeMin: Math.round(span! / MINUTE), ...(event ? { noticeEvent: event } : {}) } : {}) };
}

/** "（自应获知时 00:06:30 起算（…获知））" after a need's deadline, when it runs from then (glossary.ts needStartText); else empty. */
function startNote(x: EvalContext, row: RequirementRow, req: RequirementDef, owner: string | null, heard = true): { zh: string; en: string } {
  const s = startFrom(x, row, req, owner);
  if (s.startMs === undefined) return { zh: "", en: "" };
  const t = needStartText(x.agencyName(owner!), s.startMs, heard ? s.heardMs : undefined, s.noticeFromMs !== undefined && s.noticeMin !== undefined ? { fromMs: s.noticeFromMs, min: s.noticeMin, ...(s.noticeEvent ? { event: s.noticeEvent } : {}) } : undefined);
  return { zh: `（${t.zh}）`, en: ` (${t.en})` };
}

/** "A", "A and B", "A, B and C". */
/** DISPATCH_INSUFFICIENT's figures (report-model.ts InsufficientParams). */
function insufficientParams(x: EvalContext, req: RequirementDef, row: RequirementRow, units: readonly UnitRow[], owner: string | null, dark: boolean, window: OwnWindow | undefined): InsufficientParams {
  const typeOf = (unit: string) => x.c.units.get(unit)?.type ?? "other";
  // units sent to the same task and place that cannot count (another type): named, so the gap is plain
  const others = units.filter((u) => !row.arrivals.some((a) => a.unit === u.unit) && u.legs.some((l) => l.task === req.task && l.place === req.place && l.arrivedAtMs !== undefined));
  return {
    kind: "insufficient", requirement: req.id, need: req.count, arrived: row.arrivals.length, short: req.count - row.arrivals.length,
    unitTypes: [...req.unitType], task: req.task, place: req.place,
    ...(row.deadlineMs !== undefined ? { dueMs: row.deadlineMs } : {}),
    ...(owner !== null ? { owner } : {}),
    ...(window?.told !== undefined ? { toldMs: window.told, ownDueMs: window.dueMs } : startFrom(x, row, req, owner)),
    ...(dark && owner !== null ? { dark: true } : {}),
    arrivals: row.arrivals.map((a) => ({ unit: a.unit, type: typeOf(a.unit), atMs: a.atMs, onTime: a.onTime })),
    others: others.map((u) => ({ unit: u.unit, type: u.type })),
  };
}
