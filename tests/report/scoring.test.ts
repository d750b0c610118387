/**
 * An evaluator can recompute every number the report prints (issue 10 §11; engine/evaluate/credit.ts):
 * each finding's points = its rubric points × the section's weight / W (W = W₀, the rubric points the
 * scenario's opportunities are worth, + E, what the play's own unplanned faults cost), the section's
 * deduction = (L + U) × weight / W with L the rubric points lost on findings and U those of the
 * opportunities not achieved without a fault of their own, its score = 100 × (1 − deduction /
 * weight). The test reads the numbers from the printed Markdown only and recomputes
 * the chemical leak poor play's reporting section (weight 30 in the default rubric) by hand.
 */
import { describe, expect, it } from "vitest";
import { rendered } from "./reports.ts";

const num = (s: string) => Number(s);

describe("chemical leak, poor play: the reporting section recomputed from the printed report", () => {
  const md = rendered("chemical-leak", "poor").md.zh;
  const part = md.split("### 信息报告")[1]!.split("### 部门联动")[0]!;
  const note = /计分方法：本项分值 (\d+) 分。[^\n]*W = (?:W₀ \+ E = [\d.]+ \+ [\d.]+ = |W₀ = )([\d.]+) 分[^\n]*本项问题扣分合计 L = ([\d.]+) 分(?:[^\n]*U = ([\d.]+) 分)?/.exec(part)!;
  const [weight, W, lost, unearned] = [num(note[1]!), num(note[2]!), num(note[3]!), num(note[4] ?? "0")];
  const rows = part.split("\n").filter((l) => /^\| F\d+ \|/.test(l)).map((l) => l.split(/(?<!\\)\|/)[6]!.trim());
  const overview = /\| 信息报告 \| (\d+) \| ([\d.]+) \| ([\d.]+) \|/.exec(md)!;

  it("prints its weight, W and the rubric points lost; the rows show their working", () => {
    expect(weight).toBe(30);
    expect(W).toBeGreaterThan(0);
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.filter((c) => c.includes("（= "))).not.toHaveLength(0);
  });

  it("each finding's points = its rubric points × weight / W, to the printed 2 decimals", () => {
    for (const c of rows) {
      const m = /^([\d.]+)（= ([\d.]+) × (\d+) \/ ([\d.]+)）$/.exec(c);
      if (!m) {
        // no working: it costs nothing (a consequence, or its opportunity already used up)
        expect(c).toMatch(/^0（/);
        continue;
      }
      expect(num(m[3]!)).toBe(weight);
      expect(num(m[4]!)).toBe(W);
      expect(Math.abs(num(m[1]!) - (num(m[2]!) * weight) / W)).toBeLessThanOrEqual(0.005);
    }
  });

  it("the rubric points add up to those lost; the deduction and the score follow from them", () => {
    const rubricPoints = rows.map((c) => /（= ([\d.]+) ×/.exec(c)?.[1]).filter((x) => x !== undefined).map(num);
    expect(rubricPoints.reduce((a, b) => a + b, 0)).toBeCloseTo(lost, 2);
    const deducted = num(overview[2]!);
    expect(deducted).toBeCloseTo(((lost + unearned) * weight) / W, 2);
    expect(num(overview[3]!)).toBeCloseTo(100 * (1 - deducted / weight), 1);
    // the findings' printed points are L's share; U's share is the opportunities' not achieved (no finding deducted)
    const printed = rows.map((c) => num(/^([\d.]+)/.exec(c)![1]!)).reduce((a, b) => a + b, 0);
    expect(Math.abs(printed - (lost * weight) / W)).toBeLessThanOrEqual(0.01 * rows.length);
  });
});
