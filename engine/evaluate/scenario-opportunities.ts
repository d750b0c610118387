/**
 * The opportunities a section is scored on come from the scenario, not from the play (issue 10 §11):
 * W, what they are worth in rubric points, is the same for no action, a poor play and a good play
 * of one scenario (at a cut-off, but for the duties a play met early: below), so a missing unit costs the same share of the section whatever else the play
 * did. The scenario's opportunities are what its best play (`bestPlay:`, the model response the
 * scenario names, references.ts) faces by the drill's time:
 *   - rep:   every report the rules profile owes for this incident (the best play's report
 *            obligations, one per reporter, addressee, stage and mode: report-groups.ts)
 *   - spot:  every spot question put (the best play's spot obligations)
 *   - link:  every duty of the profile's linkage table for the scenario's kind (linkage.ts) whose
 *            work arose in the best play (scenarioLinks)
 *   - req:   every resource requirement of the scenario; cordon, protect, evac: the cordon, the
 *            groups inside the hazard's zones and the building evacuations (dispatch.ts)
 *   - outcomes: the outcome (outcome-worth.ts)
 * A duty this play alone gave rise to (a follow-up owed because casualties rose after a late
 * response, a report owed after a re-grade the best play avoided) is not in W: credit.ts charges
 * it without adding it, and the method paragraph names it. A drill stopped early (ended by the
 * director, or the live view) is judged on what was decided by then (not-due.ts): a duty due by
 * then (a report or spot question by the best play's deadline, the best play and no response both
 * replayed to the same cut-off, references.ts; one the play owed later, its reporter told late, is
 * not achieved), and a duty this play met before its deadline (credited, `metEarly`; a notice given
 * whose action is still ahead, on its notice alone). A duty neither due nor met is counted by
 * nothing, so W at a cut-off is the same for every play but for the duties each met early, and
 * meeting one early only adds a duty achieved. Without a best play the play's own opportunities are used.
 */
import { actCode } from "./own-plan.ts";
import type { LocalText } from "../model/ids.ts";
import type { DrillState } from "../model/state.ts";
import { buildContext, clock, type EvalContext } from "./context.ts";
import type { Opportunity } from "./opportunity.ts";
import { dispatchOpportunities } from "./dispatch.ts";
import { noticeDue } from "./notice-due.ts";
import { workKeptBy } from "./work-known.ts";
import { keptFrom } from "./corrections.ts";
import { knewAt, notifierOf } from "./blame.ts";
import { groupKey } from "./report-groups.ts";
import { resolveAgencies } from "../rules/agencies.ts";
import { hasWork } from "../rules/duty-work.ts";
import { noNoticePart } from "./notice-part.ts";

const SPOT = "SPOT-QUESTION";

/**
 * The scenario's opportunities for the drill `x` (W), labelled. `all`: the play's before not-due.ts
 * dropped those not yet due; `due`: after; `ref`: the best play's state at this drill's time.
 */
