/**
 * What a call to the rescuers must say (issue 10 §7; review8 chemical item 14, school item 8). The fire
 * brigade, the mine rescue team and 120 choose what to send, and where to search, from what the caller
 * tells them: a caller who already knew people were down, trapped or missing, or (at a chemical
 * release) what the medium is, and leaves it out, withholds the facts the response needs.
 *
 *   concealing call   a message that tells (rules/telling.ts) from the incident's unit to a rescuer leaving out
 *                     people in danger or the medium its caller had heard of before: the enterprise's
 *                     119 call "我们厂里有点漏气" after its patrol reported 液氯 and colleagues down. The
 *                     first such call per caller and rescuer is one finding (each fault once).
 *   never passed on   the incident's own unit (it counts heads and hears its staff) learnt of people
 *                     trapped or missing after its calls, and never told the fire brigade or mine
 *                     rescue team it had called in where they are (drill-scripts.md C3 steps 7–8:
 *                     head count, then report; C1 step 10: crews question 知情人): the school that
 *                     heard of the trapped class (00:12:54) and the missing pupil (00:13:24).
 *
 * What a caller had heard: the texts of the injects, messages and reports it received before the call
 * (both languages), and any casualty figure above 0 they revealed or stated. What a call says: its own
 * words. People in danger and the medium are read from the rules profile's `alarmWords` (people, trapped, the chemical's
 * substance; alarm-call.ts); words that deny them ("无人员伤亡", "有没有被困") say nothing of them. A concealing call is ALARM_INACCURATE (报警遗漏已知情况,
 * weighted by the rubric below a 漏报: review9 chem 6); a passing-on never made is TRAPPED_NOT_PASSED_ON, one told late
 * TRAPPED_PASSED_ON_LATE, linkage faults on the scenario's opportunity tell:<rescuer> (tellOpportunities; review12 school 1). A call is 报警 (消防法 第四十四条; at a chemical release 危化条例 第七十一、七十三条), not
 * an accident report (493号令 第四条 is not its basis: review9 chem 6); passing on the trapped is on-scene command
 * information (TELL_BASIS). Both carry ruleId TELL_RESCUERS_RULE so the outcome's causes can cite them.
 */
import type { EventOf } from "../model/events.ts";
import type { LocalText } from "../model/ids.ts";
import { tells } from "../rules/telling.ts";
import { asOf, clock, span as spanText, wordsOf, type EvalContext } from "./context.ts";
import { finding } from "./findings.ts";
import type { Finding } from "./report-model.ts";
import type { DrillState } from "../model/state.ts";
import { alarmCalls, alarmCheck, alarmElementsMissing, alarmOpportunityId, alarmWords, substanceWords } from "./alarm-call.ts";
import { DENIED, heardText, says, saysPeople, saysTrapped } from "./heard.ts";
import { owedTo, type OwedNews } from "./owed-news.ts";
import { misplaced, wrongPlaceWords } from "./told-place.ts";
import { engaged, type Engaged } from "./searcher-engaged.ts";
import { mediumName } from "./medium.ts";

/** The rule id of both findings (causes.ts may cite the never-passed-on one as a rescue cause). */
export const TELL_RESCUERS_RULE = "TELL-RESCUERS";

/** Agencies that send crews for people and the hazard: whom a caller must tell what it knows. */
const RESCUERS: ReadonlySet<string> = new Set(["fireRescue", "mineRescueTeam", "ems120", "healthBureau"]);
/** Rescuers that search for people: whom the incident's unit must tell where the trapped and missing are. */
const SEARCHERS: ReadonlySet<string> = new Set(["fireRescue", "mineRescueTeam"]);

interface Heard {
  /** event index at which the agency first heard of people in danger */
  people?: number;
  /** event index at which the agency first heard of people trapped or missing (a kind of people in danger a call must name) */
  trapped?: number;
  /** event index at which it first heard the medium named (-1: its own, the incident's unit) */
  medium?: number;
}

