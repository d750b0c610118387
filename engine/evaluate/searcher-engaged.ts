/**
 * From when the incident's unit owed a searcher (fire brigade, mine rescue team) what it knew of people trapped or
 * missing (told-rescuers.ts; review26 school 1). The duty to say where they are (AQ/T 9009 附录A 4 指挥和协调: the
 * on-scene command must know where the trapped are; drill-scripts.md C3 steps 7–8, C1 step 10) runs from when the
 * searcher is in the response, whoever told it: the unit's own call, or, when the unit never called it, the first
 * notice that reached it from anyone else (the 110 relaying a passer-by's call). A unit that never called 119 still
 * owes the crews on its grounds the missing pupil's last place; its missing call is its own finding (未通知), not a
 * reason to set the passing-on aside. A searcher nobody told is no searcher in the response: a notice finding only.
 *
 *   engaged(x, unit, to) → { atMs, index, calls } | undefined: `calls` the unit's telling messages to `to` and the
 *   reports it phoned to `to` as its alarm (alarm-call.ts alarmCalls), in event order, with their words; `atMs`/`index` the first of them, else when `to` knew of the incident (blame.ts knewAt: its first own command
 *   on it, or the event that first told it); undefined when it neither knew nor acted by the drill's last moment, or
 *   when the unit called it in otherwise (a support request) or a member of the unit (an agency reporting to it) did.
 */
import { tells } from "../rules/telling.ts";
import type { EvalContext } from "./context.ts";
import { actedUntold, notifiedAt } from "./blame.ts";
import { alarmCalls } from "./alarm-call.ts";

export interface Engaged {
  /** ms: when the searcher was in the response */
  atMs: number;
  /** the event that put it there (the unit's first call, or another's notice); -1 when no event shows it */
  index: number;
  /** the unit's telling messages to the searcher, in order (empty: it never called it) */
  calls: Array<{ e: { at: number; id: string; text: string }; i: number }>;
}

export function engaged(x: EvalContext, unit: string, to: string): Engaged | undefined {
  // its telling messages, and the reports it phoned to the searcher as its alarm (alarm-call.ts alarmCalls: the rule's `alarm`)
  const reported = unit === x.c.scenario.incidentAgency ? alarmCalls(x, to).filter((k) => k.e.type === "reportSubmitted").map((k) => ({ e: { at: k.e.at, id: k.e.id, text: k.text }, i: k.i })) : [];
  const calls = [...x.events.flatMap((e, i) => (e.type === "messageSent" && e.from === unit && e.to.includes(to) && tells(x.c, e) ? [{ e, i }] : [])), ...reported].sort((p, q) => p.i - q.i);
  if (calls.length > 0) return { atMs: calls[0]!.e.at, index: calls[0]!.i, calls };
  // called in by the unit otherwise (its support request: the mine's call to its rescue team) or by a member of it (the
  // mine's dispatch room, reporting to the mine): no alarm left unmade; the passing-on stays judged on its messages alone
  const inUnit = (id: string) => id === unit || x.c.agencies.get(id)?.reportsTo === unit;
  if (x.events.some((e) => (e.type === "messageSent" && inUnit(e.from) && e.to.includes(to) && tells(x.c, e)) || (e.type === "supportRequested" && inUnit(e.by) && e.from === to))) return undefined;
  // it knew when told, or when it first acted on the incident untold (blame.ts knewAt: the brigade's own dispatch)
  const acted = actedUntold(x, to);
  if (acted && acted.atMs <= x.endMs) return { atMs: acted.atMs, index: acted.event, calls };
  const told = notifiedAt(x, to);
  if (told === undefined || told > x.endMs) return undefined;
  const reaches = (e: (typeof x.events)[number]) =>
    (e.type === "messageSent" || e.type === "injectDelivered") ? e.to.includes(to) : e.type === "reportSubmitted" && e.to === to;
  return { atMs: told, index: x.events.findIndex((e) => e.at === told && reaches(e)), calls };
}
