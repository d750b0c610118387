/**
 * A figure stated below what its sender's own duty would have found (owed-news.ts: the headcount never made), priced as
 * the same figure stated knowingly (review20 school 1). The school that never sounded the alarm never counted heads and
 * reported 「下落不明 0」 at 01:20: judged as 报告失实 on the report-accurate row (2 points) it cost 0.7, while the school
 * that evacuated late, counted, knew of the missing pupil and reported the same 0 was charged 谎报 (10) and the
 * correcting 续报 it never sent (4): 4.88. A duty never done must cost at least what the duty done late costs, in every
 * section that judges it; as the owed news already counts as known for passing the pupil's place on
 * (TRAPPED_NOT_PASSED_ON) and for 漏报伤亡, the untrue figure is charged on the report-honest row (REPORT_FALSE: 如实报告)
 * with the correction it owed — in words 报告不实（应知未知）, no intent charged (谎报 is 故意不如实报告, 应急管理部令
 * 第14号 第三条), but no discount for the duty it left undone.
 *
 *   owedCorrection(x, e, i) → the opportunity id of the correcting 续报 sender `e.from` owed `e.to` and never sent by
 *     the drill's end (`rep:FROM>TO|fu:N|any`, report-groups.ts reportKey; N: the next follow-up of that pair), or
 *     undefined when it sent one stating at least the owed figure, its time (the 续报 rule's withinMin from the report)
 *     had not run out, or no 续报 rule of the scenario binds that pair.
 *   owedText(x, e, u, what, corrected) → the finding's words (zh, en).
 */
import type { EventOf } from "../model/events.ts";
import type { LocalText } from "../model/ids.ts";
import { resolveAgencies } from "../rules/agencies.ts";
import { asOf, clock, type EvalContext } from "./context.ts";
import type { Untrue } from "./untrue-figures.ts";
import { statedText } from "./untrue-figures.ts";

type Report = EventOf<"reportSubmitted">;
const MIN = 60_000;

/** The correcting 续报 owed and never sent (see the header), as an opportunity id, or undefined. */
export function owedCorrection(x: EvalContext, e: Report, i: number, owed: number): string | undefined {
  const rule = x.c.rules.followUp.find((r) => (!r.scenarioKinds || r.scenarioKinds.includes(x.c.scenario.kind))
    && resolveAgencies(x.c, r.from).includes(e.from) && resolveAgencies(x.c, r.to, e.from).includes(e.to));
  if (rule === undefined || x.endMs < e.at + rule.withinMin * MIN) return undefined;
  const corrected = x.events.some((g, j) => j > i && g.type === "reportSubmitted" && g.from === e.from && g.to === e.to
    && typeof g.content.casualties?.missing === "number" && g.content.casualties.missing >= owed);
  if (corrected) return undefined;
  const before = x.obligations.filter((t) => t.ob.ruleId === rule.id && t.ob.agency === e.from && t.ob.to === e.to && t.opened < i).length;
  return `rep:${e.from}>${e.to}|fu:${before + 1}|any`;
}

/** The words: what it stated, what its own duty would have told it and when, and the correction it never sent. */
export function owedText(x: EvalContext, e: Report, u: Untrue, what: LocalText, uncorrected: boolean): LocalText {
  const o = u.owed!;
  const said = statedText(e, u.cats);
  const to = x.agencyName(e.to);
  const left = uncorrected
    ? { zh: `；${asOf(x).until.zh}未向${to.zh}续报更正（加重情节：其应作的更正续报一并扣分）`, en: `; it ${asOf(x).ended ? "never" : `had not ${asOf(x).until.en}`} sent ${to.en} a follow-up correcting it (an aggravation: the correcting follow-up it owed is charged with it)` }
    : { zh: "", en: "" };
  return {
    zh: `报告不实（应知未知）：${what.zh}报告${said.zh}，而按其职责“${o.duty.zh}”应于 ${clock(o.atMs)} 获知下落不明 ${o.missing}（“${o.text.zh.replace(/^「|」$/g, "")}”；其未履行该职责，时间按最佳处置中获知的时间计）；未履行职责即以确定数字上报，应知视同已知，按未如实报告扣分，不因未履行职责而减轻（非认定故意谎报）${left.zh}`,
    en: `Untrue report (should have known): ${what.en} gave ${said.en}, though ${o.duty.en}, its own duty, would have told it by ${clock(o.atMs)} of ${o.missing} missing ("${o.text.en}"; it never did that duty, so it is counted from when the best play learnt it); figures stated as fact on a duty left undone are charged as a report not made truthfully, with no discount for the duty undone (no intent to deceive is found)${left.en}`,
  };
}
