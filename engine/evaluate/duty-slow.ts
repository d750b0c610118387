/**
 * A linkage duty met late (响应迟缓, domain.md §5): its finding, graded per started window of the duty's own limit.
 */
import type { LinkageRule } from "../scenario/rules-schema.ts";
import { clock, span, type EvalContext, type ObligationTrace } from "./context.ts";
import { finding } from "./findings.ts";
import { actionText } from "./glossary.ts";
import { lateSteps } from "./late-grade.ts";
import { isOwnPlan } from "./own-plan.ts";
import type { Finding } from "./report-model.ts";
import { shouldKnowText, siblingShouldKnow } from "./see-notice.ts";
import { whileLate } from "./while-late.ts";
import { workAroseAt } from "../rules/duty-work.ts";
import type { DutyAct } from "./duty-act.ts";

/**
 * The LINKAGE_SLOW finding of duty `d` met late (`d.act.met.late`). `notice`: the agency's notifier, its notice trace,
 * and `should` — the notice's deadline when the agency was told late (a late duty is then also counted from it).
 */
export function slowFinding(x: EvalContext, d: DutyAct, notice: { notifier: string | null; notify: ObligationTrace | undefined; should: number | undefined }): Finding {
  const { rule, agency, name, knew, heard, notifiedAtMs, evidence } = d;
  const act = d.act as ObligationTrace & { met: NonNullable<ObligationTrace["met"]> };
  const { notifier, notify, should } = notice;
  const by = span(act.met.atMs - act.ob.deadlineMs);
  const toldLate = ((s) => (s !== undefined && notifier !== null && act.ob.openedAtMs === notifiedAtMs ? s : undefined))(should ?? (notify ? undefined : siblingShouldKnow(x, rule, agency)));
  // a duty with a name of its own (rule.fault): what the agency heard and said while it stood late, cited and quoted
  const late = rule.fault ? whileLate(x, agency, notifiedAtMs, act.met.atMs, x.agencyName) : undefined;
  const fault = rule.fault ? { zh: `${rule.fault.zh}：`, en: `${rule.fault.en}: ` } : { zh: "", en: "" };
  return finding({
    code: "LINKAGE_SLOW", section: "linkage", opportunity: `link:${rule.id}:${agency}`, agency, atMs: act.met.atMs, ruleId: rule.id, basis: rule.basis, key: `act:${rule.id}:${agency}`, ...(toldLate !== undefined ? { seeNotice: { notifier: notifier!, told: agency } } : {}),
    // per started window of the duty's own limit, at most 联而不动 (late-grade.ts, credit.ts; review18 chemical A2)
    quantity: lateSteps(act.met.atMs - act.ob.deadlineMs, act.ob.deadlineMs - act.ob.openedAtMs),
    // its first act, named: the duty's other parts may never have been done (review9 mine 6), so never "才履行职责"
    // a late protective order (shelter, evacuation) is the people's late protection, not a duty "begun" (review16 chem F40)
    message: ((how, protect, order = ((h: string) => (/命令$/.test(h) ? h : `${h}指令`))(how.zh.replace(/^下达/, ""))) => ((sk) => ({
      zh: `响应迟缓：${fault.zh}${name.zh}${knew.zh}${heard.zh}，${clock(act.met!.atMs)} ${protect ? `才下达${order}，人员防护迟延` : "才开始履行职责"}（${protect ? "" : `${how.zh}；`}职责：${rule.text.zh}），时限 ${clock(act.ob.deadlineMs)}，超时 ${by.zh}${sk.zh}${late?.said.zh ?? ""}`,
      en: `Slow to act: ${fault.en}${name.en}${knew.en}${heard.en} but ${protect ? `gave the order (${how.en}) only at ${clock(act.met!.atMs)}, so the people were protected late` : `first acted only at ${clock(act.met!.atMs)}`} (${protect ? "" : `${how.en}; `}duty: ${rule.text.en}), due by ${clock(act.ob.deadlineMs)}, ${by.en} late${sk.en}${late?.said.en ?? ""}`,
    }))(toldLate !== undefined ? shouldKnowText(toldLate, act.ob.deadlineMs - act.ob.openedAtMs, act.met!.atMs, protect ? { zh: order, en: "the order" } : isOwnPlan(rule) ? { zh: "启动预案", en: "starting its plan" } : { zh: "履职", en: "its act" }, rule.workWhen !== undefined ? (workAroseAt(rule, x.events) ?? -Infinity) : -Infinity) : { zh: "", en: "" }))(actionText(act.met.byEvent, x.unitName, x.c.scenario.kind), /^(shelter|evacuate)\b/.test(act.met.byEvent)),
    evidence: late ? { ...evidence, events: [...new Set([...evidence.events, ...late.events])].sort((p, q) => p - q) } : evidence,
  });
}
