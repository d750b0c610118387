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

/** The command event that met a duty: the last act of `agency` matching `rule` at or before event `metEvent` (-1: none). */
export function commandEventBefore(x: EvalContext, metEvent: number, agency: string, rule: LinkageRule): number {
  for (let i = metEvent; i >= 0; i--) {
    const a = dutyAction(x.c, x.events[i]!);
    if (a && meetsSpec(rule.actions, a, kindOf(x), agency)) return i;
  }
  return -1;
}

/** The index of the first event that is an act meeting `rule`'s spec for `agency` (-1: none). */
export function firstCommandEvent(x: EvalContext, agency: string, rule: LinkageRule): number {
  return x.events.findIndex((e) => {
    const a = dutyAction(x.c, e);
    return a !== undefined && meetsSpec(rule.actions, a, kindOf(x), agency) !== undefined;
  });
}
