/**
 * Judge a duty's completion, not only its first act (issue 10 §6; review9 mine 6): a linkage duty with
 * `parts` (rules profile: the county bureau reports up AND its head goes to the scene, 493号令 第十五条) is
 * opened and timed by its first act, and each part never done by the drill's end is its own finding,
 * LINKAGE_PART_UNDONE, on the duty's holder, in the duty's opportunity, with the part's basis. A duty never
 * met at all is 联而不动 (LINKAGE_IDLE), which covers its parts: nothing more is found. A part not yet due
 * when the drill stops (its act deadline after the cut) is not judged.
 * Shapes: findings dated at the act deadline; evidence the duty's opening and the drill's end.
 */
import { meetsSpec } from "../rules/actions.ts";
import { dutyAction } from "../rules/telling.ts";
import type { Compiled } from "../compile.ts";
import type { DrillEvent } from "../model/events.ts";
import type { LinkageRule } from "../scenario/rules-schema.ts";
import { asOf, clock, type EvalContext, type ObligationTrace } from "./context.ts";
import { finding } from "./findings.ts";
import { actedUntold } from "./blame.ts";
import type { Finding } from "./report-model.ts";

/**
 * Whether `agency`, told at `toldMs`, did `part` of a duty: one of its events since then is an act of the part's
 * (rules/actions.ts meetsSpec on rules/telling.ts dutyAction). The evaluator's test here and the deadline board's
 * (board-parties.ts partsLeft). Errors: none.
 */
export function partDone(c: Compiled, events: readonly DrillEvent[], part: { actions: LinkageRule["actions"] }, agency: string, toldMs: number): boolean {
  const kind = (a: string) => c.agencies.get(a)?.kind;
  return events.some((e) => {
    if (e.at < toldMs) return false;
    const a = dutyAction(c, e);
    return a !== undefined && meetsSpec(part.actions, a, kind, agency) !== undefined;
  });
}

/** The findings on the parts of `rule` that `agency`, told at `toldMs`, never did; `act`: its traced act duty. */
export function undoneParts(x: EvalContext, rule: LinkageRule, agency: string, toldMs: number, act: ObligationTrace): Finding[] {
  if (!rule.parts || !act.met || act.ob.deadlineMs > x.endMs) return [];
  const name = x.agencyName(agency);
  // an agency that issued a command about the incident before it was told knew it then (blame.ts knewAt): the duty's
  // window runs from then (review r22 chemical (a), v5: the bureau sending its notices at 00:20, told only at 01:02 — its
  // head's going to the scene due 00:20 + 15 = 00:35, not 01:17)
  const own = actedUntold(x, agency);
  const knew = own !== undefined && own.atMs < toldMs ? own.atMs : undefined;
  const dueMs = knew !== undefined ? Math.min(act.ob.deadlineMs, knew + (act.ob.deadlineMs - act.ob.openedAtMs)) : act.ob.deadlineMs;
  const from = knew !== undefined
    ? { zh: `${clock(knew)} 已自行获知（其发出有关事故的指令）`, en: ` knew of the incident by ${clock(knew)} (it issued a command about it)` }
    : { zh: `${clock(toldMs)} 接报`, en: ` told at ${clock(toldMs)}` };
  return rule.parts.flatMap((part) => {
    if (partDone(x.c, x.events, part, agency, knew ?? toldMs)) return [];
    return [finding({
      code: "LINKAGE_PART_UNDONE", section: "linkage", opportunity: `link:${rule.id}:${agency}`, agency, atMs: dueMs, ruleId: rule.id,
      basis: part.basis,
      message: {
        zh: `职责未完成：${name.zh}于 ${from.zh}，${asOf(x).until.zh}未${part.text.zh}（职责：${rule.text.zh}），时限 ${clock(dueMs)}`,
        en: `Duty left undone: ${name.en},${from.en}, did not ${part.text.en} ${asOf(x).until.en} (duty: ${rule.text.en}); due by ${clock(dueMs)}`,
      },
      evidence: { events: [act.opened, x.endEvent], obligations: [act.ob.id] },
    })];
  });
}
