/**
 * Follow-ups (续报) that report no change (493号令 第十三条: 续报 reports changes in the situation;
 * review10 chemical 1, school 5). A 瞒报 opens a follow-up duty at once (rules/obligations.ts: the
 * sender knows more than it just reported), but that "follow-up" only corrects the sender's own
 * concealment: an honest sender has no such duty. So:
 *   - a follow-up owed only to correct the sender's own 瞒报 (`own`) is set aside whole under the 瞒报:
 *     none earned, a late or missing one costs nothing again (the 瞒报 already costs more than a
 *     missing report);
 *   - the follow-up an addressee owes only because that correction reached it (relayed, `own` false:
 *     it passes the corrected figures on, no change in the incident) earns nothing either: what its
 *     own faults (a late relay is the addressee's own) do not take is set aside under the 瞒报;
 *   - a follow-up that never arose because a 瞒报 to its owner hid the change it would have reported
 *     names that 瞒报 (`keptFrom`): the finding that kept the duty's trigger from the owner.
 * Everything here names the concealing report by its message id; credit.ts finds the 瞒报 finding on it.
 */
import type { EventOf } from "../model/events.ts";
import { statedFigures } from "../rules/report-fields.ts";
import { isDevelopmentDuty } from "../rules/development-news.ts";
import { asOf, clock, messageOf, type EvalContext, type ObligationTrace } from "./context.ts";
import type { LocalText } from "../model/ids.ts";
import type { ObligationRow } from "./report-model.ts";
import { CATEGORIES, judgeHonesty, stated, type Category } from "./honesty.ts";

/** The key of a 瞒报 finding on report `message` (reporting.ts): the root its consequences cite. */
export const concealKey = (message: string): string => `conceal:${message}`;

/** A follow-up duty that only corrects a 瞒报: the concealing report's message id, and whether the owner made it. */
export interface Correction {
  message: string;
  own: boolean;
  /**
   * passed on news its sender reported late, not concealed (`message`: that late report): the enterprise silent to
   * the bureau until 01:40 about casualties it knew at 00:45 — the bureau's relay is set aside as the relay of a
   * 瞒报's correction is (review11 chemical 3: each relay alike, or the silent chain outscored the honest one)
   */
  late?: true;
}

/**
 * The 瞒报 follow-up duty `t` only corrects, if any: its owner's own (the duty opened when that report came in,
 * only because it understated figures the sender already knew, and no new casualty news reached the sender before
 * the duty closed), or one relayed (the duty opened when a correction of someone else's 瞒报 reached its owner, and
 * no other news reached it before the duty closed). A follow-up owed for a real new development is no correction.
 */
export function correctionOf(x: EvalContext, t: ObligationTrace, depth = 0): Correction | undefined {
  const rule = x.c.rules.followUp.find((r) => r.id === t.ob.ruleId);
  // a development's own follow-up (rules/development-news.ts) passes on news, never a correction
  if (!rule || depth > 8 || isDevelopmentDuty(rule, t.ob.id)) return undefined;
  const openedAt = x.events[t.opened]?.at;
  const closedAt = t.met?.atMs ?? t.ob.deadlineMs;
  const news = (since: number, knew: Record<Category, number>) =>
    x.events.some((e) => e.type === "injectDelivered" && e.at > since && e.at <= closedAt && e.to.includes(t.ob.agency) && revealsNews(x, e.inject, knew));
  const last = lastReport(x, t.ob.agency, t.ob.to, t.opened);
  if (last && last.at === openedAt) {
    const reported = last.content.casualties ? stated(last.content.casualties) : undefined;
    if (judgeHonesty(reported, last.senderKnew, last.truth, last.senderWasTold).concealed.length > 0) {
      return news(last.at, last.senderKnew) ? undefined : { message: last.id, own: true };
    }
  }
  // relayed: a report reaching the owner as the duty opened, itself a correction
  for (let i = t.opened; i >= 0 && x.events[i]!.at === openedAt; i--) {
    const e = x.events[i]!;
    if (e.type !== "reportSubmitted" || e.to !== t.ob.agency || e.from === t.ob.agency) continue;
    const upstream = x.obligations.find((u) => u.met !== undefined && messageOf(u.met.byEvent) === e.id && u !== t);
    const root = upstream ? correctionOf(x, upstream, depth + 1) : undefined;
    if (root && !news(e.at, statedFigures(e.content.casualties))) return { message: root.message, own: false, ...(root.late ? { late: true as const } : {}) };
    if (upstream && lateNews(upstream, e) && !news(e.at, statedFigures(e.content.casualties))) return { message: e.id, own: false, late: true };
  }
  return undefined;
}

/**
 * The 瞒报 that kept a follow-up's trigger from `owner` (its report to `to` already made): a report to the owner,
 * after its report to `to`, that understated casualties its sender knew, more than the owner had told `to`. An
 * honest report would have opened the follow-up (rules/obligations.ts). Returns the concealing report's message id.
 */
export function keptFrom(x: EvalContext, owner: string, to: string): string | undefined {
  for (let i = 0; i < x.events.length; i++) {
    const e = x.events[i]!;
    if (e.type !== "reportSubmitted" || e.to !== owner) continue;
    const before = lastReport(x, owner, to, i);
    if (!before) continue;
    const reported = e.content.casualties ? stated(e.content.casualties) : undefined;
    const hidden = judgeHonesty(reported, e.senderKnew, e.truth, e.senderWasTold).concealed;
    const told = statedFigures(before.content.casualties);
    if (hidden.some((k) => e.senderKnew[k] > told[k])) return e.id;
  }
  return undefined;
}

