/**
 * The distribution over seeds: mean and the 5th, 50th and 95th percentiles of each outcome
 * figure and of the score; the share of seeds in which each obligation was late or missed; the
 * worst seeds (lowest score, then most deaths), to replay. Percentiles are the nearest-rank
 * method (the smallest value with at least p % of the seeds at or below it), so each is a value
 * some seed really had. Order-independent: seeds are sorted first.
 */
import type { LocalText } from "../model/ids.ts";
import { FIGURES, type Figure, type SeedResult } from "./seed-run.ts";

export interface Stats {
  mean: number;
  p5: number;
  p50: number;
  p95: number;
  min: number;
  max: number;
}

export interface ObligationShare {
  id: string;
  agency: string;
  text: LocalText;
  /** simulated ms the duty began in the first seed that failed it (seed-run.ts) */
  openedAtMs: number;
  /** fraction of seeds, 0–1 */
  late: number;
  missed: number;
}

export interface MonteCarloSummary {
  seeds: number;
  figures: Record<Figure, Stats>;
  score: Stats;
  /** obligations late or missed in at least one seed, most often failed first */
  obligations: ObligationShare[];
  /** the worst seeds, worst first */
  worst: SeedResult[];
}

/** Nearest-rank percentile of sorted values (p in 0–100). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1]!;
}

/** Mean, nearest-rank p5/p50/p95, min and max of a sample (NaN for an empty one). */
export function stats(values: readonly number[]): Stats {
  const s = [...values].sort((a, b) => a - b);
  const mean = s.reduce((a, v) => a + v, 0) / (s.length || 1);
  return { mean, p5: percentile(s, 5), p50: percentile(s, 50), p95: percentile(s, 95), min: s[0] ?? NaN, max: s[s.length - 1] ?? NaN };
}

/** The distribution over `results` (any order), keeping the `worst` lowest-scoring seeds. */
export function summarise(results: readonly SeedResult[], worst = 5): MonteCarloSummary {
  const rs = [...results].sort((a, b) => a.seed - b.seed);
  const figures = Object.fromEntries(FIGURES.map((f) => [f, stats(rs.map((r) => r.outcome[f]))])) as Record<Figure, Stats>;
  const counts = new Map<string, ObligationShare>();
  for (const r of rs) {
    for (const o of r.failed) {
      const s = counts.get(o.id) ?? { id: o.id, agency: o.agency, text: o.text, openedAtMs: o.openedAtMs, late: 0, missed: 0 };
      s[o.status] += 1;
      counts.set(o.id, s);
    }
  }
  const n = rs.length || 1;
  const obligations = [...counts.values()]
    .map((s) => ({ ...s, late: s.late / n, missed: s.missed / n }))
    .sort((a, b) => b.late + b.missed - (a.late + a.missed) || (a.id < b.id ? -1 : 1));
  // a seed with nothing due (未评分) has no score: left out of the score's statistics, ranked last
  const ranked = [...rs].sort((a, b) => (a.score ?? Infinity) - (b.score ?? Infinity) || b.outcome.deaths - a.outcome.deaths || a.seed - b.seed);
  return { seeds: rs.length, figures, score: stats(rs.flatMap((r) => (r.score === null ? [] : [r.score]))), obligations, worst: ranked.slice(0, worst) };
}
