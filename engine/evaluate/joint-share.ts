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
 *   shares      per agency whose faults are needed (each agency's corrections one player, so a fault itemised finer
 *               weighs no more: review20 school 1): its marginal — the joint part less what the others' corrections
 *               avoid of it without its own, g(N) − g(N ∖ A), g(S) = min(part, together(S) − single) — never less than its
 *               Shapley share of g (an equal part when more than MAX_PLAYERS agencies). The marginal does not change when
 *               another agency's fault is put right, so correcting one agency never raises another's charge (review22
 *               school 3). Every agency needed and none enough, each answers for the whole joint part (连带): the shares
 *               then add up to more than the part, which the outcome still deducts once (`several`).
 *
 * Shapes: points in rubric points (quantity × the harm item's points, as preventable.ts grades them); ε = 1/10 000
 * of a point, the grading's precision (harm-costs.ts). Returns undefined when no combination avoids any of the rest.
 */
import type { Cleared } from "./cause-reruns.ts";
import type { Finding } from "./report-model.ts";
import { shapley } from "./causal-share.ts";

const EPS = 1e-4;
/** the most agencies whose every combination is replayed for their Shapley shares (2^3 − 1 = 7 replays) */
const MAX_PLAYERS = 3;
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
  // split by agency, not by how many findings each agency's correction is itemised into (review20 school 1: the school's
  // four findings against the brigade's one, whose one correction replays its whole dispatch, gave 4/5 to 1/5): every
  // agency's corrections are needed and none is enough, so each agency is one player of the Shapley split
  // each agency answers for what its corrections avoid with every other agency's made (its marginal), never less than its
  // Shapley share of the part (each agency's corrections one player): the part is not re-split by how many agencies happen
  // to be at fault, so putting one agency right never raises another's charge for the same faults (review22 school 3,
  // v1-fix-evac: the school's signal corrected, the brigade's share of the death went 2.75 → 5.5 for the same two faults).
  // The shares then add up to the part or more, which the outcome deducts once (`several`).
  const each = points / agencies.length;
  const of = (mask: number) => needed.filter((n) => agencies.some((a, i) => mask & (1 << i) && n.agency === a));
  const game = (mask: number): number | undefined => {
    const set = of(mask);
    const v = set.length === 0 ? 0 : together(set);
    return v === undefined ? undefined : set.length === 0 ? 0 : Math.min(points, Math.max(0, v - single));
  };
  const everyone = (1 << agencies.length) - 1;
  const phi = agencies.length <= MAX_PLAYERS ? shapley(agencies.length, (m) => (m === everyone ? points : game(m))) : undefined;
  const shares = agencies.map((a, i) => {
    const mine = needed.filter((n) => n.agency === a);
    const others = game(everyone & ~(1 << i));
    const fair = phi?.[i] ?? each;
    const own = others === undefined ? fair : Math.min(points, Math.max(fair, points - others));
    return { agency: a, causes: mine.map((n) => n.id), points: r4(own) };
  });
  return { points: r4(points), needed, shares, several: shares.reduce((t, s) => t + s.points, 0) > r4(points) + EPS };
}
