/**
 * Lateness a late relay caused downstream, charged once, on the relayer (issue 10 §1, §2; review18 chemical A1, C8).
 * A receiver that held a report from the public past its limit (forwarding.ts: the police holding the villager's 110
 * call about the chlorine from 00:11 to 00:40) kept its agency (the emergency bureau) from knowing: every duty the bureau
 * then started or did late ran from its own late receipt, so an earlier relay exposed it to more lateness of its own, and
 * a relay never made left the bureau's late report excused and charged to no one (wX 25.5 > poor; a3 25.1 < poor).
 *
 * Here each of the agency's timed duties done at last (its linkage act, the notices it owed, its reports) is measured
 * twice, in started windows of the duty's own limit (late-grade.ts; reports in started hours, late-grade.ts lateHours):
 *   - T, late against the deadline it would have had if told when the relay fell due (`S`, the relay's deadline);
 *   - O, what the agency's own findings on the duty already count (from its actual receipt).
 * The relayer's own finding (接报移送迟延 or 接报未移送, forwarding.ts) carries the rest, T − O, as its aggravation
 * (`caused`), and says so: one finding on the relayer, not a 响应迟缓 under the police's name. T does not depend on when
 * the relay came, so a relay made earlier moves windows from the relayer to the owner and never adds any.
 * Priced (r29, takeCaused): the whole delay T once, within the duty's never-done part (LATE_BOUND), split between the
 * word and the owner by causal share — each bears what its own correction would remove, averaged over the two orders of
 * correcting (A = the windows the word alone caused, the owner on time once told: late-grade.ts aloneSteps). So the two
 * never pass T priced once (r28 priced each part apart and rounded twice: the school's late word scored below silence),
 * neither passes what it alone would cost, and a correction never scores below the play it corrects. Correcting one can
 * raise the other's share, by at most half of what the two alone would count twice: with T priced once nothing smaller
 * is possible (the rises on the two corrections add up to that overlap whatever the split).
 * Shapes: relayLateness(x, relays, findings) → `relays` (the forwarding findings) with `caused` and its words added.
 */
import { knewAt, notifiedAt, notifierOf } from "./blame.ts";
import { judgedAct } from "./harmful-orders.ts";
import { asOf, clock, type EvalContext, type ObligationTrace } from "./context.ts";
import { finding } from "./findings.ts";
import type { LocalText } from "../model/ids.ts";
import type { DrillEvent } from "../model/events.ts";
import { aloneSteps, LATE_BOUND, lateHours, lateSteps } from "./late-grade.ts";
import { madeOnOwnTime } from "./own-clock.ts";
import { workAroseAt } from "../rules/duty-work.ts";
import { groupKey } from "./report-groups.ts";
import type { Finding, FindingCode, LateGame } from "./report-model.ts";
import { carriedGame, splitOnce, type OnceSplit } from "./priced-once.ts";

const MINUTE = 60_000;
/** how lateness with two sufficient causes is shared (late-share.ts), as the finding says it */
export const LATE_HOW: LocalText = {
  zh: "逐一及同时更正各迟延环节，取各环节在各种更正次序下可免除迟延的平均值；核算约定，本县设定，非责任比例认定",
  en: "each late link corrected alone and together, each bears the lateness its correction removes averaged over every order of correcting them: an accounting convention set by this county, not a finding of degrees of fault",
};
/** the owner's duty not done at all: nothing of it is late */
const NEVER: ReadonlySet<FindingCode> = new Set(["LINKAGE_NOT_NOTIFIED", "LINKAGE_IDLE", "PLAN_NOT_STARTED", "PLAN_NOT_DECLARED", "REPORT_MISSING", "REPORT_CONCEALED"]);
/** "立即" as the county counts it (10 min, 本县设定): a report still possible at once keeps the rule's deadline (own-window.ts) */
const IMMEDIATE_MS = 10 * MINUTE;

export interface Duty {
  t: ObligationTrace;
  code: FindingCode;
  /** the deadline had the agency been told at `s` */
  wouldDue: (s: number) => number;
  steps: (lateMs: number) => number;
}