/** What each agency had heard by each event: the first event telling it of people, and of the medium. */
function heardBy(x: EvalContext, medium: RegExp | undefined): Map<string, Heard> {
  const out = new Map<string, Heard>();
  const note = (agency: string, i: number, text: string, figures: boolean) => {
    const h = out.get(agency) ?? {};
    if (h.people === undefined && (figures || says(alarmWords(x, "people"), text))) h.people = i;
    if (h.trapped === undefined && says(alarmWords(x, "trapped"), text)) h.trapped = i;
    if (h.medium === undefined && medium?.test(text)) h.medium = i;
    out.set(agency, h);
  };
  if (medium) out.set(x.c.scenario.incidentAgency, { medium: -1 });
  x.events.forEach((e, i) => {
    if (e.type === "injectDelivered") {
      const c = x.c.injects.get(e.inject)?.reveals?.casualties as Record<string, number | undefined> | undefined;
      const figures = c !== undefined && Object.values(c).some((v) => (v ?? 0) > 0);
      for (const a of e.to) note(a, i, `${e.text.zh} ${e.text.en}`, figures);
    } else if (e.type === "messageSent") {
      for (const a of e.to) note(a, i, e.text, false);
    } else if (e.type === "reportSubmitted") {
      const { casualties, ...rest } = e.content;
      const figures = Object.values(casualties ?? {}).some((v) => typeof v === "number" && v > 0);
      note(e.to, i, Object.values(rest).flat().filter((v) => typeof v === "string").join(" "), figures);
    }
  });
  return out;
}

/** The concealing calls (ALARM_INACCURATE) and the trapped or missing never passed on (TRAPPED_NOT_PASSED_ON, TRAPPED_PASSED_ON_LATE); see the header. */
export function toldRescuers(x: EvalContext): Finding[] {
  const medium = substanceWords(x);
  // the chemical unit also owes the rescuers its technical data (危化条例 第七十三条)
  // a call to 119 (or the mine rescue team, 120) is 报警, not an accident report to the authorities (review9 chem 6):
  // 消防法 第四十四条; at a chemical accident the unit's own duties to report, to call the rescuers and to give them its
  // technical data (危化条例 第七十一、七十三条, 应急条例 第十七条)
  // … but a leak is no fire: the chemical unit's call cites its own duties, not 消防法 第四十四条 (review16 chemical F6)
  const basis = medium ? `${CHEM_BASIS}；${CHEM_CALL_BASIS}` : ALARM_BASIS;
  const heard = heardBy(x, medium);
  const kind = (a: string) => x.c.agencies.get(a)?.kind ?? "";
  const out: Finding[] = [];
  const concealed = new Set<string>();
  const called = new Set<string>();
  // a report phoned to a rescuer (119/120) that its rule lists as an alarm command is the alarm too (alarm-call.ts alarmCalls)
  const reported = new Map([...x.c.agencies.keys()].flatMap((to) => alarmCalls(x, to)).filter((k) => k.e.type === "reportSubmitted").map((k) => [k.i, k]));
  x.events.forEach((ev, i) => {
    // the alarm calls of the incident's own unit (报警): a relay's notices are linkage, judged there
    const rep = reported.get(i);
    const e: Call | undefined = rep ? { at: rep.e.at, from: rep.e.from, id: rep.e.id, text: rep.text, to: [(rep.e as EventOf<"reportSubmitted">).to] } : ev.type === "messageSent" && ev.from === x.c.scenario.incidentAgency && tells(x.c, ev) ? ev : undefined;
    if (!e) return;
    const h = heard.get(e.from) ?? {};
    for (const to of e.to) {
      if (!RESCUERS.has(kind(to)) || called.has(`${e.from}>${to}`)) continue;
      called.add(`${e.from}>${to}`);
      // the alarm row's elements (profile alarmCheck; issue 10 §4) on the first call to each rescuer: people and substance as
      // the caller knew them, the rest from the words (alarm-call.ts); a rescuer with no alarm row is still owed both
      const check = alarmCheck(x, to);
      const asks = (el: "people" | "substance") => !check || check.elements.includes(el);
      // people in danger left out, or the trapped and missing the caller knew of left out of a call naming only the hurt
      const trapped = asks("people") && h.trapped !== undefined && h.trapped < i && !says(alarmWords(x, "trapped"), e.text);
      const people = (asks("people") && h.people !== undefined && h.people < i && !says(alarmWords(x, "people"), e.text)) || trapped;
      const med = asks("substance") && medium !== undefined && h.medium !== undefined && h.medium < i && !medium.test(e.text);
      const elements = alarmElementsMissing(x, e.text, to);
      if (!people && !med && elements.length === 0) continue;
      // (withheld people: no passing-on is asked after it; elements alone leave the passing-on owed)
      if (people || med) concealed.add(`${e.from}>${to}`);
      // an alarm row cites its own basis; a call to 120 outside one holds to the fire-alarm rule only by analogy (review16 school F12)
      const own = check?.basis ?? (basis === ALARM_BASIS && kind(to) !== "fireRescue" ? ALARM_BASIS_BY_ANALOGY : basis);
      out.push(concealingCall(x, e, i, to, { people: people ? (trapped ? h.trapped : h.people) : undefined, medium: med ? h.medium : undefined }, own, mediumName(x), elements));
    }
  });
  return [...out, ...neverPassedOn(x, heard, concealed, medium ? `${TELL_BASIS}；${CHEM_BASIS}` : TELL_BASIS)];
}

