/**
 * A need its owner could no longer meet because its notifier told it late (issue 10 §1, §5; review16 school 1): the
 * need still runs from when the owner should have been told, and what is missing at that deadline is the late
 * notifier's, charged with points (力量按时到场, DISPATCH_LATE), beside the owner's own finding on its own window (from
 * its late receipt). Without it a later call moved the need's clock later and cost nothing more: the school calling
 * 120 at 00:50 instead of 00:25 scored higher.
 */
import type { RequirementDef } from "../scenario/schema.ts";
import { clock, type EvalContext } from "./context.ts";
import { finding } from "./findings.ts";
import { BASIS_REQ } from "./order-faults.ts";
import { noticeRoots, type OwnWindow } from "./own-window.ts";
import { requirementNoticeRoot } from "./requirement-notice.ts";
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
  const on = x.agencyName(owner);
  const nn = x.agencyName(root.agency);
  const due = clock(row.deadlineMs);
  const inTime = row.arrivals.filter((a) => a.atMs <= row.deadlineMs!).length;
  const had = inTime === 0 ? { zh: "无一到场", en: "none had arrived" } : { zh: `仅到场 ${inTime} 个单元`, en: `only ${inTime} had arrived` };
  const met = clock(row.arrivals[req.count - 1]!.atMs);
  return [finding({
    code: "DISPATCH_LATE", section: "dispatch", agency: root.agency, atMs: row.deadlineMs, ruleId: req.id, basis: BASIS_REQ, key: `req:${req.id}:notice`, opportunity: `req:${req.id}`,
    message: {
      zh: `力量未按时到场（通知迟延所致）：${req.text.zh}（需 ${t.need.zh}到${t.place.zh}），时限 ${due}${t.start.zh}，至时限${had.zh}，${met} 才满足；${on.zh} ${clock(window.told)} 才获知，系${nn.zh}未按时通知所致，此前的迟延由${nn.zh}承担；${on.zh}自获知起的时限 ${clock(window.dueMs)} 另行评判`,
      en: `Not on scene in time because of a late notice: “${req.text.en}” (${t.need.en} at ${t.place.en}) was due by ${due}${t.start.en}; by then ${had.en}, and it was met only at ${met}. ${on.en} heard only at ${clock(window.told)} because ${nn.en} did not tell it in time, so the delay up to then is ${nn.en}'s; ${on.en} is judged separately on its own window to ${clock(window.dueMs)}`,
    },
    evidence: { events: t.events },
  })];
}
