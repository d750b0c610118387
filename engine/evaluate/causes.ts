/**
 * Who answers for an outcome (issue 10 §1 and §2; AQ/T 9009-2015 §7 评估总结: a problem is reported with
 * its cause, and the correction goes to whoever caused it). An outcome finding — people exposed or
 * harmed, people left trapped, the hazard controlled late or not at all, a critical installation lost
 * (a flooded pump room) — is charged to the agency
 * whose process failure caused it, not to the lead agency by default:
 *
 *   causal category  = which duties and tasks bear on the outcome (causesOf below): the protective
 *                      actions (evacuate, shelter: the linkage duties listing only those, the
 *                      public's protection, the building's evacuation), the rescue tasks for people
 *                      cut off, the tasks that bring the hazard under control (the profile's
 *                      `control.<hazard>.tasks`);
 *   cause findings   = the process findings in that category (a duty of the profile's linkage
 *                      table whose every action is in it; a requirement whose task is in it), each
 *                      followed to its root (`causedBy`: a requirement missed because its owner was
 *                      never told is the notifier's fault, linkage.ts, dispatch.ts);
 *                      A fault counts only if it began (its deadline passed) by the last harm the
 *                      outcome's evidence records: what happened before it fell due it did not cause;
 *   principal cause  = the root whose fault began first (its obligation's deadline, else its time);
 *   responsible      = the principal cause's agency. When no finding explains the outcome it is charged
 *                      to no agency (agency null) and says so: AQ/T 9009-2015 (domain.md §3.6) judges
 *                      participants' performance and the drill's objectives apart, and a shortfall in
 *                      the objective that no participant's fault explains is a finding on the drill as
 *                      a whole (its outcome score), not a fault of the lead agency by default.
 *
 * The outcome keeps its own deduction (issue 10 §9: harm a late response caused costs points, a
 * dimension apart from the process fault) and cites its causes (`causes`, principal first), so the
 * report reads "由 F3 所致". Which duties bear on which outcome is matched against the rules profile's
 * duty actions and the scenario's requirement tasks, never against a scenario's agency ids.
 */
import { onlyLeftInside } from "./evacuation-left.ts";
import { resolveAgencies } from "../rules/agencies.ts";
import type { FindingCode } from "../scenario/rubric-schema.ts";
import type { EvalContext } from "./context.ts";
import type { Finding } from "./report-model.ts";
import { CREW_RULE } from "./harmful-orders.ts";
import { owners, requirementStart } from "./requirement-owner.ts";
import { TELL_RESCUERS_RULE } from "./told-rescuers.ts";
import { SEARCH_WITHIN_MS, TOLD_SEARCH_RULE } from "./told-search.ts";
import { statedApart } from "./exposed-before-known.ts";
import type { Cleared } from "./cause-reruns.ts";
import { shareByReruns } from "./harm-share.ts";
import { withCausalShares } from "./causal-share.ts";
import { joint, measures, notCleared, onWhom, unexplained } from "./cause-words.ts";

const MINUTE = 60_000;

/** A causal category: the command types (linkage duty actions) and unit tasks that bear on an outcome. */
interface Category {
  actions: readonly string[];
  tasks: readonly string[];
  /** findings that are about this category whatever their rule (e.g. the public's protection) */
  direct: readonly FindingCode[];
  /** findings of these rules bear on this category whatever their code (what the rescuers were never told) */
  rules?: readonly string[];
}

/** 先撤人后汇报, ERG protective actions, the school's evacuation (domain.md §4, §5). */
const PROTECTION: Category = { actions: ["evacuate", "shelter"], tasks: [], direct: ["PROTECTIVE_ACTION_LATE", "EVACUATION_SLOW"] };
/**
 * Rules whose findings bear on reaching people cut off and on stopping the hazard: a caller that
 * withheld from the rescuers the people down, trapped or missing, or the medium, and the incident's
 * unit that never passed on where the trapped and missing are (told-rescuers.ts; review9 school 3:
 * 学校清点人数获知其位置后未告知消防). Dated by when the unit knew (the finding's time).
 */