/** `agency`'s duties done at last whose clock its knowledge starts: its linkage act, the notices it owes, its reports. */
function duties(x: EvalContext, agency: string): Duty[] {
  const out: Duty[] = [];
  // the linkage act the engine opened when the agency was told (its own earlier command dates it: done-by-act.ts): the
  // engine's receipt, not knewAt — the bureau acting at 00:58, told at 01:02, has its act opened at 01:02 (r23: with
  // knewAt here its lead duty fell out of every late link's consequences, and relaying later scored above the poor play)
  const told = notifiedAt(x, agency);
  for (const raw of x.obligations) {
    // an act dated by its first sound command: an order a finding condemns (a wrong-type dispatch) began nothing
    // (r27 chemical 2: the brigade's tenders sent to plug at 00:13 read as its turn-out; its first sound order came at 00:14)
    const t = raw.ob.kind === "act" ? judgedAct(x, raw) : raw;
    // a duty never done is its holder's whole fault (its 联而不动): a late word delayed nothing it never did (review23 mine N1)
    if (t?.met === undefined) continue;
    const ownAct = t.ob.kind === "act" && t.ob.agency === agency && t.ob.id === `${t.ob.ruleId}:act:${agency}` && t.ob.openedAtMs === told;
    const span = t.ob.deadlineMs - t.ob.openedAtMs;
    if (ownAct) {
      // a duty that arises only on a later event (`workWhen`: people trapped) is owed from that event at the earliest,
      // however early its holder should have been told of the incident: never back-dated before it (review23 mine N2)
      const rule = x.c.rules.linkage[x.c.scenario.kind].find((r) => r.id === t.ob.ruleId);
      const arose = rule?.workWhen !== undefined ? (workAroseAt(rule, x.events) ?? -Infinity) : -Infinity;
      out.push({ t, code: "LINKAGE_SLOW", wouldDue: (s) => Math.max(s, arose) + span, steps: (ms) => lateSteps(ms, span) });
    } else if (t.ob.kind === "notified" && notifierOf(x, t.ob.agency) === agency) {
      out.push({ t, code: "LINKAGE_NOTIFIED_LATE", wouldDue: (s) => Math.max(t.ob.deadlineMs, s + span), steps: (ms) => lateSteps(ms, span) });
    } else if (t.ob.kind === "report" && t.ob.agency === agency) {
      // told with time left to report at once, the rule's own deadline stands (own-window.ts squeezed)
      const due = (s: number) => (s <= t.ob.openedAtMs || s + IMMEDIATE_MS <= t.ob.deadlineMs ? t.ob.deadlineMs : Math.max(t.ob.deadlineMs, s + span));
      out.push({ t, code: "REPORT_LATE", wouldDue: due, steps: lateHours });
    }
  }
  return out;
}

/** The opportunity a duty's findings score in: its own findings', else the linkage duty's. */
function opportunityOf(x: EvalContext, d: Duty, findings: readonly Finding[]): string | undefined {
  const own = findings.find((f) => f.opportunity !== undefined && f.evidence.obligations.includes(d.t.ob.id));
  if (own) return own.opportunity;
  // a report made within its owner's own window has no finding (reporting.ts: on time by its own clock): its duty's row
  if (d.t.ob.kind === "report") return madeOnOwnTime(x, d.t) ? `rep:${groupKey(x, d.t)}` : undefined;
  return `link:${d.t.ob.ruleId}:${d.t.ob.agency}`;
}

/** Whether `e` is a duty event of another obligation than `id` (the link's own notice duty: its finding cites it). */
const otherDuty = (e: DrillEvent | undefined, id: string): boolean =>
  (e?.type === "obligationOpened" && e.obligation.id !== id) || ((e?.type === "obligationMet" || e?.type === "obligationMissed") && e.id !== id);

/**
 * The late link's (`whoId`) row in 信息报告 for the report agency `toId` made late through it (shape: a REPORT_LATE
 * finding on `whoId`, `causedOnly`: its points only its causal share of the report's whole delay priced once with the
 * owner's own, takeCaused; r31); `notice`: the link was its late notice ("report": its late report up the chain,
 * report-chain.ts), not a relay; `co`: the other links sharing it (late-share.ts).
 */
