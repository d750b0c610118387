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
import type { LinkageRow } from "./report-rows.ts";
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

/** A linkage row, as ownPlanPriced reads it: which duty, whose, and its notice's and act's times (report-rows.ts). */
export type PlanRow = Pick<LinkageRow, "agency" | "ruleId" | "text" | "notifiedBy" | "notifiedAtMs" | "notifyDeadlineMs" | "firstRequiredActionAtMs" | "actDeadlineMs">;

const NOTICE_CODES: ReadonlySet<string> = new Set(["LINKAGE_NOT_NOTIFIED", "LINKAGE_NOTIFIED_LATE"]);

/**
 * When the measure a linkage finding judges fell due (sim ms): the notice's deadline for a notice finding (charged to the
 * notifier, its row the told agency's), else the duty's act deadline; the finding's own time when no row dates it.
 */
function measureDue(f: Finding, rows: readonly PlanRow[]): number {
  const target = f.opportunity?.startsWith("link:") ? f.opportunity.split(":")[2] : undefined;
  const row = rows.find((r) => r.ruleId === f.ruleId && r.agency === (target ?? f.agency));
  return (NOTICE_CODES.has(f.code) ? row?.notifyDeadlineMs : row?.actDeadlineMs) ?? f.atMs;
}

/**
 * When `agency` should have known (sim ms): the earliest notice deadline its notifier missed (it was told after it), or
 * undefined when it was told in time or found the incident itself. Its plan and measures are judged on that clock (AQ/T
 * 9009 practice: a party is judged from when it knew or should have known; r27 plan 1).
 */
function shouldKnow(rows: readonly PlanRow[], agency: string): number | undefined {
  const late = rows.filter((r) => r.agency === agency && r.notifyDeadlineMs !== undefined && (r.notifiedAtMs === undefined || r.notifiedAtMs > r.notifyDeadlineMs));
  return late.length > 0 ? Math.min(...late.map((r) => r.notifyDeadlineMs!)) : undefined;
}

/** A duty row's act deadline on the clock of a notice given in time (`should`): moved back by the notice's lateness. */
function dueOnTime(r: PlanRow, should: number | undefined): number | undefined {
  if (r.actDeadlineMs === undefined) return undefined;
  return should !== undefined && r.notifiedAtMs !== undefined && r.notifiedAtMs > should ? r.actDeadlineMs - (r.notifiedAtMs - should) : r.actDeadlineMs;
}

/**
 * Whether `agency`'s measures due by the plan's deadline `dueMs` (on the clock of a notice given in time) were all
 * taken in time: none of its own linkage findings on such a measure (a report or notice due an hour later is no plan
 * measure lagging: it is judged as its own finding, once; r27 mine good play without its plan and mine-safety
 * reports), and none of its duties due by then done late or never, even through another's late notice (the measures
 * lagged; that lateness itself is the notifier's finding, not deducted again here).
 */
function measuresInTime(findings: readonly Finding[], rows: readonly PlanRow[], agency: string, planRule: string, dueMs: number): boolean {
  const should = shouldKnow(rows, agency);
  const lagged = rows.some((r) => r.agency === agency && r.ruleId !== planRule && ((d) => d !== undefined && d <= dueMs && (r.firstRequiredActionAtMs === undefined || r.firstRequiredActionAtMs > d))(dueOnTime(r, should)));
  return !lagged && !findings.some((f) => f.agency === agency && f.section === "linkage" && f.ruleId !== planRule && f.causedBy === undefined && f.quantity > 0 && measureDue(f, rows) <= dueMs);
}

/**
 * The measures `agency` took in time that fell due by `dueMs`, as the 未明确宣布 row lists them (only what was done, only
 * what was due by the plan's deadline: r27 plan 2): its duties met in time, and the notices it gave in time.
 */
