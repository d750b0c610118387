/**
 * Which failed linkage duty a consequence follows from (issue 10 §2, AQ/T 9009-2015 §7: a consequence is grouped under
 * the root that explains it): how late an agency was on its duty, the duty a late dispatch or protective order follows
 * from. (A holder whose duty its organ's order meets is judged on its own: linkage.ts, review18 mine A2.)
 */
import { meetsSpec } from "../rules/actions.ts";
import { resolveAgencies } from "../rules/agencies.ts";
import type { LinkageRule } from "../scenario/rules-schema.ts";
import type { EvalContext, ObligationTrace } from "./context.ts";
import { kindOf } from "./duty-command.ts";
import { judgedAct } from "./harmful-orders.ts";

/** `agency`'s notice or act obligation under linkage rule `ruleId`; an act a finding condemns meets nothing. */
export function trace(x: EvalContext, ruleId: string, kind: "notified" | "act", agency: string): ObligationTrace | undefined {
  const t = x.obligations.find((o) => o.ob.ruleId === ruleId && o.ob.kind === kind && o.ob.agency === agency);
  // an order a finding condemns (crews sent unprotected into the hazard, a wrong-type dispatch) meets no duty (issue 10 §11)
  return kind === "act" ? judgedAct(x, t) : t;
}

/**
 * How late `agency` was on its linkage duty `ruleId` (ms past the act deadline; Infinity when told
 * and it never acted, 联而不动); undefined when it was not told, acted in time, or the duty sets no
 * act deadline.
 */
export function dutyDelayMs(x: EvalContext, ruleId: string, agency: string): number | undefined {
  if (x.state.knowledge.find((k) => k.agency === agency)?.notifiedAtMs === undefined) return undefined;
  const act = trace(x, ruleId, "act", agency);
  if (!act) return undefined;
  if (!act.met) return act.missed !== undefined ? Infinity : undefined;
  return act.met.late ? act.met.atMs - act.ob.deadlineMs : undefined;
}

/**
 * The key of `agency`'s linkage duty (the first rule the table holds for it, as evaluateLinkage
 * judges it) when that duty lists `action` (a dispatch for a task, an evacuation or shelter order),
 * the agency, once told, failed it — never met it (联而不动, LINKAGE_IDLE), or met it late
 * (LINKAGE_SLOW) while its first command for this requirement or protection (`firstCommandMs`) came
 * only after the duty's deadline — and that failure explains the consequence: the duty's delay covers
 * the consequence's own (`lateMs`: how late the requirement or protection was met, Infinity when never).
 * Issue 10 §2 (a consequence is grouped under the root that explains it, AQ/T 9009-2015 §7): had the
 * duty been met on time, every command would have come that much earlier; a consequence later than
 * that (a 1-minute late turn-out against a search team 4 minutes late, a unit never sent) is a fault
 * of its own, judged by itself. A duty never met covers any delay. With `dueMs` (the consequence's own deadline) the
 * time between it and the duty's later deadline is not counted against the duty. Undefined when there is no such failed duty.
 */
export function failedDutyKey(x: EvalContext, agency: string, action: { type: string; task?: string }, firstCommandMs: number | undefined, lateMs: number, dueMs?: number): string | undefined {
  const rule = x.c.rules.linkage[x.c.scenario.kind].find((r) => resolveAgencies(x.c, r.agency).includes(agency));
  if (!rule || !meetsSpec(rule.actions, { agency, ...action }, kindOf(x))) return undefined;
  const delay = dutyDelayMs(x, rule.id, agency);
  if (delay === undefined) return undefined;
  // slow: the late command is this requirement's own first command (an earlier one would have served it)
  const deadline = trace(x, rule.id, "act", agency)!.ob.deadlineMs;
  const slow = delay === Infinity || (firstCommandMs !== undefined && firstCommandMs > deadline);
  // a consequence due (`dueMs`) before the duty itself was: the time up to the duty's deadline was the holder's to use,
  // so only the rest must be covered by the duty's delay (review6 B13: the township's one 01:20 shelter order)
  const grace = dueMs !== undefined ? Math.max(0, deadline - dueMs) : 0;
  // met late by the very command that met the duty late (it came no later than the duty was met): the travel after
  // it is the command's, so the whole lateness follows from the duty's (README; review7 N1: the school's 120, one
  // 00:40 dispatch, counted as LINKAGE_SLOW and again as the requirement met at 00:45:39)
  const sameCommand = lateMs !== Infinity && firstCommandMs !== undefined && firstCommandMs - deadline <= delay;
  // a duty met late explains only what its late act sent: a command given after the duty was met (the brigade's rescue
  // truck at 00:22, 7 min 30 s after its late first tender at 00:14:30) is a decision of its own, not the turn-out's
  // consequence (review22 school 2, v7-worse-fire: the late search crew read 0 「随」 the late turn-out)
  const separate = delay !== Infinity && firstCommandMs !== undefined && firstCommandMs > deadline + delay;
  return slow && !separate && (lateMs - grace <= delay || sameCommand) ? `act:${rule.id}:${agency}` : undefined;
}

/**
 * A need left short by its own holder's 联而不动 is that holder's fault, booked with it (r27 mine 1; issue 10 §1, §11):
 * `link` (a DISPATCH_INSUFFICIENT's keys) with its rootKey, when that is a duty the holder, told, never met
 * (`act:<rule>:<agency>`, dutyDelayMs Infinity), turned into a chargedKey: shown 随 Fx 计入 Fx, its points kept in 力量调派.
 * Why not set aside: set aside, the need left the points attainable and the 120 told at 01:50 that never sent an
 * ambulance paid its 联而不动 alone (6 × 30 / 111 = 1.62), less than the police that sent a car late paid for theirs
 * (0.54 + 4.17): never acting must cost at least acting late (credit.ts r24-call). A duty met late keeps its rootKey
 * (its lateness is the need's, priced once on the duty). Other links are returned as given.
 */
export function chargedWithIdle<T extends { rootKey?: string }>(x: EvalContext, link: T): T | (Omit<T, "rootKey"> & { chargedKey: string }) {
  const m = link.rootKey?.match(/^act:([^:]+):(.+)$/);
  if (!m || dutyDelayMs(x, m[1]!, m[2]!) !== Infinity) return link;
  const { rootKey, ...rest } = link;
  return { ...rest, chargedKey: rootKey! };
}