export const RESCUE_RULES: readonly string[] = [TELL_RESCUERS_RULE, TOLD_SEARCH_RULE];
/** kept for callers naming codes: none bear on rescue by code alone (REPORT_FALSE is a report's content) */
export const RESCUE_FINDINGS: readonly FindingCode[] = [];

/** reaching people cut off: the rescue team's survey and rescue, the firefighters' search (domain.md §5.1, §5.3) */
const RESCUE: Category = { actions: [], tasks: ["rescue", "search", "survey"], direct: RESCUE_FINDINGS, rules: RESCUE_RULES };
/** what stops the hazard: the tasks the rules profile's `control` entry lists for it (a leak plugged, pumps installed, a fire suppressed) */
const control = (x: EvalContext): Category => ({ actions: [], tasks: x.c.rules.control[x.c.scenario.kind]?.tasks ?? [], direct: [], rules: RESCUE_RULES });

/** Which categories can explain each outcome finding. */
export function causesOf(x: EvalContext, code: FindingCode): readonly Category[] | undefined {
  switch (code) {
    case "OUTCOME_EXPOSED_AEGL2":
    case "OUTCOME_EXPOSED_AEGL3":
    case "OUTCOME_EXPOSED":
      return [PROTECTION];
    case "OUTCOME_PREVENTABLE_HARM":
    case "OUTCOME_DEATHS":
    case "OUTCOME_SERIOUS_INJURIES":
      // a toxic release harms through the dose, which grows for as long as the source runs (load = ∫C dt,
      // engine/people/exposure.ts): what stops the source bears on the harm too (review9 chemical 1: the late plug)
      return x.c.hazard.toxicology ? [PROTECTION, RESCUE, control(x)] : [PROTECTION, RESCUE];
    case "OUTCOME_TRAPPED":
      return [PROTECTION, RESCUE];
    case "HAZARD_CONTROL_LATE":
    case "HAZARD_NOT_CONTROLLED":
    // an installation the hazard destroyed (a flooded pump room) is lost for want of the same work: more pumps, water walls
    case "OUTCOME_INSTALLATION_LOST":
      return [control(x)];
    default:
      return undefined;
  }
}

const LINKAGE: ReadonlySet<FindingCode> = new Set(["LINKAGE_IDLE", "LINKAGE_SLOW", "LINKAGE_NOT_NOTIFIED", "LINKAGE_NOTIFIED_LATE", "PLAN_NOT_STARTED", "PLAN_NOT_DECLARED"]);
const REQUIREMENT: ReadonlySet<FindingCode> = new Set(["DISPATCH_INSUFFICIENT", "DISPATCH_LATE", "DISPATCH_IDLE_UNITS", "DISPATCH_WRONG_TYPE", "DISPATCH_WRONG_PLACE"]);
/** A notice or report owed to an agency, missing or late: its addressee could not act until told. */
const NOTICE: ReadonlySet<FindingCode> = new Set(["LINKAGE_NOT_NOTIFIED", "LINKAGE_NOTIFIED_LATE", "REPORT_MISSING", "REPORT_CONCEALED", "REPORT_LATE"]);

/** A duty made only of category `k`'s actions (a dispatch room's withdrawal order), not one met by any of several. */
const onlyIn = (k: Category, r: { actions: ReadonlyArray<{ type: string; task?: string }> }): boolean =>
  r.actions.length > 0 && r.actions.every((a) => k.actions.includes(a.type) || (a.task !== undefined && k.tasks.includes(a.task)));

