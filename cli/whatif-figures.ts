/**
 * What a change did to the score, in the report's own printed figures (cli/report/scoring.ts, credit.ts):
 * the total is 综合得分 = 100 × (A − D) / A, A the points attainable (Σ sections' 应得分), D the points
 * deducted (Σ sections' 扣分 + the faults the scenario did not plan, 情景未设定的问题). Each part is the
 * difference of the two reports' printed figures (two decimals), and the parts add up to the change of
 * the total (newcomer 21: whatif printed weight × rounded rate, which neither report prints nor adds up):
 *
 *   Δscore = 100 × ΔK / A₁  +  100 × K₀ × (1 / A₁ − 1 / A₀),   K = A − D (the points kept, 实得分),
 *   ΔK = Σ sections' Δ(应得分 − 扣分) − Δ(情景未设定的问题),
 *
 * the first term split by section and the unplanned faults (each ΔKᵢ × 100 / A₁), the second the change of
 * the points attainable (a duty the change set aside or brought back). A score floored at 0 breaks the sum:
 * `floored` says so.
 */
import type { ReportModel, SectionId } from "../engine/evaluate/report-model.ts";
import { inWDeducted } from "./report/scoring.ts";

const r2 = (n: number) => Math.round(n * 100) / 100;

/** One report's printed figures: each section's 应得分 and 扣分 (0 and its deduction when not judged), the unplanned faults', A, D, K. */
export interface ScoreFigures {
  sections: Array<{ id: SectionId; judged: boolean; attainable: number; deducted: number; kept: number; score: number }>;
  /** 情景未设定的问题: points off the total, in no section's rate */
  outside: number;
  attainable: number;
  deducted: number;
  kept: number;
  score: number | null;
}

export function scoreFigures(r: Pick<ReportModel, "sections" | "score">): ScoreFigures {
  const sections = r.sections.map((s) => {
    const judged = s.judged !== false && s.attainable !== undefined;
    const attainable = judged ? s.attainable! : 0;
    const deducted = inWDeducted(s);
    return { id: s.id, judged, attainable, deducted, kept: r2(attainable - deducted), score: s.score };
  });
  const outside = r2(r.sections.reduce((n, s) => n + (s.outside ?? 0), 0));
  const attainable = r2(sections.reduce((n, s) => n + s.attainable, 0));
  const deducted = r2(sections.reduce((n, s) => n + s.deducted, 0) + outside);
  return { sections, outside, attainable, deducted, kept: r2(attainable - deducted), score: r.score };
}

/** A part of the change: its figure before and after (points, as the reports print them) and its share of Δscore. */
export interface ScorePart {
  /** a section id, "outside" (情景未设定的问题, counted as points lost) or "attainable" (应得分) */
  id: SectionId | "outside" | "attainable";
  before: number;
  after: number;
  /** after − before, points */
  delta: number;
  /** points of the total score (of 100) it moved: ΔK × 100 / A₁, or for "attainable" 100 × K₀ × (1/A₁ − 1/A₀) */
  score: number;
}

export interface ScoreChange {
  base: ScoreFigures;
  variant: ScoreFigures;
  /** the parts that changed, sections first, then the unplanned faults and the points attainable */
  parts: ScorePart[];
  /** Σ parts' score (two decimals), which rounds to the printed change of the total unless `floored` */
  sum: number;
  /** the printed change of the total: variant.score − base.score; null when either is 未评分 */
  total: number | null;
  /** a score floored at 0 (100 × (A − D) / A < 0): the parts no longer add up to it */
  floored: boolean;
}

/** The change of the total, split into the parts the report's method composes it of; see the module comment. */
export function scoreChange(base: Pick<ReportModel, "sections" | "score">, variant: Pick<ReportModel, "sections" | "score">): ScoreChange {
  const b = scoreFigures(base);
  const v = scoreFigures(variant);
  const share = (dk: number) => (v.attainable > 0 ? r2((100 * dk) / v.attainable) : 0);
  const parts: ScorePart[] = [];
  for (const s of v.sections) {
    const o = b.sections.find((x) => x.id === s.id);
    const before = o?.kept ?? 0;
    const delta = r2(s.kept - before);
    if (delta !== 0) parts.push({ id: s.id, before, after: s.kept, delta, score: share(delta) });
  }
  if (b.outside !== v.outside) {
    // points lost outside the sections: less lost is more kept
    const delta = r2(v.outside - b.outside);
    parts.push({ id: "outside", before: b.outside, after: v.outside, delta, score: share(-delta) });
  }
  if (b.attainable !== v.attainable && b.attainable > 0 && v.attainable > 0) {
    parts.push({ id: "attainable", before: b.attainable, after: v.attainable, delta: r2(v.attainable - b.attainable), score: r2(100 * b.kept * (1 / v.attainable - 1 / b.attainable)) });
  }
  const total = base.score === null || variant.score === null ? null : Math.round((variant.score - base.score) * 10) / 10;
  const floored = b.kept < 0 || v.kept < 0;
  return { base: b, variant: v, parts, sum: r2(parts.reduce((n, p) => n + p.score, 0)), total, floored };
}
