/**
 * One dishonesty, charged once (issue 10 §2; review18 mine C). 493号令 第三十六条 punishes the accident unit that
 * "谎报或者瞒报事故" once for the accident, not once per authority: a unit that hid the accident from everyone is one 瞒报
 * (hidden-accident.ts), and a unit that told several authorities the same untrue figures is one 谎报. Each report it
 * spoilt still fails whole (its worth, as the 漏报 it also is), but the honesty item's own points beyond that worth are
 * taken once per agency, by its earliest such finding (then the lowest id), so lying to three offices never costs more
 * than hiding the accident from them (hidden-accident.test: silence ≤ false reports).
 *
 *   beyondOnce(findings, dishonest) → ids of the findings that take the honesty points beyond their report's worth:
 *   per agency, the first of those `dishonest` says are priced beyond worth (credit.ts worseThanNone).
 */
import type { Finding } from "./report-model.ts";

export function beyondOnce(findings: readonly Finding[], dishonest: (f: Finding) => boolean): Set<string> {
  const first = new Map<string, Finding>();
  for (const f of findings) {
    if (!dishonest(f) || f.causedBy !== undefined || f.agency === null) continue;
    const was = first.get(f.agency);
    if (was === undefined || f.atMs < was.atMs || (f.atMs === was.atMs && Number(f.id.slice(1)) < Number(was.id.slice(1)))) first.set(f.agency, f);
  }
  return new Set([...first.values()].map((f) => f.id));
}
