/**
 * Reporting (信息报告): each reporting obligation met, met late (by how much) or missed, from the
 * obligation events; completeness of each report against 493号令 第十二条; and honesty of its
 * casualty figures (honesty.ts). 快报事实、慎报原因: a report is never marked down for giving no
 * cause; lateness is what counts.
 */
import { missingReportFields, statedFigures } from "../rules/report-fields.ts";
import type { EventOf } from "../model/events.ts";
import { notifierOf } from "./blame.ts";
import { learntText, ownWindow, shownDue, type OwnWindow, type Root } from "./own-window.ts";
import { GRADE_TEXT } from "./grade-known.ts";
import type { LocalText } from "../model/ids.ts";
import { asOf, clock, messageOf, obligationRow, span, type EvalContext, type ObligationTrace } from "./context.ts";
import { finding } from "./findings.ts";
import { groupKey, onePerReport, type ObligationFinding } from "./report-groups.ts";
import { toldRescuers } from "./told-rescuers.ts";
import { judgedAsAlarm } from "./alarm-call.ts";
import { chemHealthReport } from "./chem-report-content.ts";
import { knownFrom } from "./known-from.ts";
import type { Opportunity } from "./opportunity.ts";
import { judgeHonesty, stated, type Category } from "./honesty.ts";
import { categoryWords } from "./people-words.ts";
import { answered, answeredByLie, concealKey, correctionOf, standing } from "./corrections.ts";
import { foldRepeatedLies, KIND_TEXT } from "./one-lie.ts";
import { lateCorrection, stoodCaused } from "./late-correction.ts";
import { heldNote } from "./forwarding.ts";
import type { Finding, ObligationRow, ReportRow, Strength } from "./report-model.ts";
import { isBlankText } from "../model/text.ts";
import { casualtyBasis, contentBasis, honestyBasis, requiredFields } from "./report-basis.ts";
import { untrueFigures, untrueText } from "./untrue-figures.ts";
import { againstWords, againstWordsText } from "./figures-against-words.ts";
import { owedMissing } from "./owed-news.ts";
import { owedCorrection, owedText } from "./owed-figure.ts";
import { atRiskFinding, atRiskLeftOut, atRiskText } from "./at-risk.ts";
import { CHECKING, firstHeard, PEOPLE } from "./heard.ts";
import { strengths } from "./report-strengths.ts";
import { lateHours } from "./late-grade.ts";
import { onOwnClock, onOwnTime } from "./own-clock.ts";

/** one of each casualty category, in English ("1 death", not "1 deaths") */
const ONE: Record<Category, string> = { deaths: "death", seriousInjuries: "serious injury", injured: "injury", missing: "missing" };

/** 493号令 第十二条 report fields, as the regulation names them */
export const FIELD_TEXT: Record<string, { zh: string; en: string }> = {
  unit: { zh: "事故单位概况", en: "the unit's profile" },
  time: { zh: "时间", en: "the time" },
  location: { zh: "地点", en: "the place" },
  scene: { zh: "现场情况", en: "the scene" },
  sequence: { zh: "简要经过", en: "the sequence of events" },
  casualties: { zh: "伤亡人数", en: "the casualties" },
  measures: { zh: "已采取的措施", en: "the measures taken" },
};

export interface ReportingResult {
  obligations: ObligationRow[];
  reports: ReportRow[];
  findings: Finding[];
  strengths: Strength[];
  /** every report owed: each is worth a missing report's points */
  opportunities: Opportunity[];
}