export function reportCaused(x: EvalContext, f: Finding, toId: string, whoId: string, c: Caused, notice: boolean | "report" = false, co?: LocalText): Finding {
  const to = x.agencyName(toId);
  const who = x.agencyName(whoId);
  const rule = x.c.rules.reporting.find((r) => r.id === c.d.t.ob.ruleId) ?? x.c.rules.followUp.find((r) => r.id === c.d.t.ob.ruleId);
  const met = c.d.t.met!;
  // (a late report below it up the chain, report-chain.ts; a late notice; a report from the public held)
  const why = notice === "report" ? { zh: `${who.zh}未按时报告`, en: `${who.en} did not report to it in time` }
    : notice ? { zh: `${who.zh}未按时通知`, en: `${who.en} did not tell it in time` } : { zh: `${who.zh}接报后未及时移送`, en: `${who.en} did not pass on the report it received` };
  const part = c.of !== undefined && co ? { zh: `${c.of} 小时，与${co.zh}共同所致，按因果份额计 ${c.rest} 小时，由${who.zh}承担（${LATE_HOW.zh}）`, en: `${c.of} h beyond its own delay, caused jointly with ${co.en}: by causal share ${c.rest} h, charged to ${who.en} (${LATE_HOW.en})` }
    : { zh: `${c.rest} 小时，由${who.zh}承担`, en: `${c.rest} h beyond its own delay, charged to ${who.en}` };
  const row = finding({
    code: "REPORT_LATE", section: "reporting", agency: whoId, atMs: met.atMs, ruleId: c.d.t.ob.ruleId, basis: rule?.basis ?? f.basis,
    opportunity: c.opportunity, quantity: c.rest,
    message: {
      zh: `迟报（他方所致）：${to.zh} ${clock(c.told)} 才获知（${why.zh}），「${c.d.t.ob.text.zh}」按应获知时起算时限 ${clock(c.would)}，${clock(met.atMs)} 才报告，除其自身迟延外 ${part.zh}（${to.zh}自获知起的迟延另行评判）`,
      en: `Late report (another's doing): ${to.en} learnt only at ${clock(c.told)} (${why.en}); “${c.d.t.ob.text.en}”, due by ${clock(c.would)} counted from when it should have known, came at ${clock(met.atMs)}: ${part.en} (${to.en}'s own delay from its receipt is judged separately)`,
    },
    // the duty it judges is the report made late, not the link's own (judged by the link's finding, whose events it cites)
    evidence: { events: [...f.evidence.events.filter((i) => !otherDuty(x.events[i], c.d.t.ob.id)), met.event], messages: f.evidence.messages, obligations: [c.d.t.ob.id] },
  });
  // its hours priced only as caused lateness: the report's whole delay once with the owner's own, the row bearing its
  // causal share (takeCaused; r31: before, the owner's hours first and the rest to the word)
  return { ...row, caused: [causedEntry(c)], causedOnly: true, shouldDue: [{ obligation: c.d.t.ob.id, dueMs: c.would }] };
}

/** A caused entry as a finding carries it (takeCaused prices it): `alone` for one word with its owner, `game` for more. */
const causedEntry = (c: Caused): NonNullable<Finding["caused"]>[number] =>
  ({ opportunity: c.opportunity, code: c.d.code, quantity: c.rest, ...(c.alone !== undefined && c.of === undefined ? { alone: c.alone } : {}), duty: dutyKey(c), ...(c.game ? { game: c.game } : {}) });

/** The agencies a report from the public is to be passed on to (the scenario's injects' forwardTo). */
export function relayedAgencies(x: EvalContext): string[] {
  return [...new Set(x.c.scenario.injects.flatMap((i) => i.forwardTo ?? []))];
}

/**
 * `to`'s duties done late beyond its own lateness had it been told at `s` rather than at `told` (> s): each with the
 * opportunity its findings score in, the windows (hours for a report) beyond what its own findings count, and the
 * deadline it would have had. A duty it never did itself is its own whole fault, and not here.
 * Carried down the chain (review20 chemical A1): a notice `to` owed and gave late because it learnt late made its
 * addressee learn late in turn, and that addressee's duties are measured the same way from the notice's deadline had
 * `to` been told at `s` — whichever link (a relay, a notice) started the chain, to the same depth, each agency once
 * (`seen`). What a notice finding of `to`'s own already carries for that addressee (notice-lateness.ts, from the
 * notice's own deadline) is left to it: each window once. An entry whose windows the owner's own findings already
 * count whole (`rest` 0) is kept while the word alone would have made the duty late (`alone` > 0): by causal share it
 * bears part of the delay (r31; before, nothing).
 */
