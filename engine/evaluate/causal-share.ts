/**
 * Harm caused jointly by several agencies' faults, shared between them by causal share (review18 mine A2; issue 10 §1, §2;
 * AQ/T 9009-2015 §7: a problem is reported with the organisation that caused it). The mine's dispatch room (F5, the
 * withdrawal due at 00:07) and the mine head (F6, told at 00:15, due 00:20) both left the miners underground until 00:52:
 * correcting either alone, replayed, spares the six trapped, so neither is "the" cause and the other 「随」 it. The
 * harm is charged once (the outcome keeps its points) and shared between its causes:
 *
 *   v(S)      the harm (rubric points) the faults in S avoid when all corrected together, replayed with the same scenario
 *             and seed (cause-reruns.ts: each correction is the best play's act at the best play's time, no earlier than
 *             its holder knew);
 *   share(i)  fault i's Shapley value: its marginal v(S ∪ {i}) − v(S), averaged over every order in which the faults
 *             could be put right (Σ over S ∌ i of |S|! (n − |S| − 1)! / n! × the marginal). The shares add up to v(all):
 *             two faults each enough to avoid the whole harm share it equally; a fault whose correction avoids more
 *             bears more. With more than MAX_EXACT causes (2^n replays) each bears in proportion to what its own
 *             correction avoids.
 *   charged   the finding's rubric points are split in those proportions (rubric points = quantity × the item's points),
 *             summed per agency, four decimals. This is an accounting convention set by this county, not a finding of
 *             degrees of legal fault.
 *
 *   withCausalShares(f, kept, cleared, name) → `f` with `shares` (per agency: its faults, its points) and its words, when
 *   its `kept` causes (each a cause on its own replay) belong to two agencies or more and the replays explain the whole
 *   charge (the part no single correction avoids is harm-share.ts's); else `f` unchanged. Errors: none.
 */
import type { LocalText } from "../model/ids.ts";
import type { Cleared } from "./cause-reruns.ts";
import type { Finding } from "./report-model.ts";

/** the most causes whose every combination is replayed (2^4 − 1 = 15 replays) */
const MAX_EXACT = 4;
const EPS = 1e-4;
const r4 = (n: number) => Math.round(n * 10_000) / 10_000;

/** Shapley values of the n-player game `v` (bit masks; v(0) = 0). Undefined when a coalition's value is unknown. */
export function shapley(n: number, v: (mask: number) => number | undefined): number[] | undefined {
  const fact = (k: number): number => (k <= 1 ? 1 : k * fact(k - 1));
  const out = new Array<number>(n).fill(0);
  for (let mask = 0; mask < 1 << n; mask++) {
    const size = popcount(mask);
    const base = mask === 0 ? 0 : v(mask);
    if (base === undefined) return undefined;
    for (let i = 0; i < n; i++) {
      if (mask & (1 << i)) continue;
      const withI = v(mask | (1 << i));
      if (withI === undefined) return undefined;
      out[i]! += ((fact(size) * fact(n - size - 1)) / fact(n)) * (withI - base);
    }
  }
  return out;
}

function popcount(m: number): number {
  let c = 0;
  for (let x = m; x > 0; x >>= 1) c += x & 1;
  return c;
}

/** One agency's part of a shared harm: its faults and its rubric points (four decimals). */
export type Share = { agency: string; causes: string[]; points: number };

/**
 * `points` (rubric points the `kept` causes' corrections avoid) split by causal share between their agencies (module
 * note), per agency in order of first cause; undefined when they belong to fewer than two agencies, or a replay is missing.
 */