export function evaluateReporting(x: EvalContext): ReportingResult {
  const owed: ObligationFinding[] = [];
  // each duty's correction judged once (corrections.ts): its findings and its opportunity read the same verdict
  const obligations = x.obligations.filter((t) => t.ob.kind === "report").map((t) => ({ t, row: obligationRow(t), fix: correctionOf(x, t), key: `rep:${groupKey(x, t)}` }));
  // consequences of late knowledge whose root is a report finding: resolved once those exist
  const consequences = new Map<string, Root[]>();
  // the 谎报 never corrected by the end, by the false report's message id: their aggravation (reportFindings)
  const stood = new Map<string, { row: ObligationRow; key: string }>();
  // the casualty 续报 a false report answered in its owner's place, by that report's message id (answeredByLie)
  const spoilt = new Map<string, { row: ObligationRow; key: string }>();
  // reports made within their owner's own window though after the rule's deadline: that window's end, by obligation id
  const ownClock = new Map<string, number>();
  for (const { t, row, fix, key } of obligations) {
    if (row.status !== "late" && row.status !== "missed") continue;
    // a follow-up owed only to correct its owner's own 瞒报 is no 续报 duty (corrections.ts): its deadline would run from
    // the concealing report itself, nothing having changed then, so no late or missing finding at all; its opportunity
    // is set aside under the 瞒报 (review11 chemical 6: F45 "伤亡人数发生变化 … 时限 01:32:00" beside "系更正本单位瞒报")
    if (fix?.own) {
      // never made by the drill's end: the 谎报 stands, an aggravation of that one fault, not a second finding (review16
      // school 3: "漏报 … 未续报更正其谎报" charged the same false figure twice); it still costs more than correcting late
      // (review15 chemical 1), on the 谎报's own points (reportFindings)
      if (row.status === "missed") stood.set(fix.message, { row: { ...row, events: row.events.filter((i) => i !== t.missed || x.events[i]!.at >= row.deadlineMs) }, key });
      // made late: graded, with the delay it caused up the chain (late-correction.ts; review19 chemical A2)
      const late = lateCorrection(x, t, key);
      if (late) owed.push({ t, f: late });
      continue;
    }
    // a casualty 续报 made, but false: one 谎报 on this duty, not a 漏报 beside it (corrections.ts answeredByLie)
    const lie = row.status === "missed" ? answeredByLie(x, t) : undefined;
    if (lie && !spoilt.has(lie.id)) {
      spoilt.set(lie.id, { row, key });
      continue;
    }
    const to = x.agencyName(row.to ?? "");
    const msg = t.met ? messageOf(t.met.byEvent) : undefined;
    const reportEvent = msg !== undefined ? x.messageEvent.get(msg) : undefined;
    // a reporter answers only for its own window, from when it could know (own-window.ts; issue 10 §1, §5)
    const w = ownWindow(x, row.agency, t, t.met?.atMs);
    // done within its own window (from when it could know): on time by the one clock its findings use, the time lost
    // before it knew charged once on the notice that came late (review20 school 2: the bureau told at 00:40 of the oral
    // report due 00:30, made at 00:58, is on time by 01:10 as its written report is by 01:40; F34 filed a 0-point 迟报)
    if (row.status === "late" && onOwnTime(w)) {
      ownClock.set(row.id, shownDue(w, row.deadlineMs));
      continue;
    }
    // never done, nobody up the chain failed: nobody is at fault
    if (w.excused) continue;
    // never told of the incident at all: whoever had to tell it answers (linkage.ts keys that notice dark:<agency>)
    const never = w.dark && w.told === undefined && w.grade === undefined;
    const notifier = never ? notifierOf(x, row.agency) : null;
    // the incident's own unit found out itself and reported within its own window: nobody had to tell it
    if (never && t.met !== undefined && notifier === null) continue;
    const from = x.agencyName(row.agency);
    // one finding, one rule, one deadline: the rule the reporter owed for what it knew (the lower grade's, grade-known.ts)
    const lower = w.lower ? x.c.rules.reporting.find((r) => r.id === w.lower!.ruleId) : undefined;
    const rule = lower ? { ruleId: lower.id, basis: lower.basis, text: lower.text } : { ruleId: row.ruleId, basis: row.basis, text: row.text };
    const dueMs = never ? row.deadlineMs : shownDue(w, row.deadlineMs);
    const learnt = withRoot(x, never ? { zh: "", en: "" } : learntText(w, row.deadlineMs, from), w, row.agency);
    // one passing another's correction on is late through its own fault (charged; the rest set aside, credit.ts)
    const opportunity = { opportunity: key };
    // the engine's "missed" mark at the rule's raw deadline is no evidence against a deadline that runs later (review9 school 6: #107 at 01:00 for F33's 01:40)
    const events = row.events.filter((i) => never || w.dark || i !== t.missed || x.events[i]!.at > dueMs);
    const evidence = t.met
      ? { events: [...events, ...(reportEvent !== undefined ? [reportEvent] : [])], messages: msg ? [msg] : [], obligations: [row.id] }
      : { events: [...events, x.endEvent], obligations: [row.id] };
    // a follow-up on a development names its news (rules/development-news.ts: the duty's id ends in the code)
    const dev = x.c.rules.followUp.find((r) => r.id === row.ruleId)?.developments.find((d) => row.id.endsWith(`:${d}`));
    const news = dev === undefined ? undefined : x.c.rules.developments[dev] ?? { zh: dev, en: dev };
    const about = news ? { zh: `关于${news.zh}的续报`, en: ` the follow-up on ${news.en}` } : { zh: "", en: "" };
    const what = { zh: `${from.zh}向${to.zh}的${news ? about.zh : "报告"}（${rule.text.zh}）`, en: `the ${news ? `follow-up on ${news.en}` : "report"} from ${from.en} to ${to.en} (${rule.text.en})` };
    if (w.dark && !never) {
      // within its own window: no fault of the reporter; the time lost before it knew is its root's (a consequence)
      consequences.set(row.id, w.roots);
      owed.push({ t, f: finding({
        code: row.status === "late" ? "REPORT_LATE" : "REPORT_MISSING", section: "reporting", agency: w.roots[0]!.agency, atMs: t.met?.atMs ?? row.deadlineMs,
        ruleId: row.ruleId, basis: row.basis, rootKey: `${LATE_KNOWLEDGE}${row.id}`, ...opportunity, message: withinOwnText(x, what, row, w, from), evidence,
      }) });
      continue;
    }
    const agency = notifier ?? row.agency;
    const because = never ? { zh: `（${from.zh}未及时获知事故信息所致）`, en: ` (${from.en} was not told in time)` } : { zh: "", en: "" };
    const link = { ...(never ? { rootKey: `dark:${row.agency}` } : { key: `told:${row.agency}>${row.to ?? ""}` }), ...opportunity };
    if (row.status === "late") {
      // late against its one deadline (issue 10 §5: from the incident, or the rule's own start)
      const by = span(row.metAtMs! - dueMs);
      // a clock from the reporter's receipt: how long after it was told the report came (review16 chem F33: 01:02, an hour
      // after the unit head knew, read as "within 第九条's hour" beside the basis)
      const fromReceipt = !never && learnt.zh === "" && x.c.rules.reporting.find((r) => r.id === rule.ruleId)?.clockStartsAt === "receipt"
        ? ((at) => ({ zh: `（${clock(at)} 接报后 ${span(row.metAtMs! - at).zh}）`, en: ` (${span(row.metAtMs! - at).en} after it was told at ${clock(at)})` }))(x.events[t.opened]!.at)
        : { zh: "", en: "" };
      owed.push({ t, f: finding({
        code: "REPORT_LATE", section: "reporting", agency, atMs: row.metAtMs!, ...rule, ...link, quantity: lateHours(row.metAtMs! - dueMs),
        message: {
          zh: `迟报：${what.zh}时限 ${clock(dueMs)}${learnt.zh}，实际 ${clock(row.metAtMs!)} 报告${fromReceipt.zh}，超时 ${by.zh}${because.zh}`,
          en: `Late report: ${what.en} was due at ${clock(dueMs)}${learnt.en}; it came at ${clock(row.metAtMs!)}${fromReceipt.en}, ${by.en} late${because.en}`,
        },
        evidence,
      }) });
    } else {
      owed.push({ t, f: finding({
        code: "REPORT_MISSING", section: "reporting", agency, atMs: never ? row.deadlineMs : w.dueMs, ...rule, ...link,
        message: {
          zh: `漏报：${from.zh}${asOf(x).never.zh}向${to.zh}报告${about.zh}（${rule.text.zh}），时限 ${clock(dueMs)}${learnt.zh}${because.zh}`,
          en: `Missing report: ${from.en} ${asOf(x).ended ? "never reported" : "had not reported"}${about.en} to ${to.en}${asOf(x).ended ? "" : ` ${asOf(x).until.en}`} (${rule.text.en}); it was due at ${clock(dueMs)}${learnt.en}${because.en}`,
        },
        evidence,
      }) });
    }
  }
  const grouped = onePerReport(x, owed);

  const reports: ReportRow[] = [];
  x.events.forEach((e, i) => {
    if (e.type !== "reportSubmitted") return;
    const row = reportRow(x, e, i, asFiled(x, e, i), heardOfPeople(x, e, i));
    reports.push(row);
    grouped.push(...reportFindings(x, e, i, row, stood.get(e.id), spoilt.get(e.id)).filter((f) => !judgedAsAlarm(x, e, f))); // a report phoned to 119/120 is the alarm
  });
  // calls to the rescuers that leave out what the caller knew (told-rescuers.ts)
  grouped.push(...toldRescuers(x));
  // a repeat of a 谎报 to the same office is that one 谎报 going on, found once (one-lie.ts)
  const findings = foldRepeatedLies(x, stoodCaused(x, citeRoots(grouped, owed, consequences), stood));

  // a report whose deadline the drill never reached is not judged
  // (a follow-up that only corrects a 瞒报 is set aside whole under it, corrections.ts)
  const byReport = new Map<string, Array<(typeof obligations)[number]["fix"]>>();
  for (const o of obligations.filter((y) => y.row.status !== "open")) byReport.set(o.key, [...(byReport.get(o.key) ?? []), o.fix]);
  const opportunities = [...byReport].map(([id, fixes]): Opportunity => {
    const fix = fixes.every((f) => f !== undefined) ? fixes[0] : undefined;
    return { id, section: "reporting", failCodes: ["REPORT_MISSING"], ...(fix ? { correction: fix } : {}) };
  });
  return { obligations: obligations.map((o) => ({ ...onOwnClock(o.row, ownClock.get(o.row.id)), report: groupKey(x, o.t) })), reports, findings, strengths: strengths(x, obligations.map((o) => o.row)), opportunities };
}