export function scenarioOpportunities(x: EvalContext, all: readonly Opportunity[], due: readonly Opportunity[], ref: DrillState | undefined, condemned: ReadonlySet<number> = new Set(), none?: DrillState): Opportunity[] {
  if (!ref) return due.map((o) => labelled(x, o));
  const notYetDue = new Set(all.map((o) => o.id).filter((id) => !due.some((o) => o.id === id)));
  // a report or spot question is the scenario's once the best play's duty fell due by this drill's time
  // (the latest deadline of the rules asking for it, as not-due.ts judges a play's own)
  const dueBy = new Map<string, number>();
  for (const ob of ref.obligations) {
    const id = ob.ruleId === SPOT ? `spot:${ob.id}` : ob.kind === "report" ? `rep:${groupKey(x, { ob, opened: 0 })}` : undefined;
    if (id !== undefined) dueBy.set(id, Math.max(dueBy.get(id) ?? 0, ob.deadlineMs));
  }
  // (or judged already in this play: a finding on it fell due, as not-due.ts judges an opportunity)
  const judged = new Set(due.map((o) => o.id));
  // (one due at the drill's very last instant is not missed yet, as not-due.ts holds: the engine marks it missed after)
  const owed = [...dueBy].filter(([id, ms]) => ms < x.endMs || judged.has(id)).map(([id]) => id);
  const reports = owed.filter((id) => id.startsWith("rep:")).map((id): Opportunity => ({ id, section: "reporting", failCodes: ["REPORT_MISSING"] }));
  const spots = owed.filter((id) => id.startsWith("spot:")).map((id): Opportunity => ({ id, section: "reporting", failCodes: ["SPOT_QUESTION_UNANSWERED"] }));
  // the requirements are the scenario's as they stand; a linkage duty is worth its notice where the best
  // play gave it (not the scenario's own inject) and its action; the cordon, the groups in the hazard's
  // zones and the evacuations are judged on the best play's hazard
  // (and telling the searchers where the trapped are: the scenario's injects decide it, told-rescuers.ts)
  // (and the requests for help from people at risk: the scenario's injects decide them, help-requests.ts)
  // (and the alarm calls the scenario plans, judged on their elements: alarm-call.ts)
  // (and the reports from the public their receivers must pass on: the scenario's injects decide them, forwarding.ts)
  const fixed = all.filter((o) => /^(req|outcomes|tell|help|alarm|fwd)(:|$)/.test(o.id));
  // an unverified duty left with nothing to judge (its notice the scenario's own) is no opportunity at all
  const links = scenarioLinks(x, all, ref, none).map((o) => decided(linkageDuty(x, o, ref, condemned), due)).filter((o) => o.failCodes.length > 0 || !unverifiedDuty(x, o.id))
    .map((o) => (unverifiedDuty(x, o.id) ? { ...o, unverified: true } : o));
  const hazard = dispatchOpportunities(buildContext(x.c, [], ref)).filter((o) => !o.id.startsWith("req:"));
  // a report or spot question this play never gave rise to (its reporter never told, the question never
  // put), or whose own deadline the drill did not reach (its reporter told late), is not achieved
  const arose = new Set(due.map((o) => o.id));
  const scenario = [...links, ...fixed, ...hazard].filter((o) => !notYetDue.has(o.id));
  // met before a deadline the drill did not reach: judged because this play did it (not-due.ts)
  const early = new Set(due.filter((o) => o.metEarly).map((o) => o.id));
  const played = new Map(due.map((o) => [o.id, o]));
  return [...reports, ...spots, ...scenario].map((o) => labelled(x, /^(rep|spot):/.test(o.id) && !arose.has(o.id) ? notArisen(x, o) : withCorrection(early.has(o.id) ? { ...o, metEarly: true } : o, played.get(o.id))));
}

/** A report duty this play never gave rise to; a follow-up names the 瞒报 that kept its trigger from its owner (corrections.ts). */
function notArisen(x: EvalContext, o: Opportunity): Opportunity {
  const fu = /^rep:([^>|]*)>([^|]*)\|fu:/.exec(o.id);
  const kept = fu ? keptFrom(x, fu[1]!, fu[2]!) : undefined;
  return { ...o, notArisen: true, ...(kept !== undefined ? { keptBy: kept } : {}) };
}

/** A report duty as this play owed it: one that only corrects a 瞒报 keeps saying so (corrections.ts). */
function withCorrection(o: Opportunity, played: Opportunity | undefined): Opportunity {
  return played?.correction && o.id.startsWith("rep:") ? { ...o, correction: played.correction } : o;
}

/**
 * The linkage duties of the scenario: those of the profile's table whose work arose by this drill's time
 * in the best play or with no response (`none`, the empty log replayed to the same time: references.ts).
 * The scenario's own course gives rise to a duty on casualties, trapped people or evacuation
 * (rules/duty-work.ts) when no response leaves people trapped: the township's aftermath duty for the
 * miners the water cuts off is the scenario's, not "this play's own" because the best play withdrew them
 * in time (review r15 mine 1). Only a duty neither reference gives rise to is this play's alone (outside W).
 * Work arose in a reference when it opened the duty's notice or action, or its figures show the work now.
 * A duty of the scenario this play never gave rise to (it prevented the casualties) is in W with no
 * finding against it: achieved.
 */
