/**
 * Deadlines the drill never reached (issue 10; domain.md §3.6: judge what was done by the time
 * the drill stopped). A drill the director ends early, or the live view of a running drill, has
 * duties whose deadline lies after the last simulated time: they are open (未到期 / not yet due),
 * listed without deduction, never a fault, and their opportunity is not judged (no credit either).
 */
import type { LocalText } from "../model/ids.ts";
import { clock, type EvalContext } from "./context.ts";
import type { Opportunity } from "./opportunity.ts";
import type { Finding, FindingCode, NotYetDue, RequirementRow, SectionId } from "./report-model.ts";
import { groupKey } from "./report-groups.ts";
import { dutyHolder } from "./blame.ts";
import { protectOwner } from "./protective-action.ts";
import { cordonDue } from "./cordon.ts";
import { requirementOwner } from "./requirement-owner.ts";
import { ownWindow } from "./own-window.ts";
import { requirementNotice } from "./requirement-notice.ts";
import { GRADE_TEXT } from "./grade-known.ts";
import type { ObligationKind } from "../model/state.ts";

/**
 * A finding dated at the drill's end because its duty has no deadline of its own: a notice that no
 * rule times (linkage.ts cites no "notified" obligation then). A requirement always has its window.
 */
const byTheEnd = (x: EvalContext, f: Finding) => f.code === "LINKAGE_NOT_NOTIFIED" && f.evidence.obligations.length === 0
  // a notice owed by the time a requirement fell due has that deadline (requirement-notice.ts)
  && !(f.key?.startsWith("dark:") && f.agency !== null && requirementNotice(x, f.key.slice(5), f.agency) !== undefined);

/** What the duty asks, in words, for the rules that have no text of their own in the scenario or profile. */
const DUTY_TEXT: Record<string, LocalText> = {
  "CORDON-ERG": { zh: "在泄漏源设置不小于ERG初始隔离距离的警戒区", en: "a cordon around the source at least the ERG initial isolation distance" },
  "ERG-PAZ": { zh: "对下风向防护行动区内的群众下达就地避险或疏散指令", en: "a shelter or evacuation order for the people in the downwind protective action zone" },
  "ERG-ISOLATE": { zh: "对初始隔离区内的群众下达疏散指令", en: "an evacuation order for the people inside the initial isolation zone" },
};

function dutyText(x: EvalContext, f: Finding): LocalText | undefined {
  return x.c.scenario.requirements.find((r) => r.id === f.ruleId)?.text
    ?? x.c.rules.linkage[x.c.scenario.kind].find((r) => r.id === f.ruleId)?.text
    ?? x.c.rules.reporting.find((r) => r.id === f.ruleId)?.text
    ?? x.c.rules.dispatch.find((r) => r.id === f.ruleId)?.text
    ?? (f.ruleId === "OUT-CONTROL" ? x.c.rules.control[x.c.scenario.kind]?.text : undefined)
    ?? DUTY_TEXT[f.ruleId];
}

/** An open obligation's place in the report, by kind (spot questions are report obligations of their own rule). */
const OPEN_KIND: Record<Exclude<ObligationKind, "notified">, { section: SectionId; code: FindingCode }> = {
  report: { section: "reporting", code: "REPORT_MISSING" },
  act: { section: "linkage", code: "LINKAGE_IDLE" },
  arrive: { section: "dispatch", code: "DISPATCH_LATE" },
};

/** The opportunity an obligation belongs to (linkage.ts: one per rule and linked agency; spot.ts: one per question). */
function opportunityOf(ob: { id: string; kind: ObligationKind; ruleId: string; agency: string }): string | undefined {
  if (ob.ruleId === "SPOT-QUESTION") return `spot:${ob.id}`;
  return ob.kind === "act" || ob.kind === "notified" ? `link:${ob.ruleId}:${ob.agency}` : undefined;
}

/**
 * When each opportunity falls due: the latest deadline among its duties (its obligations, the
 * requirement's own window, the ERG 30 minutes). Opportunities not listed (the outcome, an
 * evacuation judged on completion) have no deadline of their own here.
 */
function opportunityDue(x: EvalContext, requirements: readonly RequirementRow[]): (id: string) => number | undefined {
  const due = new Map<string, number>();
  const put = (id: string, ms: number) => due.set(id, Math.max(due.get(id) ?? ms, ms));
  for (const t of x.obligations) {
    const o = opportunityOf(t.ob) ?? (t.ob.kind === "report" ? `rep:${groupKey(x, t)}` : undefined);
    if (o !== undefined) put(o, t.ob.deadlineMs);
  }
  for (const r of requirements) if (r.deadlineMs !== undefined) put(`req:${r.id}`, r.deadlineMs);
  // the cordon and the public's protection: 30 minutes from when the agency owing them knew (receipt-due.ts)
  return (id) => due.get(id) ?? (id === "cordon" ? cordonDue(x).dueMs : id.startsWith("protect:") ? protectOwner(x, id.slice("protect:".length)).due.dueMs : undefined);
}

