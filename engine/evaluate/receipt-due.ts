/**
 * A deadline that runs from when the agency knew (issue 10 §5; review12 chemical 4): the ERG's first 30 minutes
 * for a cordon or the public's protection are counted from the agency's own receipt — its duty of those command
 * types opened (the police at the 110 call, 00:11 → 00:41) — never earlier than 30 minutes from the release
 * (scenario incidentAt). Shape: ms of drill time, and `from` (the receipt, when it is what moved the deadline).
 */
import { formatClock } from "../model/time.ts";
import type { LocalText } from "../model/ids.ts";
import type { EvalContext } from "./context.ts";
import { knewAt } from "./blame.ts";
import { dutyObligation } from "./evidence.ts";

/** `withinMs`: the duty's own limit (cordon.ts CORDON_WITHIN_MS, protective-action.ts PROTECT_WITHIN_MS). */
export function dueFromReceipt(x: EvalContext, agency: string | null, types: readonly string[], withinMs: number): { dueMs: number; from: number | undefined } {
  // the engine opens the duty at the agency's receipt; an agency that acted on the incident before anyone told it knew
  // it then (blame.ts knewAt, review r22 chemical-leak 1: the brigade dispatching from 00:13, never called on 119)
  const raw = agency !== null ? dutyObligation(x, agency, types)?.ob.openedAtMs : undefined;
  const knew = agency !== null ? knewAt(x, agency) : undefined;
  const opened = raw !== undefined && knew !== undefined ? Math.min(raw, knew) : raw;
  const from = opened !== undefined && opened > x.c.incidentAtMs ? opened : undefined;
  return { dueMs: (from ?? x.c.incidentAtMs) + withinMs, from };
}

/** "时限 00:41:00，00:11:00 获知起算" or "时限 00:30:00，应在30分钟内", as the finding prints it. */
export function dueWords(d: { dueMs: number; from: number | undefined }): LocalText {
  return d.from !== undefined
    ? { zh: `时限 ${formatClock(d.dueMs)}，${formatClock(d.from)} 获知起算`, en: `due by ${formatClock(d.dueMs)}, 30 min from its receipt at ${formatClock(d.from)}` }
    : { zh: `时限 ${formatClock(d.dueMs)}，应在30分钟内`, en: `due by ${formatClock(d.dueMs)}, within 30 min` };
}
