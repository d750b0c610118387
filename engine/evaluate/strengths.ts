/**
 * 经验 that an evaluator would sign (issue 10 §10): a strength never cites a command that a finding
 * condemns, nor a duty that a finding on the same agency condemns — a duty met "in time" by a traffic
 * post is no strength when findings on that agency cite the same duty for the cordon or the people it
 * left unprotected (the strength would have to name only the part done; it is dropped instead).
 */
import type { DrillEvent } from "../model/events.ts";
import type { Evidence, Finding, Strength } from "./report-model.ts";

/** The strengths no finding condemns: neither a command they cite (by log sequence) nor, on the same agency, a duty they cite. */
export function uncondemned(events: readonly DrillEvent[], findings: readonly Finding[], strengths: Strength[]): Strength[] {
  const seqOf = (i: number) => (events[i] as { seq?: number } | undefined)?.seq;
  const condemned = new Set(findings.flatMap((f) => f.evidence.events.map(seqOf).filter((s): s is number => s !== undefined)));
  return strengths.filter((s) => {
    if (s.evidence.events.some((i) => { const q = seqOf(i); return q !== undefined && condemned.has(q); })) return false;
    const duties = dutiesCited(events, s.evidence);
    return !findings.some((f) => f.agency === s.agency && [...dutiesCited(events, f.evidence)].some((d) => duties.has(d)));
  });
}

/** The obligation ids evidence cites: by id, or through an event that opened, met or missed one. */
function dutiesCited(events: readonly DrillEvent[], ev: Evidence): Set<string> {
  const ids = new Set(ev.obligations);
  for (const i of ev.events) {
    const e = events[i];
    if (e?.type === "obligationOpened") ids.add(e.obligation.id);
    else if (e?.type === "obligationMet" || e?.type === "obligationMissed") ids.add(e.id);
  }
  return ids;
}