/**
 * Splits findings into those due by `x.endMs` and those not yet due; drops the opportunities that
 * only not-yet-due findings or still-open obligations touch (nothing judged, no credit): a duty
 * whose deadline lies ahead gives neither points nor a fault. The outcome is judged on the harm
 * done so far, whatever target (hazard control) still lies ahead.
 * Shapes: findings as built by the sections (not yet numbered).
 */
/** the outcome's opportunity id (credit.ts) */
const OUTCOME = "outcomes";

export function splitDue(x: EvalContext, findings: readonly Finding[], opportunities: readonly Opportunity[], requirements: readonly RequirementRow[] = []): { findings: Finding[]; notYetDue: NotYetDue[]; opportunities: Opportunity[] } {
  // a duty with no deadline of its own is owed by the drill's scheduled end: open until the drill runs its course
  const ranItsCourse = x.events.some((e) => e.type === "drillEnded" && e.reason === "duration");
  // (such a finding is dated when its duty arose, linkage.ts, but owed by the end)
  const dueAt = (f: Finding) => (!ranItsCourse && byTheEnd(x, f) ? Math.max(f.atMs, x.c.durationMs) : f.atMs);
  const due = findings.filter((f) => dueAt(f) <= x.endMs);
  const later = findings.filter((f) => dueAt(f) > x.endMs).map((f) => ({ ...f, atMs: dueAt(f) }));
  const judged = new Set(due.map((f) => f.opportunity));
  // the outcome is judged on the harm done so far, whatever target (hazard control) is still ahead: worth
  // what no response had lost by now (outcome-worth.ts), so a play that prevented that harm earns it, and
  // with nothing lost by either reference it is worth 0 (未展示) — never left out only for a target ahead
  const open = new Set(later.map((f) => f.opportunity).filter((o) => o !== undefined && o !== OUTCOME && !judged.has(o)));
  // a duty still open whose deadline lies ahead (the enterprise's five minutes at 00:01:12) is not judged either
  // (one whose deadline is the drill's last instant is not missed yet either: the engine marks it missed after)
  const pending = x.obligations.filter((t) => !t.met && t.missed === undefined && t.ob.deadlineMs >= x.endMs);
  // (its notice given, the duty is judged on that below)
  const met = metEarly(x, findings, requirements);
  for (const t of pending) {
    const o = opportunityOf(t.ob);
    if (o !== undefined && !judged.has(o) && !met.notice.has(o)) open.add(o);
  }
  // a duty whose deadline lies ahead is decided only once met (credited: the play showed it, issue 10 §11);
  // one neither met nor due is 未到期 and counted by nothing. A linkage duty whose notice was given but
  // whose action is still ahead is judged on its notice alone (`partial`).
  const dueOf = opportunityDue(x, requirements);
  const partial = new Map<string, FindingCode[]>();
  for (const o of opportunities) {
    const d = dueOf(o.id);
    if (d === undefined || d < x.endMs || judged.has(o.id) || met.whole.has(o.id)) continue;
    if (met.notice.has(o.id) && o.failCodes.includes("LINKAGE_NOT_NOTIFIED")) partial.set(o.id, ["LINKAGE_NOT_NOTIFIED"]);
    else open.add(o.id);
  }
  // a linkage duty judged only on its notice (given late or never by now) whose action is not yet due is decided on its
  // notice alone: the action is neither earned nor lost (review9 chemical 10: the police's action due at 00:41, the drill cut at 00:30)
  for (const id of judged) {
    if (id === undefined || !id.startsWith("link:") || partial.has(id)) continue;
    const mine = due.filter((f) => f.opportunity === id);
    if (!mine.every((f) => NOTICE_CODES.has(f.code))) continue;
    if (actDueAfter(x, id, mine)) partial.set(id, ["LINKAGE_NOT_NOTIFIED"]);
  }
  const seen = new Set<string>();
  const notYetDue: NotYetDue[] = [];
  for (const f of [...later].sort((a, b) => a.atMs - b.atMs)) {
    const open = openDuty(x, f);
    // one open duty per rule and holder (the earliest deadline), whatever number of findings it would have raised
    const k = `${f.ruleId}|${open.agency}`;
    if (seen.has(k)) continue;
    seen.add(k);
    notYetDue.push(open);
  }
  // open obligations nobody has failed yet: listed too (a notice owed is listed by linkage.ts's finding above)
  for (const t of pending) {
    if (t.ob.kind === "notified") continue;
    const k = `${t.ob.ruleId}|${t.ob.agency}`;
    if (seen.has(k)) continue;
    seen.add(k);
    const place = t.ob.ruleId === "SPOT-QUESTION" ? { section: "reporting" as const, code: "SPOT_QUESTION_UNANSWERED" as const } : OPEN_KIND[t.ob.kind];
    // the agency holds the duty; a unit's arrival standard names the unit in the text
    const who = x.agencyName(t.ob.agency);
    const unit = t.ob.unit ? x.unitName(t.ob.unit) : undefined;
    const what = t.ob.kind === "report" && t.ob.to && t.ob.ruleId !== "SPOT-QUESTION"
      ? { zh: `${t.ob.text.zh}（报告${x.agencyName(t.ob.to).zh}）`, en: `${t.ob.text.en} (report to ${x.agencyName(t.ob.to).en})` }
      : unit ? { zh: `${unit.zh}：${t.ob.text.zh}`, en: `${unit.en}: ${t.ob.text.en}` } : t.ob.text;
    // its holder's own deadline: from when it could know (a 较大 rule from the figures it received, own-window.ts)
    const w = ownWindow(x, t.ob.agency, t, undefined);
    const unknown = w.told === undefined && w.grade !== undefined;
    const due = unknown ? gradeNotKnown(w.grade!, t.ob.deadlineMs - t.ob.openedAtMs) : dueBy(w.dueMs);
    notYetDue.push({ ...place, agency: t.ob.agency, ruleId: t.ob.ruleId, ...(unknown ? {} : { dueMs: w.dueMs }), message: openText(x, who, what, due) });
  }
  // a duty whose clock has not started comes last
  notYetDue.sort((a, b) => (a.dueMs ?? Infinity) - (b.dueMs ?? Infinity));
  const early = (o: Opportunity) => !judged.has(o.id) && (dueOf(o.id) ?? 0) > x.endMs;
  const kept = opportunities.filter((o) => !open.has(o.id)).map((o) => (partial.has(o.id) ? { ...o, failCodes: partial.get(o.id)!, decidedCodes: partial.get(o.id)!, ...(judged.has(o.id) ? {} : { metEarly: true }) } : early(o) ? { ...o, metEarly: true } : o));
  return { findings: due, notYetDue, opportunities: kept };
}

