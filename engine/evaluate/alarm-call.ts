/**
 * The alarm call as an evaluator reads it (review15 school 3): its required elements, judged like a report's fields, and
 * its place in the score (an opportunity of the scenario, not a fault outside every section).
 *
 *   alarmCheck(x, to) → the rules profile's `alarmCheck` of the incident unit's alarm row for rescuer `to` (its elements
 *     and basis, rules-schema.ts), undefined when `to` is no rescuer the unit must call (issue 10 §4: data per row).
 *   alarmElementsMissing(x, text, to) → LocalText[]: the elements of `to`'s alarm row read from the words alone that
 *     `text` leaves out, in order — the unit's name, where (a road or number, or a place the scenario knows: the unit, a
 *     building, a room, a roadway), what happened (the hazard's own words: a fire, a leak, an inrush), the caller's name
 *     or number; [] for a rescuer with no alarm row. The people and the substance are judged against what the caller knew
 *     (told-rescuers.ts), when the row lists them.
 *   alarmOpportunities(x, judged, ref) → one opportunity `alarm:<rescuer>` in 信息报告 per rescuer (fire brigade, mine
 *     rescue team, 120) that the incident unit must call (a linkage rule of the scenario's kind it notifies, listing its
 *     `alarm` commands) and the scenario's best play called by one of them: worth ALARM_INACCURATE's points, the same for
 *     every play (W); set aside (not arisen) in a play that never made that call unless a finding judged it (a call
 *     never made while its notice is missing is judged: 未报警, alarm-never.ts).
 *   alarmCalls(x, to) → the incident unit's alarm calls to rescuer `to`, in event order: its commands of a kind the
 *     rescuer's rule lists under `alarm` (rules profile: a call, or a report phoned to 119/120) that tell (rules/telling.ts),
 *     each with its words (a message's text; a report's stated fields and any casualty figure above 0). [] when the
 *     scenario's rules make `to` no rescuer the unit must call.
 *   judgedAsAlarm(x, e, f) → whether finding `f` on report `e` is set aside because the report is an alarm call judged
 *     here and by told-rescuers.ts: its 第十二条 fields (REPORT_INCOMPLETE) when it met no report duty (a call to 119 is
 *     报警, not an accident report: review9 chem 6).
 * Basis of the elements: each row's own `alarmCheck.basis` (scenarios/rules/county-default.yaml), cited on every finding.
 */
import type { LocalText } from "../model/ids.ts";
import type { DrillEvent } from "../model/events.ts";
import type { DrillState } from "../model/state.ts";
import { tells } from "../rules/telling.ts";
import { resolveAgencies } from "../rules/agencies.ts";
import { actionOf, meetsSpec } from "../rules/actions.ts";
import { namesKnownPlace } from "../rules/known-places.ts";
import type { EvalContext } from "./context.ts";
import { CATEGORY_TEXT } from "./honesty.ts";
import type { Finding } from "./report-model.ts";
import type { LinkageRule } from "../scenario/rules-schema.ts";

/** Agencies a caller raises the alarm with (told-rescuers.ts RESCUERS). */
export const ALARM_RESCUERS: ReadonlySet<string> = new Set(["fireRescue", "mineRescueTeam", "ems120", "healthBureau"]);

/** The opportunity of raising the alarm with rescuer `to` in full. */
export const alarmOpportunityId = (to: string): string => `alarm:${to}`;

/** The unit's name as a caller says it: in full, or without its county (临江县第二实验小学, 第二实验小学). */
function unitWords(x: EvalContext): string[] {
  const name = x.agencyName(x.c.scenario.incidentAgency);
  const short = name.zh.replace(/^.{1,6}?[县市区]/, "");
  return [name.zh, short, name.en].filter((w) => w.length >= 3);
}

/** Words of an address: a road, street, lane, number, village or town (or a place the scenario knows: rules/known-places.ts). */
const ADDRESS = /[路街巷道]|\d+号|村|镇|Road|Street|Lane|Avenue/i;

/** What happened, in the hazard's own words (by hazard model): a fire burning or smoking, a leak, water breaking in. */
const WHAT: Readonly<Record<string, { re: RegExp; label: LocalText }>> = {
  "building-fire": { re: /着火|起火|失火|火灾|燃烧|冒烟|浓烟|黑烟|烟|fire|smoke|burning/i, label: { zh: "火情", en: "what is burning" } },
  "chemical-release": { re: /泄漏|泄露|漏气|漏了|外泄|喷出|leak|release|escap/i, label: { zh: "险情（泄漏情况）", en: "what is leaking" } },
  "mine-flood": { re: /透水|突水|出水|涌水|溃水|水害|淹|inrush|flood/i, label: { zh: "险情（透水情况）", en: "what broke in" } },
};
/** Words of a caller giving a name or number. */
const CALLER = /我是|我叫|我姓|报警人|电话|手机|\d{7,}|my name|this is|number/i;

/** The alarm row's elements and basis for rescuer `to` (see the module note). */
export function alarmCheck(x: EvalContext, to: string): NonNullable<LinkageRule["alarmCheck"]> | undefined {
  return alarmRule(x, to)?.alarmCheck;
}

/** Words of a place underground a mine rescue team can go to (a face, a roadway, a level), beside an address. */
const MINE_PLACE = /工作面|顺槽|巷道|采区|水平|石门|车场|井底|煤矿|roadway|heading|district|level/i;

