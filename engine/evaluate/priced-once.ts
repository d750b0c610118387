/**
 * A delay with several causes, priced ONCE and split among them by causal share (issue 10 §1, §2, §11; r29 two causes,
 * r30 any number): a duty done late because its owner learnt late through one or more late words (a notice, a relay,
 * a notice passed down the chain late in turn) AND because the owner was slow itself. The duty costs v(S) rubric points
 * when only the causes in S are late (started windows of its limit, capped at its never-done part: relay-lateness.ts
 * takeCaused builds v); each cause bears its Shapley value — what its own correction removes, averaged over every order
 * of correcting the causes (causal-share.ts shapley; the county's convention, late-share.ts LATE_HOW). So:
 *   - the causes together bear v(all): the delay priced once, never two started windows rounded apart;
 *   - correcting one cause never raises the total (v only falls as causes are removed);
 *   - correcting cause j raises cause i's share by half their interaction (Shapley's balanced contributions:
 *     φi(N∖j) − φi(N) = −½ Σ_S w(S)·Δij(S), Δij(S) = v(S∪ij) − v(S∪i) − v(S∪j) + v(S), w the Shapley weights over the
 *     sets S of the other causes, summing to 1): at most half the largest overlap v(S∪i) + v(S∪j) − v(S∪ij) − v(S) of
 *     the two beside any set of the others left late; with two causes, exactly half of v(i) + v(j) − v(ij). Since v(all)
 *     is fixed, no split can keep every rise at zero (r28's fault: each part priced alone, the pair above once).
 * The owner's share stays on its own findings, which can hold at most what they took (`here`); any excess passes to the
 * words in proportion to their shares (a word then bears the lateness beyond the owner's own, as before r29).
 */
import { shapley } from "./causal-share.ts";
import type { LateGame } from "./report-model.ts";

/** What the words of one priced delay take, as they come: fresh points beyond the owner's, and points moved from it. */
export interface OnceSplit {
  /** points each player bears (the owner last) */
  bear: number[];
  /** points beyond the owner's own findings, still to be taken by the words */
  fresh: number;
  /** points of the owner's own findings still to hand over to the words */
  move: number;
}

/**
 * The split of one delay: `n` players (the owner last), `v(mask)` its rubric points with only `mask` late (v(0) = 0;
 * bit n − 1 the owner), `here` the points the owner's own findings took. Returns each player's points (Shapley value,
 * the owner held at most `here`), and the pools the words draw from (fresh v(all) − here first, then moved). Two
 * players: the word (v(w) + v(all) − v(o)) / 2, the owner the rest (the mine's late call 4, the team 2: r29).
 */
export function splitOnce(n: number, v: (mask: number) => number, here: number): OnceSplit {
  const phi = shapley(n, v)!;
  const all = v((1 << n) - 1);
  const owner = Math.min(here, Math.max(0, phi[n - 1]!));
  const words = phi.slice(0, n - 1).map((p) => Math.max(0, p));
  const sum = words.reduce((a, p) => a + p, 0);
  // what the owner cannot hold passes to the words, in proportion to their shares (equally when none has any)
  const extra = Math.max(0, all - owner - sum);
  const bear = words.map((p) => p + (sum > 0 ? (extra * p) / sum : extra / words.length));
  return { bear: [...bear, owner], fresh: Math.max(0, all - here), move: Math.max(0, here - owner) };
}

/**
 * `game` with the words no finding carries merged into the first word that one does (its windows then count as that
 * word's: as before r30, the word carrying the entry bears what the others' delays add). `carriers`: the players that
 * carry an entry of the game ("*" stands for the word furthest up). Returns the players kept and their windows by mask.
 */
export function carriedGame(game: LateGame, carriers: ReadonlySet<string>): LateGame {
  const n = game.players.length;
  const kept = game.players.map((p, i) => i === n - 1 || carriers.has(p));
  const into = kept.findIndex((k, i) => k && i < n - 1);
  if (into < 0 || kept.every((k) => k)) return game;
  // each kept player's bits in the full game
  const bits = game.players.map((_, i) => (kept[i] ? 1 << i : 0));
  game.players.forEach((_, i) => {
    if (!kept[i]) bits[into]! |= 1 << i;
  });
  const keptIdx = game.players.map((_, i) => i).filter((i) => kept[i]);
  const late = Array.from({ length: 1 << keptIdx.length }, (_, m) => game.late[keptIdx.reduce((a, i, k) => (m & (1 << k) ? a | bits[i]! : a), 0)]!);
  return { key: game.key, players: keptIdx.map((i) => game.players[i]!), late };
}