export function measuresDone(x: EvalContext, rows: readonly PlanRow[], agency: string, planRule: string, dueMs: number): LocalText[] {
  const should = shouldKnow(rows, agency);
  const acts = rows.filter((r) => r.agency === agency && r.ruleId !== planRule && ((d) => d !== undefined && d <= dueMs && r.firstRequiredActionAtMs !== undefined && r.firstRequiredActionAtMs <= d)(dueOnTime(r, should)));
  const told = rows.filter((r) => r.notifiedBy === agency && r.notifyDeadlineMs !== undefined && r.notifyDeadlineMs <= dueMs && r.notifiedAtMs !== undefined && r.notifiedAtMs <= r.notifyDeadlineMs);
  return [
    ...acts.map((r) => ({ zh: `「${r.text.zh}」（${clock(r.firstRequiredActionAtMs!)}）`, en: `"${r.text.en}" (${clock(r.firstRequiredActionAtMs!)})` })),
    ...told.map((r) => ({ zh: `通知${x.agencyName(r.agency).zh}（${clock(r.notifiedAtMs!)}）`, en: `told ${x.agencyName(r.agency).en} (${clock(r.notifiedAtMs!)})` })),
  ];
}

/**
 * The plan finding's words: 未启动预案 (measures lagged) or 未明确宣布启动预案 (measures in time). `knownMs`: when the unit
 * knew (found it, or was told: the mine manager by his dispatch room); `dueMs`: the plan's deadline.
 */
function planMessage(x: EvalContext, rule: LinkageRule, agency: string, knownMs: number, dueMs: number, done?: readonly LocalText[]): LocalText {
  const name = x.agencyName(agency);
  const until = asOf(x);
  // the unit's own fault's words ("未立即启动本单位危险化学品事故应急预案"): "至演练结束仍未启动…", the plan it names
  const never = { zh: (rule.fault?.zh ?? "未启动本单位应急预案").replace(/^未立即/, "未"), en: "had not started its own emergency plan" };
  // the measures named are those done in time and due by the plan's deadline, never a generic list (r27 plan 2)
  const list = done && done.length > 0 ? { zh: `（${done.map((d) => d.zh).join("、")}）`, en: ` (${done.map((d) => d.en).join("; ")})` } : { zh: "（此前无其他措施到期）", en: " (none other fell due by then)" };
  return done
    ? {
        zh: `未明确宣布启动预案：${name.zh}于 ${clock(knownMs)} 获知事故，${clock(dueMs)} 前到期的应急措施均已按时开展${list.zh}，但${until.until.zh}未明确宣布启动本单位应急预案、成立应急指挥机构（职责：${rule.text.zh}），时限 ${clock(dueMs)}；属程序问题`,
        en: `Plan never declared: ${name.en} knew of the incident at ${clock(knownMs)} and took in time the emergency measures due by ${clock(dueMs)}${list.en}, but ${until.ended ? "never declared" : `had not declared ${until.until.en}`} its own emergency plan started nor set up its command (duty: ${rule.text.en}); due by ${clock(dueMs)}; a procedural fault`,
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
  return { code: "PLAN_NOT_STARTED", message: planMessage(x, rule, agency, knownMs, dueMs) };
}

/**
 * Prices the plan findings in `findings` (all of the linkage section) by what the omission cost, in place: a plan never
 * started by a unit whose measures were all in time becomes PLAN_NOT_DECLARED; a plan started late by such a unit costs
 * one window (2) at most. `rows`: the linkage rows (when the unit knew, each measure's deadline and first act).
 */
export function ownPlanPriced(x: EvalContext, findings: Finding[], rows: readonly PlanRow[]): void {
  const rules = x.c.rules.linkage[x.c.scenario.kind].filter(isOwnPlan);
  for (const f of findings) {
    const rule = rules.find((r) => r.id === f.ruleId);
    const row = rule && f.agency !== null ? rows.find((r) => r.ruleId === rule.id && r.agency === f.agency) : undefined;
    // the plan's own deadline on the clock of a notice given in time (r27 plan 1)
    const dueMs = row && f.agency !== null ? (dueOnTime(row, shouldKnow(rows, f.agency)) ?? f.atMs) : f.atMs;
    if (!rule || f.agency === null || !measuresInTime(findings, rows, f.agency, rule.id, dueMs)) continue;
    if (f.code === "PLAN_NOT_STARTED") {
      f.code = "PLAN_NOT_DECLARED";
      f.message = planMessage(x, rule, f.agency, row?.notifiedAtMs ?? 0, dueMs, measuresDone(x, rows, f.agency, rule.id, dueMs));
    } else if (f.code === "LINKAGE_SLOW") f.quantity = Math.min(f.quantity, 1);
  }
}
