/**
 * The alarm call as an evaluator reads it (review15 school 3): its required elements, judged like a report's fields, and
 * its place in the score (an opportunity of the scenario, not a fault outside every section).
 *
 *   alarmCheck(x, to) → the rules profile's `alarmCheck` of the incident unit's alarm row for rescuer `to` (its elements
 *     and basis, rules-schema.ts), undefined when `to` is no rescuer the unit must call (issue 10 §4: data per row).
 *   alarmElementsMissing(x, text, to) → LocalText[]: the elements of `to`'s alarm row read from the words alone that
 *     `text` leaves out, in order — the unit's name, where (the profile's address words, or a place the scenario knows:
 *     the unit, a building, a room, a roadway), what happened (the profile's words for the hazard: a fire, a leak, an
 *     inrush), the caller's name or number; [] for a rescuer with no alarm row. The people and the substance are judged
 *     against what the caller knew (told-rescuers.ts), when the row lists them.
 *   alarmWords(x, element), substanceWords(x) → RegExp: the rules profile's words for an element at the scenario's
 *     hazard model, and for the leaking chemical (`alarmWords`, alarm-words-schema.ts; issue 10 §4: data, not code).
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
import type { AlarmWordList } from "../scenario/alarm-words-schema.ts";

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

/** The label a finding lists when a call leaves out what happened, by hazard model. */
const WHAT_LABEL: Readonly<Record<string, LocalText>> = {
  "building-fire": { zh: "火情", en: "what is burning" },
  "chemical-release": { zh: "险情（泄漏情况）", en: "what is leaking" },
  "mine-flood": { zh: "险情（透水情况）", en: "what broke in" },
};

/** One pattern per word list (the profile's lists are read once each). */
const PATTERNS = new WeakMap<AlarmWordList, RegExp>();
const pattern = (w: AlarmWordList): RegExp => {
  let re = PATTERNS.get(w);
  if (!re) PATTERNS.set(w, (re = new RegExp([...w.zh, ...w.en].join("|"), "iu")));
  return re;
};

/**
 * The rules profile's words for `element` of an alarm call at the scenario's hazard model (building-fire, chemical-release,
 * mine-flood), as one case-insensitive pattern (`alarmWords`, alarm-words-schema.ts: zh and en words, each a regular
 * expression; the profile has every model's, or it does not load). Source: the profile's own data (issue 10 §4, §13: a
 * trainer adds a dialect word without code).
 */
export function alarmWords(x: EvalContext, element: "what" | "where" | "people" | "trapped" | "caller"): RegExp {
  return pattern(x.c.rules.alarmWords[x.c.scenario.hazard.model][element]);
}

/** The profile's words that name the leaking substance at a chemical release (氯 / chlorine), undefined for other hazards. */
export function substanceWords(x: EvalContext): RegExp | undefined {
  const h = x.c.scenario.hazard;
  return h.model === "chemical-release" ? pattern(x.c.rules.alarmWords["chemical-release"].substance[h.chemical]) : undefined;
}

/** The alarm row's elements and basis for rescuer `to` (see the module note). */
export function alarmCheck(x: EvalContext, to: string): NonNullable<LinkageRule["alarmCheck"]> | undefined {
  return alarmRule(x, to)?.alarmCheck;
}

/** The elements of `to`'s alarm row that `text` leaves out, read from its words, in the row's order (see the module note). */
export function alarmElementsMissing(x: EvalContext, text: string, to: string): LocalText[] {
  const model = (x.c.scenario.hazard as { model: string }).model;
  const said: Partial<Record<string, () => boolean>> = {
    unit: () => unitWords(x).some((w) => text.includes(w)),
    where: () => alarmWords(x, "where").test(text) || namesKnownPlace(x.c, text),
    what: () => alarmWords(x, "what").test(text),
    caller: () => alarmWords(x, "caller").test(text),
  };
  const label: Record<string, LocalText> = {
    unit: { zh: "单位名称", en: "the unit's name" },
    where: model === "building-fire" ? { zh: "地址", en: "the address" } : { zh: "地点", en: "where" },
    what: WHAT_LABEL[model] ?? { zh: "险情", en: "what happened" },
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