function scenarioLinks(x: EvalContext, all: readonly Opportunity[], ref: DrillState, none?: DrillState): Opportunity[] {
  const out: Opportunity[] = [];
  const seen = new Set<string>();
  for (const rule of x.c.rules.linkage[x.c.scenario.kind]) {
    for (const agency of resolveAgencies(x.c, rule.agency)) {
      // one opportunity per duty, as linkage.ts judges it (an agency may hold two: the mine's rescue of the trapped)
      if (seen.has(`${rule.id}:${agency}`)) continue;
      seen.add(`${rule.id}:${agency}`);
      const arose = rule.workWhen === undefined || [ref, ...(none ? [none] : [])].some((r) => hasWork(rule, r.casualties) || r.obligations.some((o) => o.ruleId === rule.id));
      if (!arose) continue;
      const id = `link:${rule.id}:${agency}`;
      // a duty this play offers nothing of (an unverified duty whose agency the scenario told, linkage.ts): no notice of
      // its own, so its notice part is earned only by a participant's notice in time (linkageDuty), never by default
      out.push(all.find((o) => o.id === id) ?? { id, section: "linkage", failCodes: [] });
    }
  }
  return out;
}

/**
 * A linkage duty as the scenario offers it: its notice counts where the best play's first notice to
 * the agency came from a player, not from the scenario's own inject (a 110 call is no one's credit).
 * When this play left that notice to the scenario's inject, the notice part is not achieved
 * (`unearnedCodes`): no finding is deducted, nothing is earned.
 */
function linkageDuty(x: EvalContext, o: Opportunity, ref: DrillState, condemned: ReadonlySet<number>): Opportunity {
  const agency = o.id.slice(o.id.lastIndexOf(":") + 1);
  const first = ref.messages.find((m) => m.to.includes(agency) && (m.kind !== "inject" || x.c.injects.get(m.inject ?? "")?.notifies === true));
  const rule = x.c.rules.linkage[x.c.scenario.kind].find((r) => o.id === `link:${r.id}:${agency}`);
  const notice = first !== undefined && first.from !== "scenario" && !(rule !== undefined && noNoticePart(x, rule, agency));
  const act = o.failCodes.filter((c) => c !== "LINKAGE_NOT_NOTIFIED");
  const theirs = o.failCodes.includes("LINKAGE_NOT_NOTIFIED");
  // an unverified duty (tag U, domain.md §0) is not judged on its action
  const acts = rule !== undefined && rule.actWithinMin !== undefined && rule.actions.length > 0 && rule.tag !== "U" ? [actCode(rule)] : [];
  // the scenario's inject reached it first, but a player told it within the notice's deadline all the same: earned
  // (review9 school 2, mine 3: a report made on time earns its notice however the scenario got there first)
  const player = theirs ? { earned: true } : playerNotice(x, agency, o.id, condemned);
  // a participant's notice in time that a finding condemns (a 瞒报 report) earns nothing: the set-aside names that report
  // (or the notifier's own report to it, missing or late: the finding on that report)
  const notifier = notifierOf(x, agency);
  const spoilt = { ...(player.spoiltBy !== undefined ? { noticeBy: player.spoiltBy } : {}), ...(notifier !== null ? { noticeReport: `rep:${notifier}>${agency}|first|any` } : {}) };
  // a holder that sent units before anyone told it of the incident acted on nothing the drill gave it: its action earns
  // nothing (review16 school 1: the 120 dispatching at 00:40 when the school's call came at 01:59 scored above the poor
  // play, whose 120 was told at 00:25 and judged slow); not deducted either, as no finding is on it
  const untold = (act.length > 0 ? act : acts).length > 0 && sentUntold(x, agency);
  const unearned = [...(notice && !player.earned ? (["LINKAGE_NOT_NOTIFIED"] as const) : []), ...(untold ? (act.length > 0 ? act : acts) : [])];
  // a duty with no act deadline says why its act is not judged (review21 mine 1: never 「已完成」 on its notice alone)
  const why = rule?.actNotJudged !== undefined ? { actNotJudged: rule.actNotJudged } : {};
  return { ...o, ...why, failCodes: [...(notice ? (["LINKAGE_NOT_NOTIFIED"] as const) : []), ...(act.length > 0 ? act : acts)], ...(unearned.length > 0 ? { unearnedCodes: unearned, ...(notice && !player.earned ? spoilt : {}) } : {}) };
}

/** Whether `agency` sent a unit before it was told of the incident (never told: any dispatch). */
function sentUntold(x: EvalContext, agency: string): boolean {
  const told = knewAt(x, agency) ?? Infinity;
  return x.events.some((e) => e.type === "unitDispatched" && e.agency === agency && e.at < told);
}