export const CHEM_BASIS = "危险化学品安全管理条例 第七十一条（事故单位报告）、第七十三条（为危险化学品事故应急救援提供技术指导和必要的协助）";
export const ALARM_BASIS = "消防法 第四十四条（任何人发现火灾都应当立即报警）";
/** a call to a rescuer other than the fire brigade (the 120) held to the fire-alarm rule by the county's choice */
export const ALARM_BASIS_BY_ANALOGY = "参照消防法 第四十四条（任何人发现火灾都应当立即报警）（本县设定）";
/** the unit's call for help at a chemical accident: 应急条例 第十七条 (the same words as the profile's notices to the rescuers) */
export const CHEM_CALL_BASIS = "生产安全事故应急条例 第十七条（立即组织抢救遇险人员，请求邻近的应急救援队伍参加救援）";
// on-scene command information (AQ/T 9009 附录A 4 指挥和协调), with the school drill plans as local basis (drill-scripts.md C3
// steps 7–8: head count, then report; C1 step 10: the crews question 知情人) — not 应对法 第六十一条, a report to government
/** on-scene command information (the first part of TELL_BASIS) */
export const TELL_COMMAND_BASIS = "生产安全事故应急演练评估规范（AQ/T 9009-2015）附录A 4 指挥和协调（现场指挥掌握被困人员信息）";
/** the local headcount rule and its 5 min (the second part of TELL_BASIS) */
export const TELL_LOCAL_BASIS = "清点人数发现人员被困或下落不明，立即告知到场救援力量其位置（“立即”按5分钟计，本县设定，参照学校消防安全演练预案：班主任清点人数、报告人数；消防侦察询问知情人）";
const TELL_BASIS = `${TELL_COMMAND_BASIS}；${TELL_LOCAL_BASIS}`;

const LEFT_OUT = { people: { zh: "人员倒地、被困或下落不明的情况", en: "the people down, trapped or missing" }, medium: { zh: "泄漏介质", en: "the leaking substance" } };

const PEOPLE_KINDS: ReadonlyArray<[RegExp, LocalText]> = [
  [/倒地|are down|overcome/i, { zh: "倒地", en: "down" }],
  [/中毒|昏迷|窒息|poison|unconscious/i, { zh: "中毒", en: "poisoned" }],
  [/受伤|伤员|伤者|重伤|轻伤|呛|injur/i, { zh: "受伤", en: "hurt" }],
  [/死亡|遇难|身亡|dead|died|killed/i, { zh: "死亡", en: "dead" }],
  [/被困|困在|出不去|trapped/i, { zh: "被困", en: "trapped" }],
  [/下落不明|失踪|没回来|missing/i, { zh: "下落不明", en: "missing" }],
];