export function lateBeyondOwn(x: EvalContext, to: string, s: number, told: number, findings: readonly Finding[], seen: Set<string> = new Set([to])): Caused[] {
  const out: Caused[] = [];
  const next: Array<{ d: Duty; s: number }> = [];
  for (const d of duties(x, to)) {
    const met = d.t.met!.atMs;
    // a duty the agency never did itself (a notice it never sent, the addressee told by others) is its own whole fault
    if (findings.some((f) => NEVER.has(f.code) && f.agency === to && f.evidence.obligations.includes(d.t.ob.id))) continue;
    if (d.t.ob.kind === "notified" && !x.state.messages.some((m) => m.from === to && m.atMs === met && m.to.includes(d.t.ob.agency))) continue;
    const would = d.wouldDue(s);
    if (met <= would) continue;
    if (d.t.ob.kind === "notified") next.push({ d, s: would });
    const total = d.steps(met - would);
    // what the owner's own findings on the duty count already (from its actual receipt)
    const own = findings.filter((f) => f.code === d.code && f.agency === to && f.evidence.obligations.includes(d.t.ob.id)).reduce((a, f) => a + f.quantity, 0);
    const rest = total - own;
    const opportunity = opportunityOf(x, d, findings);
    if (opportunity === undefined) continue;
    // what the word alone made late, the owner on time once told: the two agencies' parts are priced from it (takeCaused)
    const alone = aloneSteps(would, met, d.wouldDue(told), own, d.steps);
    // kept where the owner's own windows cover the whole delay (r31): the word alone would still have made it late, and
    // by causal share it bears part of it (the owner's findings hand it over, takeCaused), never nothing
    if (rest <= 0 && alone <= 0) continue;
    out.push({ d, opportunity, rest: Math.max(0, rest), would, told, owner: to, alone });
  }
  // the addressees `to` told late because it learnt late: their own lateness from the deadline they would have had
  for (const { d, s: s2 } of next) {
    const to2 = d.t.ob.agency;
    // when it knew: told, or its own first command about the incident (blame.ts knewAt)
    const told2 = knewAt(x, to2);
    if (seen.has(to2) || told2 === undefined || told2 <= s2) continue;
    seen.add(to2);
    // `to`'s own late notice carries its addressee's lateness from that notice's deadline (notice-lateness.ts)
    const noticed = findings.some((f) => NOTICE_LATE.has(f.code) && f.agency === to && f.evidence.obligations.includes(d.t.ob.id));
    const floor = noticed && d.t.ob.deadlineMs < told2 ? d.t.ob.deadlineMs : told2;
    const deeper = lateBeyondOwn(x, to2, s2, told2, findings, seen);
    const charged = floor < told2 ? lateBeyondOwn(x, to2, floor, told2, findings, new Set(seen)) : [];
    for (const c of deeper) {
      const already = charged.find((k) => k.d.t.ob.id === c.d.t.ob.id)?.rest ?? 0;
      // (a part `to`'s own late notice carries: never beyond it, as s2 ≥ floor — the word above moved nothing of it)
      // (`via`: the notice it came through, so a game of several links above can move it: late-share.ts parallelGame)
      // (one the owner's own windows cover, r31: kept with the word's causal share, as above)
      if (c.rest - already > 0 || (already <= 0 && (c.alone ?? 0) > 0)) out.push({ ...c, rest: Math.max(0, c.rest - already), via: c.owner === to2 ? d : undefined, ...(already > 0 ? { alone: undefined } : {}) });
    }
  }
  return out;
}

const NOTICE_LATE: ReadonlySet<FindingCode> = new Set(["LINKAGE_NOTIFIED_LATE"]);

/** The duty a caused entry is for: its obligation and owner (the key its game and every entry on it share). */
export const dutyKey = (c: Pick<Caused, "d" | "owner">): string => `${c.d.t.ob.id}|${c.owner}`;