/**
 * Whether a participant (not the scenario) told `agency` by the deadline of linkage opportunity `id`'s notice
 * (notice-due.ts). A report a finding condemns as 瞒报 or 谎报 (event indexes `condemned`) earns nothing: it must
 * never score above no report at all (493号令 第三十六条 punishes it beyond 漏报); `spoiltBy` names it (message id:
 * the set-aside names its finding, review10 mine 4, not "无参演单位在其时限内通知").
 */
function playerNotice(x: EvalContext, agency: string, id: string, condemned: ReadonlySet<number>): { earned: boolean; spoiltBy?: string } {
  const t = x.obligations.find((o) => o.ob.kind === "notified" && o.ob.agency === agency && id === `link:${o.ob.ruleId}:${agency}`);
  const due = t ? noticeDue(x, agency, t) : undefined;
  // a notice its notifier never owed (never told of the duty's work): set aside under the 瞒报 that kept it from it (work-known.ts)
  const notifier = notifierOf(x, agency);
  const kept = t && due === undefined && notifier !== null ? workKeptBy(x, notifier)[0]?.message : undefined;
  if (kept !== undefined) return { earned: false, spoiltBy: kept };
  // a notice this play never made owing (the township's, with nobody trapped: its duty's work never arose here) but that a
  // participant gave all the same is done, not 「由情景注入告知」 (review22 mine B7: the bureau told 石门镇 at 00:09 in the
  // good play); with no deadline, any such notice counts
  const inTime = x.events.flatMap((e, i) => ((due === undefined || e.at <= due) && ((e.type === "messageSent" && e.from !== "scenario" && e.to.includes(agency)) || (e.type === "reportSubmitted" && e.to === agency)) ? [{ id: e.id, i }] : []));
  if (inTime.some((n) => !condemned.has(n.i))) return { earned: true };
  return { earned: false, ...(inTime.length > 0 ? { spoiltBy: inTime[0]!.id } : {}) };
}

/** A duty only part of which was decided when the drill stopped (its notice given, its action still ahead): that part alone. */
function decided(o: Opportunity, due: readonly Opportunity[]): Opportunity {
  const codes = due.find((d) => d.id === o.id)?.decidedCodes;
  if (codes === undefined) return o;
  const unearned = o.unearnedCodes?.filter((c) => codes.includes(c));
  const { unearnedCodes: _, ...rest } = o;
  return { ...rest, failCodes: o.failCodes.filter((c) => codes.includes(c)), ...(unearned && unearned.length > 0 ? { unearnedCodes: unearned } : {}), decidedCodes: codes };
}

function unverifiedDuty(x: EvalContext, id: string): boolean {
  return x.c.rules.linkage[x.c.scenario.kind].some((r) => r.tag === "U" && id.startsWith(`link:${r.id}:`));
}

/** The play's own opportunities beyond the scenario's (credit.ts charges them without adding them to W). */
export function arising(x: EvalContext, due: readonly Opportunity[], scenario: readonly Opportunity[]): Opportunity[] {
  const planned = new Set(scenario.map((o) => o.id));
  return due.filter((o) => !planned.has(o.id)).map((o) => labelled(x, o));
}

function labelled(x: EvalContext, o: Opportunity): Opportunity {
  return o.label ? o : { ...o, label: opportunityLabel(x, o.id) };
}

/** first report, the Nth casualty follow-up, or the follow-up on a development (its words from the rules profile) */
function STAGE(x: EvalContext, stage: string): LocalText {
  if (stage === "first") return { zh: "初报", en: "first report" };
  const key = stage.slice(3);
  if (/^\d+$/.test(key)) return { zh: `第${key}次续报`, en: `follow-up ${key}` };
  const news = x.c.rules.developments[key] ?? { zh: key, en: key };
  return { zh: `关于${news.zh}的续报`, en: `follow-up on ${news.en}` };
}

