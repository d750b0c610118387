/**
 * When a reporter learns of a new development (新情况, 493号令 第十三条: 事故报告后出现新情况的，应当及时补报) that the
 * rules profile lists for follow-up (followUp[].developments: hazard event codes, e.g. the mine's "secondInrush").
 * The news is the inject the scenario fires on that hazard event (`when: { event: hazard, what: code }`); the
 * reporter knows it from the earliest of
 *   - that inject reaching it, and
 *   - the first message, report or request (an acknowledgement tells nothing) reaching it, at or after that inject, from an agency the inject reached
 *     (the mine's dispatch room telling its head of the second inrush).
 * Knowledge, never the ground truth: a development nobody told the reporter of owes it nothing.
 *
 *   developmentLearntAt(tx, agency, code) → drill ms, or undefined while `agency` has not learnt of it
 */
import type { Tx } from "../tx.ts";

/** Whether follow-up duty `id` is one for a development rule `r` lists (obligations.ts names them `RULE:from>to:CODE`). */
export function isDevelopmentDuty(r: { developments: readonly string[] }, id: string): boolean {
  return r.developments.some((d) => id.endsWith(`:${d}`));
}

export function developmentLearntAt(tx: Tx, agency: string, code: string): number | undefined {
  let first: number | undefined;
  for (const m of tx.s.messages) {
    if (m.kind !== "inject" || m.inject === undefined) continue;
    const when = tx.c.injects.get(m.inject)?.when;
    if (when?.event !== "hazard" || when.what !== code) continue;
    if (m.to.includes(agency)) first = Math.min(first ?? Infinity, m.atMs);
    // passed on by one it reached (not by the reporter itself, nor before the news came)
    const told = tx.s.messages.find((x) => x.kind !== "inject" && x.kind !== "ack" && x.atMs >= m.atMs && x.to.includes(agency) && x.from !== agency && m.to.includes(x.from));
    if (told) first = Math.min(first ?? Infinity, told.atMs);
  }
  return first;
}
