/**
 * A need its owner could no longer meet because its notifier told it late (issue 10 §1, §5; review16 school 1): the
 * need still runs from when the owner should have been told, and what is missing at that deadline is the late
 * notifier's, charged with points (力量按时到场, DISPATCH_LATE), beside the owner's own finding on its own window (from
 * its late receipt). Without it a later call moved the need's clock later and cost nothing more: the school calling
 * 120 at 00:50 instead of 00:25 scored higher.
 * The notifier answers only from when it could have told the owner (review20 mine A2): a notifier that learnt late itself
 * (the bureau told at 01:10 of a need due 01:25) owed the notice by its own deadline (requirement-notice.ts
 * notifierDueMs, or the timed notice's, notice-due.ts), and the need's deadline is re-based on that, as the owner's own
 * is on its receipt (dispatch.ts: "自获知起算"); met by then, the late notice made nothing late here.
 */
import type { RequirementDef } from "../scenario/schema.ts";
import { clock, span, type EvalContext } from "./context.ts";
import { reachMs } from "./need-root.ts";
import { finding } from "./findings.ts";
import { BASIS_REQ } from "./order-faults.ts";
import { noticeRoots, type OwnWindow } from "./own-window.ts";
import { notifierOf } from "./blame.ts";
import { requirementNotice, requirementNoticeRoot } from "./requirement-notice.ts";
import { noticeDue } from "./notice-due.ts";
import { resolveAgencies } from "../rules/agencies.ts";
import { MINUTE } from "../model/time.ts";
import type { Finding, RequirementRow } from "./report-model.ts";
import type { LocalText } from "../model/ids.ts";

/** The late notifier behind `owner`'s late knowledge (its notice finding's key `dark:<owner>`), if a notifier failed. */
export function lateNotifier(x: EvalContext, owner: string): { agency: string; key: string } | undefined {
  const root = noticeRoots(x, owner)[0] ?? requirementNoticeRoot(x, owner);
  return root && root.key === `dark:${owner}` ? root : undefined;
}

/**
 * The late notifier's finding on `req` (row `row`, judged on its own window `window` for `owner`): DISPATCH_LATE at the
 * need's deadline (row.deadlineMs, from when the owner should have known), key `req:<id>:notice`, in the need's
 * opportunity. [] when the need was met by then or never met at all, the owner was told in time, or nobody up the chain failed.
 * `t` carries the words and evidence the need's own finding prints (what, where, the start its deadline runs from; event indexes).
 */