/** What an opportunity is, in words: the reporter and addressee, the duty, the requirement, the group. */
export function opportunityLabel(x: EvalContext, id: string): LocalText {
  const [kind, ...rest] = id.split(":");
  const tail = rest.join(":");
  const name = x.agencyName;
  switch (kind) {
    case "rep": {
      const [pair = "", stage = "first", mode = "any"] = tail.split("|");
      const [from = "", to = ""] = pair.split(">");
      const s = STAGE(x, stage);
      const w = mode === "written" ? { zh: "（书面）", en: " (written)" } : { zh: "", en: "" };
      return { zh: `${name(from).zh}向${name(to).zh}${s.zh}${w.zh}`, en: `${name(from).en} to ${name(to).en}, ${s.en}${w.en}` };
    }
    case "spot": {
      // SPOT:<inject>:<agency>
      const [, inject = "", agency = ""] = tail.split(":");
      const at = x.c.injects.get(inject)?.atMs;
      const when = at !== undefined ? { zh: `（${clock(at)}）`, en: ` (${clock(at)})` } : { zh: "", en: "" };
      return { zh: `${name(agency).zh}答复随机提问${when.zh}`, en: `${name(agency).en} answers a spot question${when.en}` };
    }
    case "help": {
      // help:<inject>:<agency> (help-requests.ts)
      const [inject = "", agency = ""] = tail.split(":");
      const inj = x.c.scenario.injects.find((i) => i.id === inject);
      const req = inj?.requests?.find((r) => r.agency === agency);
      const from = inj?.source ?? { zh: "", en: "" };
      const at = x.c.injects.get(inject)?.atMs;
      const when = at !== undefined ? { zh: `（${clock(at)}）`, en: ` (${clock(at)})` } : { zh: "", en: "" };
      return req ? { zh: `${name(agency).zh}响应${from.zh}的求助：${req.text.zh}${when.zh}`, en: `${name(agency).en} acts on a request for help (${from.en}): ${req.text.en}${when.en}` } : name(agency);
    }
    case "fwd": {
      // fwd:<inject>:<receiver>><agency> (forwarding.ts)
      const [inject = "", pair = ""] = tail.split(":");
      const [from = "", to = ""] = pair.split(">");
      const inj = x.c.scenario.injects.find((i) => i.id === inject);
      const at = x.c.injects.get(inject)?.atMs;
      const when = at !== undefined ? { zh: `（${clock(at)}）`, en: ` (${clock(at)})` } : { zh: "", en: "" };
      const src = inj?.source ?? { zh: "群众", en: "the public" };
      return { zh: `${name(from).zh}将${src.zh}的报警${when.zh}立即核实或移送${name(to).zh}`, en: `${name(from).en} verifies or passes on to ${name(to).en} the report from ${src.en}${when.en} at once` };
    }
    case "link": {
      const i = tail.lastIndexOf(":");
      const rule = x.c.rules.linkage[x.c.scenario.kind].find((r) => r.id === tail.slice(0, i));
      const a = name(tail.slice(i + 1));
      return rule ? { zh: `${a.zh}（${rule.text.zh}）`, en: `${a.en} (${rule.text.en})` } : a;
    }
    case "req":
      return x.c.scenario.requirements.find((r) => r.id === tail)?.text ?? { zh: tail, en: tail };
    case "cordon":
      return { zh: "在危险源周围及时设置不小于初始隔离距离的警戒区", en: "a cordon round the source, at least the initial isolation distance, in time" };
    case "protect": {
      const g = x.c.scenario.populations.find((p) => p.id === tail);
      const n = g ? g.name : { zh: tail, en: tail };
      return { zh: `${n.zh}及时就地避险或疏散`, en: `${n.en} sheltered or evacuated in time` };
    }
    case "evac": {
      const rule = x.c.rules.linkage[x.c.scenario.kind].find((r) => r.id === tail);
      return { zh: `楼内人员按时全部撤出${rule ? `（${rule.text.zh}）` : ""}`, en: `everyone out of the building in time${rule ? ` (${rule.text.en})` : ""}` };
    }
    case "alarm":
      return { zh: `向${name(tail).zh}报警，报警要素齐全、如实说明人员情况`, en: `the alarm raised with ${name(tail).en} in full, the people in danger named` };
    case "tell":
      return { zh: `向${name(tail).zh}说明被困和下落不明人员的位置`, en: `${name(tail).en} told where the trapped and missing are` };
    case "outcomes":
      return { zh: "处置结果（无处置推演在本项各评分项应扣的分值）", en: "the outcome (what no response loses on this section's items)" };
    default:
      return { zh: id, en: id };
  }
}