export interface Caused {
  d: Duty;
  opportunity: string;
  rest: number;
  would: number;
  told: number;
  /** whose duty it is: the agency told late, or one it told late in turn */
  owner: string;
  /** shared with other late links (late-share.ts): the whole `rest` before sharing */
  of?: number;
  /** done by the owner's own command before it was told (done-by-act.ts), earlier than the act the engine credits */
  doneAtMs?: number;
  /** the windows (hours) the word alone made the duty late, its owner on time once told (late-grade.ts aloneSteps) */
  alone?: number;
  /** more than one late word with the owner: the duty's lateness for each set of late causes (priced-once.ts) */
  game?: LateGame;
  /** a duty down the chain: the notice of the agency above it that it came through (its would-be deadline moves it) */
  via?: Duty;
  /** when the act that met it came, where that was before the receipt the engine credits it at (done-by-act.ts) */
  actAtMs?: number;
}

/**
 * Finding `f` (a relay or notice owed to agency `toId`, by `whoId`) charged what it made that agency late (`caused`),
 * and saying it: "；…才获知，因此致其履职迟延，由…承担：…"; `reportsApart`: the late reports it caused stand as rows of their
 * own in 信息报告 (reportCaused), and the line says so.
 */
export function withCaused(x: EvalContext, f: Finding, toId: string, whoId: string, all: readonly Caused[], reportsApart = false, co?: LocalText): Finding {
  const to = x.agencyName(toId);
  const who = x.agencyName(whoId);
  const parts = all.map((c) => {
    const what = c.d.t.ob.kind === "notified" ? { zh: `通知${x.agencyName(c.d.t.ob.agency).zh}`, en: `telling ${x.agencyName(c.d.t.ob.agency).en}` } : c.d.t.ob.text;
    const unit = c.d.code === "REPORT_LATE" ? { zh: "小时", en: c.rest === 1 ? "hour" : "hours" } : { zh: "个时限", en: c.rest === 1 ? "window" : "windows" };
    // a duty down the chain names its agency and when it learnt (lateBeyondOwn)
    const down = c.owner !== toId ? { zh: `进而${x.agencyName(c.owner).zh} ${clock(c.told)} 才获知，其`, en: `in turn ${x.agencyName(c.owner).en}, told only at ${clock(c.told)}: ` } : { zh: "", en: "" };
    return {
      zh: `${down.zh}「${what.zh}」按应获知时起算时限 ${clock(c.would)}，${clock(c.doneAtMs ?? c.d.t.met!.atMs)} 才完成，除其自身迟延外 ${c.of ?? c.rest} ${unit.zh}${c.of !== undefined ? `，按因果份额计 ${c.rest} ${unit.zh}` : ""}`,
      en: `${down.en}“${what.en}”, due by ${clock(c.would)} counted from when it should have known and done at ${clock(c.doneAtMs ?? c.d.t.met!.atMs)}: ${c.of ?? c.rest} ${unit.en} beyond its own delay${c.of !== undefined ? `, ${c.rest} by causal share` : ""}`,
    };
  });
  // the relay's own line may already say when the agency learnt (from others): said once
  const toldAt = all.find((c) => c.owner === toId)?.told ?? knewAt(x, toId) ?? all[0]!.told;
  const learnt = f.message.zh.includes(`${clock(toldAt)} 才由他方获知`) || f.message.zh.includes(`${clock(toldAt)} 已自行获知`)
    ? { zh: `因此致${to.zh}履职迟延`, en: `so ${to.en}'s duties came late` }
    : { zh: `${to.zh} ${clock(toldAt)} 才获知，因此致其履职迟延`, en: `${to.en} learnt only at ${clock(toldAt)}, so its duties came late` };
  // two late links each enough to have told it in time share what followed (late-share.ts)
  const shared = co !== undefined && all.some((c) => c.of !== undefined)
    ? { zh: `与${co.zh}共同所致，由${who.zh}按因果份额承担（${LATE_HOW.zh}）`, en: `caused jointly with ${co.en}, ${who.en} bearing its causal share (${LATE_HOW.en})` }
    : { zh: `由${who.zh}承担`, en: `charged to ${who.en}` };
  return {
    ...f,
    caused: all.map(causedEntry),
    shouldDue: [...(f.shouldDue ?? []), ...all.map((c) => ({ obligation: c.d.t.ob.id, dueMs: c.would }))],
    message: {
      zh: `${f.message.zh}；${learnt.zh}，${shared.zh}（${to.zh}自获知起的迟延另行评判）：${parts.map((p) => p.zh).join("；")}${reportsApart ? "；所致迟报另列于信息报告" : ""}`,
      en: `${f.message.en}; ${learnt.en}, ${shared.en} (${to.en}'s own delay from its receipt is judged separately): ${parts.map((p) => p.en).join("; ")}${reportsApart ? "; the late report it caused is listed under reporting" : ""}`,
    },
    evidence: { ...f.evidence, events: [...new Set([...f.evidence.events, ...all.map((c) => c.d.t.met!.event)])].sort((a, b) => a - b), obligations: [...new Set([...f.evidence.obligations, ...all.map((c) => c.d.t.ob.id)])] },
  };
}