/**
 * A notice or report missing or late bears on category `k` when its addressee owes one of the
 * category's orders (evacuate, shelter: the police told of a chlorine release owe the village's
 * evacuation; review9 chemical 1 and 9, 企业未报告公安): the order is the addressee's alone and it could
 * not give it before it knew. A late call to rescuers is no cause by itself: the engine's rerun of the
 * mine with its rescue team called at 00:12 instead of 00:30 leaves the same six miners cut off (the
 * water, not the rescuers' arrival, did the harm), so only what the rescuers were never told is
 * (RESCUE_RULES). Not when the notifier owes a duty made only of the category's actions itself (the
 * dispatch room that tells the mine head late also owes the withdrawal): that duty's own finding is the
 * cause (review9 mine 7: fixing the notice alone leaves the same six miners cut off).
 */
function noticeBears(x: EvalContext, f: Finding, k: Category): boolean {
  const rules = x.c.rules.linkage[x.c.scenario.kind];
  const to = f.evidence.obligations.map((id) => x.obligationById.get(id)?.ob).flatMap((ob) => (ob === undefined ? [] : [ob.kind === "notified" ? ob.agency : ob.to])).filter((a): a is string => a !== undefined);
  const owes = (agency: string, pick: (r: (typeof rules)[number]) => boolean) => rules.some((r) => pick(r) && resolveAgencies(x.c, r.agency).includes(agency));
  // a duty whose work arises only once people are hurt or trapped (`workWhen`: the township's aftermath group) deals with
  // the harm after it: a notice of it is no cause of that harm (review9 mine 11(a): the bureau's late notice to the township)
  if (!to.some((a) => owes(a, (r) => r.workWhen === undefined && r.actions.some((act) => k.actions.includes(act.type))))) return false;
  return !(f.agency !== null && owes(f.agency, (r) => r.id !== f.ruleId && onlyIn(k, r)));
}

/** Does process finding `f` bear on category `k`? `groups`: the people the outcome is about, when known. */
function bears(x: EvalContext, f: Finding, k: Category, groups: ReadonlySet<string> | undefined): boolean {
  if (k.rules?.includes(f.ruleId)) return true;
  if (NOTICE.has(f.code)) return noticeBears(x, f, k);
  // the evacuation judged unmet only for who was left inside restates the outcome: no cause of it (evacuation-left.ts)
  if (onlyLeftInside(x, f)) return false;
  if (k.direct.includes(f.code)) {
    // the public's protection of a group nobody in the outcome belongs to is no cause of it
    const g = f.opportunity?.startsWith("protect:") ? f.opportunity.slice("protect:".length) : undefined;
    return g === undefined || groups === undefined || groups.size === 0 || groups.has(g);
  }
  if (LINKAGE.has(f.code)) {
    // a duty met only by the category's commands (a dispatch room's withdrawal order), never one met by any of several
    const r = x.c.rules.linkage[x.c.scenario.kind].find((d) => d.id === f.ruleId);
    return r !== undefined && onlyIn(k, r);
  }
  if (REQUIREMENT.has(f.code)) {
    const req = x.c.scenario.requirements.find((r) => r.id === f.ruleId);
    return req !== undefined && k.tasks.includes(req.task);
  }
  return false;
}

/**
 * When a fault began: the earliest deadline it missed, else its own time. A finding judged on a clock its
 * module counts itself (the cordon, the public's protection, a building's evacuation: `dueMs`) began at
 * that deadline, the same one the finding prints and the not-yet-due list uses (one duty, one deadline:
 * the police told at 00:11 owe the village's protection by 00:41, not 00:30); a requirement's at its own
 * deadline (dispatch.ts requirementStart).
 */
function faultStart(x: EvalContext, f: Finding): number {
  // a search owed 立即 once told where people are (told-search.ts) began when the searcher was told: the 5 min is the
  // grading's allowance, and the best play's crew is at the room 30 s after its telling
  if (f.ruleId === TOLD_SEARCH_RULE) return f.atMs - SEARCH_WITHIN_MS;
  const due = f.evidence.obligations.map((id) => x.obligationById.get(id)?.ob.deadlineMs).filter((t): t is number => t !== undefined);
  return Math.min(f.atMs, ...due, f.dueMs ?? requirementDue(x, f));
}

