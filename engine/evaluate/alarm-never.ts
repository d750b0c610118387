/**
 * An alarm call never made, in 信息报告 (review20 school, variant v1c-no120): the incident unit that never called a
 * rescuer it had to call loses that call's row (报警要素齐全、如实说明人员情况, alarm-call.ts) as a report never made
 * loses its report's worth, beside its linkage finding for the notice (未通知). Set aside instead (未产生), the silence
 * scored above a late call that left elements out (v1c 15.8 > v1b 15.7): the duty stays in W and the silent caller
 * loses it.
 *
 *   alarmNeverCalled(x, linkage, owed) → one ALARM_INACCURATE finding per rescuer in `owed` (alarm-call.ts's opportunity
 *   ids `alarm:<rescuer>`) that the incident unit never called while a linkage finding charges it with never telling
 *   that rescuer (LINKAGE_NOT_NOTIFIED, key `dark:<rescuer>`); the finding cites that one, its basis and evidence.
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
      opportunity: alarmOpportunityId(to),
      message: {
        zh: `未报警：${from.zh}至 ${clock(l.atMs)} 始终未向${r.zh}报警，报警应说明的单位、地址、火情、人员情况和报警人均未说明（未通知见部门联动；本项按未作报警计，如同未报告）`,
        en: `No alarm call: ${from.en} had not called ${r.en} by ${clock(l.atMs)}, so none of what an alarm call gives (the unit, the address, the fire, the people, the caller) was given (the notice never given is judged under linkage; this row counts the call never made, as a report never made)`,
      },
      evidence: { events: l.evidence.events, messages: [], obligations: l.evidence.obligations },
    })];
  });
}