/** An opportunity as credit.ts keeps it: its worth, what it lost, its ways to fail, the findings charged on it. */
interface CreditOpportunity {
  worth: number;
  lost: number;
  /** one of the scenario's opportunities (false: one this play gave rise to, its points outside W) */
  inW?: boolean;
  failCodes: readonly string[];
  findings: Finding[];
  /** rubric points caused lateness has taken here so far, by code (takeCaused) */
  causedTaken?: Map<string, number>;
  /** each delay priced once here: its split and what its words have still to take (takeCaused, by game) */
  once?: Map<string, OnceSplit>;
}

/**
 * The rubric points relay (or notice) finding `f` takes for the lateness it caused (`f.caused`), per entry: `points`
 * (their sum is the finding's aggravation) and `moved`, the part handed over from the owner's findings. A duty late through a late word AND its owner's own delay is priced ONCE,
 * then split between the two agencies by causal share (issue 10 §1, §2, §11; r29):
 *   Vb  the whole delay priced once: the owner's own findings' points here (`take`, by finding id) plus the word's
 *       windows beyond them, capped by the duty's part (its act or notice part, LATE_BOUND; else what is left of it);
 *   Vo  the owner alone (the word on time): what its own findings took here;
 *   Vn  the word alone (the owner on time once told): the entry's `alone` windows × points, capped by the part;
 *   the word's share (Vn + Vb − Vo) / 2, the owner's Vb minus it: each agency bears the points its own correction would
 *   remove, averaged over the two orders of correcting (the county's causal-share convention, late-share.ts LATE_HOW; more
 *   causes, priced-once.ts: every order),
 *   so the two together are the delay priced once (never two started windows rounded apart), neither passes what it
 *   alone would cost (so neither passes the never-done part), and correcting either never raises the pair's charge.
 * The owner's points handed over are taken off its findings here (`take`, mutated) and recorded in `how` (`shared`).
 * An entry without `alone` (a link shared with another late link, late-share.ts) is priced after the owner's findings.
 * Marks each opportunity (lost, findings). `pts`: a code's rubric points.
 */