function requirementDue(x: EvalContext, f: Finding): number {
  if (!REQUIREMENT.has(f.code)) return Infinity;
  // the requirement's own deadline (dispatch.ts: from when its owners were due to be told), not the earliest it
  // could be: the search crew due at 00:21:30 did not cause a death at 00:20 (review9 school 3)
  const req = x.c.scenario.requirements.find((r) => r.id === f.ruleId);
  return req === undefined ? Infinity : requirementStart(x, req) + req.withinMin * MINUTE;
}

/**
 * Names each outcome finding's responsible agency and causes (shapes: numbered findings, F1…,
 * with `causedBy` set; returns them in the same order). `groups`: per outcome code, the population
 * groups it is about (toxic exposure: the groups above the threshold), so only their protection
 * counts as its cause.
 */
export function attributeOutcomes(x: EvalContext, findings: readonly Finding[], groups: Partial<Record<FindingCode, ReadonlySet<string>>> = {}, cleared?: Partial<Record<FindingCode, Cleared>>): Finding[] {
  const byId = new Map(findings.map((f) => [f.id, f]));
  const rootOf = (f: Finding): Finding => {
    let r = f;
    for (let n = 0; r.causedBy !== undefined && n < findings.length; n++) r = byId.get(r.causedBy) ?? r;
    return r;
  };
  const process = findings.filter((f) => f.section !== "outcomes");
  // stated apart once every outcome has its agency, so no clause points at a finding on the agency it disclaims
  return statedApart(x, attributed(), groups);
  function attributed(): Finding[] {
  return findings.map((f) => {
    if (f.ruleId === CREW_RULE) return crewCauses(f, process, rootOf);
    const cats = f.section === "outcomes" ? causesOf(x, f.code) : undefined;
    if (!cats) return f;
    // an outcome stated free because the best play has it too (the mine's water not held in 4 h) was
    // beyond any response: no agency answers for it and nothing caused it (issue 10 §6; review 8 mine 13)
    if (f.quantity === 0 && f.code !== "OUTCOME_EXPOSED_AEGL2" && f.code !== "OUTCOME_EXPOSED") return { ...f, agency: null };
    const roots = new Map<string, Finding>();
    // the roots of the failed protection of the very people the outcome is about (their warning or evacuation duty)
    const guards = new Set<string>();
    // a fault that began after the last harm the outcome records came too late to cause it (a police duty
    // due at 00:35 did not expose farmers at 00:05): harm before any duty fell due is no one's fault
    // preventable harm is dated when it reached its worst (preventable.ts): the harm it grades was done by then
    // an exposure is counted per person from the doses at the drill's end (outcomes.ts): it grew for as long as the
    // people stayed in the cloud, so a protection due after the group's first crossing still bears on it (the village's,
    // due 00:41 from the police's receipt, on its exposure from 00:36:50)
    const harmEnd = f.code === "OUTCOME_PREVENTABLE_HARM" ? f.atMs : EXPOSURE.has(f.code) ? Math.max(f.atMs, x.endMs) : Math.max(f.atMs, ...f.evidence.events.map((i) => x.events[i]?.at ?? 0));
    for (const p of process) {
      if (faultStart(x, p) > harmEnd || !cats.some((k) => bears(x, p, k, groups[f.code]))) continue;
      const r = rootOf(p);
      roots.set(r.id, r);
      if (PROTECTION.direct.includes(p.code)) guards.add(r.id);
    }
    // the preventable harm, or the late control: only a fault whose correction, replayed, reduces it (cause-reruns.ts;
    // review11 chemical 1; review12 chemical 2: the enterprise's 119 wording put right still stops the leak at 01:18:47)
    const test = cleared?.[f.code];
    const rerun = test ? sieve([...roots.values()], test) : undefined;
    // harm no single correction avoids but several together do is theirs jointly (joint-share.ts; review15 school 1)
    const jointSet = () => (f.code === "OUTCOME_PREVENTABLE_HARM" ? jointCandidates(x, f, process, rootOf, harmEnd) : []);
    if (rerun?.kept.length === 0) {
      const shared = test ? shareByReruns({ ...f, causes: [] }, [], rerun.dropped, test, jointSet(), x.agencyName) : f;
      return shared.shares ? shared : notCleared(x, f, rerun.dropped);
    }
    const ordered = principalFirst(x, f, guards, (rerun?.kept ?? [...roots.values()]).sort((a, b) => faultStart(x, a) - faultStart(x, b) || num(a) - num(b)));
    const principal = ordered[0];
    if (!principal) return unexplained(f);
    const causes = ordered.map((r) => r.id);
    // harm several agencies' faults led to is on none of them alone (review9 chemical 1): the 单位 column is left to
    // the causes, which the finding names per agency; an exposure keeps the agency that could have prevented it when
    // it began (the earliest fault: review9 chemical 9, the farmers exposed before the police were told)
    const agencies = [...new Set(ordered.map((r) => r.agency).filter((a): a is string => a !== null))];
    // the people exposed before that agency knew are stated apart, not on it (exposed-before-known.ts; review11 chemical 1)
    // and the other agencies whose protection of those same people failed beside it share it (the township that owed the
    // village's protection with the police, review16 chemical C: F16 named the police alone while F30 names both)
    if (EXPOSURE.has(f.code)) {
      const agency = principal.agency ?? f.agency;
      // (not the AEGL-3 excess: exposed-before-known.ts puts it on the agency whose knowledge left the group in the cloud)
      const jointly = f.code === "OUTCOME_EXPOSED_AEGL3" ? [] : [...new Set(ordered.filter((r) => guards.has(r.id) && r.agency !== null && r.agency !== agency).map((r) => r.agency!))];
      return { ...f, agency, causes, ...(jointly.length > 0 ? { jointly } : {}) };
    }
    // several agencies' faults: the outcome still names one agency, the one whose work it was (answerable), beside its causes
    // (harm to people: the agency that owed their protection, a guard, before the fault that began first)
    const guard = ordered.find((r) => guards.has(r.id))?.agency ?? undefined;
    const who = agencies.length > 1 ? answerable(x, f, agencies, guard ?? principal.agency ?? f.agency) : (principal.agency ?? f.agency);
    const measured = f.code === "OUTCOME_INSTALLATION_LOST" && rerun !== undefined;
    const plain = measured
      ? { ...f, agency: who, causes, message: measures(x, f, ordered) }
      : ordered.length < 2 ? { ...f, agency: principal.agency ?? f.agency, causes } : { ...f, agency: who, causes, message: joint(x, f, ordered, agencies) };
    const named = !measured && ordered.length >= 2 && agencies.length > 1 ? onWhom(x, plain, who, guard) : plain;
    // the harm no single correction avoids is on no agency (harm-share.ts; review12 school 2)
    if (!rerun || !test) return named;
    // a harm shared between agencies (causal or joint shares) is on none of them alone: no 「计入…」 clause (review19 chemical A1)
    const tried = [...rerun.kept, ...rerun.dropped];
    const shared = shareByReruns(plain, rerun.kept, tried, test, jointSet(), x.agencyName);
    if (shared.shares) return shared;
    const split = shared === plain ? named : shareByReruns(named, rerun.kept, tried, test, jointSet(), x.agencyName);
    // wholly explained by single corrections of two agencies' faults: shared by causal share (causal-share.ts; review18 mine A2)
    return split === named && f.code === "OUTCOME_PREVENTABLE_HARM" ? withCausalShares(named, rerun.kept, test, x.agencyName, plain.message) : split;
  });
  }
}

