/**
 * An alarm call never made, in 信息报告 (review20 school, variant v1c-no120): the incident unit that never called a
 * rescuer it had to call has that call's row (报警要素齐全、如实说明人员情况, alarm-call.ts) stated as 未报警, beside its
 * linkage finding for the notice (未通知).
 *
 * Priced in 信息报告 as the worst alarm call (round 28, issue 10 §11: scores that order plays sensibly): a call made late
 * and vague is two faults, its lateness a linkage finding (通知迟延) and what it left out an ALARM_INACCURATE here; a
 * call never made is a call late by the whole remaining drill (domain.md §1: the unit dials 119/110/120 at once, its
 * rescuer rule's noticeBasis 立即报警) that gave none of what an alarm gives, so it is the same two faults at their worst: the
 * 未通知 in 部门联动 and this row, charged the alarm row's full points. Never calling thus costs 信息报告 at least what the
 * vaguest late call costs (tests/evaluate/alarm-order.test.ts); before round 28 the row followed the 未通知 at 0 (review21),
 * and silence scored better in 信息报告 than a late vague call.
 *
 *   alarmNeverCalled(x, linkage, owed) → one ALARM_INACCURATE finding per rescuer in `owed` (alarm-call.ts's opportunity
 *   ids `alarm:<rescuer>`) that the incident unit never called (no alarm command of its rule, alarm-call.ts alarmCalls)
 *   while a linkage finding charges it with never telling that rescuer (LINKAGE_NOT_NOTIFIED, key `dark:<rescuer>`);
 *   the finding carries that one's basis (the rescuer's noticeBasis, which makes the call a duty) and evidence, at its
 *   deadline, under TELL_RESCUERS_RULE: what the rescuers were never told, so an outcome's causes cite it (causes.ts
 *   RESCUE_RULES: the leak never plugged because nobody called 119).
 */
import { finding } from "./findings.ts";
import type { EvalContext } from "./context.ts";
import type { Finding } from "./report-model.ts";
import { alarmCalls, alarmCheck, alarmOpportunityId } from "./alarm-call.ts";
import type { LocalText } from "../model/ids.ts";
import { clock } from "./context.ts";
import { TELL_RESCUERS_RULE } from "./told-rescuers.ts";

/** What `to`'s alarm call gives (its row's elements, rules profile alarmCheck), in words. */
const ELEMENT_WORDS: Readonly<Record<string, LocalText>> = {
  unit: { zh: "单位", en: "the unit" }, where: { zh: "地址", en: "the address" }, what: { zh: "险情", en: "what happened" },
  people: { zh: "人员情况", en: "the people" }, substance: { zh: "泄漏介质", en: "the substance" }, caller: { zh: "报警人", en: "the caller" },
};
const gives = (check: NonNullable<ReturnType<typeof alarmCheck>>): LocalText => ({
  zh: check.elements.map((e) => ELEMENT_WORDS[e]!.zh).join("、"),
  en: check.elements.map((e) => ELEMENT_WORDS[e]!.en).join(", "),
});

export function alarmNeverCalled(x: EvalContext, linkage: readonly Finding[], owed: ReadonlySet<string>): Finding[] {
  const a = x.c.scenario.incidentAgency;
  const from = x.agencyName(a);
  return linkage.flatMap((l) => {
    if (l.code !== "LINKAGE_NOT_NOTIFIED" || l.agency !== a || !l.key?.startsWith("dark:")) return [];
    const to = l.key.slice("dark:".length);
    if (!owed.has(alarmOpportunityId(to))) return [];
    const check = alarmCheck(x, to);
    if (!check || alarmCalls(x, to).length > 0) return [];
    const GIVES = gives(check);
    const r = x.agencyName(to);
    return [finding({
      code: "ALARM_INACCURATE", section: "reporting", agency: a, atMs: l.atMs, ruleId: TELL_RESCUERS_RULE, basis: `${l.basis}；${check.basis}`,
      opportunity: alarmOpportunityId(to),
      message: {
        zh: `未报警：${from.zh}至 ${clock(l.atMs)} 始终未向${r.zh}报警，报警应说明的${GIVES.zh}均未说明（未报警即迟至演练结束的报警，按本项全部分值扣分；未通知另在部门联动扣分，如迟报且报警不全者两项均扣）`,
        en: `No alarm call: ${from.en} had not called ${r.en} by ${clock(l.atMs)}, so none of what an alarm call gives (${GIVES.en}) was given (a call never made is a call late by the whole drill: this row loses its full points; the notice never given is charged under linkage, as a late and vague call is charged on both)`,
      },
      evidence: { events: l.evidence.events, messages: [], obligations: l.evidence.obligations },
    })];
  });
}
