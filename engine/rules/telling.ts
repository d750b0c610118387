/**
 * What counts as telling (issue 10 §3), one rule for every place a communication meets a duty: the
 * first notice of the incident (knowledge/deliver.ts, the linkage "notified" duties), a duty met by a
 * message (obligations.ts matchEvents: a spot question's answer, a coordination notice) and the
 * evaluator's "who told whom". Reporting needs facts (493号令 第十二条; "快报事实，慎报原因，续报进展",
 * domain.md §1.3, §1.6 CTY-04): a holding reply with no facts — "正在核实，稍后报告", a bare
 * acknowledgement — tells nothing, so it notifies no one and answers no question that asks for facts;
 * an evaluator may note it as an acknowledgement, never as the facts (domain.md §7.3, §7.4).
 *
 *   message, acknowledgement  tells when its words hold more than the profile's holding phrases
 *                             (`telling.holding`, regular expressions matched whole after punctuation
 *                             and spaces are dropped); an acknowledgement without words tells nothing
 *   report                    tells when it states at least one 第十二条 field
 *   support request           tells (units asked to a place: the incident itself)
 *   inject                    tells only when the scenario marks it `notifies`
 *
 * A report duty is met by telling too (meetsReportDuty): a first report whose rule asks for `any`
 * form is met by a message that tells, whatever its channel; one that asks for an `oral` report by a
 * message that tells by phone, radio or in person. 危险化学品安全管理条例 第七十一条 and 493号令 第九条
 * prescribe no form ("报告"), so the enterprise's 110 call with the facts is its report to the police
 * (review8 chemical item 2); only a `written` rule asks for a written report. A follow-up (续报, a duty
 * naming the report kinds it takes) asks for figures, i.e. a report. Free words are not read for the
 * 第十二条 fields: what a call leaves out that its caller knew is judged on its own (evaluate/told-content.ts).
 */
import type { Compiled } from "../compile.ts";
import { developmentOf, reportsDevelopment } from "./development-news.ts";
import { REPORT_FIELDS } from "../model/commands.ts";
import { trimInvisible } from "../model/text.ts";
import type { DrillEvent, EventOf } from "../model/events.ts";
import type { Obligation } from "../model/state.ts";
import type { RulesProfile } from "../scenario/rules-schema.ts";
import { actionOf, type Action } from "./actions.ts";

/** Format characters drawn as nothing (zero-width space, joiners, BOM: engine/model/text.ts), dropped before reading. */
const INVISIBLE_INSIDE = /[\p{Cf}]+/gu;
/** Punctuation and symbols, Chinese and ASCII: read as a space. */
const NOISE = /[\p{P}\p{S}]+/gu;
/** Longer words are never a mere holding reply (and keep the match cheap). */
const HOLDING_MAX_CHARS = 200;

const holdingMemo = new WeakMap<object, RegExp>();

/** The profile's holding phrases as one regular expression matching a text made only of them. */
function holding(rules: RulesProfile): RegExp | undefined {
  const t = rules.telling;
  if (!t) return undefined;
  let re = holdingMemo.get(t);
  if (!re) {
    re = new RegExp(`^(?:\\s*(?:${t.holding.map((p) => `(?:${p})`).join("|")}))+\\s*$`, "u");
    holdingMemo.set(t, re);
  }
  return re;
}

/**
 * Whether words tell anything: false for none, or for words made only of the profile's holding
 * phrases (lower-cased, punctuation read as a space).
 */
export function tellsText(rules: RulesProfile, text: string | undefined): boolean {
  const words = trimInvisible((text ?? "").toLowerCase().replace(INVISIBLE_INSIDE, "").replace(NOISE, " "));
  if (words.length === 0) return false;
  const re = holding(rules);
  return re === undefined || words.length > HOLDING_MAX_CHARS || !re.test(words);
}

/** Whether event `e` tells its recipients anything about the incident (see the header). */
export function tells(c: Pick<Compiled, "rules" | "injects">, e: DrillEvent): boolean {
  switch (e.type) {
    case "messageSent":
      return tellsText(c.rules, e.text);
    case "acknowledged":
      return tellsText(c.rules, e.text);
    case "reportSubmitted":
      return REPORT_FIELDS.some((f) => !e.missingFields.includes(f));
    case "supportRequested":
      return true;
    case "injectDelivered":
      return e.notifies === true || c.injects.get(e.inject)?.notifies === true;
    default:
      return false;
  }
}

/**
 * The action an event takes towards a duty (rules/actions.ts actionOf), except a message or
 * acknowledgement that tells nothing: a holding reply meets no duty.
 */
export function dutyAction(c: Pick<Compiled, "rules" | "injects">, e: DrillEvent): Action | undefined {
  const a = actionOf(e);
  return a && (a.type === "message" || a.type === "acknowledge") && !tells(c, e) ? undefined : a;
}

/** Channels that carry a spoken report (口头报告): a call, the radio, in person. */
const ORAL: ReadonlySet<string> = new Set(["phone", "radio", "inPerson"]);

/**
 * Whether event `e` meets report duty `o` (kind "report", still open), see the header: a report of
 * the mode (and kind) it asks for; for a first report of mode `any` or `oral`, a message from its
 * owner to its addressee that tells, by any channel or by an oral one. Errors: none (false).
 */
export function meetsReportDuty(c: Pick<Compiled, "rules" | "injects">, o: Obligation, e: DrillEvent): boolean {
  if (o.kind !== "report" || o.metAtMs !== undefined) return false;
  if (e.type === "reportSubmitted") {
    if (o.agency !== e.from || o.to !== e.to) return false;
    if (o.mode !== "any" && o.mode !== e.mode) return false;
    // a development's 续报 is met only by a report of that development (review17 mine A2)
    const code = developmentOf(c, o);
    if (code !== undefined && !reportsDevelopment(c, e.content, code)) return false;
    return !o.actions || o.actions.some((a) => a.task === e.kind);
  }
  if (e.type !== "messageSent") return false;
  return messageReports(c, o, e);
}

/** A message from the duty's owner to its addressee, telling, in a form the first report's rule accepts. */
function messageReports(c: Pick<Compiled, "rules" | "injects">, o: Obligation, e: EventOf<"messageSent">): boolean {
  if (o.actions !== undefined || o.agency !== e.from || o.to === undefined || !e.to.includes(o.to)) return false;
  if (o.mode === "written" || (o.mode === "oral" && !ORAL.has(e.channel))) return false;
  return tells(c, e);
}