const num = (f: Finding) => Number(f.id.slice(1));

/**
 * The scored findings (shapes as given, same order) with each fault that deducts nothing itself (its opportunity used up
 * by another's) but bears a share of an outcome's harm marked with that outcome (`sharesIn`): a finding, not a note.
 */
export function sharing(fs: readonly Finding[]): Finding[] {
  const bearer = new Map<string, string>();
  for (const f of fs) for (const s of f.shares ?? []) for (const id of s.causes) if (s.points > 0 && !bearer.has(id)) bearer.set(id, f.id);
  return fs.map((f) => (f.points === 0 && f.item !== undefined && bearer.has(f.id) ? { ...f, sharesIn: bearer.get(f.id)! } : f));
}

/**
 * The agency an outcome several agencies' faults caused is charged to (issue 10 §1; review18 chemical A3: 泄漏未控制 3.46
 * on no agency): a late control on the agency that owned the hazard's control work (the brigade that had to stop the
 * leak: the owner of the rules profile's control tasks' requirements) when its faults are among the causes, else
 * `fallback` (the agency that owed the harmed people's protection, else the fault that began first). Returns an agency id.
 */
function answerable(x: EvalContext, f: Finding, agencies: readonly string[], fallback: string | null): string | null {
  if (f.code !== "HAZARD_CONTROL_LATE" && f.code !== "HAZARD_NOT_CONTROLLED") return fallback;
  const tasks = new Set(control(x).tasks);
  // several owners of control work at fault (the school's mini fire station 1 min 30 s late on the first minutes, the
  // brigade one tender short): the work is the one's whose control need falls due last, as the professional force takes
  // command of the fire ground on arrival (消防法 第四十五条: 消防救援机构统一组织和指挥火灾现场扑救) and a hazard still
  // burning after that was left so by it (review22 school 5, v10-retask-tender: 控制超时 on the school while the
  // brigade, one tender short, took its only tender off the fire)
  const due = (r: (typeof x.c.scenario.requirements)[number]) => requirementStart(x, r) + r.withinMin * MINUTE;
  const held = x.c.scenario.requirements.filter((r) => tasks.has(r.task)).flatMap((r) => owners(x, r).filter((a) => agencies.includes(a)).map((a) => ({ a, at: due(r) })));
  const last = held.reduce<{ a: string; at: number } | undefined>((m, h) => (m === undefined || h.at > m.at ? h : m), undefined);
  return last?.a ?? fallback;
}

