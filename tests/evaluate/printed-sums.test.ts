/**
 * Printed figures add up (issue 10 §11; review23 mine B8 residue: 部门联动 rows 18.63 against 「本项扣分 18.65」, the rubric
 * table's 4.87 and 4.86 for the same 18 standard points). credit.ts rounds once: each finding's points from its exact
 * product; every figure above a finding adds printed figures and is never rounded again — a rubric row is the sum of its
 * findings, a section's deduction the sum of its rows (its own part and the part the scenario did not plan, X, apart),
 * the overall deduction the sum of the sections. Where every point judged is lost the section deducts exactly its
 * points attainable and the findings' cents are apportioned to it (largest remainder).
 * Figures are compared in whole cents, as a reader adds the printed figures.
 */
import { describe, expect, it } from "vitest";
import { drill, noResponse, WITH_PLAYS } from "./fixtures.ts";
import type { ReportModel } from "../../engine/evaluate/report-model.ts";

const cents = (x: number) => Math.round(x * 100);
const sum = (xs: number[]) => xs.reduce((a, x) => a + cents(x), 0);

function checks(report: () => ReportModel) {
  it("every rubric row is the sum of its findings' printed points", () => {
    const r = report();
    for (const s of r.sections) for (const it of s.items) {
      const fs = r.findings.filter((f) => f.section === s.id && f.item === it.id);
      expect([s.id, it.id, sum(fs.map((f) => f.points ?? 0))]).toEqual([s.id, it.id, cents(it.deducted)]);
    }
  });
  it("every section's deduction is the sum of its rows, and of its findings; its own part plus X", () => {
    const r = report();
    for (const s of r.sections) {
      expect([s.id, sum(s.items.map((it) => it.deducted))]).toEqual([s.id, cents(s.deducted)]);
      expect([s.id, sum(r.findings.filter((f) => f.section === s.id).map((f) => f.points ?? 0))]).toEqual([s.id, cents(s.deducted)]);
      // a judged section never deducts more than its points attainable on its own opportunities
      if (s.judged) expect(cents(s.deducted) - cents(s.outside ?? 0)).toBeLessThanOrEqual(cents(s.attainable!));
    }
  });
  it("the overall score is 100 × (Σ attainable − Σ deductions) / Σ attainable, from the printed figures", () => {
    const r = report();
    const a = sum(r.sections.filter((s) => s.judged).map((s) => s.attainable!));
    const d = sum(r.sections.map((s) => s.deducted));
    expect(r.score).toBe(Math.round((1000 * Math.max(0, a - d)) / a) / 10);
  });
}

describe.each(WITH_PLAYS)("%s poor play: printed figures add up", (id) => {
  checks(() => drill(id, "poor").report);
  it("outside a section with every point lost, equal rubric points in a section print the same figure (review22 mine B8)", () => {
    const r = drill(id, "poor").report;
    for (const s of r.sections.filter((x) => x.judged && cents(x.deducted) - cents(x.outside ?? 0) < cents(x.attainable!))) {
      const by = new Map<number, Set<number>>();
      for (const f of r.findings.filter((g) => g.section === s.id && (g.rubricPoints ?? 0) > 0)) by.set(f.rubricPoints!, (by.get(f.rubricPoints!) ?? new Set()).add(f.points!));
      for (const [p, printed] of by) expect([s.id, p, [...printed]]).toEqual([s.id, p, [[...printed][0]]]);
    }
  });
});

describe.each(WITH_PLAYS)("%s, no response: printed figures add up (every point lost: the cents apportioned)", (id) => {
  checks(() => noResponse(id).report);
});

describe("mine-flood poor play: the review's sums (review23 mine B8)", () => {
  // 部门联动: W = 111, each rubric point 30 / 111 = 0.2703; its findings print 1.35 (未通知 5: 1.351), 1.62 (6: 1.622),
  // 1.08 (4: 1.081), 0.54 (2: 0.541) … each rounded once; the section adds them: 18.63 (the review's sum of the rows),
  // where (L − X) × 30 / 111 = 69 × 30 / 111 = 18.65 was printed beside rows adding to 18.63
  it("部门联动 deducts the sum of its findings, 18.63, not 69 × 30 / 111 = 18.65", () => {
    const s = drill("mine-flood", "poor").report.sections.find((x) => x.id === "linkage")!;
    expect(s.deducted).toBe(18.63);
  });
  // 信息报告: rows 28.59 (the review's sum) = own 21.80 + X 6.79 where 28.58 was printed
  it("信息报告 deducts the sum of its findings, 28.59", () => {
    const s = drill("mine-flood", "poor").report.sections.find((x) => x.id === "reporting")!;
    expect(s.deducted).toBe(28.59);
  });
});
