/**
 * How the points in a report are counted, printed where they are shown so a reader can recompute
 * each number by hand (engine/evaluate/credit.ts): a section's opportunities (every report owed,
 * linkage duty, resource requirement, group to protect, the outcome …) are worth the rubric points
 * of failing them completely, W in all; a finding takes its rubric points (points each × quantity,
 * no more than its opportunity is worth) and costs the section that share of its weight:
 * points = rubric points × weight / W; deducted = Σ points; score = 100 × (1 − deducted / weight).
 */
import type { Finding, SectionScore } from "../../engine/evaluate/report-model.ts";
import type { LocalText } from "../../engine/model/ids.ts";

const KIND_TEXT: Record<string, LocalText> = {
  rep: { zh: "应报告事项", en: "reports owed" },
  spot: { zh: "随机提问", en: "spot questions" },
  link: { zh: "联动单位职责", en: "linkage duties" },
  req: { zh: "力量需求", en: "resource requirements" },
  cordon: { zh: "警戒区", en: "the cordon" },
  protect: { zh: "需防护的群众", en: "groups of people to protect" },
  evac: { zh: "楼内疏散", en: "building evacuations" },
  own: { zh: "其他问题", en: "other findings" },
  outcomes: { zh: "处置结果（整项）", en: "the outcome (whole section)" },
};

/** A number as printed: at most two decimals, no trailing zeros. */
export const num = (n: number): string => String(Math.round(n * 100) / 100);

/** "30 / 92": the section's scaling, weight over the worth of its opportunities. */
export function scale(s: SectionScore): string | undefined {
  return s.scoring && s.judged !== false && s.scoring.worth > 0 ? `${num(s.weight)} / ${num(s.scoring.worth)}` : undefined;
}

/** The points cell's working: "= 4 × 30 / 92" (the finding's rubric points and its section's scaling). */
export function working(f: Finding, sections: readonly SectionScore[]): string {
  const s = sections.find((x) => x.id === f.section);
  const k = s ? scale(s) : undefined;
  if (k === undefined || f.rubricPoints === undefined || f.causedBy !== undefined || f.points === 0) return "";
  return ` (= ${num(f.rubricPoints)} × ${k})`;
}

/** The counting rule of one section with its own numbers, one paragraph. */
export function scoringNote(s: SectionScore): LocalText | undefined {
  if (s.judged === false || !s.scoring) return undefined;
  const { worth, lost, opportunities } = s.scoring;
  const parts = opportunities.map((o) => ({ zh: `${KIND_TEXT[o.kind]?.zh ?? o.kind} ${o.count} 项共 ${num(o.worth)} 分`, en: `${KIND_TEXT[o.kind]?.en ?? o.kind}: ${o.count}, worth ${num(o.worth)}` }));
  return {
    zh: `计分方法：本项分值 ${num(s.weight)} 分。本次演练本项可评判的机会为${parts.map((p) => p.zh).join("、")}，按评分标准合计 W = ${num(worth)} 分（每个机会按“完全未做到”应扣的评分标准分值计）。每个问题按评分标准扣分（每次扣分 × 数量，不超过所在机会的分值），再乘以 ${num(s.weight)} / ${num(worth)} 计入本项，即表中“扣分”栏的“= 评分标准扣分 × ${num(s.weight)} / ${num(worth)}”。本项评分标准扣分合计 ${num(lost)} 分，扣分 = ${num(lost)} × ${num(s.weight)} / ${num(worth)} = ${num(s.deducted)}，得分率 = 100 × (1 − ${num(s.deducted)} / ${num(s.weight)}) = ${num(s.score)}。`,
    en: `How this section is scored: it is worth ${num(s.weight)} points. Its opportunities in this drill were ${parts.map((p) => p.en).join("; ")}: W = ${num(worth)} rubric points in all (each opportunity worth the rubric points of failing it completely). Each finding takes its rubric points (points each × quantity, no more than its opportunity is worth), multiplied by ${num(s.weight)} / ${num(worth)}: the "= rubric points × ${num(s.weight)} / ${num(worth)}" in the points column. Rubric points lost in all: ${num(lost)}; deducted = ${num(lost)} × ${num(s.weight)} / ${num(worth)} = ${num(s.deducted)}; score = 100 × (1 − ${num(s.deducted)} / ${num(s.weight)}) = ${num(s.score)}.`,
  };
}

/** Under the rubric table: its points are per finding before the scaling. */
export const RUBRIC_NOTE: LocalText = {
  zh: "“每次扣分”为评分标准对每个问题规定的分值（上限为该评分项最多扣分）；报告中每个问题实际扣分按所在评估项的可评判机会折算：实际扣分 = 评分标准扣分 × 评估项分值 / 该项全部机会的评分标准分值合计（见第三部分各评估项的计分方法）。",
  en: "“Points each” is what the rubric deducts per finding (up to the item's cap); the points a finding costs in this report are scaled by its section's opportunities: points = rubric points × section weight / the rubric points all the section's opportunities are worth (see “How this section is scored” under each section in part 3).",
};