export function takeCaused(f: Finding, opp: ReadonlyMap<string, CreditOpportunity>, take: Map<string, number>, pts: (c: FindingCode) => number, how?: Map<string, NonNullable<Finding["counted"]>>, games?: ReadonlyMap<string, LateGame>): Array<{ points: number; moved: number; causes?: number }> {
  return (f.caused ?? []).map((c, k) => {
    const o = opp.get(c.opportunity);
    if (!o) return { points: 0, moved: 0 };
    const never = LATE_BOUND[c.code as keyof typeof LATE_BOUND];
    // the part's own findings here, and what caused lateness already took of it here (not what a finding carrying lateness
    // took elsewhere: review20 chemical A2, two links sharing the weather bureau's notice)
    o.causedTaken ??= new Map();
    // the duty's owner's own findings: by its agency where the entry names it (r31: an owner's late notice that carries
    // lateness of its own further down is still its own finding here, else a word's share came on top of it); a
    // 迟报（他方所致） row is a word's, never the owner's
    const owner = c.duty?.slice(c.duty.lastIndexOf("|") + 1);
    const owners = o.findings.filter((g) => g.code === c.code && !g.causedOnly && (owner ? g.agency === owner : g.caused === undefined) && g.opportunity === c.opportunity && (take.get(g.id) ?? 0) > 0);
    const here = owners.reduce((a, g) => a + take.get(g.id)!, 0);
    const before = o.causedTaken.get(c.code) ?? 0;
    const part = never !== undefined && o.failCodes.includes(never) ? pts(never) - before : Infinity;
    // the whole delay priced once (Vb), and each cause's causal share of it (priced-once.ts): the late words of a game
    // (late-share.ts, a notice passed down the chain) or, of one word, the word and the owner (`alone`: the word alone)
    const g = gameOf(f, c, games);
    const key = g?.game.key ?? `${f.id}|${k}`;
    o.once ??= new Map();
    let s = o.once.get(key);
    if (s === undefined && o.inW !== false && (g !== undefined || c.alone !== undefined)) {
      const n = g?.game.players.length ?? 2;
      const full = (1 << n) - 1;
      const owner = 1 << (n - 1);
      const cap = Math.min(part, o.worth - o.lost + here);
      const raw = (m: number) => (g ? pts(c.code) * g.game.late[m]! : [0, pts(c.code) * c.alone!, here, here + pts(c.code) * c.quantity][m]!);
      s = splitOnce(n, (m) => (m === owner ? here : Math.max(m & owner ? here : 0, Math.min(raw(m), m === full ? Math.min(cap, here + o.worth - o.lost) : cap))), here);
      o.once.set(key, s);
    }
    if (s === undefined) {
      // priced after the owner's findings (an opportunity this play gave rise to)
      const d = Math.max(0, Math.min(pts(c.code) * c.quantity, o.worth - o.lost, part - here));
      o.causedTaken.set(c.code, before + d);
      o.lost += d;
      o.findings.push(f);
      return { points: d, moved: 0 };
    }
    const want = s.bear[g?.me ?? 0] ?? 0;
    const d = Math.min(want, s.fresh);
    s.fresh -= d;
    const moved = Math.min(want - d, s.move, here);
    s.move -= moved;
    let left = moved;
    for (const g of [...owners].reverse()) {
      const m = Math.min(left, take.get(g.id)!);
      if (m <= 0) continue;
      take.set(g.id, take.get(g.id)! - m);
      const h = how?.get(g.id);
      if (h) how!.set(g.id, { ...h, shared: Math.round(((h.shared ?? 0) + m) * 10_000) / 10_000 });
      left -= m;
    }
    o.causedTaken.set(c.code, before + d + moved);
    o.lost += d;
    o.findings.push(f);
    return { points: d + moved, moved, ...(g ? { causes: g.game.players.length } : {}) };
  });
}

/**
 * The game entry `c` of finding `f` plays in (`games`, by duty: aggravations.ts, the words no finding carries merged),
 * and `f`'s place in it: its agency, else "*" (the word furthest up). undefined: none (a lone word: `alone`).
 */
function gameOf(f: Finding, c: NonNullable<Finding["caused"]>[number], games: ReadonlyMap<string, LateGame> | undefined): { game: LateGame; me: number } | undefined {
  const key = c.game?.key ?? c.duty;
  const game = key === undefined ? undefined : games?.get(key);
  if (game === undefined) return undefined;
  const n = game.players.length;
  const mine = game.players.indexOf(f.agency ?? "");
  const me = mine >= 0 && mine < n - 1 ? mine : game.players.indexOf("*");
  return me >= 0 ? { game, me } : undefined;
}

/**
 * The games of every finding's caused entries, by duty, each with the words no finding carries merged into one that does
 * (priced-once.ts carriedGame): the entries of one duty, on whichever findings, share one split.
 */
export function lateGames(findings: readonly Finding[]): Map<string, LateGame> {
  const raw = new Map<string, LateGame>();
  for (const f of findings) for (const c of f.caused ?? []) if (c.game && !raw.has(c.game.key)) raw.set(c.game.key, c.game);
  const carriers = new Map<string, Set<string>>();
  for (const f of findings) for (const c of f.caused ?? []) {
    const g = raw.get(c.game?.key ?? c.duty ?? "");
    if (!g) continue;
    const who = g.players.slice(0, -1).includes(f.agency ?? "") ? f.agency! : "*";
    carriers.set(g.key, (carriers.get(g.key) ?? new Set()).add(who));
  }
  return new Map([...raw].map(([k, g]) => [k, carriedGame(g, carriers.get(k) ?? new Set())]));
}
