/**
 * The incident unit's own emergency plan (LNK-CHEM-PLAN, LNK-MINE-PLAN, LNK-SCH-PLAN: a duty met only by the unit's
 * own `activatePlan`), judged as its own duty, not as linkage idleness (review23 chemical §2, school (10), mine B1).
 *
 * 联而不动 is the county's word for a linked agency told and idle (domain.md §5, §7.4); the accident's own unit is no
 * linked agency, and one that alarmed, moved its people out and reported was visibly acting. So a plan never started is
 * its own finding, outside the 联而不动 headline (linkage-headline.ts callers leave `ownPlan` rows out), priced by what
 * the omission cost:
 * - PLAN_NOT_STARTED 「未启动预案」 (the rubric's own-plan item, 6 as the whole duty): some of the plan's measures lagged
 *   — another linkage finding of the unit's own (its alarm or notices late or missing, its own people moved late);
 * - PLAN_NOT_DECLARED 「未明确宣布启动预案」 (own-plan-declared, 2, the rate of a duty's part left undone): every measure of
 *   the plan taken in time, only the plan never declared (a procedural fault: the school's 灭火和应急疏散预案 run to the
 *   letter without the words 「启动预案」, review23 school n2-good-no-plan);
 * and a plan started late with its measures all in time costs no more than that (1 window of 2: late never above never).
 * The measures are the unit's other duties in the linkage section (its alarm and notices, its own people out); its own
 * faults there are those not caused by another's (`causedBy`).
 */
import type { LocalText } from "../model/ids.ts";
import type { LinkageRule } from "../scenario/rules-schema.ts";
import { asOf, clock, type EvalContext } from "./context.ts";
import type { Finding } from "./report-model.ts";

/** Whether `rule` is a unit's own plan duty: met only by the unit's own plan activation. */
export function isOwnPlan(rule: Pick<LinkageRule, "actions">): boolean {
  return rule.actions.length > 0 && rule.actions.every((a) => a.type === "activatePlan");
}

/**
 * The code a duty's act part fails with, in W: its own plan's (6, the rubric's own-plan item) for the unit's plan, else
 * 联而不动 (6): the same worth, so W is unchanged, but the 联而不动 card and the W's 联而不动 parts count the same duties.
 */
export function actCode(rule: Pick<LinkageRule, "actions">): "PLAN_NOT_STARTED" | "LINKAGE_IDLE" {
  return isOwnPlan(rule) ? "PLAN_NOT_STARTED" : "LINKAGE_IDLE";
}

/** Whether `agency`'s own measures in the linkage section were all in time: none of its findings there but the plan's own. */
function measuresInTime(findings: readonly Finding[], agency: string, planRule: string): boolean {
  return !findings.some((f) => f.agency === agency && f.section === "linkage" && f.ruleId !== planRule && f.causedBy === undefined && f.quantity > 0);
}

/**
 * The plan finding's words: 未启动预案 (measures lagged) or 未明确宣布启动预案 (measures in time). `knownMs`: when the unit
 * knew (found it, or was told: the mine manager by his dispatch room); `dueMs`: the plan's deadline.
 */
function planMessage(x: EvalContext, rule: LinkageRule, agency: string, knownMs: number, dueMs: number, declaredOnly: boolean): LocalText {
  const name = x.agencyName(agency);
  const until = asOf(x);
  // the unit's own fault's words ("未立即启动本单位危险化学品事故应急预案"): "至演练结束仍未启动…", the plan it names
  const never = { zh: (rule.fault?.zh ?? "未启动本单位应急预案").replace(/^未立即/, "未"), en: "had not started its own emergency plan" };
  return declaredOnly
    ? {
        zh: `未明确宣布启动预案：${name.zh}于 ${clock(knownMs)} 获知事故，报警、通知和本单位人员疏散等应急措施均已按时开展，但${until.until.zh}未明确宣布启动本单位应急预案、成立应急指挥机构（职责：${rule.text.zh}），时限 ${clock(dueMs)}；属程序问题`,
        en: `Plan never declared: ${name.en} knew of the incident at ${clock(knownMs)} and took its emergency measures (alarm, notices, its own people out) in time, but ${until.ended ? "never declared" : `had not declared ${until.until.en}`} its own emergency plan started nor set up its command (duty: ${rule.text.en}); due by ${clock(dueMs)}; a procedural fault`,
      }
    : {
        zh: `未启动预案：${name.zh}于 ${clock(knownMs)} 获知事故，${until.until.zh}仍${never.zh}（职责：${rule.text.zh}），时限 ${clock(dueMs)}`,
        en: `Plan not started: ${name.en} knew of the incident at ${clock(knownMs)} but ${until.ended ? "by the end of the drill" : until.until.en} ${never.en} (duty: ${rule.text.en}); due by ${clock(dueMs)}`,
      };
}

/**
 * The plan finding of `rule` for `agency`, never started by `dueMs` (PLAN_NOT_STARTED until ownPlanPriced has seen the
 * unit's other findings).
 */
export function planNotStarted(x: EvalContext, rule: LinkageRule, agency: string, knownMs: number, dueMs: number): { code: "PLAN_NOT_STARTED"; message: LocalText } {
  return { code: "PLAN_NOT_STARTED", message: planMessage(x, rule, agency, knownMs, dueMs, false) };
}

/**
 * Prices the plan findings in `findings` (all of the linkage section) by what the omission cost, in place: a plan never
 * started by a unit whose measures were all in time becomes PLAN_NOT_DECLARED; a plan started late by such a unit costs
 * one window (2) at most. `known(agency)`: when the unit knew (the linkage row's notifiedAtMs).
 */
export function ownPlanPriced(x: EvalContext, findings: Finding[], known: (ruleId: string, agency: string) => number | undefined): void {
  const rules = x.c.rules.linkage[x.c.scenario.kind].filter(isOwnPlan);
  for (const f of findings) {
    const rule = rules.find((r) => r.id === f.ruleId);
    if (!rule || f.agency === null || !measuresInTime(findings, f.agency, rule.id)) continue;
    if (f.code === "PLAN_NOT_STARTED") {
      f.code = "PLAN_NOT_DECLARED";
      f.message = planMessage(x, rule, f.agency, known(rule.id, f.agency) ?? 0, f.atMs, true);
    } else if (f.code === "LINKAGE_SLOW") f.quantity = Math.min(f.quantity, 1);
  }
}