/**
 * The owner's own late or missing report names who made it learn late, when that was a notifier's
 * late notice (a finding of its own, linkage.ts): the time before its own deadline is that fault's; and a receiver
 * that held a report from the public for it past its limit (forwarding.ts).
 */
function withRoot(x: EvalContext, learnt: LocalText, w: OwnWindow, owner: string): LocalText {
  const root = w.roots[0];
  if (!learnt.zh || w.dark || !root?.key.startsWith("dark:")) return learnt;
  const r = x.agencyName(root.agency);
  // a receiver that held a report from the public for it shares the cause (forwarding.ts; review16 chemical A2)
  const held = heldNote(x, owner).names;
  const zh = held.length > 0 ? `、${held.map((n) => n.zh).join("、")}接报后未立即移送` : "";
  const en = held.length > 0 ? ` and ${held.map((n) => n.en).join(", ")} did not pass on the report it received` : "";
  return { zh: `${learnt.zh}（获知迟延系${r.zh}未按时通知${zh}所致）`, en: `${learnt.en} (it learnt late because ${r.en} did not tell it in time${en})` };
}

/** A consequence of late knowledge waiting for its root (`late-knowledge:<obligation id>`), resolved by citeRoots. */
const LATE_KNOWLEDGE = "late-knowledge:";

