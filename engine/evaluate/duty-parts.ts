/**
 * Judge a duty's completion, not only its first act (issue 10 §6; review9 mine 6): a linkage duty with
 * `parts` (rules profile: the county bureau reports up AND its head goes to the scene, 493号令 第十五条) is
 * opened and timed by its first act, and each part never done by the drill's end is its own finding,
 * LINKAGE_PART_UNDONE, on the duty's holder, in the duty's opportunity, with the part's basis. A duty never
 * met at all is 联而不动 (LINKAGE_IDLE), which covers its parts: nothing more is found. A part not yet due
 * when the drill stops (its deadline after the cut) is not judged.
 * A part's deadline is the one its own words imply (review22 school 8): `withinMin` after `from` (the holder's first unit
 * on scene: the cordon is drawn on the fire ground, not within the 1-minute turn-out), else the duty's act deadline; a
 * part counted from an arrival that never came is not judged (the arrival's own finding stands). A part done after its
 * deadline, by the holder or an agency that shares it (`by`), is charged late on the part's holder once (review22 school
 * 7: the police's cordon 34 min after the first tender): LINKAGE_PART_UNDONE priced as a late share (late-grade.ts
 * lateShare: half the part per started window of its limit, never more than the part undone), since done late is
 * better than never done.
 * Shapes: findings dated at the part's deadline (ms); evidence the duty's opening (or the arrival), the late act or the
 * drill's end.
 */
import { meetsSpec } from "../rules/actions.ts";
import { dutyAction } from "../rules/telling.ts";
import type { Compiled } from "../compile.ts";
import type { DrillEvent } from "../model/events.ts";
import type { LinkageRule } from "../scenario/rules-schema.ts";
import { asOf, clock, span, type EvalContext, type ObligationTrace } from "./context.ts";
import { finding } from "./findings.ts";
import { actedUntold } from "./blame.ts";
import { lateShare } from "./late-grade.ts";
import type { Finding } from "./report-model.ts";

type Part = NonNullable<LinkageRule["parts"]>[number];

/**
 * The first act of `part` since `toldMs` by `agency` or an agency that shares it (rules/actions.ts meetsSpec on
 * rules/telling.ts dutyAction): its time (ms), event index and doer; undefined when never done. Errors: none.
 */
export function partDoneBy(c: Compiled, events: readonly DrillEvent[], part: { actions: LinkageRule["actions"] }, agency: string, toldMs: number): { atMs: number; event: number; by: string } | undefined {
  const kind = (a: string) => c.agencies.get(a)?.kind;
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!;
    if (e.at < toldMs) continue;
    const a = dutyAction(c, e);
    if (a !== undefined && meetsSpec(part.actions, a, kind, agency) !== undefined) return { atMs: e.at, event: i, by: a.agency };
  }
  return undefined;
}

/**
 * Whether `agency`, told at `toldMs`, did `part` of a duty: one of its events since then is an act of the part's.
 * The evaluator's test here and the deadline board's (board-parties.ts partsLeft). Errors: none.
 */
export function partDone(c: Compiled, events: readonly DrillEvent[], part: { actions: LinkageRule["actions"] }, agency: string, toldMs: number): boolean {
  return partDoneBy(c, events, part, agency, toldMs) !== undefined;
}

/**
 * The part's deadline (ms) and what it counts from: `withinMin` after the holder's first unit on scene (`from:
 * arrival`), or the duty's act deadline `actDueMs`; undefined when counted from an arrival that never came.
 */
function partDue(x: EvalContext, part: Part, agency: string, toldMs: number, actDueMs: number): { dueMs: number; event?: number; arrivedMs?: number } | undefined {
  if (part.withinMin === undefined) return { dueMs: actDueMs };
  if (part.from !== "arrival") return { dueMs: toldMs + part.withinMin * 60_000 };
  const i = x.events.findIndex((e) => e.at >= toldMs && e.type === "unitArrived" && x.c.units.get(e.unit)?.agency === agency);
  if (i < 0) return undefined;
  const at = x.events[i]!.at;
  return { dueMs: at + part.withinMin * 60_000, event: i, arrivedMs: at };
}

/** The findings on the parts of `rule` that `agency`, told at `toldMs`, never did or did late; `act`: its traced act duty. */
export function undoneParts(x: EvalContext, rule: LinkageRule, agency: string, toldMs: number, act: ObligationTrace): Finding[] {
  if (!rule.parts || !act.met) return [];
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
  const start = knew ?? toldMs;
  return rule.parts.flatMap((part) => {
    const due = partDue(x, part, agency, start, dueMs);
    if (!due || due.dueMs > x.endMs) return [];
    const done = partDoneBy(x.c, x.events, part, agency, start);
    if (done && done.atMs <= due.dueMs) return [];
    const arrived = due.arrivedMs !== undefined
      ? { zh: `${clock(due.arrivedMs)} 首车到场后`, en: `, first on scene at ${clock(due.arrivedMs)},` }
      : { zh: "", en: "" };
    const base = {
      code: "LINKAGE_PART_UNDONE" as const, section: "linkage" as const, opportunity: `link:${rule.id}:${agency}`, agency, atMs: due.dueMs, ruleId: rule.id,
      basis: part.basis,
    };
    const opened = due.event ?? act.opened;
    if (!done) {
      return [finding({
        ...base,
        message: {
          zh: `职责未完成：${name.zh}于 ${from.zh}，${arrived.zh}${asOf(x).until.zh}未${part.text.zh}（职责：${rule.text.zh}），时限 ${clock(due.dueMs)}`,
          en: `Duty left undone: ${name.en},${from.en}${arrived.en} did not ${part.text.en} ${asOf(x).until.en} (duty: ${rule.text.en}); due by ${clock(due.dueMs)}`,
        },
        evidence: { events: [act.opened, opened, x.endEvent], obligations: [act.ob.id] },
        mark: { text: part.text, dueMs: due.dueMs },
      })];
    }
    // done late: half the part per started window of its own limit, never more than the part undone (late-grade.ts)
    const late = done.atMs - due.dueMs;
    const windowMs = part.withinMin !== undefined ? part.withinMin * 60_000 : dueMs - start;
    const by = done.by === agency ? { zh: "", en: "" } : { zh: `（${x.agencyName(done.by).zh}）`, en: ` (by ${x.agencyName(done.by).en})` };
    return [{
      ...finding({
        ...base,
        quantity: lateShare(late, windowMs, 0.5),
        message: {
          zh: `响应迟缓：${name.zh}于 ${from.zh}，${arrived.zh}${part.text.zh}迟至 ${clock(done.atMs)} 才完成${by.zh}（职责：${rule.text.zh}），时限 ${clock(due.dueMs)}，迟 ${span(late).zh}`,
          en: `Slow response: ${name.en},${from.en}${arrived.en} did not ${part.text.en} until ${clock(done.atMs)}${by.en} (duty: ${rule.text.en}); due by ${clock(due.dueMs)}, ${span(late).en} late`,
        },
        evidence: { events: [act.opened, opened, done.event], obligations: [act.ob.id] },
        mark: { text: part.text, dueMs: due.dueMs, doneEvent: done.event },
      }),
      lateShare: true as const,
    }];
  });
}