/**
 * Report `e` met its first-report duty `u` late and told casualties: all it said was owed by that duty's deadline or
 * at once when the sender heard it (the enterprise heard of 3 dead at 00:45 and first told the bureau at 01:40), so
 * the news is old and relaying it is no 续报 of a change.
 */
function lateNews(u: ObligationTrace, e: EventOf<"reportSubmitted">): boolean {
  if (!u.met?.late || u.ob.reportKind === "followUp") return false;
  const told = statedFigures(e.content.casualties);
  return CATEGORIES.some((k) => told[k] > 0);
}

/** `from`'s last report to `to` before event index `before`. */
function lastReport(x: EvalContext, from: string, to: string | undefined, before: number): EventOf<"reportSubmitted"> | undefined {
  for (let i = before - 1; i >= 0; i--) {
    const e = x.events[i]!;
    if (e.type === "reportSubmitted" && e.from === from && e.to === to) return e;
  }
  return undefined;
}

/** An inject that tells its recipient more casualties than `knew` (a development owes its own duty: rules/obligations.ts). */
function revealsNews(x: EvalContext, inject: string, knew: Record<Category, number>): boolean {
  const r = x.c.injects.get(inject)?.reveals;
  if (!r) return false;
  const c = r.casualties as Partial<Record<Category, number>> | undefined;
  return (c !== undefined && CATEGORIES.some((k) => (c[k] ?? 0) > knew[k]));
}

/**
 * The earlier report to the same addressee whose 谎报 report `e` (event index `i`) repeats, uncorrected (issue 10 §2, §7;
 * review r28 mine: the mine's 01:50 续报 saying 0 trapped again after its 01:08 谎报 to the county bureau): `e` hides
 * no category the sender's last report to that addressee did not hide already. The addressee was misled once, by the
 * earlier report: the repeat is the same lie going on (one-lie.ts foldRepeatedLies). undefined when `e` is no repeat.
 */
export function repeatedLie(x: EvalContext, e: EventOf<"reportSubmitted">, i: number): EventOf<"reportSubmitted"> | undefined {
  const before = lastReport(x, e.from, e.to, i);
  const hid = (r: EventOf<"reportSubmitted">) => judgeHonesty(r.content.casualties ? stated(r.content.casualties) : undefined, r.senderKnew, r.truth, r.senderWasTold).concealed;
  const was = before ? hid(before) : [];
  return before !== undefined && was.length > 0 && hid(e).every((k) => was.includes(k)) ? before : undefined;
}

/**
 * The 谎报 that answered casualty follow-up `t` in its owner's place (issue 10 §2; round 29 decision): the owner's first
 * report to the duty's addressee after the duty opened that states casualty figures below what its sender knew. The
 * mine that told the energy bureau "0" truly at 00:08, learnt of 6 trapped at 01:05:50 and said "0" again in its 01:50
 * 续报 did not leave the bureau without a 续报 (漏报) and lie besides: it made the 续报 and made it false, one 谎报 (493号令
 * 第四条; 应急管理部令第14号 第三条: 故意不如实报告伤亡人数和涉险人数的，属于谎报), priced on the duty it spoilt. The duty
 * stays unmet in the engine (rules/follow-up-figures.ts leavesFollowUpOpen): only true figures meet it. undefined for a
 * development's own 续报, a duty met, or none such report.
 */
export function answeredByLie(x: EvalContext, t: ObligationTrace): EventOf<"reportSubmitted"> | undefined {
  const rule = x.c.rules.followUp.find((r) => r.id === t.ob.ruleId);
  if (!rule || t.met !== undefined || isDevelopmentDuty(rule, t.ob.id)) return undefined;
  for (let i = t.opened + 1; i < x.events.length; i++) {
    const e = x.events[i]!;
    if (e.type !== "reportSubmitted" || e.from !== t.ob.agency || e.to !== t.ob.to || !e.content.casualties) continue;
    if (judgeHonesty(stated(e.content.casualties), e.senderKnew, e.truth, e.senderWasTold).concealed.length > 0) return e;
  }
  return undefined;
}

/** The words of a 谎报 that was the casualty 续报 `row` owed (answeredByLie): that duty, its deadline, met by no true figure. */
export function answered(x: EvalContext, row: ObligationRow): LocalText {
  const to = x.agencyName(row.to ?? "");
  return {
    zh: `（此即其应向${to.zh}作的伤亡续报（${row.ruleId}，时限 ${clock(row.deadlineMs)}），已续报而不实，计谎报一次，不另计漏报；${asOf(x).until.zh}未如实续报）`,
    en: ` (this was the casualty follow-up it owed ${to.en} (${row.ruleId}, due ${clock(row.deadlineMs)}): made, but false, so one false report, not also a missing one; no true follow-up ${asOf(x).ended ? "by the end of the drill" : asOf(x).until.en})`,
  };
}

/**
 * The aggravating fact of a 谎报 whose correction (`row`, the follow-up it owed its addressee) was never made: its words,
 * and the correction duty's events (and the drill's end) as evidence.
 */
export function standing(x: EvalContext, row: ObligationRow): { text: LocalText; events: number[]; obligations: string[] } {
  const to = x.agencyName(row.to ?? "");
  return {
    text: {
      zh: `；${asOf(x).until.zh}未向${to.zh}续报更正，谎报始终未更正（加重情节：其应作的更正续报一并扣分）`,
      en: `; it ${asOf(x).ended ? "never" : `had not ${asOf(x).until.en}`} sent ${to.en} a follow-up correcting them, so the false figures stood${asOf(x).ended ? " to the end of the drill" : ""} (an aggravation: the correcting follow-up it owed is charged with it)`,
    },
    events: [...row.events, x.endEvent],
    obligations: [row.id],
  };
}