/**
 * The line for a report its owner made within its own window, or could not make because it never
 * learnt the grade: no fault of the owner; the time lost before it knew is its root's (0 points).
 * One deadline, the rule's, and the lateness against it (issue 10 §5).
 */
function withinOwnText(x: EvalContext, what: LocalText, row: ObligationRow, w: OwnWindow, from: LocalText): LocalText {
  const due = { zh: `时限 ${clock(row.deadlineMs)}`, en: `was due at ${clock(row.deadlineMs)}` };
  const g = w.grade !== undefined ? GRADE_TEXT[w.grade]! : undefined;
  if (w.told === undefined) {
    return {
      zh: `非${from.zh}之责：${what.zh}${due.zh}；${from.zh}${row.status === "late" ? "至报告时" : asOf(x).until.zh}未获知事故已达${g?.zh ?? ""}的伤亡信息，系报告事实者未及时报告所致`,
      en: `Not ${from.en}'s fault: ${what.en} ${due.en}; ${from.en} ${row.status === "late" || asOf(x).ended ? "was never told" : `had not been told ${asOf(x).until.en}`} of casualties making the incident ${g?.en ?? ""}: those who had to report the facts did not`,
    };
  }
  const lost = span(row.metAtMs! - row.deadlineMs);
  const knew = g ? { zh: `获知事故已达${g.zh}的伤亡信息`, en: `received casualty figures making the incident ${g.en}` } : { zh: "获知事故信息", en: "heard of the incident" };
  return {
    zh: `非${from.zh}之责：${what.zh}${due.zh}，${clock(row.metAtMs!)} 报告，迟 ${lost.zh}；${from.zh} ${clock(w.told)} 才${knew.zh}，迟报系其未能及时获知所致`,
    en: `Not ${from.en}'s fault: ${what.en} ${due.en}; it came at ${clock(row.metAtMs!)}, ${lost.en} late: ${from.en} ${knew.en} only at ${clock(w.told)}, and the delay came from its learning late`,
  };
}