/** The elements of `to`'s alarm row that `text` leaves out, read from its words, in the row's order (see the module note). */
export function alarmElementsMissing(x: EvalContext, text: string, to: string): LocalText[] {
  const model = (x.c.scenario.hazard as { model: string }).model;
  const what = WHAT[model];
  const said: Partial<Record<string, () => boolean>> = {
    unit: () => unitWords(x).some((w) => text.includes(w)),
    where: () => ADDRESS.test(text) || namesKnownPlace(x.c, text) || (model === "mine-flood" && MINE_PLACE.test(text)),
    what: () => !what || what.re.test(text),
    caller: () => CALLER.test(text),
  };
  const label: Record<string, LocalText> = {
    unit: { zh: "单位名称", en: "the unit's name" },
    where: model === "building-fire" ? { zh: "地址", en: "the address" } : { zh: "地点", en: "where" },
    what: what?.label ?? { zh: "险情", en: "what happened" },
    caller: { zh: "报警人姓名电话", en: "the caller's name and number" },
  };
  // the people and the substance are judged against what the caller knew (told-rescuers.ts), not here
  return (alarmCheck(x, to)?.elements ?? []).filter((e) => said[e] && !said[e]!()).map((e) => label[e]!);
}

/** The linkage rule of the scenario's kind by which the incident unit must call rescuer `to`, when it lists its alarm commands. */
function alarmRule(x: EvalContext, to: string) {
  return x.c.rules.linkage[x.c.scenario.kind].find((r) => r.notifiedBy === "incidentAgency" && r.notifiedWithinMin !== undefined && r.alarm !== undefined && resolveAgencies(x.c, r.agency).includes(to));
}

/** One alarm call: the event, its index, and its words (see alarmCalls). */
export interface AlarmCall {
  e: DrillEvent & { at: number; id: string; from: string };
  i: number;
  /** what the call said: a message's text, a report's stated fields with its casualty figures above 0 */
  text: string;
  localText?: LocalText;
}

/** each casualty figure's word (the report's own, honesty.ts), and the trapped a mine report counts */
const FIGURE_WORDS: Record<string, string> = { ...Object.fromEntries(Object.entries(CATEGORY_TEXT).map(([k, v]) => [k, v.zh])), trapped: "被困" };

/** The words of a report phoned as an alarm: its stated fields, and each casualty figure above 0 named (死亡 3人). */
function reportWords(e: Extract<DrillEvent, { type: "reportSubmitted" }>): string {
  const { casualties, ...rest } = e.content;
  const figures = Object.entries(casualties ?? {}).filter(([, v]) => typeof v === "number" && v > 0).map(([k, v]) => `${FIGURE_WORDS[k] ?? k}${v}人`);
  return [...Object.values(rest).flat().filter((v): v is string => typeof v === "string"), ...figures].join("，");
}

/** The incident unit's alarm calls to `to` (see the module note). */
export function alarmCalls(x: EvalContext, to: string): AlarmCall[] {
  const rule = alarmRule(x, to);
  if (!rule) return [];
  const a = x.c.scenario.incidentAgency;
  const kindOf = (id: string) => x.c.agencies.get(id)?.kind;
  return x.events.flatMap((e, i): AlarmCall[] => {
    if ((e.type !== "messageSent" && e.type !== "reportSubmitted") || e.from !== a) return [];
    const act = actionOf(e);
    if (!act || !act.to?.includes(to) || !meetsSpec(rule.alarm, act, kindOf, a) || !tells(x.c, e)) return [];
    return e.type === "messageSent" ? [{ e, i, text: e.text, ...(e.localText ? { localText: e.localText } : {}) }] : [{ e, i, text: reportWords(e) }];
  });
}

/** Whether `f` on report `e` is its 第十二条 fields judged on an alarm call that met no report duty (see the module note). */
export function judgedAsAlarm(x: EvalContext, e: Extract<DrillEvent, { type: "reportSubmitted" }>, f: Finding): boolean {
  return f.code === "REPORT_INCOMPLETE" && f.opportunity === undefined && alarmCalls(x, e.to).some((k) => k.e === e);
}

/** Whether a best play's message kind ("message", "report") is one of `to`'s alarm commands. */
function alarmKind(x: EvalContext, to: string, kind: string): boolean {
  return alarmRule(x, to)?.alarm?.some((s) => s.type === kind) ?? false;
}

/** The scenario's alarm-call opportunities (see the module note). */
export function alarmOpportunities(x: EvalContext, judged: readonly Finding[], ref?: DrillState): Array<{ id: string; section: "reporting"; failCodes: ["ALARM_INACCURATE"]; notArisen?: boolean }> {
  const a = x.c.scenario.incidentAgency;
  const owed = new Set(
    x.c.rules.linkage[x.c.scenario.kind]
      .filter((r) => r.notifiedBy === "incidentAgency" && r.notifiedWithinMin !== undefined && r.alarm !== undefined)
      .flatMap((r) => resolveAgencies(x.c, r.agency))
      .filter((to) => ALARM_RESCUERS.has(x.c.agencies.get(to)?.kind ?? "")),
  );
  const calledInBest = (to: string) => !ref || ref.messages.some((m) => m.from === a && m.to.includes(to) && alarmKind(x, to, m.kind));
  return [...owed].filter(calledInBest).map((to) => {
    const id = alarmOpportunityId(to);
    const called = alarmCalls(x, to).length > 0;
    return { id, section: "reporting" as const, failCodes: ["ALARM_INACCURATE"] as ["ALARM_INACCURATE"], ...(called || judged.some((f) => f.opportunity === id) ? {} : { notArisen: true }) };
  });
}