/** "人员倒地的情况" for words that told of people down; undefined when none of the kinds is named. */
function peopleWords(text: string): LocalText | undefined {
  const kinds = PEOPLE_KINDS.filter(([re]) => re.test(text.replace(DENIED, " "))).map(([, t]) => t);
  if (kinds.length === 0) return undefined;
  return { zh: `人员${kinds.map((k) => k.zh).join("、")}的情况`, en: `the people ${kinds.map((k) => k.en).join(", ")}` };
}

/** A call as judged here: a message, or a report phoned as an alarm with its words (alarm-call.ts AlarmCall). */
type Call = Pick<EventOf<"messageSent">, "at" | "from" | "id" | "text" | "localText" | "to">;

function concealingCall(x: EvalContext, e: Call, i: number, to: string, left: { people?: number; medium?: number }, basis: string, name: LocalText | undefined, elements: readonly LocalText[]): Finding {
  const from = x.agencyName(e.from);
  const r = x.agencyName(to);
  const parts = (["medium", "people"] as const).filter((k) => left[k] !== undefined);
  // the people as the caller had heard of them (有同事倒地: 人员倒地), never more (review9 chem 6)
  const heardPeople = left.people !== undefined ? peopleWords(heardText(x, left.people)) : undefined;
  const said = (k: "medium" | "people", lang: "zh" | "en") => (k === "medium" && name ? (lang === "zh" ? `${LEFT_OUT.medium.zh}（${name.zh}）` : `${LEFT_OUT.medium.en} (${name.en})`) : k === "people" && heardPeople ? heardPeople[lang] : LEFT_OUT[k][lang]);
  const what = (lang: "zh" | "en") => parts.map((k) => said(k, lang)).join(lang === "zh" ? "和" : " and ");
  const sources = parts.map((k) => left[k]!).filter((j) => j >= 0);
  const lacks = { zh: elements.length > 0 ? `缺少报警要素：${elements.map((el) => el.zh).join("、")}` : "", en: elements.length > 0 ? `without ${elements.map((el) => el.en).join(", ")}` : "" };
  // facts withheld are 报警遗漏已知情况; elements missing alone, 报警要素不全 (cli/report/text.ts CODE_VARIANTS); a fire
  // told as mere smoke after it flashed over, 报警不准确 (review16 school F3)
  const under = parts.length === 0 ? understated(x, e) : undefined;
  const message = under
    ? {
      zh: `报警不准确：${clock(e.at)} ${from.zh}向${r.zh}报警（“${wordsOf(e, "zh")}”）只称冒烟，而其时火势已于 ${clock(under.at)} 在${under.room.zh}轰燃，低报了火情${lacks.zh ? `；另${lacks.zh}` : ""}`,
      en: `Alarm call understating the fire: at ${clock(e.at)} ${from.en} called ${r.en} (“${wordsOf(e, "en")}”) speaking only of smoke, though the fire had flashed over in the ${under.room.en} at ${clock(under.at)}${lacks.en ? `, and ${lacks.en}` : ""}`,
    }
    : parts.length > 0
    ? {
      zh: `报警遗漏已知情况：${clock(e.at)} ${from.zh}向${r.zh}报警（“${wordsOf(e, "zh")}”）未说明${what("zh")}，而其此前已获知${lacks.zh ? `；另${lacks.zh}` : ""}`,
      en: `Alarm call leaving out the facts: at ${clock(e.at)} ${from.en} called ${r.en} (“${wordsOf(e, "en")}”) without ${what("en")}, which it already knew of${lacks.en ? `, and ${lacks.en}` : ""}`,
    }
    : {
      zh: `报警要素不全：${clock(e.at)} ${from.zh}向${r.zh}报警（“${wordsOf(e, "zh")}”）${lacks.zh}`,
      en: `Alarm call incomplete: at ${clock(e.at)} ${from.en} called ${r.en} (“${wordsOf(e, "en")}”) ${lacks.en}`,
    };
  return finding({
    code: "ALARM_INACCURATE", section: "reporting", agency: e.from, atMs: e.at, ruleId: TELL_RESCUERS_RULE, basis, opportunity: alarmOpportunityId(to),
    message,
    evidence: { events: [i, ...sources, ...(under ? [under.event] : [])], messages: [e.id] },
  });
}