export function causalShares(points: number, kept: readonly Finding[], cleared: Cleared): Share[] | undefined {
  const agencies = [...new Set(kept.map((k) => k.agency).filter((a): a is string => a !== null))];
  if (kept.length < 2 || agencies.length < 2 || !cleared.together || !cleared.avoided) return undefined;
  const together = cleared.together;
  const avoided = cleared.avoided;
  const memo = new Map<number, number | undefined>();
  const v = (mask: number): number | undefined => {
    if (!memo.has(mask)) {
      const set = kept.filter((_, i) => mask & (1 << i));
      memo.set(mask, set.length === 1 ? avoided(set[0]!) : together(set));
    }
    return memo.get(mask);
  };
  const phi = kept.length <= MAX_EXACT ? shapley(kept.length, v) : kept.map((k) => avoided(k) ?? 0);
  const total = phi?.reduce((a, b) => a + Math.max(0, b), 0) ?? 0;
  if (phi === undefined || total <= EPS) return undefined;
  // an agency answers at least for its marginal, what all the causes' corrections avoid less what the others' avoid without
  // its own: it does not change when another agency is put right, so correcting one never raises another's charge
  // (review22 school 3; the shares then add up to more than `points`, deducted once: `sharedPoints`)
  const full = (1 << kept.length) - 1;
  const exact = kept.length <= MAX_EXACT ? v(full) : undefined;
  return agencies.map((a) => {
    const idx = kept.map((k, i) => (k.agency === a ? i : -1)).filter((i) => i >= 0);
    const mask = idx.reduce((m, i) => m | (1 << i), 0);
    const without = exact === undefined || mask === full ? undefined : v(full & ~mask);
    const marginal = exact === undefined || without === undefined ? 0 : Math.max(0, exact - without);
    const own = Math.max(idx.reduce((s, i) => s + Math.max(0, phi[i]!), 0), marginal);
    return { agency: a, causes: idx.map((i) => kept[i]!.id), points: r4(Math.min(points, (points * own) / total)) };
  });
}

/** "临江县消防救援大队（F9、F26）4.2 分、…" and its English: each agency's causes and points. */
export function sharesWords(shares: readonly Share[], name: (id: string) => LocalText): LocalText {
  return {
    zh: shares.map((s) => `${name(s.agency).zh}（${s.causes.join("、")}）${s.points} 分`).join("、"),
    en: shares.map((s) => `${name(s.agency).en} (${s.causes.join(", ")}) ${s.points} points`).join(", "),
  };
}

/** how the causal share is computed, as the finding says it */
export const CAUSAL_HOW: LocalText = {
  zh: "按因果份额分担（逐一及同时更正后复算，取各缺陷在各种更正次序下可避免伤亡的平均值，且每一单位不少于其他单位均已更正时其更正仍可避免的部分；核算约定，本县设定，非责任比例认定）",
  en: "shared by causal share (replayed with each fault corrected alone and together, each fault bears the harm its correction avoids averaged over every order of correcting them, and each agency no less than its corrections still avoid with every other agency's made: an accounting convention set by this county, not a finding of degrees of fault)",
};

/**
 * `f` with its harm shared between its causes' agencies by causal share (module note). `plain`: its message without the
 * clause naming one agency (「计入临江县公安局」), which a shared harm no longer has.
 */
export function withCausalShares(f: Finding, kept: readonly Finding[], cleared: Cleared, name: (id: string) => LocalText, plain: Finding["message"] = f.message): Finding {
  if (f.shares !== undefined || cleared.itemPoints === undefined) return f;
  const shares = causalShares(f.quantity * cleared.itemPoints, kept, cleared);
  if (shares === undefined) return f;
  const each = sharesWords(shares, name);
  const sum = shares.reduce((t, x) => t + x.points, 0);
  return {
    ...f,
    agency: null,
    shares,
    ...(sum > r4(f.quantity * cleared.itemPoints) + EPS ? { sharedPoints: r4(f.quantity * cleared.itemPoints) } : {}),
    message: { zh: `${plain.zh}；${CAUSAL_HOW.zh}：${each.zh}`, en: `${plain.en}; ${CAUSAL_HOW.en}: ${each.en}` },
  };
}
