/**
 * What each agency bears of a report's preventable harm (OUTCOME_PREVENTABLE_HARM, rubric points), for the monotonicity
 * tests (issue 10: correcting one agency's fault never raises another agency's share or charge, nor its own charge):
 *   share(a)   its entry in the finding's `shares` (causal share, causal-share.ts; joint part, joint-share.ts);
 *   charge(a)  all of the harm it bears: the whole finding when it is on `a` alone (its rubric points), else its share,
 *              plus the part a single agency's corrections avoid (`causedPart`, harm-share.ts), on the agency of the
 *              finding's first cause (the avoiding causes come first in `causes`).
 */
import type { Finding, ReportModel } from "../../engine/evaluate/report-model.ts";

export const harmOf = (r: ReportModel): Finding | undefined => r.findings.find((f) => f.code === "OUTCOME_PREVENTABLE_HARM");

/** per agency: its share of the harm (rubric points) */
export function harmShares(r: ReportModel): Map<string, number> {
  return new Map((harmOf(r)?.shares ?? []).map((s) => [s.agency, s.points]));
}

/** per agency: all of the harm it bears (rubric points; header) */
export function harmCharges(r: ReportModel): Map<string, number> {
  const f = harmOf(r);
  const out = new Map<string, number>();
  if (f === undefined) return out;
  const add = (a: string | null | undefined, p: number) => {
    if (a) out.set(a, Math.round(((out.get(a) ?? 0) + p) * 10_000) / 10_000);
  };
  add(f.agency, f.rubricPoints ?? 0);
  for (const s of f.shares ?? []) add(s.agency, s.points);
  if (f.causedPart !== undefined) add(r.findings.find((c) => c.id === f.causes?.[0])?.agency, f.causedPart);
  return out;
}

/** "sch: 5.5 → 8" for each agency `who` keeps whose figure rose from `before` to `after` by more than ε = 1/10 000 */
export function rises(before: ReadonlyMap<string, number>, after: ReadonlyMap<string, number>, who: (agency: string) => boolean): string[] {
  return [...after].filter(([a, p]) => who(a) && p > (before.get(a) ?? 0) + 1e-4).map(([a, p]) => `${a}: ${before.get(a) ?? 0} → ${p}`);
}