/** A call that speaks of smoke only (no fire word) after a flashover before it: the flashover's time and room; else undefined. */
function understated(x: EvalContext, e: Call): { at: number; room: LocalText; event: number } | undefined {
  if (!/冒烟|smoke/i.test(e.text) || /着火|起火|火势|大火|燃烧|火灾|失火|明火|fire(?! brigade)/i.test(e.text.replace(/消防/g, ""))) return undefined;
  const event = x.events.findIndex((h) => h.type === "hazardChanged" && h.what === "flashover" && h.at <= e.at);
  const flash = x.events[event];
  if (!flash || flash.type !== "hazardChanged") return undefined;
  const room = (flash.params as { room?: LocalText }).room ?? { zh: "起火房间", en: "room of origin" };
  return { at: flash.at, room, event };
}

/**
 * Where the trapped and missing are, passed on at once (review9 school 7, 10d): each time the incident's unit hears of
 * people trapped or missing (an inject, message or report saying so), once a searcher is in the response (its call, or
 * another's notice when it never called: searcher-engaged.ts), it owes that searcher the news within TELL_WITHIN_MS
 * (立即, 本县设定) — unless the searcher already had every fact of it from its own sources by then (the brigade's own
 * reconnaissance found the trapped class: the head teacher's word on the missing pupil's last place, 三楼厕所, it never
 * had). Never told: 未告知被困人员 (TRAPPED_NOT_PASSED_ON); told after the limit: 迟告知被困人员 (TRAPPED_PASSED_ON_LATE), never an
 * acquittal. One finding per searcher, on the first news withheld; its evidence is the news itself (the inject that
 * told the school), the calls, the late telling if any, the end.
 */
function neverPassedOn(x: EvalContext, heard: ReadonlyMap<string, Heard>, concealed: ReadonlySet<string>, basis: string): Finding[] {
  const a = x.c.scenario.incidentAgency;
  // what its own duty would have told it counts as known (owed-news.ts): the headcount never made still finds the pupil
  const owed = owedTo(x.owed, a, Infinity).filter((o) => o.missing > 0);
  if (heard.get(a)?.people === undefined && owed.length === 0) return [];
  const news = peopleNews(x, a);
  const out: Finding[] = [];
  for (const [to, def] of x.c.agencies) {
    if (!SEARCHERS.has(def.kind) || concealed.has(`${a}>${to}`)) continue;
    // a searcher in the response, by its call or another's notice (searcher-engaged.ts); one nobody told is a notice finding
    const eng = engaged(x, a, to);
    if (!eng) continue;
    const calls = eng.calls;
    const own = factsHeardBy(x, to);
    for (const n of news) {
      const at = x.events[n.i]!.at;
      // news before the first call is that call's to carry (a concealing call, above); uncalled, it is owed from the notice
      const from = Math.max(at, eng.atMs);
      if (calls.length > 0 && n.i < eng.index) continue;
      const dueMs = from + TELL_WITHIN_MS;
      if (n.facts.length > 0 && n.facts.every((f) => (own.get(f) ?? Infinity) <= dueMs)) continue;
      // a telling that names another place than the news did is no telling (told-place.ts; review22 school 4)
      const heardOf = x.events[n.i]!;
      const newsWords = heardOf.type === "injectDelivered" ? `${heardOf.text.zh} ${heardOf.text.en}` : "";
      const told = calls.find(({ e, i }) => i > n.i && saysPeople(e.text) && !misplaced(x, newsWords, e.text));
      const wrong = told ? undefined : calls.find(({ e, i }) => i > n.i && saysPeople(e.text) && misplaced(x, newsWords, e.text));
      if (told && told.e.at <= dueMs) break;
      if (!told && dueMs > x.endMs) break; // not yet due when the drill stops
      // what the searcher found out for itself meanwhile (its reconnaissance), named and cited with the unit's earlier news
      // of trapped people: it never had the unit's word on where (review16 school F9: the recon at 00:15:15, #44)
      const recon = x.events.findIndex((e) => e.type === "injectDelivered" && e.to.includes(to) && e.at >= eng.atMs && e.at <= x.endMs && (x.c.injects.get(e.inject)?.reveals?.facts ?? []).length > 0);
      const earlier = news.filter((m) => m.i < n.i).map((m) => m.i);
      const misled = wrong && misplaced(x, newsWords, wrong.e.text);
      out.push(tellingFinding(x, a, to, n.i, dueMs, eng, told, basis, { recon: recon >= 0 ? recon : undefined, earlier, ...(wrong && misled ? { wrong: wrongPlaceWords(wrong.e.at, misled) } : {}) }));
      break;
    }
    if (out.some((f) => f.opportunity === tellOpportunityId(to))) continue;
    // news never heard because the unit never did the duty that finds it out: owed from when the best play heard it
    for (const o of owed) {
      const dueMs = Math.max(o.atMs, eng.atMs) + TELL_WITHIN_MS;
      if (o.facts.length > 0 && o.facts.every((f) => (own.get(f) ?? Infinity) <= dueMs)) continue;
      const told = calls.find(({ e }) => e.at >= o.atMs && saysPeople(e.text));
      if (told && told.e.at <= dueMs) break;
      if (!told && dueMs > x.endMs) break;
      out.push(tellingFinding(x, a, to, o, dueMs, eng, told, basis));
      break;
    }
  }
  return out;
}

