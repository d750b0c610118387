/**
 * Harm that no single correction avoids but several together do, charged jointly to the agencies whose faults
 * together caused it, each with its share (review15 school 1; AQ/T 9009-2015 4.1, domain.md §3.6: a problem is
 * reported with the organisation and people that caused it). The school fire's pupil in the third-floor toilets
 * dies whichever single fault is put right, but lives when the school raises the alarm and calls 119 at once and
 * passes on where he was, and the brigade sends its crews at once and searches the toilets: his death is the
 * school's and the brigade's together, not "no agency's".
 *
 *   candidates  the faults bearing on the harm (causes.ts jointCandidates), each with a correction to build
 *               (cause-reruns.ts correctedPlay);
 *   avoided     the harm (rubric points) all candidates corrected together avoid, replayed (same scenario, seed);
 *   joint part  min(rest, avoided − what the single causes alone avoid): the harm only the combination avoids;
 *   needed      a minimal set of candidates still avoiding it: each candidate, latest fault first, is left out
 *               of the combination when the others still avoid as much (so the faults that began first stay,
 *               as the principal cause is the fault that began first);
 *   shares      the joint part split equally among the agencies whose faults are needed (every one of them is
 *               needed, none is enough: the Shapley value of a harm that only all of them together avoid, each agency's
 *               corrections one player, so a fault itemised finer weighs no more: review20 school 1).
 *
 * Shapes: points in rubric points (quantity × the harm item's points, as preventable.ts grades them); ε = 1/10 000
 * of a point, the grading's precision (harm-costs.ts). Returns undefined when no combination avoids any of the rest.
 */
import type { Cleared } from "./cause-reruns.ts";
import type { Finding } from "./report-model.ts";

const EPS = 1e-4;
const r4 = (n: number) => Math.round(n * 10_000) / 10_000;

export interface JointShare {
  /** the harm (rubric points) only the combination avoids */
  points: number;
  /** the faults every one of which the combination needs, in order of fault */
  needed: Finding[];
  /** per agency (first needed fault first): its faults and its share (rubric points) */
  shares: Array<{ agency: string; causes: string[]; points: number }>;
}

/**
 * The joint part of `rest` (see the header): `candidates` ordered by when their fault began (earliest first),
 * `single` the harm the single causes' corrections avoid together (0 when none).
 */
export function jointShare(candidates: readonly Finding[], rest: number, single: number, cleared: Cleared): JointShare | undefined {
  const together = cleared.together;
  if (!together || candidates.length < 2 || rest <= EPS) return undefined;
  const all = together(candidates);
  if (all === undefined) return undefined;
  const points = Math.min(rest, all - single);
  if (points <= Math.max(EPS, rest / 100)) return undefined;
  let needed = [...candidates];
  for (const c of [...candidates].reverse()) {
    const without = needed.filter((n) => n !== c);
    const v = without.length > 0 ? together(without) : 0;
    if (v !== undefined && v >= all - EPS) needed = without;
  }
  const agencies = [...new Set(needed.map((n) => n.agency).filter((a): a is string => a !== null))];
  // a combination needing the faults of one agency only is that agency's, not a joint harm: the caller charges it
  if (agencies.length === 0) return undefined;
  // split by agency, not by how many findings each agency's correction is itemised into (review20 school 1: the school's
  // four findings against the brigade's one, whose one correction replays its whole dispatch, gave 4/5 to 1/5): every
  // agency's corrections are needed and none is enough, so each agency is one player of the Shapley split
  const each = points / agencies.length;
  const shares = agencies.map((a) => {
    const mine = needed.filter((n) => n.agency === a);
    return { agency: a, causes: mine.map((n) => n.id), points: r4(each) };
  });
  return { points: r4(points), needed, shares };
}