export function noticeShortfall(x: EvalContext, req: RequirementDef, row: RequirementRow, owner: string, window: OwnWindow | undefined, t: { need: LocalText; place: LocalText; start: LocalText; events: number[] }): Finding[] {
  // only a need met, but late: one never met at all is its owner's own shortfall once told (it would not have come
  // sooner had it been told in time), the late notice costing in its own finding (late-grade.ts)
  if (window?.told === undefined || row.deadlineMs === undefined || row.status !== "late") return [];
  const root = lateNotifier(x, owner);
  if (!root) return [];
  const could = notifierCould(x, owner, root.agency);
  const dueMs = could === undefined ? row.deadlineMs : Math.max(row.deadlineMs, could + req.withinMin * MINUTE);
  const met = row.arrivals[req.count - 1]?.atMs;
  if (met === undefined || met <= dueMs) return [];
  // only the delay the late notice caused (r27 chemical 1): had the owner turned out at once when it was told (its own
  // units' standard turn-out and drive, need-root.ts reachMs), the need would have been met by `would`; a need it could
  // still have met by the deadline after the late notice was made late by the owner alone (its own finding, own window)
  const reach = reachMs(x, req, owner);
  // (to the whole second, as the drill's arrivals are: the poor school's ambulance, 5 min 38.6 s, arrives 5 min 39 s after its order)
  const would = reach === undefined ? met : Math.min(met, window.told + Math.ceil(reach / 1000) * 1000);
  if (would <= dueMs) return [];
  const on = x.agencyName(owner);
  const nn = x.agencyName(root.agency);
  const due = clock(dueMs);
  const rebased = dueMs > row.deadlineMs ? couldText(x, root.agency, could!) : t.start;
  const inTime = row.arrivals.filter((a) => a.atMs <= dueMs).length;
  // the notifier's part: to `would` (the whole delay when the owner was no slower than its turn-out and drive)
  const part = would < met ? {
    zh: `，即使${on.zh}获知后立即出动（出动和行驶按标准），也要 ${clock(would)} 才能满足，其中迟 ${span(would - dueMs).zh}由${nn.zh}承担，其余迟延为${on.zh}自身迟延`,
    en: `; even turning out at once when told (standard turn-out and drive) it could not have met it before ${clock(would)}, so ${span(would - dueMs).en} of the delay is ${nn.en}'s and the rest ${on.en}'s own`,
  } : { zh: `，此前的迟延由${nn.zh}承担`, en: `, so the delay up to then is ${nn.en}'s` };
  const had = inTime === 0 ? { zh: "无一到场", en: "none had arrived" } : { zh: `仅到场 ${inTime} 个单元`, en: `only ${inTime} had arrived` };
  return [finding({
    code: "DISPATCH_LATE", section: "dispatch", agency: root.agency, atMs: dueMs, ruleId: req.id, basis: BASIS_REQ, key: `req:${req.id}:notice`, opportunity: `req:${req.id}`,
    message: {
      zh: `力量未按时到场（通知迟延所致）：${req.text.zh}（需 ${t.need.zh}到${t.place.zh}），时限 ${due}${rebased.zh}，至时限${had.zh}，${clock(met)} 才满足；${on.zh} ${clock(window.told)} 才获知，系${nn.zh}未按时通知所致${part.zh}；${on.zh}自获知起的时限 ${clock(window.dueMs)} 另行评判`,
      en: `Not on scene in time because of a late notice: “${req.text.en}” (${t.need.en} at ${t.place.en}) was due by ${due}${rebased.en}; by then ${had.en}, and it was met only at ${clock(met)}. ${on.en} heard only at ${clock(window.told)} because ${nn.en} did not tell it in time${part.en}; ${on.en} is judged separately on its own window to ${clock(window.dueMs)}`,
    },
    evidence: { events: t.events },
  })];
}

/** The start a re-based deadline runs from: 「（…自获知起应于 HH:MM:SS 前通知，自该时起算）」. */
export function couldText(x: EvalContext, notifier: string, could: number): LocalText {
  const nn = x.agencyName(notifier);
  return { zh: `（${nn.zh}自获知起应于 ${clock(could)} 前通知，自该时起算）`, en: ` (counted from ${clock(could)}, by when ${nn.en}, told late itself, had to pass it on)` };
}

/**
 * When `notifier` could have told `owner` at the latest (ms): the notice owed through a requirement (requirement-notice.ts
 * notifierDueMs: its own knowledge + its duty's minutes), else the timed notice's deadline (notice-due.ts); undefined: none timed.
 */
export function notifierCould(x: EvalContext, owner: string, notifier: string): number | undefined {
  const rn = requirementNotice(x, owner, notifier);
  if (rn) return rn.notifierDueMs;
  const rule = x.c.rules.linkage[x.c.scenario.kind].find((r) => resolveAgencies(x.c, r.agency).includes(owner));
  const t = x.obligations.find((o) => o.ob.kind === "notified" && o.ob.agency === owner && o.ob.ruleId === rule?.id);
  return t ? noticeDue(x, owner, t) : undefined;
}

/**
 * Whether `owner`, never told, could still have met `req` before the drill's end had its notifier told it at the last
 * moment its own limit allowed (notifierCould above, + the need's minutes): then what stays undone is
 * the 未通知's consequence, booked with it, never set aside (r27 mine 2; review22 mine B2). False when no rule times it.
 */
export function meetableLate(x: EvalContext, req: RequirementDef, owner: string): boolean {
  const n = notifierOf(x, owner);
  const could = n === null ? undefined : notifierCould(x, owner, n);
  return could !== undefined && could + req.withinMin * MINUTE <= x.endMs;
}