const NOTICE_CODES: ReadonlySet<FindingCode> = new Set(["LINKAGE_NOT_NOTIFIED", "LINKAGE_NOTIFIED_LATE"]);

/**
 * Whether linkage duty `id`'s own action was still ahead when the drill stopped: its act obligation open with a deadline
 * at or after the stop, or (never told, no act obligation yet) the notice's deadline (its finding's date) + the rule's
 * minutes to act at or after the stop. Findings `notice`: the duty's notice findings due by then.
 */
function actDueAfter(x: EvalContext, id: string, notice: readonly Finding[]): boolean {
  const acts = x.obligations.filter((t) => t.ob.kind === "act" && opportunityOf(t.ob) === id);
  if (acts.length > 0) return acts.every((t) => !t.met && t.missed === undefined && t.ob.deadlineMs >= x.endMs);
  const agency = id.slice(id.lastIndexOf(":") + 1);
  const rule = x.c.rules.linkage[x.c.scenario.kind].find((r) => id === `link:${r.id}:${agency}`);
  if (rule?.actWithinMin === undefined) return false;
  const from = Math.min(...notice.map((f) => f.atMs));
  return from + rule.actWithinMin * 60_000 >= x.endMs;
}

/**
 * The opportunities met before the drill stopped, whatever their deadline (`whole`): every obligation
 * of it met, no finding on it (due or not: a cordon or protective action not done in time is a finding
 * dated at its 30 minutes), and a requirement's units on scene in time. `notice`: a linkage duty whose
 * notice obligations were all met (its action may still be ahead).
 */
