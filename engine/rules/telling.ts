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
 */
import type { Compiled } from "../compile.ts";
import { REPORT_FIELDS } from "../model/commands.ts";
import type { DrillEvent } from "../model/events.ts";
import type { RulesProfile } from "../scenario/rules-schema.ts";
import { actionOf, type Action } from "./actions.ts";

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
  const words = (text ?? "").toLowerCase().replace(NOISE, " ").trim();
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
