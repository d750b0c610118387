/**
 * How the points in a report are counted, printed where they are shown so a reader can recompute
 * each number by hand (engine/evaluate/credit.ts): a section's opportunities (every report owed,
 * linkage duty, resource requirement, group to protect, the outcome …) are worth the rubric points
 * of failing them completely, W in all; a finding takes its rubric points (points each × quantity,
 * no more than what is left of its opportunity or its item's cap: the working names the cap) and
 * costs the section that share of its weight:
 * points = rubric points × weight / W; deducted = Σ points; score = 100 × (1 − deducted / weight).
 */
import { isMeasured, quantityText } from "../../engine/evaluate/glossary.ts";
import type { Finding, FindingCode, SectionScore } from "../../engine/evaluate/report-model.ts";
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

const CAP_TEXT: Record<"opportunity" | "item", LocalText> = {
  opportunity: { zh: "所在机会剩余的分值", en: "what was left of its opportunity" },
  item: { zh: "评分项上限", en: "the item's cap" },
};

/**
 * The points cell's working, so a reader can recompute it from the page: the rubric points
 * (points each × a quantity with its measure word, or a whole duty's points), the cap that cut
 * them and why, then the section's scaling. "（= 4 × 30 / 92）", "（= 2 辆救护车 × 3 分 × 25 / 60）",
 * "（= 10，封顶 8（所在机会剩余的分值）；8 × 30 / 84）", "（= （未通知 5 + 联而不动 6）× 30 / 73，…）".
 * Empty when the finding costs nothing or its section has no scaling.
 */
export function working(f: Finding, sections: readonly SectionScore[], codeText: (c: FindingCode) => LocalText): LocalText {
  const none = { zh: "", en: "" };
  const s = sections.find((x) => x.id === f.section);
  const k = s ? scale(s) : undefined;
  const c = f.counted;
  if (k === undefined || f.rubricPoints === undefined || c === undefined || f.causedBy !== undefined || f.points === 0) return none;
  const q = quantityText(f);
  const worth = (w: NonNullable<typeof c.whole>) => w.parts.reduce((a, p) => a + p.points, 0) * w.count;
  // a whole duty worth more than the finding's own points: its parts shown (a missing report's 8 is its own)
  const whole = c.whole && c.whole.parts.length > 0 && worth(c.whole) !== c.each ? c.whole : undefined;
  const times = whole && whole.count !== 1 ? ` × ${whole.count}` : "";
  // the rubric points before any cap: the whole duty's, points each × quantity, or points each
  const r = whole
    ? { zh: `（${whole.parts.map((p) => `${codeText(p.code).zh} ${num(p.points)}`).join(" + ")}）${times}`, en: `(${whole.parts.map((p) => `${codeText(p.code).en} ${num(p.points)}`).join(" + ")})${times}` }
    : f.quantity !== 1 || isMeasured(f.code)
      ? { zh: `${q.zh} × ${num(c.each)} 分`, en: `${q.en} × ${num(c.each)} points` }
      : { zh: num(c.each), en: num(c.each) };
  const why = whole ? { zh: `，${codeText(f.code).zh}即整项不得分`, en: `: ${codeText(f.code).en.toLowerCase()} loses the whole duty's points` } : none;
  if (c.cap) {
    const want = whole ? worth(whole) : c.each * f.quantity;
    const sum = r.zh === num(c.each) ? none : { zh: ` = ${num(want)}`, en: ` = ${num(want)}` };
    const t = num(c.cap.at);
    return {
      zh: `（= ${r.zh}${sum.zh}，封顶 ${t}（${CAP_TEXT[c.cap.by].zh}）；${t} × ${k}）`,
      en: ` (= ${r.en}${sum.en}, capped at ${t} (${CAP_TEXT[c.cap.by].en}); ${t} × ${k})`,
    };
  }
  return { zh: `（= ${r.zh} × ${k}${why.zh}）`, en: ` (= ${r.en} × ${k}${why.en})` };
}

/** The counting rule of one section with its own numbers, one paragraph. */
export function scoringNote(s: SectionScore): LocalText | undefined {
  if (s.judged === false || !s.scoring) return undefined;
  const { worth, lost, opportunities } = s.scoring;
  // the reporting rule that a dishonest report counts more than a missing one, where there are reports
  const reports = opportunities.some((o) => o.kind === "rep");
  const parts = opportunities.map((o) => ({ zh: `${KIND_TEXT[o.kind]?.zh ?? o.kind} ${o.count} 项共 ${num(o.worth)} 分`, en: `${KIND_TEXT[o.kind]?.en ?? o.kind}, ${o.count} (worth ${num(o.worth)})` }));
  return {
    zh: `计分方法：本项分值 ${num(s.weight)} 分。本次演练本项可评判的机会为${parts.map((p) => p.zh).join("、")}，按评分标准合计 W = ${num(worth)} 分（每个机会按“完全未做到”应扣的评分标准分值计${reports ? "；报告瞒报或谎报伤亡的，该报告按瞒报、谎报的扣分计，重于漏报" : ""}）。每个问题按评分标准扣分（每次扣分 × 数量，不超过所在机会剩余的分值，“封顶”处注明），再乘以 ${num(s.weight)} / ${num(worth)} 计入本项，即表中“扣分”栏的“= 评分标准扣分 × ${num(s.weight)} / ${num(worth)}”。本项评分标准扣分合计 ${num(lost)} 分，扣分 = ${num(lost)} × ${num(s.weight)} / ${num(worth)} = ${num(s.deducted)}，得分率 = 100 × (1 − ${num(s.deducted)} / ${num(s.weight)}) = ${num(s.score)}。`,
    en: `How this section is scored: it is worth ${num(s.weight)} points. Its opportunities in this drill were: ${parts.map((p) => p.en).join("; ")}. W = ${num(worth)} rubric points in all (each opportunity worth the rubric points of failing it completely${reports ? "; a report that conceals or falsifies casualties is worth what that deducts, more than a missing report" : ""}). Each finding takes its rubric points (points each × quantity, no more than what is left of its opportunity: “capped at” says so), multiplied by ${num(s.weight)} / ${num(worth)}: the "= rubric points × ${num(s.weight)} / ${num(worth)}" in the points column. Rubric points lost in all: ${num(lost)}; deducted = ${num(lost)} × ${num(s.weight)} / ${num(worth)} = ${num(s.deducted)}; score = 100 × (1 − ${num(s.deducted)} / ${num(s.weight)}) = ${num(s.score)}.`,
  };
}

/** Under the rubric table: its points are per finding before the scaling. */
export const RUBRIC_NOTE: LocalText = {
  zh: "“每次扣分”为评分标准对每个问题规定的分值；“上限”为按人数、分钟计的评分项最多扣分（处置结果），其他评分项以“—”表示，其扣分以所在机会的分值为限；报告中每个问题实际扣分按所在评估项的可评判机会折算：实际扣分 = 评分标准扣分 × 评估项分值 / 该项全部机会的评分标准分值合计（见第三部分各评估项的计分方法）。",
  en: "“Points each” is what the rubric deducts per finding; “Cap” is the most an item counted per person or minute (the outcome) can deduct — “—” for the others, whose findings are bounded by their opportunity; the points a finding costs in this report are scaled by its section's opportunities: points = rubric points × section weight / the rubric points all the section's opportunities are worth (see “How this section is scored” under each section in part 3).",
};
