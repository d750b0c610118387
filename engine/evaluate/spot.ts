/**
 * Spot questions (随机提问; AQ/T 9009-2015 附录A 2.5, 适应突袭抽查式演练; the rules profile's
 * `spotQuestions`): a question the director (or an agency the inject names) puts to an agency owes an
 * answer to the asker within the profile's limit (engine/rules/inject-duties.ts openSpotQuestion). No
 * answer by the deadline is SPOT_QUESTION_UNANSWERED; an answer after it, SPOT_QUESTION_LATE (half the
 * item's points). The agency asked is the one that failed: the question reached it directly.
 */
import { clock, span, wordsOf, type EvalContext } from "./context.ts";
import type { Opportunity } from "./opportunity.ts";
import { finding } from "./findings.ts";
import type { Finding } from "./report-model.ts";
import type { DrillEvent } from "../model/events.ts";
import type { LocalText } from "../model/ids.ts";
import { tells } from "../rules/telling.ts";

export function evaluateSpotQuestions(x: EvalContext): { findings: Finding[]; opportunities: Opportunity[] } {
  const findings: Finding[] = [];
  const opportunities: Opportunity[] = [];
  for (const t of x.obligations.filter((o) => o.ob.ruleId === "SPOT-QUESTION")) {
    const id = `spot:${t.ob.id}`;
    opportunities.push({ id, section: "reporting", failCodes: ["SPOT_QUESTION_UNANSWERED"] });
    const who = x.agencyName(t.ob.agency);
    // the director inside an English sentence is "the exercise director", not a bare title
    const asker = (t.ob.to ?? "director") === "director" ? { zh: x.agencyName("director").zh, en: "the exercise director" } : x.agencyName(t.ob.to!);
    const askedAt = x.events[t.opened]!.at;
    // the question as delivered, and the duty to answer it (issue 10 §13: evidence shows the fault)
    const inject = t.ob.id.split(":")[1];
    const asked = x.events.findIndex((e) => e.type === "injectDelivered" && e.inject === inject && e.to.includes(t.ob.agency));
    const shown = (more: number[]) => ({ events: [...(asked >= 0 ? [asked] : []), t.opened, ...more], obligations: [t.ob.id] });
    const base = { section: "reporting" as const, agency: t.ob.agency, ruleId: "SPOT-QUESTION", basis: t.ob.basis, opportunity: id };
    if (t.met?.late) {
      const late = t.met.atMs - t.ob.deadlineMs;
      findings.push(finding({
        ...base, code: "SPOT_QUESTION_LATE", atMs: t.met.atMs, quantity: 0.5,
        message: { zh: `随机提问答复迟延：${who.zh}于 ${clock(askedAt)} 收到${asker.zh}的随机提问，${clock(t.met.atMs)} 才答复，超出时限（${clock(t.ob.deadlineMs)}）${span(late).zh}`, en: `Spot question answered late: ${who.en} was asked by ${asker.en} at ${clock(askedAt)} and answered only at ${clock(t.met.atMs)}, ${span(late).en} after the deadline (${clock(t.ob.deadlineMs)})` },
        evidence: shown([t.met.event]),
      }));
    } else if (!t.met && t.missed !== undefined) {
      // a holding reply is read as an acknowledgement, never as the answer (rules/telling.ts)
      const held = holdingReply(x, t.ob.agency, t.ob.to ?? "director", askedAt);
      const note = held >= 0 ? holdingText(x.events[held]!) : { zh: "", en: "" };
      findings.push(finding({
        ...base, code: "SPOT_QUESTION_UNANSWERED", atMs: t.ob.deadlineMs,
        message: { zh: `随机提问未答复：${who.zh}于 ${clock(askedAt)} 收到${asker.zh}的随机提问，至时限 ${clock(t.ob.deadlineMs)} 未答复${note.zh}`, en: `Spot question unanswered: ${who.en} was asked by ${asker.en} at ${clock(askedAt)} and had not answered by ${clock(t.ob.deadlineMs)}${note.en}` },
        evidence: shown([t.missed, ...(held >= 0 ? [held] : [])]),
      }));
    }
  }
  return { findings, opportunities };
}

/** The first reply from `agency` to `asker` after `sinceMs` that tells nothing (a holding reply), or -1. */
function holdingReply(x: EvalContext, agency: string, asker: string, sinceMs: number): number {
  return x.events.findIndex((e) => e.at >= sinceMs && (e.type === "messageSent" ? e.to.includes(asker) : e.type === "acknowledged" && e.to === asker) && (e as { from: string }).from === agency && !tells(x.c, e));
}

/** What the finding says of a holding reply: its time and words, acknowledged but no answer. */
function holdingText(e: DrillEvent): LocalText {
  const m = e as { text?: string; localText?: LocalText };
  // a bot's reply in the report's language (wordsOf)
  const said = m.text ? { zh: `“${wordsOf(m, "zh")}”`, en: `“${wordsOf(m, "en")}”` } : { zh: "收到", en: "an acknowledgement" };
  return {
    zh: `（${clock(e.at)} 仅回复${said.zh}，视为知悉，未报告所问情况）`,
    en: ` (at ${clock(e.at)} it replied only ${said.en}: an acknowledgement, not the facts asked for)`,
  };
}
