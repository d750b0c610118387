/**
 * Which command met a linkage duty: the event a strength or a finding cites for an agency's act. A duty is met by
 * an obligationMet event; the command behind it is the agency's own act that matches the duty's action specs
 * (rules/actions.ts meetsSpec, as the engine judges it).
 */
import { meetsSpec } from "../rules/actions.ts";
import { dutyAction } from "../rules/telling.ts";
import type { LinkageRule } from "../scenario/rules-schema.ts";
import type { EvalContext } from "./context.ts";

/** The agency id → its kind, as meetsSpec asks. */
export function kindOf(x: EvalContext): (agency: string) => string | undefined {
  return (a) => x.c.agencies.get(a)?.kind;
}

/**
 * The command event that met a duty: the last act of `agency` matching `rule` at or before event `metEvent` (-1:
 * none). With `byEvent` (the obligationMet's "dispatch survey", "evacuate", "message m9"), the act it names: two
 * orders in one tick both match the spec, and the strength must cite the one it describes (review16 mine good: the
 * rescue team's 侦察 cited its 救人 dispatch); the last matching act when none is named so.
 */
export function commandEventBefore(x: EvalContext, metEvent: number, agency: string, rule: LinkageRule, byEvent?: string): number {
  let last = -1;
  for (let i = metEvent; i >= 0; i--) {
    const a = dutyAction(x.c, x.events[i]!);
    if (!a || !meetsSpec(rule.actions, a, kindOf(x), agency)) continue;
    if (byEvent === undefined || names(byEvent, x.events[i]!, a)) return i;
    if (last < 0) last = i;
  }
  return last;
}

/** Whether obligationMet's `byEvent` names act `a` (event `e`): "type task", or "message|report id". */
function names(byEvent: string, e: EvalContext["events"][number], a: { type: string; task?: string }): boolean {
  const msg = /^(?:report|message) (\S+)$/.exec(byEvent);
  if (msg) return "id" in e && e.id === msg[1];
  return byEvent === `${a.type}${a.task ? ` ${a.task}` : ""}`;
}

/** The index of the first event that is an act meeting `rule`'s spec for `agency` (-1: none). */
export function firstCommandEvent(x: EvalContext, agency: string, rule: LinkageRule): number {
  return x.events.findIndex((e) => {
    const a = dutyAction(x.c, e);
    return a !== undefined && meetsSpec(rule.actions, a, kindOf(x), agency) !== undefined;
  });
}