/** 立即 as this county counts it for passing on where the trapped and missing are: 5 min (本县设定, as the school's 119 call). */
const TELL_WITHIN_MS = 5 * 60_000;

/**
 * The finding on news not passed on; `learnt` the event that told the unit, or the news its own duty owed it (owed-news.ts),
 * then said as 应于…获知 with the duty it left undone.
 */
function tellingFinding(x: EvalContext, a: string, to: string, learnt: number | OwedNews, dueMs: number, eng: Engaged, told: Engaged["calls"][number] | undefined, basis: string, seen: { recon?: number; earlier: readonly number[]; wrong?: LocalText } = { earlier: [] }): Finding {
  const owed = typeof learnt === "number" ? undefined : learnt;
  const at = owed ? owed.atMs : x.events[learnt as number]!.at;
  const from = x.agencyName(a);
  const r = x.agencyName(to);
  const news = owed ? { zh: `“${owed.text.zh.replace(/^「|」$/g, "")}”`, en: `"${owed.text.en}"` } : newsText(x, learnt as number);
  // 「应于 00:08:34 获知」: the news its own duty would have found, never heard because the duty was never done
  const what = owed
    ? { zh: `${news.zh}（按其职责“${owed.duty.zh}”应获知；其未履行该职责，时间按最佳处置中获知的时间计）`, en: `${news.en} (which ${owed.duty.en}, its own duty, would have told it; it never did it, so it is counted from when the best play learnt it)` }
    : news;
  const learntZh = owed ? `应于 ${clock(at)} ` : ` ${clock(at)} `;
  const learntEn = owed ? `should have learnt at ${clock(at)}` : `learnt at ${clock(at)}`;
  const re = seen.recon !== undefined ? x.events[seen.recon] : undefined;
  const src = re?.type === "injectDelivered" ? x.c.injects.get(re.inject)?.source : undefined;
  const own = re && src
    // mid-drill it may still be told: 至 HH:MM:SS（当前）仍未, never 始终 (due-live.test.ts)
    ? { zh: `；${r.zh}的${src.zh}于 ${clock(re.at)} 侦察掌握了部分情况（见其报告），但${from.zh}所知的人员最后位置${asOf(x).never.zh}告知${r.zh}`, en: `; ${r.en}'s ${src.en} found out part of it at ${clock(re.at)} (see its report), but ${asOf(x).ended ? "was never told" : "had not yet been told"} where ${from.en} knew the person had last been` }
    : { zh: "", en: "" };
  if (seen.wrong) Object.assign(own, { zh: `${seen.wrong.zh}${own.zh}`, en: `${seen.wrong.en}${own.en}` });
  const calls = eng.calls;
  // never called: the searcher was in the response by another's notice, which the finding names (searcher-engaged.ts)
  const uncalled = calls.length === 0 ? { zh: `（${from.zh}未向其报警，${r.zh}于 ${clock(eng.atMs)} 经其他途径获知事故）`, en: ` (${from.en} never called it; ${r.en} learnt of the incident at ${clock(eng.atMs)} from others)` } : { zh: "", en: "" };
  // on-scene command information, a linkage fault (review12 school 1), on the scenario's opportunity tell:<rescuer>
  const base = { section: "linkage" as const, agency: a, ruleId: TELL_RESCUERS_RULE, basis, opportunity: tellOpportunityId(to) };
  // its ✗ mark in the timeline, at the deadline the finding prints (finding-marks.ts, review22 school 9)
  const duty = { zh: `向${r.zh}说明被困和下落不明人员的位置`, en: `tell ${r.en} where the trapped and missing people are` };
  const evidence = { events: [...seen.earlier, ...(owed ? [] : [learnt as number]), ...(calls.length > 0 ? calls.map((c) => c.i) : eng.index >= 0 ? [eng.index] : []), ...(seen.recon !== undefined ? [seen.recon] : []), ...(told ? [told.i] : [x.endEvent])], messages: calls.map((c) => c.e.id) };
  if (told) {
    const by = told.e.at - dueMs;
    return finding({
      ...base, code: "TRAPPED_PASSED_ON_LATE", atMs: told.e.at, mark: { text: duty, dueMs, doneEvent: told.i },
      message: {
        zh: `迟告知被困人员：${from.zh}${learntZh}获知${what.zh}，${clock(told.e.at)} 才告知${r.zh}，时限 ${clock(dueMs)}（立即，按5分钟计，本县设定），迟 ${spanText(by).zh}`,
        en: `Trapped people passed on late: ${from.en} ${learntEn} ${what.en} and told ${r.en} only at ${clock(told.e.at)}; due by ${clock(dueMs)} (at once, counted as 5 min, set by this county), ${spanText(by).en} late`,
      },
      evidence,
    });
  }
  return finding({
    ...base, code: "TRAPPED_NOT_PASSED_ON", atMs: dueMs, mark: { text: duty, dueMs },
    message: {
      // what it never passed on is where they are (the brigade's own reconnaissance may know someone is missing: review12 school 1)
      zh: `未告知被困人员：${from.zh}${learntZh}获知${what.zh}，${asOf(x).never.zh}向${r.zh}说明${uncalled.zh}，时限 ${clock(dueMs)}（立即，按5分钟计，本县设定）${own.zh}`,
      en: `Trapped people not passed on: ${from.en} ${learntEn} ${what.en}, and ${asOf(x).ended ? "never passed it on to" : "had not yet passed it on to"} ${r.en}${uncalled.en}; due by ${clock(dueMs)} (at once, counted as 5 min, set by this county)${own.en}`,
    },
    evidence,
  });
}

