/**
 * Evidence that shows the fault (issue 10 §13: evidence links point at the events that show the
 * fault, not at the drill's start or at whatever happened next). A finding about a duty not done
 * cites the duty itself — the linkage obligation of the agency it names, with its opened / missed /
 * met events — and the act when it finally came, or the drill's end when it never did.
 */
import { begunUntold } from "./begun-untold.ts";
import type { EvalContext, ObligationTrace } from "./context.ts";
import { missedAfter, reportAsNotice } from "./notice-due.ts";

/**
 * The linkage duty (`act` obligation) of `agency` whose actions list one of `types` (e.g. cordon;
 * evacuate or shelter); else the notice owed to it (`notified`), which shows why it never had one.
 * Undefined when the profile gives the agency no such duty.
 */
export function dutyObligation(x: EvalContext, agency: string | null, types: readonly string[]): ObligationTrace | undefined {
  if (agency === null) return undefined;
  const act = x.obligations.find((t) => t.ob.kind === "act" && t.ob.agency === agency && t.ob.actions?.some((a) => types.includes(a.type)));
  if (act) return act;
  const rules = x.c.rules.linkage[x.c.scenario.kind].filter((r) => r.actions.some((a) => types.includes(a.type))).map((r) => r.id);
  return x.obligations.find((t) => t.ob.kind === "notified" && t.ob.agency === agency && rules.includes(t.ob.ruleId));
}

/** An obligation's own events, in log order: opened, missed, met (indexes into the log). */
export function obligationEvents(t: ObligationTrace): number[] {
  return [t.opened, ...(t.missed !== undefined ? [t.missed] : []), ...(t.met ? [t.met.event] : [])];
}

/**
 * The events that show a notice to `agency` was owed and missed (review8 mine 10): when the notifier's
 * initial report to it is the notice (notice-due.ts), that report's obligation — opened when the
 * notifier learnt of the incident, missed at its deadline — rather than the linkage notice's opening
 * at the drill's start; otherwise the event the notice's deadline `due` (ms) runs from — the delivery at
 * `due` − the notice's minutes to one of `knowers` (the notifier and its unit's organ that knew first) — else the
 * notifier's own receipt (`notifierTold`, an event index) or the notice's opening, then its miss after `due`.
 * Returns event indexes into the log.
 */
export function noticeEvidence(x: EvalContext, agency: string, notify: ObligationTrace, due: number | undefined, notifierTold?: number, knowers: readonly string[] = []): number[] {
  const report = reportAsNotice(x, agency);
  if (report) return obligationEvents(report);
  // the deadline runs from its start (due − the notice's minutes): cite the event then that told one of `knowers` (the
  // notifier, or the organ of its unit that knew first: the signs to the dispatch room at 00:02 start the mine's call
  // to its rescue team, review r15 mine), else, as before, when the notifier itself learnt
  const startMs = due !== undefined ? due - (notify.ob.deadlineMs - notify.ob.openedAtMs) : undefined;
  const openedAt = x.events[notify.opened]!.at;
  const start = startMs !== undefined ? toldAt(x, startMs, knowers) : undefined;
  const told = notifierTold !== undefined && x.events[notifierTold]!.at > openedAt && (startMs === undefined || startMs > openedAt) ? notifierTold : undefined;
  return [start ?? told ?? notify.opened, ...missedAfter(x, notify, due)];
}

/** The first event at `atMs` addressed to (or, for a report or message, sent by) one of `agencies`; undefined: none. */
function toldAt(x: EvalContext, atMs: number, agencies: readonly string[]): number | undefined {
  const i = x.events.findIndex((e) => e.at === atMs && agencies.some((a) => ("to" in e && [e.to].flat().includes(a)) || ((e.type === "reportSubmitted" || e.type === "messageSent") && e.from === a)));
  return i >= 0 ? i : undefined;
}

/** The obligations a notice finding cites (noticeEvidence's): the linkage notice, and the notifier's report to `agency` when that report is the notice. */
export function noticeObligations(x: EvalContext, agency: string, notify: ObligationTrace): string[] {
  const report = reportAsNotice(x, agency);
  return [notify.ob.id, ...(report ? [report.ob.id] : [])];
}

/**
 * Evidence of a duty of `agency` listing `types`: its obligation (id and events), the events that
 * finally did it (`done`), or the drill's last event when nothing did. Shape: Partial<Evidence>.
 */
export function dutyEvidence(x: EvalContext, agency: string | null, types: readonly string[], done: readonly number[]): { events: number[]; obligations: string[] } {
  const duty = dutyObligation(x, agency, types);
  // a duty its holder began by its own command before anyone told it: that command, not the engine's later clock
  // (begun-untold.ts; review r22 chemical v9: the brigade's 00:13 dispatch, not the 00:56:48 receipt's 「时限 00:58:48」)
  const begun = duty ? begunUntold(x, duty) : undefined;
  return {
    events: [...(begun ? [begun.event] : duty ? obligationEvents(duty) : []), ...(done.length > 0 ? done : [x.endEvent])],
    obligations: duty && !begun ? [duty.ob.id] : [],
  };
}
