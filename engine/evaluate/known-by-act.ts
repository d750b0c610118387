/**
 * An agency that knew of the incident by its own act, told by nobody before it (the engine dates its knowledge so:
 * commands/apply.ts actsOnIncident; domain.md §5). Review19 mine A1: the mine head, never told by the dispatch room,
 * called the rescue team at 00:30 and was said to have learnt of the incident at 01:05:50 from the positioning system.
 * The findings that time its duties say when and how it knew: 「于 00:30:00 已获知（其自身 00:30:00 请求支援）」.
 *
 *   knownByAct(x, agency) → { atMs, event, act } when `agency`'s knowledge (x.state.knowledge, ms) is dated by an act of
 *   its own (`event`, an index into x.events; `act`, its wording) and no delivery that tells had reached it by then;
 *   undefined otherwise (told, or never knew).
 */
import type { LocalText } from "../model/ids.ts";
import { actionOf } from "../rules/actions.ts";
import { tells } from "../rules/telling.ts";
import { clock, type EvalContext } from "./context.ts";
import { actionText } from "./glossary.ts";
import { deliveries } from "./notice-sent.ts";

export interface KnownByAct {
  atMs: number;
  event: number;
  act: LocalText;
}

export function knownByAct(x: EvalContext, agency: string): KnownByAct | undefined {
  const at = x.state.knowledge.find((k) => k.agency === agency)?.notifiedAtMs;
  if (at === undefined) return undefined;
  if (x.events.some((e) => e.at <= at && tells(x.c, e) && deliveries(e).some((d) => d.to === agency))) return undefined;
  const event = x.events.findIndex((e) => e.at === at && actionOf(e)?.agency === agency);
  if (event < 0) return undefined;
  const a = actionOf(x.events[event]!)!;
  return { atMs: at, event, act: actionText(`${a.type}${a.task ? ` ${a.task}` : ""}`, x.unitName, x.c.scenario.kind) };
}

/** 「于 00:30:00 已获知（其自身 00:30:00 请求支援）」 for an agency that knew by its act, else 「于 00:30:00 接报」. */
export function knewText(x: EvalContext, agency: string, atMs: number): LocalText {
  const k = knownByAct(x, agency);
  return k && k.atMs === atMs
    ? { zh: `于 ${clock(atMs)} 已获知（其自身 ${clock(atMs)} ${k.act.zh}，未经他方告知）`, en: ` knew of it by ${clock(atMs)} (its own ${k.act.en} at ${clock(atMs)}, told by no one)` }
    : { zh: `于 ${clock(atMs)} 接报`, en: ` was told at ${clock(atMs)}` };
}

/** The "via" of a notice never or late given, for an agency that knew by its own act: 「（未经告知，其自身 00:30:00 请求支援）」. */
export function viaOwnAct(x: EvalContext, agency: string): LocalText | undefined {
  const k = knownByAct(x, agency);
  return k ? { zh: `（未经告知，其自身 ${clock(k.atMs)} ${k.act.zh}，可见已获知）`, en: ` (told by no one: its own ${k.act.en} at ${clock(k.atMs)} shows it knew)` } : undefined;
}
