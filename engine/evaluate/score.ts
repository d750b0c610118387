/**
 * Scoring by rubric: every section is worth `weight` points of 100; each finding costs its
 * item's points × its quantity, in time order, until the item's cap or the section's weight is
 * used up. Section score = the share of its weight kept, 0–100; overall = points kept, 0–100.
 * Findings whose code no item lists are reported but cost nothing.
 */
import type { LocalText } from "../model/ids.ts";
import type { RubricProfile } from "../scenario/rubric-schema.ts";
import { SECTION_TEXT, type Finding, type SectionScore } from "./report-model.ts";

export interface Scored {
  findings: Finding[];
  sections: SectionScore[];
  score: number;
  band: LocalText;
}

const round = (n: number, d: number) => Math.round(n * 10 ** d) / 10 ** d;

export function applyRubric(rubric: RubricProfile, findings: readonly Finding[]): Scored {
  const itemOf = new Map<string, { section: number; item: number }>();
  rubric.sections.forEach((s, i) => s.items.forEach((it, j) => it.codes.forEach((c) => itemOf.set(c, { section: i, item: j }))));
  const sectionLeft = rubric.sections.map((s) => s.weight);
  const itemLeft = rubric.sections.map((s) => s.items.map((it) => it.cap ?? s.weight));
  const itemUsed = rubric.sections.map((s) => s.items.map(() => ({ deducted: 0, findings: 0 })));
  const scored = findings.map((f) => {
    const where = itemOf.get(f.code);
    if (!where) return { ...f, points: 0 };
    // a consequence is deducted through its root cause only (issue 10 §2)
    if (f.causedBy !== undefined) return { ...f, item: rubric.sections[where.section]!.items[where.item]!.id, annexA: rubric.sections[where.section]!.items[where.item]!.annexA, points: 0 };
    const sec = rubric.sections[where.section]!;
    const it = sec.items[where.item]!;
    const want = it.points * f.quantity;
    const take = Math.max(0, Math.min(want, itemLeft[where.section]![where.item]!, sectionLeft[where.section]!));
    itemLeft[where.section]![where.item]! -= take;
    sectionLeft[where.section]! -= take;
    const used = itemUsed[where.section]![where.item]!;
    used.deducted += take;
    used.findings += 1;
    return { ...f, item: it.id, annexA: it.annexA, points: round(take, 2) };
  });
  const sections: SectionScore[] = rubric.sections.map((s, i) => {
    const deducted = s.weight - sectionLeft[i]!;
    return {
      id: s.id,
      text: s.text ?? SECTION_TEXT[s.id],
      weight: s.weight,
      deducted: round(deducted, 2),
      score: round((100 * (s.weight - deducted)) / s.weight, 1),
      items: s.items.map((it, j) => ({
        id: it.id, text: it.text, annexA: it.annexA, ...(it.annexRef ? { annexRef: it.annexRef } : {}),
        points: it.points, cap: it.cap ?? s.weight, deducted: round(itemUsed[i]![j]!.deducted, 2), findings: itemUsed[i]![j]!.findings,
      })),
    };
  });
  const score = round(sectionLeft.reduce((a, b) => a + b, 0), 1);
  const band = [...rubric.bands].sort((a, b) => b.min - a.min).find((b) => score >= b.min)?.text ?? rubric.bands[rubric.bands.length - 1]!.text;
  return { findings: scored, sections, score, band };
}
