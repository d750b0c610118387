/**
 * How long the incident unit took from finding the incident to a notice owed from that moment (a rule with
 * `noticeFrom: found`), and what it did first (review16 school F4: the school found the fire at 00:01:30, sent its mini
 * fire station at 00:05:30 and called 119 only at 00:07:30, 6 min later: "迟 1分钟" alone hid both).
 */
import type { LocalText } from "../model/ids.ts";
import type { LinkageRule } from "../scenario/rules-schema.ts";
import { dutyAction } from "../rules/telling.ts";
import { clock, span, type EvalContext } from "./context.ts";
import { actionText } from "./glossary.ts";

/**
 * "（学校于 00:01:30 发现，6分钟后才通知；其间先行 00:05:30 调派（灭火））" when `notifier` is the incident unit and
 * `rule`'s notice runs from the find; empty otherwise. `atMs`: when the notice came. Errors: none.
 */
export function sinceFound(x: EvalContext, rule: LinkageRule, notifier: string | null, atMs: number): LocalText {
  if (rule.noticeFrom !== "found" || notifier === null || notifier !== x.c.scenario.incidentAgency) return { zh: "", en: "" };
  const found = x.c.foundAtMs;
  const first = x.events.flatMap((e) => {
    if (e.at < found || e.at >= atMs) return [];
    const a = dutyAction(x.c, e);
    return a && a.agency === notifier && a.type !== "message" && a.type !== "report" && a.type !== "acknowledge" ? [{ at: e.at, how: actionText(`${a.type}${a.task ? ` ${a.task}` : ""}`, x.unitName, x.c.scenario.kind) }] : [];
  });
  const name = x.agencyName(notifier);
  const did = first.length > 0
    // the orders by their names, quoted (review19: "first it dispatch for fire suppression" read as broken English)
    ? { zh: `；其间先行 ${first.map((f) => `${clock(f.at)} ${f.how.zh}`).join("、")}`, en: `; before that it gave ${first.length === 1 ? "the order" : "the orders"} ${first.map((f) => `“${f.how.en}” at ${clock(f.at)}`).join(" and ")}` }
    : { zh: "", en: "" };
  return {
    zh: `（${name.zh}于 ${clock(found)} 发现，${span(atMs - found).zh}后才通知${did.zh}）`,
    en: ` (${name.en} found it at ${clock(found)} and gave the notice ${span(atMs - found).en} later${did.en})`,
  };
}
