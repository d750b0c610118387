/** Findings on commands the engine refused (the linkage section: an agency ordering what is not its to order). */
import { clock, type EvalContext } from "./context.ts";
import { finding } from "./findings.ts";
import { label } from "./glossary.ts";
import type { Finding } from "./report-model.ts";
import type { RejectionCode } from "../model/events.ts";

/**
 * Refusals that are no fault of the order's giver, with why (the rule is this table: a code here is never a finding).
 * - alreadyOrdered: the same dispatch (same units, place, task) repeated from the same seat while the first, accepted,
 *   is still under way (engine/units/dispatch.ts): two people sharing one seat, as the README allows, sending it seconds
 *   apart. Nothing was ordered that was not already being done, so no evaluator charges it as 指令无效 (newcomer r22:
 *   the brigade's second 调派 of 防化二组 to V-101 for 洗消, 0.33 off). A refused order for another task or place of a
 *   busy unit (`unitBusy`) is still one.
 */
export const NOT_ORDER_FAULTS: Readonly<Partial<Record<RejectionCode, string>>> = {
  alreadyOrdered: "repeats an order already in effect from the same seat",
};

/** Commands the engine refused: an agency trying what it may not (another's units, powers it lacks). */
export function rejections(x: EvalContext): Finding[] {
  const out: Finding[] = [];
  x.events.forEach((e, i) => {
    if (e.type !== "rejected" || !x.c.agencies.has(e.by) || NOT_ORDER_FAULTS[e.code] !== undefined) return;
    const n = x.agencyName(e.by);
    const cmd = label("command", e.command);
    out.push(finding({
      code: "COMMAND_REJECTED", section: "linkage", agency: e.by, atMs: e.at, ruleId: `REJECT-${e.code}`,
      basis: "职责与权限（消防法 第四十五条、突发事件应对法 第六十三、七十一条等）；力量隶属（跨部门调用须经请求支援）",
      // the command in words; why it was refused is the event's own line in the timeline (i18n rejected.*)
      message: { zh: `指令无效：${n.zh}的「${cmd.zh}」指令被拒绝（${clock(e.at)}，见事件 #${i}）`, en: `Command refused: ${n.en}'s "${cmd.en}" order was rejected (${clock(e.at)}, see event #${i})` },
      evidence: { events: [i] },
    }));
  });
  return out;
}
