/**
 * An idle agency that did speak, but only upward (review16 school F31: the bureau, told at 00:40, answered the city at
 * 00:55 and reported to the county duty office at 00:58, and coordinated nothing): "联而不动" alone read as if it had
 * done nothing at all. Its reports and answers to the levels above, with their times.
 */
import type { LocalText } from "../model/ids.ts";
import { clock, type EvalContext } from "./context.ts";

/** The levels above a county agency: a report or an answer to them is reporting, not coordinating. */
const ABOVE: ReadonlySet<string> = new Set(["countyDutyOffice", "countyGov", "cityEmergencyBureau", "cityDutyOffice", "mineSafetyProvincial"]);

/**
 * "其后仅被动上报（00:55:00、00:58:00），" when everything `agency` sent after `fromMs` went to the levels above
 * (reports, or messages to them only), with the event indices; undefined when it sent nothing or told anyone else.
 */
export function onlyUpward(x: EvalContext, agency: string, fromMs: number): { text: LocalText; events: number[] } | undefined {
  const kind = (a: string) => x.c.agencies.get(a)?.kind ?? "";
  const sent = x.events.flatMap((e, i) => (e.at > fromMs && (e.type === "reportSubmitted" || e.type === "messageSent") && e.from === agency ? [{ e, i }] : []));
  if (sent.length === 0) return undefined;
  const up = sent.every(({ e }) => (e.type === "reportSubmitted" ? ABOVE.has(kind(e.to)) : e.type === "messageSent" && e.to.every((t) => ABOVE.has(kind(t)))));
  if (!up) return undefined;
  const times = sent.map(({ e }) => clock(e.at));
  return {
    text: { zh: `其后仅被动上报（${times.join("、")}），`, en: `it only reported upward (${times.join(", ")}) and ` },
    events: sent.map(({ i }) => i),
  };
}
