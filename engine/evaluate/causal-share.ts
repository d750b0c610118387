/**
 * Harm caused jointly by several agencies' faults, shared between them by causal share (review18 mine A2; issue 10 §1, §2,
 * §9, §11; AQ/T 9009-2015 §7: a problem is reported with the organisation that caused it). The mine's dispatch room (F5,
 * the withdrawal due at 00:07) and the mine head (F6, told at 00:15, due 00:20) both left the miners underground until
 * 00:52: correcting either alone, replayed, spares the six trapped, so neither is "the" cause and the other 「随」 it. The
 * harm is charged once (the outcome keeps its points) and shared between its causes' agencies:
 *
 *   v(S)      the harm (rubric points) the faults in S avoid when all corrected together, replayed with the same scenario
 *             and seed (cause-reruns.ts: each correction is the best play's act at the best play's time, no earlier than
 *             its holder knew);
 *   share(A)  the most agency A's own corrections (its block of causes) avoid over every state of the OTHER agencies'
 *             corrections: max over S ⊆ the others' causes of v(S ∪ block(A)) − v(S), at most the harm avoided (ness.ts
 *             mostMade; the NESS test, 连带, as the joint part's shares, joint-share.ts). Why not the Shapley value (the
 *             rule before r29, floored at the marginal with every other agency corrected): it is not monotone. In the mine
 *             poor play the dispatch room's late withdrawal bore 3.22 and the mine head's 2.94 of the 6.16; with the mine
 *             head's withdrawal put right in the play at its 00:20 deadline the six miners are still trapped, the dispatch
 *             room's same fault alone avoids all the harm left, and its charge rose to 6.16 for the same act
 *             (tests/evaluate/causal-share-monotone.test.ts). With the most, the dispatch room answers for 6.16 in both.
 *             The shares may add up to more than the harm avoided (`sharedPoints`): deducted once.
 *   charged   per agency, rubric points to four decimals. This is an accounting convention set by this county, not a
 *             finding of degrees of legal fault.
 *
 *   withCausalShares(f, kept, cleared, name) → `f` with `shares` (per agency: its faults, its points) and its words, when
 *   its `kept` causes (each a cause on its own replay) belong to two agencies or more and the replays explain the whole
 *   charge (the part no single correction avoids is harm-share.ts's); else `f` unchanged. Errors: none.
 */
import type { LocalText } from "../model/ids.ts";
import type { Cleared } from "./cause-reruns.ts";
import { mostMade } from "./ness.ts";
import type { Finding } from "./report-model.ts";

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
 * `points` (rubric points the `kept` causes' corrections avoid) shared by causal share between their agencies (module
 * note), per agency in order of first cause; undefined when they belong to fewer than two agencies, a replay is missing
 * or no agency's corrections avoid anything.
 */
export function causalShares(points: number, kept: readonly Finding[], cleared: Cleared): Share[] | undefined {
  const agencies = [...new Set(kept.map((k) => k.agency).filter((a): a is string => a !== null))];
  if (kept.length < 2 || agencies.length < 2 || !cleared.together || !cleared.avoided) return undefined;
  const together = cleared.together;
  const avoided = cleared.avoided;
  const memo = new Map<string, number | undefined>();
  // the harm a set of the causes' corrections avoids, the causes in `kept` order (each set replayed once)
  const v = (set: readonly Finding[]): number | undefined => {
    const fs = kept.filter((k) => set.includes(k));
    const key = fs.map((f) => f.id).join(",");
    if (!memo.has(key)) memo.set(key, fs.length === 0 ? 0 : fs.length === 1 ? avoided(fs[0]!) : together(fs));
    return memo.get(key);
  };
  const shares = agencies.map((a) => {
    const own = mostMade(kept.filter((k) => k.agency === a), kept.filter((k) => k.agency !== a), v);
    return { agency: a, causes: kept.filter((k) => k.agency === a).map((k) => k.id), points: r4(Math.min(points, own)) };
  });
  return shares.some((s) => s.points > EPS) ? shares : undefined;
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
  zh: "按因果份额分担（逐一及同时更正后复算，每一单位承担在其他单位任一更正情形下其更正可避免的最大部分，不因他方也有缺陷而减轻，他方的更正也不加重；各份不相加，本条只扣一次；核算约定，本县设定，非责任比例认定）",
  en: "shared by causal share (replayed with each fault corrected alone and together, each agency bears the most its corrections avoid in any state of the other agencies' corrections, not lessened because another also failed nor raised by another's correction; the shares do not add up, the finding deducts once: an accounting convention set by this county, not a finding of degrees of fault)",
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
