/**
 * People at risk (涉险: trapped, not yet casualties) a first report leaves out (review17 school, brief item 2). A
 * report's casualties are those "已经造成或者可能造成的伤亡人数（包括下落不明的人数）" (493号令 第十二条（四）), and 谎报
 * is defined on "伤亡人数和涉险人数" (应急管理部令第14号): people trapped are what the report's reader must know first.
 * The elements check (reporting.ts, 要素不全) sees only that the casualty field is filled, and honesty.ts only the four
 * casualty figures; the school that heard at 00:12:54 that class 3-1 was trapped in the music room (40 pupils and their
 * teacher, rescued at 00:28:51) and reported 「死亡 0、重伤 0、受伤 0、下落不明 1」 at 01:20 told nobody of them.
 *
 * A first report (as filed: the sender's first to that addressee) leaves people at risk out when its sender had heard,
 * before it, words saying people were trapped (heard.ts AT_RISK: 被困, 出不去, trapped…) and the report names none
 * (no word of trapped or rescued people: AT_RISK_NAMED). News that carried a missing figure is a casualty count, judged
 * by honesty.ts (the mine's 6 trapped are its 6 missing), not here. People rescued before the report are still 涉险:
 * the report owes them (rescued or not), as the follow-up owes what changed.
 *
 * One fault per report, on its sender (each fault once): alone it is 漏报涉险人员 (REPORT_FALSE `omission`, priced
 * within the report's worth as 漏报伤亡 is, credit.ts); a report already found 谎报, 漏报伤亡 or 报告失实 carries it in
 * that finding's words and evidence, no second charge (reporting.ts).
 *
 *   atRiskLeftOut(x, e, i, kind) → the event index of the news the sender had heard, or undefined.
 *   atRiskText(x, news) → "另未报被困（涉险）人员：其 00:12:54 已获知“…”" and its English.
 */
import type { EventOf } from "../model/events.ts";
import type { LocalText } from "../model/ids.ts";
import { clock, type EvalContext } from "./context.ts";
import { AT_RISK, AT_RISK_NAMED, figuresOf, heardText, quoted, reached, states } from "./heard.ts";

/** The news of people trapped sender `e.from` had heard before its first report `e` (index `i`) left them out; else undefined. */
export function atRiskLeftOut(x: EvalContext, e: EventOf<"reportSubmitted">, i: number, kind: "initial" | "followUp" | "final"): number | undefined {
  if (kind !== "initial" || states(AT_RISK_NAMED, heardText(x, i))) return undefined;
  for (let j = 0; j < i; j++) {
    if (!reached(x, j, e.from) || !states(AT_RISK, heardText(x, j))) continue;
    const missing = figuresOf(x, j)?.missing;
    if (typeof missing === "number" && missing > 0) continue;
    return j;
  }
  return undefined;
}

/** What the sender had heard of the people at risk (event `news`), quoted with its time. */
function heardOf(x: EvalContext, news: number): LocalText {
  return { zh: `${clock(x.events[news]!.at)} 已获知“${quoted(x, news, "zh", 60)}”`, en: `at ${clock(x.events[news]!.at)} it had heard “${quoted(x, news, "en", 160)}”` };
}

/** The sentence of a report leaving people at risk out, alone (after `what`, the report's name). */
export function atRiskFinding(x: EvalContext, news: number, what: LocalText): LocalText {
  const h = heardOf(x, news);
  return {
    zh: `漏报涉险人员：${what.zh}未报被困（涉险）人员，而其 ${h.zh}（应报已经造成或者可能造成的伤亡人数，被困者已获救的亦应报明）`,
    en: `People at risk left out: ${what.en} said nothing of the people trapped (at risk), though ${h.en} (a report gives the casualties caused and those that may be, the trapped included, rescued or not)`,
  };
}

/** The same fault carried by a report's other casualty finding: the words appended to it. */
export function atRiskText(x: EvalContext, news: number): LocalText {
  const h = heardOf(x, news);
  return { zh: `；另未报被困（涉险）人员（其 ${h.zh}）`, en: `; nor did it say anything of the people trapped (at risk), though ${h.en}` };
}