/**
 * Each consequence of late knowledge cites the first of its roots that is a finding (a notice
 * finding of linkage.ts, keyed dark:, always exists when named; a report finding only when the
 * reports gave one) and is charged to that root's agency at no cost; none: nobody failed, no line.
 */
function citeRoots(findings: readonly Finding[], owed: readonly ObligationFinding[], roots: ReadonlyMap<string, Root[]>): Finding[] {
  const keys = new Set([...findings.map((f) => f.key), ...owed.map((o) => o.f.key)].filter((k): k is string => k !== undefined));
  const out: Finding[] = [];
  for (const f of findings) {
    if (!f.rootKey?.startsWith(LATE_KNOWLEDGE)) {
      out.push(f);
      continue;
    }
    const root = roots.get(f.rootKey.slice(LATE_KNOWLEDGE.length))?.find((r) => r.key.startsWith("dark:") || keys.has(r.key));
    if (root) out.push({ ...f, agency: root.agency, rootKey: root.key });
  }
  return out;
}

/**
 * The kind a report's elements are judged as: a sender's first report to an addressee is its initial report
 * whatever it calls itself (493号令 第十二条: the first report carries the 第十二条 elements; review11 chemical 3:
 * the enterprise's first word to the bureau at 01:40, filed as 续报, lacked time, sequence and measures unjudged).
 */
function asFiled(x: EvalContext, e: EventOf<"reportSubmitted">, i: number): "initial" | "followUp" | "final" {
  if (e.kind !== "followUp") return e.kind;
  return x.events.slice(0, i).some((p) => p.type === "reportSubmitted" && p.from === e.from && p.to === e.to) ? e.kind : "initial";
}

/** Whether words of people down, hurt or trapped had reached the report's sender before it (an estimate's ground, honesty.ts). */
function heardOfPeople(x: EvalContext, e: EventOf<"reportSubmitted">, i: number): boolean {
  return firstHeard(x, e.from, PEOPLE, i) !== undefined;
}

