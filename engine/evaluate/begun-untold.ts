/**
 * A linkage duty begun before its holder was told (review r22 chemical-leak (a), (b)): the engine opens a holder's act duty
 * when a notice reaches it, but an agency that issued a command about the incident before anyone told it knew it then
 * (blame.ts knewAt) — and when that command is an act of the duty itself (the bureau's 00:20 notices to six agencies, the
 * brigade's 00:13 dispatch with no 119 call), the duty was begun then, not at the later receipt. The timeline's marks of
 * the engine's later clock (opened at the 01:02 / 00:56:48 receipt, due 15 / 2 min after) are nobody's deadline: the
 * marks are left out (timeline-marks.ts), as the findings judge the duty from the holder's own command.
 *
 *   begunUntold(x, t) → { atMs, event } of the holder's first command meeting the duty's actions, issued before anyone
 *   told it and before the engine opened `t`; undefined for any other duty (not a linkage act duty, or told first).
 */
import { meetsSpec } from "../rules/actions.ts";
import { dutyAction } from "../rules/telling.ts";
import { actedUntold } from "./blame.ts";
import type { EvalContext, ObligationTrace } from "./context.ts";

export function begunUntold(x: EvalContext, t: ObligationTrace): { atMs: number; event: number } | undefined {
  if (t.ob.kind !== "act") return undefined;
  const rule = x.c.rules.linkage[x.c.scenario.kind].find((r) => r.id === t.ob.ruleId);
  const holder = t.ob.agency;
  const own = actedUntold(x, holder);
  if (!rule || own === undefined || own.atMs >= t.ob.openedAtMs) return undefined;
  const kind = (a: string) => x.c.agencies.get(a)?.kind;
  for (let i = own.event; i < x.events.length; i++) {
    const e = x.events[i]!;
    if (e.at >= t.ob.openedAtMs) break;
    const a = dutyAction(x.c, e);
    if (a !== undefined && a.agency === holder && meetsSpec(rule.actions, a, kind, holder) !== undefined) return { atMs: e.at, event: i };
  }
  return undefined;
}
