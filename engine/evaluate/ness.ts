/**
 * What an agency's corrections make the difference to, at most, over every state of the other agencies' corrections
 * (r28 joint-share.ts, r29 causal-share.ts; issue 10 §9/§11: correcting one agency's fault never raises another
 * agency's charge). An agency answers for a harm its fault is a necessary element of some set of corrections sufficient
 * to avoid (the NESS test of causation; AQ/T 9009-2015 4.1 via domain.md §3.6, problems found in the organisation that
 * caused them), whatever the others did, never less because another also failed (连带):
 *
 *   mostMade(block, others, g) = max over S ⊆ others of  g(S ∪ block) − g(S),  never below 0,
 *
 * `g(set)` the harm (rubric points) the corrections of `set` avoid together (g(∅) = 0; undefined when a replay is
 * missing: that state is skipped). Every subset when `others` has at most MAX_OTHERS faults (2^4 = 16 states, 32
 * replays at most), else none of them and all of them only. Monotone by construction: a play with another agency's
 * fault c corrected as its correction does is the old play with c made, so its states S are the old S ∪ {c} and its
 * maximum no larger. Errors: none.
 *
 * What "monotone" covers, and why no more (decided r31): the states range over the corrections the replays make (each
 * the best play's act at the best play's time, cause-reruns.ts). Another agency's fault put right at ANOTHER time is
 * another play, whose states are its own, and there an agency's share can rise: the chemical township's shelter ordered
 * at 00:40, as the cloud passes, leaves the enterprise's late 119 call making a larger difference (by hand, r30: with
 * the brigade's plugging corrected, the enterprise's call spares 56 points of harm with the shelter at 00:18, 273 with it
 * at 00:40). That rise is causal, not an artefact: in that play the late call did more harm. No finite family of states
 * covers a correction at any time, and a rule blind to how the others really acted (each fault priced in an otherwise
 * best play) charges nobody for a harm only two faults together cause (joint-share.ts's pupil). So a share is what the
 * agency's fault made the difference to in the drill as played, never raised by a correction the replays make.
 */

/** the most of the other agencies' faults whose every combination is replayed for one agency's share (2^4 = 16) */
export const MAX_OTHERS = 4;

export function mostMade<T>(block: readonly T[], others: readonly T[], g: (set: readonly T[]) => number | undefined): number {
  const states = others.length <= MAX_OTHERS ? subsets(others) : [[], [...others]];
  let most = 0;
  for (const s of states) {
    const without = g(s);
    const withIt = g([...s, ...block]);
    if (without !== undefined && withIt !== undefined) most = Math.max(most, withIt - without);
  }
  return most;
}

/** Every subset of `xs` (2^n, the empty one first). */
function subsets<T>(xs: readonly T[]): T[][] {
  return xs.reduce<T[][]>((all, x) => [...all, ...all.map((s) => [...s, x])], [[]]);
}