/**
 * The faults that may together cause a harm no single correction avoids (joint-share.ts), earliest first: the roots
 * of the process findings bearing on the protection of the people, on reaching those cut off, or on stopping the
 * hazard (a fire's smoke grows until it is suppressed: the two tenders owed at once), and the notices owed to an
 * agency owning such work (the late 119 call: the brigade could not search before it knew). Counted from when the
 * work fell to its holder (a requirement's window opening, else the fault's start), not from its deadline: the
 * rerun alone says whether the combination needs it (the brigade's search, due 00:21:30 but owed from 00:06:30,
 * would have found the pupil dead at 00:20 had it been sent with the first tenders).
 */
function jointCandidates(x: EvalContext, f: Finding, process: readonly Finding[], rootOf: (f: Finding) => Finding, harmEnd: number): Finding[] {
  const cats = [PROTECTION, RESCUE, control(x)];
  // (a duty made of several of them together bears too: the brigade's turnout to fight the fire and save people)
  const all: Category = { actions: cats.flatMap((k) => k.actions), tasks: cats.flatMap((k) => k.tasks), direct: cats.flatMap((k) => k.direct), rules: cats.flatMap((k) => k.rules ?? []) };
  const workers = new Set(x.c.scenario.requirements.filter((r) => all.tasks.includes(r.task)).flatMap((r) => owners(x, r)));
  const opened = (p: Finding): number => {
    const req = REQUIREMENT.has(p.code) ? x.c.scenario.requirements.find((r) => r.id === p.ruleId) : undefined;
    return req ? requirementStart(x, req) : faultStart(x, p);
  };
  const to = (id: string) => { const ob = x.obligationById.get(id)?.ob; return ob === undefined ? undefined : ob.kind === "notified" ? ob.agency : ob.to; };
  const toWorker = (p: Finding): boolean => NOTICE.has(p.code) && p.evidence.obligations.some((id) => workers.has(to(id) ?? ""));
  const roots = new Map<string, Finding>();
  for (const p of process) {
    if (opened(p) > harmEnd || !(toWorker(p) || [...cats, all].some((k) => bears(x, p, k, undefined)))) continue;
    const r = rootOf(p);
    if (r.section !== "outcomes") roots.set(r.id, r);
  }
  return [...roots.values()].sort((a, b) => faultStart(x, a) - faultStart(x, b) || num(a) - num(b));
}

