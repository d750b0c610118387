/**
 * An alarm call never made, in 信息报告 (review20 school, variant v1c-no120): the incident unit that never called a
 * rescuer it had to call has that call's row (报警要素齐全、如实说明人员情况, alarm-call.ts) stated as 未报警, beside its
 * linkage finding for the notice (未通知). One call never made is one fault (review21): the 未通知 holds it, under the
 * rule that makes the call a duty (the rescuer's `noticeBasis`: 有人员受伤的火灾…同时拨打119和120); this row follows it
 * (rootKey `dark:<rescuer>`: 随 Fx，不重复扣分) and is set aside with it, never charged a second time in 信息报告.
 *
 *   alarmNeverCalled(x, linkage, owed) → one ALARM_INACCURATE finding per rescuer in `owed` (alarm-call.ts's opportunity
 *   ids `alarm:<rescuer>`) that the incident unit never called while a linkage finding charges it with never telling
 *   that rescuer (LINKAGE_NOT_NOTIFIED, key `dark:<rescuer>`); the finding cites that one (rootKey), its basis and evidence.
 */
import { finding } from "./findings.ts";
import type { EvalContext } from "./context.ts";
import type { Finding } from "./report-model.ts";
import { ALARM_ELEMENTS_BASIS, alarmOpportunityId } from "./alarm-call.ts";
import { TELL_RESCUERS_RULE } from "./told-rescuers.ts";
import { tells } from "../rules/telling.ts";
import { clock } from "./context.ts";

export function alarmNeverCalled(x: EvalContext, linkage: readonly Finding[], owed: ReadonlySet<string>): Finding[] {
  const a = x.c.scenario.incidentAgency;
  const from = x.agencyName(a);
  return linkage.flatMap((l) => {
    if (l.code !== "LINKAGE_NOT_NOTIFIED" || l.agency !== a || !l.key?.startsWith("dark:")) return [];
    const to = l.key.slice("dark:".length);
    if (!owed.has(alarmOpportunityId(to))) return [];
    if (x.events.some((e) => e.type === "messageSent" && e.from === a && e.to.includes(to) && tells(x.c, e))) return [];
    const r = x.agencyName(to);
    return [finding({
      code: "ALARM_INACCURATE", section: "reporting", agency: a, atMs: l.atMs, ruleId: TELL_RESCUERS_RULE, basis: `${l.basis}；${ALARM_ELEMENTS_BASIS}`,
      opportunity: alarmOpportunityId(to), rootKey: l.key,
      message: {
        zh: `未报警：${from.zh}至 ${clock(l.atMs)} 始终未向${r.zh}报警，报警应说明的单位、地址、火情、人员情况和报警人均未说明（同一未作的报警，已按部门联动的未通知扣分，本项不重复扣分）`,
        en: `No alarm call: ${from.en} had not called ${r.en} by ${clock(l.atMs)}, so none of what an alarm call gives (the unit, the address, the fire, the people, the caller) was given (the same call never made is charged under linkage as the notice never given; this row is not charged again)`,
      },
      evidence: { events: l.evidence.events, messages: [], obligations: l.evidence.obligations },
    })];
  });
}