/** What a piece of news told: its own words (the inject's text, quoted), else "有人员被困或下落不明". */
function newsText(x: EvalContext, i: number): LocalText {
  const e = x.events[i]!;
  if (e.type === "injectDelivered") return { zh: `“${e.text.zh.replace(/^「|」$/g, "")}”`, en: `"${e.text.en}"` };
  return { zh: "有人员被困或下落不明", en: "that people were trapped or missing" };
}

/** The news of people in danger that reached `agency`, in order, with the fact ids it revealed (none for a message or report). */
function peopleNews(x: EvalContext, agency: string): Array<{ i: number; facts: string[] }> {
  return x.events.flatMap((e, i) => {
    if (e.type === "injectDelivered" && e.to.includes(agency)) {
      const inj = x.c.injects.get(e.inject);
      const c = inj?.reveals?.casualties as Record<string, number | undefined> | undefined;
      const figures = c !== undefined && ((c.missing ?? 0) > 0);
      // a question (省局: 有无被困人员?) is no news: words that deny or ask say nothing (heard.ts saysTrapped)
      return figures || saysTrapped(`${e.text.zh} ${e.text.en}`) ? [{ i, facts: [...(inj?.reveals?.facts ?? [])] }] : [];
    }
    if (e.type === "messageSent" && e.to.includes(agency) && saysTrapped(e.text)) return [{ i, facts: [] }];
    return [];
  });
}

