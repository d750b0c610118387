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
 *   pool        the candidates less those whose correction, replayed with the others, does more harm than good (left
 *               out one at a time, the one whose leaving out avoids most first): `avoided` is the pool's;
 *   needed      a minimal set of candidates still avoiding it: each candidate, latest fault first, is left out
 *               of the combination when the others still avoid as much (so the faults that began first stay,
 *               as the principal cause is the fault that began first);
 *   shares      per agency whose faults are needed: the most of the joint part its own corrections make the difference
 *               to, over every state of the OTHER agencies' corrections (r28, issue 10 §9/§11: correcting one agency's
 *               fault never raises another's charge). With g(S) = min(points, together(S) − single) and A's block the
 *               agency's faults in the pool (each agency's corrections one player, so a fault itemised finer weighs no
 *               more: review20 school 1):
 *                 share(A) = max over S ⊆ the other agencies' needed faults of  g(S ∪ block(A)) − g(S).
 *               Why the most, not the marginal at every other agency corrected (review22's rule): an agency answers for a
 *               harm its fault is a necessary element of some set of corrections sufficient to avoid (the NESS test of
 *               causation; AQ/T 9009-2015 4.1 via domain.md §3.6, problems found in the organisation that caused them),
 *               whatever the others did, never less because another also failed (连带). Measured only at all others
 *               corrected, the school poor play's late evacuation signal answered for 0.114 (the brigade's corrections
 *               alone save the pupil), but with the brigade's second tender put right in the play at the rule's 00:09:30
 *               (not the best play's 00:07:30) the signal became needed and the school's charge rose to 5.5 for the same
 *               act (r27, tests/evaluate/school-harm-monotone.test.ts). Monotone by construction: a play with another
 *               agency's fault corrected as its correction does is the old play with that correction made, so its
 *               coalitions are among the old play's and its maximum no larger. The replays: 2^k per agency, k ≤
 *               MAX_OTHERS (ness.ts mostMade) of the others' needed faults (more: the none and all of them only). Every share is at most the
 *               joint part; the shares may add up to more (连带, `several`), which the outcome still deducts once.
 *
 * Shapes: points in rubric points (quantity × the harm item's points, as preventable.ts grades them); ε = 1/10 000
 * of a point, the grading's precision (harm-costs.ts). Returns undefined when no combination avoids any of the rest.
 */
import type { Cleared } from "./cause-reruns.ts";
import { mostMade } from "./ness.ts";
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
  /** the shares add up to more than `points`: each agency answers for the part its corrections avoid (连带), deducted once */
  several: boolean;
}

/**
 * The joint part of `rest` (see the header): `candidates` ordered by when their fault began (earliest first),
 * `single` the harm the single causes' corrections avoid together (0 when none).
 */
export function jointShare(candidates: readonly Finding[], rest: number, single: number, cleared: Cleared): JointShare | undefined {
  const raw = cleared.together;
  if (!raw || candidates.length < 2 || rest <= EPS) return undefined;
  const memo = new Map<string, number | undefined>();
  const together = (fs: readonly Finding[]): number | undefined => {
    const k = fs.map((f) => f.id).join(",");
    if (!memo.has(k)) memo.set(k, raw(fs));
    return memo.get(k);
  };
  // a correction that, replayed with the others, does more harm than good is no part of what avoids it: left out, the
  // one whose leaving out avoids most first, until none does (review22 school 2, v9-fix-tenders: the brigade's turn-out
  // moved earlier beside the others' corrections left the pupil dead, and the whole combination avoided 0, so the death
  // the school's and the brigade's other faults together avoid fell on no agency)
  let pool = [...candidates];
  let all = together(pool);
  if (all === undefined) return undefined;
  for (;;) {
    let drop: Finding | undefined;
    for (const c of pool) {
      const v = together(pool.filter((n) => n !== c));
      if (v !== undefined && v > (drop === undefined ? all : together(pool.filter((n) => n !== drop))!) + EPS) drop = c;
    }
    if (drop === undefined || pool.length <= 2) break;
    pool = pool.filter((n) => n !== drop);
    all = together(pool)!;
  }
  const points = Math.min(rest, all - single);
  if (points <= Math.max(EPS, rest / 100)) return undefined;
  let needed = [...pool];
  for (const c of [...pool].reverse()) {
    const without = needed.filter((n) => n !== c);
    const v = without.length > 0 ? together(without) : 0;
    if (v !== undefined && v >= all - EPS) needed = without;
  }
  const agencies = [...new Set(needed.map((n) => n.agency).filter((a): a is string => a !== null))];
  // a combination needing the faults of one agency only is that agency's, not a joint harm: the caller charges it
  if (agencies.length === 0) return undefined;
  // each agency answers for the most of the part its own corrections make the difference to, over every state of the
  // other agencies' corrections (header: NESS, 连带; monotone by construction, r28 school-harm-monotone)
  const g = (set: readonly Finding[]): number | undefined => {
    const fs = pool.filter((n) => set.includes(n));
    const v = fs.length === 0 ? 0 : together(fs);
    return v === undefined ? undefined : fs.length === 0 ? 0 : Math.min(points, Math.max(0, v - single));
  };
  const shares = agencies.map((a) => {
    const own = mostMade(pool.filter((n) => n.agency === a), needed.filter((n) => n.agency !== a), g);
    return { agency: a, causes: needed.filter((n) => n.agency === a).map((n) => n.id), points: r4(Math.min(points, own)) };
  });
  return { points: r4(points), needed, shares, several: shares.reduce((t, s) => t + s.points, 0) > r4(points) + EPS };
}