function reportRow(x: EvalContext, e: EventOf<"reportSubmitted">, i: number, kind: "initial" | "followUp" | "final" = e.kind, heard = false): ReportRow {
  // "unknown" stays unknown (不详), never 0 (issue 10 §7)
  const reported = e.content.casualties ? stated(e.content.casualties) : undefined;
  // casualties said to be under checking (「伤亡人数正在核实」) are given as 不详, not left out (review18 school 5)
  const words = Object.values(e.content).flat().filter((v): v is string => typeof v === "string").join(" ");
  const missingFields = missingReportFields(e.content, x.c).filter((f) => f !== "casualties" || !CHECKING.test(words));
  const required = requiredFields(kind);
  return {
    message: e.id, event: i, atMs: e.at, from: e.from, to: e.to, kind: e.kind, mode: e.mode,
    missingFields,
    requiredMissing: missingFields.filter((f) => required.includes(f)),
    hasCause: e.content.cause !== undefined && !isBlankText(e.content.cause),
    ...(reported ? { reported } : {}),
    senderKnew: e.senderKnew, truth: e.truth,
    honesty: judgeHonesty(reported, e.senderKnew, e.truth, e.senderWasTold, heard).honesty,
  };
}

function reportFindings(x: EvalContext, e: EventOf<"reportSubmitted">, i: number, row: ReportRow, stood?: { row: ObligationRow; key: string }, answers?: { row: ObligationRow; key: string }): Finding[] {
  const out: Finding[] = [];
  const from = x.agencyName(e.from);
  const to = x.agencyName(e.to);
  const kind = asFiled(x, e, i);
  const first = kind !== e.kind ? { zh: `（首次报告，按${KIND_TEXT[kind].zh}要素）`, en: ` (its first report, judged as ${KIND_TEXT[kind].en})` } : { zh: "", en: "" };
  const what = { zh: `${clock(e.at)} ${from.zh}向${to.zh}的${KIND_TEXT[e.kind].zh}${first.zh}`, en: `the ${KIND_TEXT[e.kind].en}${first.en} from ${from.en} to ${to.en} at ${clock(e.at)}` };
  const evidence = { events: [i], messages: [e.id] };
  const metBy = x.obligations.find((t) => t.met && messageOf(t.met.byEvent) === e.id);
  const opportunity = metBy ? { opportunity: `rep:${groupKey(x, metBy)}` } : {};
  const verdict = judgeHonesty(row.reported, e.senderKnew, e.truth, e.senderWasTold, heardOfPeople(x, e, i));
  // casualties left out while known are concealment (瞒报), one fault: not also "incomplete"
  const lacking = verdict.concealed.length > 0 ? row.requiredMissing.filter((f) => f !== "casualties") : row.requiredMissing;
  if (lacking.length > 0) {
    // the chemical unit's report to the 120 is judged by 危化条例 第七十一条: the substance and the count (review16 chem F11)
    const chem = chemHealthReport(x, e, lacking, what, (f) => FIELD_TEXT[f] ?? { zh: f, en: f });
    out.push(finding({
      code: "REPORT_INCOMPLETE", section: "reporting", agency: e.from, atMs: e.at, ruleId: "RPT-CONTENT-12", basis: chem?.basis ?? contentBasis(x, kind), ...opportunity,
      message: chem?.message ?? {
        zh: `报告要素不全：${what.zh}缺少${lacking.map((f) => FIELD_TEXT[f]?.zh ?? f).join("、")}`,
        en: `Incomplete report: ${what.en} lacks ${lacking.map((f) => FIELD_TEXT[f]?.en ?? f).join(", ")}`,
      },
      evidence,
    }));
  }
  // each category worded by the people's state then: located trapped miners are 被困（涉险）, not 下落不明 (people-words.ts)
  const fig = (cats: Category[], src: Record<Category, number | "unknown"> | undefined, lang: "zh" | "en", w = categoryWords(x, e.at)) =>
    cats.map((k) => ((v) => (lang === "zh" ? `${w(k).zh} ${v}` : `${v} ${src?.[k] === 1 ? w(k).one ?? ONE[k] : w(k).en}`))(src?.[k] === "unknown" ? (lang === "zh" ? "不详" : "unknown") : src ? src[k] : "—")).join(lang === "zh" ? "、" : ", ");
  // figures that contradict what the sender knew are 谎报, whether below it (0 missing when it knew of 6) or invented
  // above it and the truth: 故意不如实报告…伤亡人数和涉险人数 (应急管理部令第14号 第三条); 瞒报 is hiding the accident
  // itself, a report never made (hidden-accident.ts). Casualties left out altogether, though known, are 漏报伤亡
  // (遗漏未报…伤亡人数, ibid.): priced within the report's worth (`omission`, credit.ts; review12 school 4)
  const untrue = row.reported ? [...verdict.concealed, ...verdict.falsified.filter((k) => !verdict.concealed.includes(k))] : [];
  if (verdict.concealed.length > 0 && !row.reported) {
    out.push(finding({
      code: "REPORT_FALSE", section: "reporting", agency: e.from, atMs: e.at, ruleId: "RPT-HONEST-OMIT", basis: honestyBasis(x), ...opportunity, key: concealKey(e.id),
      omission: true as const,
      message: {
        zh: `漏报伤亡：${what.zh}未报伤亡人数，而其当时已知${fig(verdict.concealed, e.senderKnew, "zh")}`,
        en: `Casualties left out: ${what.en} gave no casualty figures while the sender already knew of ${fig(verdict.concealed, e.senderKnew, "en")}`,
      },
      // the report, and where the sender learnt what it left out (review9 mine 10)
      evidence: { ...evidence, events: [...knownFrom(x, e.from, verdict.concealed, i), i] },
    }));
  } else if (!row.reported && owedMissing(x.owed, e) !== undefined) {
    // casualties left out by a sender that never did the duty that would have found the missing (owed-news.ts; review18
    // school 1: no headcount, so the missing pupil was never "known", and the omission went unjudged)
    const o = owedMissing(x.owed, e)!;
    out.push(finding({
      code: "REPORT_FALSE", section: "reporting", agency: e.from, atMs: e.at, ruleId: "RPT-HONEST-OMIT", basis: honestyBasis(x), ...opportunity,
      omission: true as const,
      message: {
        zh: `漏报伤亡：${what.zh}未报伤亡人数，而按其职责“${o.duty.zh}”应于 ${clock(o.atMs)} 获知下落不明 ${o.missing}（其未履行该职责，时间按最佳处置中获知的时间计）`,
        en: `Casualties left out: ${what.en} gave no casualty figures, though ${o.duty.en}, its own duty, would have told it by ${clock(o.atMs)} of ${o.missing} missing (it never did that duty, so it is counted from when the best play learnt it)`,
      },
      evidence: { ...evidence, events: [i] },
    }));
  } else if (untrue.length > 0) {
    const below = verdict.concealed.length > 0;
    // never corrected by the end: one finding still, the figure left standing its aggravation (review16 school 3)
    const left = below && stood ? standing(x, stood.row) : undefined;
    // the casualty 续报 it answered falsely: the 谎报 takes that duty (answeredByLie), its words and its obligation
    const owes = below && answers ? answered(x, answers.row) : undefined;
    out.push(finding({
      code: "REPORT_FALSE", section: "reporting", agency: e.from, atMs: e.at, ruleId: "RPT-HONEST-FALSE", basis: honestyBasis(x), ...(owes ? { opportunity: answers!.key } : opportunity),
      // the key corrections and set-aside notices cite (corrections.ts, work-known.ts): figures below what was known
      ...(below ? { key: concealKey(e.id) } : {}),
      ...(left && stood ? { stood: { opportunity: stood.key } } : {}),
      message: below
        ? {
            zh: `谎报：${what.zh}报告${fig(untrue, row.reported, "zh")}，而其当时已知${fig(untrue, e.senderKnew, "zh")}${left?.text.zh ?? ""}${owes?.zh ?? ""}`,
            en: `False report: ${what.en} gave ${fig(untrue, row.reported, "en")} while the sender already knew of ${fig(untrue, e.senderKnew, "en")}${left?.text.en ?? ""}${owes?.en ?? ""}`,
          }
        : {
            zh: `谎报：${what.zh}报告${fig(untrue, row.reported, "zh")}，与其当时已知（${fig(untrue, e.senderKnew, "zh")}）及实际（${fig(untrue, e.truth, "zh")}）不符`,
            en: `False report: ${what.en} gave ${fig(untrue, row.reported, "en")}, contrary to what the sender knew (${fig(untrue, e.senderKnew, "en")}) and the truth (${fig(untrue, e.truth, "en")})`,
          },
      evidence: below ? { ...evidence, events: [...knownFrom(x, e.from, verdict.concealed, i), i, ...(left?.events ?? [])], ...(left ? { obligations: left.obligations } : owes ? { obligations: [answers!.row.id] } : {}) } : evidence,
    }));
  }
  // figures that are no 谎报 yet untrue to what its sender was told, or stated on no word at all (untrue-figures.ts)
  const u = !out.some((f) => f.code === "REPORT_FALSE") && row.reported ? untrueFigures(x, e, i) : undefined;
  const fix = // below what its own duty would have found: priced as if known, with its correction (owed-figure.ts)
    u?.how === "owed" ? owedCorrection(x, e, i, u.owed!.missing) : undefined;
  if (u?.how === "owed") out.push(finding({ code: "REPORT_FALSE", section: "reporting", agency: e.from, atMs: e.at, ruleId: "RPT-HONEST-OWED", basis: honestyBasis(x), ...opportunity, ...(fix ? { stood: { opportunity: fix } } : {}),
    message: owedText(x, e, u, what, fix !== undefined), evidence: { ...evidence, events: [i, ...(fix ? [x.endEvent] : [])] } }));
  else if (u) out.push(finding({
    code: "REPORT_UNVERIFIED", section: "reporting", agency: e.from, atMs: e.at, ruleId: "RPT-UNVERIFIED", basis: casualtyBasis(x), ...opportunity,
    message: untrueText(x, e, u, what), evidence: { ...evidence, events: [...u.sources, i] },
  }));
  // figures left at their old value beside words that changed them, or above anything it was told (figures-against-words.ts)
  const a = !out.some((f) => f.code === "REPORT_FALSE" || f.code === "REPORT_UNVERIFIED") && row.reported ? againstWords(x, e, i) : undefined;
  if (a) out.push(finding({
    code: "REPORT_UNVERIFIED", section: "reporting", agency: e.from, atMs: e.at, ruleId: "RPT-UNVERIFIED", basis: casualtyBasis(x), ...opportunity,
    message: againstWordsText(x, e, a, what), evidence: { ...evidence, events: [...a.sources, i] },
  }));
  // people trapped left out of a first report: its casualty finding's words, else one of its own (at-risk.ts)
  const news = atRiskLeftOut(x, e, i, kind);
  if (news === undefined) return out;
  const j = out.findIndex((f) => f.code === "REPORT_FALSE" || f.code === "REPORT_UNVERIFIED");
  const more = atRiskText(x, news);
  if (j >= 0) out[j] = { ...out[j]!, message: { zh: out[j]!.message.zh + more.zh, en: out[j]!.message.en + more.en }, evidence: { ...out[j]!.evidence, events: [...new Set([news, ...out[j]!.evidence.events])].sort((a, b) => a - b) } };
  else out.push(finding({ code: "REPORT_FALSE", section: "reporting", agency: e.from, atMs: e.at, ruleId: "RPT-AT-RISK", basis: casualtyBasis(x), ...opportunity, omission: true as const, message: atRiskFinding(x, news, what), evidence: { ...evidence, events: [news, i] } }));
  return out;
}