/** When `agency` first had each fact id (from injects to it). */
function factsHeardBy(x: EvalContext, agency: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const e of x.events) {
    if (e.type !== "injectDelivered" || !e.to.includes(agency)) continue;
    for (const f of x.c.injects.get(e.inject)?.reveals?.facts ?? []) if (!out.has(f)) out.set(f, e.at);
  }
  return out;
}

/** The words a finding's label takes (cli/report/text.ts CODE_VARIANTS): exported for the shells' kinds. */
export const TOLD_RESCUERS_KINDS: readonly LocalText[] = [
  { zh: "未告知被困人员", en: "Trapped people not passed on" },
  { zh: "迟告知被困人员", en: "Trapped people passed on late" },
];

/** The opportunity of passing on where the trapped and missing are, to rescuer `to`. */
export const tellOpportunityId = (to: string): string => `tell:${to}`;

/**
 * The scenario's opportunities to tell the searchers where the trapped and missing are (review12 school 1): one per
 * searcher agency (fire brigade, mine rescue team) that the scenario's best play (`ref`, its state at this drill's
 * time) called in before an inject told the incident's unit of people trapped or missing, so that it had news to pass
 * on — the same for every play (W; without a best play, this play's own). Worth TRAPPED_NOT_PASSED_ON. Not arisen in a
 * play (set aside) where nobody put that searcher in the response (searcher-engaged.ts: a unit that never called it
 * still owes it the news once another's notice did), or where the telling's 5 min ran past the drill's end, unless a
 * finding judged it.
 */
export function tellOpportunities(x: EvalContext, judged: readonly Finding[], ref?: DrillState): Array<{ id: string; section: "linkage"; failCodes: ["TRAPPED_NOT_PASSED_ON"]; notArisen?: boolean }> {
  const a = x.c.scenario.incidentAgency;
  const trapped = (inject: string | undefined) => {
    const inj = x.c.injects.get(inject ?? "");
    const c = inj?.reveals?.casualties as Record<string, number | undefined> | undefined;
    return inj !== undefined && ((c?.missing ?? 0) > 0 || saysTrapped(`${inj.text.zh} ${inj.text.en}`));
  };
  // the best play's unit had news to pass on: trapped news reached it after it called the searcher in
  const owedInBest = (to: string) => {
    if (!ref) return true;
    const call = ref.messages.find((m) => m.from === a && m.to.includes(to) && (m.kind === "message" || m.kind === "report"));
    return call !== undefined && ref.messages.some((m) => m.kind === "inject" && m.to.includes(a) && m.atMs >= call.atMs && trapped(m.inject));
  };
  const learnt = peopleNews(x, a);
  return [...x.c.agencies].filter(([to, def]) => SEARCHERS.has(def.kind) && owedInBest(to)).map(([to]) => {
    const id = tellOpportunityId(to);
    // from the unit's first call, or (never called) from another's notice to the searcher (searcher-engaged.ts)
    const eng = engaged(x, a, to);
    const first = eng && learnt.find((n) => eng.calls.length === 0 || n.i > eng.index);
    const due = first !== undefined && eng !== undefined ? Math.max(x.events[first.i]!.at, eng.atMs) + TELL_WITHIN_MS : Infinity;
    // a call that withheld the trapped is judged as such (ALARM_INACCURATE), and no passing-on is asked after it (neverPassedOn): set aside
    const withheld = judged.some((f) => f.code === "ALARM_INACCURATE" && f.message.zh.startsWith("报警遗漏已知情况") && f.evidence.messages.some((m) => { const e = x.events[x.messageEvent.get(m) ?? -1]; return (e?.type === "messageSent" && e.to.includes(to)) || (e?.type === "reportSubmitted" && e.to === to); }));
    const arose = judged.some((f) => f.opportunity === id) || (due <= x.endMs && !withheld);
    return { id, section: "linkage" as const, failCodes: ["TRAPPED_NOT_PASSED_ON"] as ["TRAPPED_NOT_PASSED_ON"], ...(arose ? {} : { notArisen: true }) };
  });
}