/**
 * A late notice's consequence charged once (review20 school 3: the school's late 120 call paid 2 on its 通知迟延 for the
 * 120's late dispatch, F16, and 2 more on 到场迟延 for the same ambulance, F19): a need's notice-shortfall finding (above)
 * whose notifier's notice finding (`dark:<owner>`, linkage.ts) already carries the owner's lateness (`caused`,
 * notice-lateness.ts) follows it (rootKey: 随 Fx, 不重复扣分), as the owner's own arrival follows its own late act.
 *   onceWithNotice(x, dispatch, linkage) → `dispatch` with those findings' rootKey set; others as given.
 */
export function onceWithNotice(x: EvalContext, dispatch: readonly Finding[], linkage: readonly Finding[]): Finding[] {
  return chargedWithNotice(x, dispatch.map((f) => {
    const req = f.code === "DISPATCH_LATE" && f.key === `req:${f.ruleId}:notice` ? x.c.scenario.requirements.find((r) => r.id === f.ruleId) : undefined;
    if (!req) return f;
    const root = linkage.find((g) => g.agency === f.agency && g.key !== undefined && g.key.startsWith("dark:") && ownersOf(x, req).has(g.key.slice(5)) && (g.caused?.length ?? 0) > 0);
    return root ? { ...f, rootKey: root.key! } : f;
  }), linkage);
}

const ownersOf = (x: EvalContext, req: RequirementDef): Set<string> => new Set(x.c.scenario.units.filter((u) => req.unitType.includes(u.type)).map((u) => u.agency));

/**
 * One rule for what a notice never made leaves undone (review22 mine B2, school 6; issue 10 §1, §11):
 *   the need a holder never told could not meet (力量不足, 力量派出/到场迟延 charged to its notifier, key `req:<id>:notice`)
 *   is that notice's consequence, charged with it: shown on its row as 随 Fx 计入 Fx (`chargedKey` → `chargedWith`, the
 *   notifier's 未通知, key `dark:<holder>`), its points booked where its opportunity is (力量调派), as a 迟报（他方所致）
 *   row books a late notice's consequence in 信息报告 (relay-lateness.ts reportCaused).
 * Why booked and not set aside: set aside, the need would leave the points attainable, and dropping a notice would raise
 * the dispatch section (section-weight.test "no section rises", review16 school 1; r22-mine2's dce4ed5 did that and was
 * reverted). Why one finding: the notice's finding names the need as its consequence and its total (cli/report/text.ts),
 * so one omission reads as one fault with what it cost, never as a second fault of the notifier's. Never calling thus
 * costs the notice, the holder's whole duty and the needs left, at least what a late call costs (its lateness capped at
 * the duty, notice-lateness.ts). A notice never sent to a holder that heard from elsewhere is not "never made" for its
 * holder's needs (they ran from when it heard: notice-shortfall above), nor is a late one (its consequence folds into it, above).
 *   chargedWithNotice(x, dispatch, linkage) → `dispatch`, those findings with `chargedKey` set; others as given.
 */
export function chargedWithNotice(x: EvalContext, dispatch: readonly Finding[], linkage: readonly Finding[]): Finding[] {
  return dispatch.map((f) => {
    const req = (f.code === "DISPATCH_INSUFFICIENT" || f.code === "DISPATCH_LATE") && f.rootKey === undefined && f.key === `req:${f.ruleId}:notice` ? x.c.scenario.requirements.find((r) => r.id === f.ruleId) : undefined;
    if (!req) return f;
    const owners = ownersOf(x, req);
    const never = linkage.find((g) => g.code === "LINKAGE_NOT_NOTIFIED" && g.heardElsewhere !== true && g.causedBy === undefined && g.agency === f.agency && g.key?.startsWith("dark:") === true && owners.has(g.key.slice(5)));
    return never ? { ...f, chargedKey: never.key! } : f;
  });
}