/**
 * The principal cause first. An exposure is on the agency that owed the exposed people's protection and failed it
 * (`guards`: the roots of the protection findings of those groups, the earliest due first; review r15 chemical 6:
 * the farmer over AEGL-3 in the field until 01:20 is on the police who moved the farmers late, not on the
 * enterprise), whatever else led to it; the people exposed before that agency knew are stated apart
 * (exposed-before-known.ts). With no such finding, the agency that could have prevented it when it began: the
 * fault most recently begun by that moment, else the first after it (review9 chemical 9). Any other outcome: the
 * fault that began first.
 */
function principalFirst(x: EvalContext, f: Finding, guards: ReadonlySet<string>, byStart: readonly Finding[]): Finding[] {
  if (!EXPOSURE.has(f.code)) return [...byStart];
  const then = byStart.find((r) => guards.has(r.id)) ?? byStart.filter((r) => faultStart(x, r) <= f.atMs).pop();
  return then === undefined ? [...byStart] : [then, ...byStart.filter((r) => r !== then)];
}

/** Outcome findings dated by when the exposure began, charged to the agency that could have prevented it then. */
const EXPOSURE: ReadonlySet<FindingCode> = new Set(["OUTCOME_EXPOSED", "OUTCOME_EXPOSED_AEGL2", "OUTCOME_EXPOSED_AEGL3"]);

/** The roots a rerun keeps (their correction reduces the harm, or none could be built) and those it clears. */
function sieve(roots: readonly Finding[], cleared: (root: Finding) => boolean | undefined): { kept: Finding[]; dropped: Finding[] } {
  const verdicts = roots.map((r) => [r, cleared(r)] as const);
  return { kept: verdicts.filter(([, v]) => v !== false).map(([r]) => r), dropped: verdicts.filter(([, v]) => v === false).map(([r]) => r) };
}

/** The findings that condemn an order sending crews into harm (harmful-orders.ts). */
const CONDEMNS: ReadonlySet<FindingCode> = new Set(["UNSAFE_ENTRY", "HOT_ZONE_UNPROTECTED", "DISPATCH_WRONG_TYPE"]);

/**
 * Harm to crews is caused by the order that sent them (issue 10 §1): its causes are the findings
 * condemning that order (citing its dispatch or the crews' exposure), each followed to its root;
 * the agency stays the one that gave the order.
 */
function crewCauses(f: Finding, process: readonly Finding[], rootOf: (f: Finding) => Finding): Finding {
  const cited = new Set(f.evidence.events);
  const roots = new Map<string, Finding>();
  for (const p of process) if (CONDEMNS.has(p.code) && p.evidence.events.some((i) => cited.has(i))) roots.set(rootOf(p).id, rootOf(p));
  const ordered = [...roots.values()].sort((a, b) => a.atMs - b.atMs || num(a) - num(b));
  return ordered.length > 0 ? { ...f, causes: ordered.map((r) => r.id) } : f;
}
