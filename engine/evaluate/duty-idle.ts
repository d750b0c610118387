/**
 * A linkage duty never met (联而不动, domain.md §5 and §7.4): told, and idle past its limit; the incident unit's own
 * plan never started is its own finding (own-plan.ts).
 */
import { asOf, clock, type EvalContext } from "./context.ts";
import { finding } from "./findings.ts";
import { onlyUpward } from "./only-upward.ts";
import { isOwnPlan, planNotStarted } from "./own-plan.ts";
import type { Finding } from "./report-model.ts";
import type { DutyAct } from "./duty-act.ts";

/** The finding of duty `d` never met by its deadline (`d.act.missed`): LINKAGE_IDLE, or the own plan's PLAN_* code. */
export function idleFinding(x: EvalContext, d: DutyAct): Finding {
  const { rule, agency, name, knew, heard, notifiedAtMs, evidence, act } = d;
  // it spoke, but only to the levels above: said, and cited (only-upward.ts)
  const up = onlyUpward(x, agency, notifiedAtMs);
  // the incident unit's own plan never started is its own finding, not 联而不动 (own-plan.ts; review23 chemical §2)
  const plan = isOwnPlan(rule) ? planNotStarted(x, rule, agency, notifiedAtMs, act.ob.deadlineMs) : undefined;
  return finding({
    code: plan?.code ?? "LINKAGE_IDLE", section: "linkage", opportunity: `link:${rule.id}:${agency}`, agency, atMs: act.ob.deadlineMs, ruleId: rule.id, basis: rule.basis, key: `act:${rule.id}:${agency}`,
    message: plan?.message ?? {
      zh: `联而不动：${rule.fault ? `${rule.fault.zh}：` : ""}${name.zh}${knew.zh}${heard.zh}，${up ? up.text.zh : "但"}${asOf(x).until.zh}未履行职责（${rule.text.zh}），时限 ${clock(act.ob.deadlineMs)}`,
      en: `Told but idle: ${rule.fault ? `${rule.fault.en}: ` : ""}${name.en}${knew.en}${heard.en} but ${up ? up.text.en : ""}${asOf(x).ended ? "never took its required action" : `had not taken its required action ${asOf(x).until.en}`} (${rule.text.en}); due by ${clock(act.ob.deadlineMs)}`,
    },
    evidence: { ...evidence, events: [...new Set([...evidence.events, ...(up?.events ?? []), x.endEvent])].sort((p, q) => p - q) },
  });
}
