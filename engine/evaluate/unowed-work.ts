/**
 * Work done on a duty that never fell due (review16 mine good play: 石门镇 sends its aftermath group at 00:18, names
 * the information officer at 00:19 and receives the families at 01:42, but nobody was hurt or trapped, so its duty
 * (workWhen: casualties, trapped) never opened and the report credited it nowhere): a 经验 line, never points.
 */
import type { LinkageRule } from "../scenario/rules-schema.ts";
import { dutyAction } from "../rules/telling.ts";
import { clock, type EvalContext } from "./context.ts";
import { firstCommandEvent } from "./duty-command.ts";
import { actionText } from "./glossary.ts";
import type { Strength } from "./report-model.ts";

const WORK: Record<string, { zh: string; en: string }> = {
  casualties: { zh: "人员伤亡", en: "casualties" },
  trapped: { zh: "人员被困", en: "people trapped" },
  evacuation: { zh: "人员疏散", en: "an evacuation" },
};

/**
 * The strength for `agency`'s acts on linkage duty `rule` whose work never arose (`rule.workWhen`, no act obligation):
 * its first act meeting the duty's spec and its own messages to others, quoted; undefined when it did nothing.
 */
export function unowedWork(x: EvalContext, rule: LinkageRule, agency: string): Strength | undefined {
  if (!rule.workWhen || rule.actions.length === 0) return undefined;
  const first = firstCommandEvent(x, agency, rule);
  if (first < 0) return undefined;
  const a = dutyAction(x.c, x.events[first]!)!;
  const how = actionText(`${a.type}${a.task ? ` ${a.task}` : ""}`, x.unitName, x.c.scenario.kind);
  const said = x.events.flatMap((e, i) => (e.type === "messageSent" && e.from === agency && i > first ? [{ i, at: e.at, text: e.text }] : []));
  const name = x.agencyName(agency);
  const why = rule.workWhen.map((w) => WORK[w] ?? { zh: w, en: w });
  const quotes = {
    zh: said.map((m) => `，${clock(m.at)} 通报「${m.text}」`).join(""),
    // the player's words are Chinese: the English report points to them in the timeline rather than quote them
    en: said.length > 0 ? `; it reported at ${said.map((m) => clock(m.at)).join(" and ")} (its words are in the timeline)` : "",
  };
  return {
    section: "linkage", agency,
    message: {
      zh: `${name.zh}主动履职（${rule.text.zh}）：${clock(x.events[first]!.at)} ${how.zh}${quotes.zh}；本次演练未出现${why.map((w) => w.zh).join("或")}，该职责未产生时限，不计分`,
      en: `${name.en} took up its duty unasked (${rule.text.en}): ${how.en} at ${clock(x.events[first]!.at)}${quotes.en}; with no ${why.map((w) => w.en).join(" or ")} in this drill the duty never fell due, so it is not scored`,
    },
    evidence: { events: [first, ...said.map((m) => m.i)], messages: [], obligations: [] },
  };
}