function metEarly(x: EvalContext, findings: readonly Finding[], requirements: readonly RequirementRow[]): { whole: Set<string>; notice: Set<string> } {
  const faulted = new Set(findings.map((f) => f.opportunity).filter((o): o is string => o !== undefined));
  const all = new Map<string, boolean>();
  const notice = new Map<string, boolean>();
  const and = (m: Map<string, boolean>, id: string, v: boolean) => m.set(id, (m.get(id) ?? true) && v);
  for (const t of x.obligations) {
    const o = opportunityOf(t.ob) ?? (t.ob.kind === "report" ? `rep:${groupKey(x, t)}` : undefined);
    if (o === undefined) continue;
    and(all, o, t.met !== undefined);
    if (t.ob.kind === "notified") and(notice, o, t.met !== undefined);
  }
  const whole = new Set<string>();
  const ids = new Set([...all.keys(), ...requirements.map((r) => `req:${r.id}`), "cordon", ...x.c.scenario.populations.map((g) => `protect:${g.id}`)]);
  for (const id of ids) {
    if (faulted.has(id) || all.get(id) === false) continue;
    const req = id.startsWith("req:") ? requirements.find((r) => `req:${r.id}` === id) : undefined;
    if (req !== undefined && req.status !== "met") continue;
    whole.add(id);
  }
  return { whole, notice: new Set([...notice].filter(([id, v]) => v && !faulted.has(id)).map(([id]) => id)) };
}

/**
 * A not-yet-due finding as the duty still open: its holder (a requirement's owner, not whoever would
 * answer for leaving it in the dark; the incident's own agency for its own duty, when no rule names
 * who tells it: a school learns of its fire from the fire) and its real deadline (the finding's date; a notice no rule times is owed by the
 * drill's end; the incident agency's own duty runs from when it learns of the incident).
 */
function openDuty(x: EvalContext, f: Finding): NotYetDue {
  const duty = dutyText(x, f) ?? { zh: "", en: "" };
  const base = { section: f.section, code: f.code, ruleId: f.ruleId };
  const req = x.c.scenario.requirements.find((r) => r.id === f.ruleId);
  // a notice owed (linkage.ts keys it dark:<agency to tell>): the duty is telling that agency, whose own duty follows
  const toldId = f.code === "LINKAGE_NOT_NOTIFIED" && f.key?.startsWith("dark:") ? f.key.slice(5) : undefined;
  const rule = x.c.rules.linkage[x.c.scenario.kind].find((r) => r.id === f.ruleId);
  if (toldId !== undefined && toldId === x.c.scenario.incidentAgency && rule?.notifiedBy === undefined) {
    // the incident's own agency learns of it from the incident (no rule names who tells it): its duty's clock has not started
    const within = rule?.actWithinMin;
    const due = { zh: `时限自其获知事故起计${within !== undefined ? `（${within}分钟内）` : ""}，尚未开始`, en: `its clock starts when it learns of the incident${within !== undefined ? ` (within ${within} min)` : ""} and has not started` };
    return { ...base, agency: toldId, message: openText(x, x.agencyName(toldId), duty, due), told: toldId };
  }
  const agency = req ? (requirementOwner(x, req) ?? f.agency) : f.agency;
  const who = agency !== null ? x.agencyName(agency) : { zh: "", en: "" };
  const told = toldId !== undefined ? x.agencyName(toldId) : undefined;
  const what = told ? { zh: `通知${told.zh}（其职责：${duty.zh}）`, en: `tell ${told.en} (its duty: ${duty.en})` } : duty;
  const due = byTheEnd(x, f)
    ? { zh: `无规定时限，须在演练结束（${clock(f.atMs)}）前`, en: `no set limit: owed by the drill's end (${clock(f.atMs)})` }
    : dueBy(f.atMs);
  return { ...base, agency, dueMs: f.atMs, message: openText(x, who, what, due), ...(toldId !== undefined ? { told: toldId } : {}) };
}

const dueBy = (ms: number): LocalText => ({ zh: `时限 ${clock(ms)}`, en: `due by ${clock(ms)}` });

/** A 较大 rule whose holder has not yet received figures showing the grade: its clock has not started. */
const gradeNotKnown = (grade: number, spanMs: number): LocalText => ({
  zh: `时限自其获知事故已达${GRADE_TEXT[grade]!.zh}的伤亡信息起计（${spanMs / 60_000}分钟内），尚未开始`,
  en: `its clock starts when it receives casualty figures making the incident ${GRADE_TEXT[grade]!.en} (within ${spanMs / 60_000} min) and has not started`,
});

function openText(x: EvalContext, who: LocalText, what: LocalText, due: LocalText): LocalText {
  const end = clock(x.endMs);
  return {
    zh: `未到期：${who.zh}${what.zh ? `——${what.zh}` : ""}，${due.zh}，演练止于 ${end}，不扣分`,
    en: `Not yet due: ${who.en}${what.en ? ` — ${what.en}` : ""}; ${due.en}, the drill stopped at ${end}; no deduction`,
  };
}
