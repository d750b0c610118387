/**
 * An evaluator can recompute every number the report prints (issue 10 §11; engine/evaluate/credit.ts):
 * each finding's points = its rubric points × the section's weight / W (W, the rubric points the
 * scenario's opportunities are worth); the section's deduction = L × weight / W, L the rubric points lost
 * on findings (to the findings' rounding); what is set aside (S) leaves the points attainable,
 * weight × (W − S) / W; the section's rate = 100 × (1 − (L − X) / (W − S)), X the unplanned faults' points,
 * which come off the overall score instead; overall = 100 × (Σ attainable − Σ deducted) / Σ attainable.
 * The test reads the numbers from the printed Markdown only and recomputes the chemical leak poor play's
 * reporting section (weight 30 in the default rubric) and the overall score by hand.
 */
import { describe, expect, it } from "vitest";
import { rendered } from "./reports.ts";

const num = (s: string) => Number(s);

/**
 * A row's working: "1.36（= 4 × 30 / 88）" (rubric points × weight / W), or, for a quantity that is a share (a late
 * correction graded by windows, late-correction.ts), "0.68（= 0.5（…） × 4 分 × 30 / 88）": rubric points = 0.5 × 4.
 */
const WORKING = /^([\d.]+)（= (?:([\d.]+)(?:（[^）]*）)? × ([\d.]+) 分|([\d.]+)) × (\d+) \/ ([\d.]+)）$/;
const rubricOf = (m: RegExpExecArray): number => (m[4] !== undefined ? Number(m[4]) : Number(m[2]) * Number(m[3]));

describe("chemical leak, poor play: the reporting section recomputed from the printed report", () => {
  const md = rendered("chemical-leak", "poor").md.zh;
  const part = md.split("### 信息报告")[1]!.split("### 部门联动")[0]!;
  const note = /计分方法：本项分值 (\d+) 分。[^\n]*合计 W = ([\d.]+) 分[^\n]*本项问题扣分合计 L = ([\d.]+) 分/.exec(part)!;
  const [weight, W, lost] = [num(note[1]!), num(note[2]!), num(note[3]!)];
  const S = num(/计分方法[^\n]*共 S = ([\d.]+) 分/.exec(part)?.[1] ?? "0");
  const X = num(/计分方法[^\n]*共 X = ([\d.]+) 分/.exec(part)?.[1] ?? "0");
  const rows = part.split("\n").filter((l) => /^\| F\d+ \|/.test(l)).map((l) => l.split(/(?<!\\)\|/)[6]!.trim());
  const overview = /\| 信息报告 \| (\d+) \| ([\d.]+) \| ([\d.]+)[^|]* \| ([\d.]+) \|/.exec(md)!;
  const total = /综合得分 = 100 ×（应得分 − 扣分）\/ 应得分 = 100 × \(([\d.]+) − ([\d.]+)\) \/ ([\d.]+) = ([\d.]+)/.exec(md)!;
  const sectionRows = md.split("\n").filter((l) => /^\| (信息报告|部门联动|力量调派|处置结果) \| \d+ \| /.test(l)).map((l) => l.split("|").map((c) => c.trim()));

  it("prints its weight, W and the rubric points lost; the rows show their working", () => {
    expect(weight).toBe(30);
    expect(W).toBeGreaterThan(0);
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.filter((c) => c.includes("（= "))).not.toHaveLength(0);
  });

  it("each finding's points = its rubric points × weight / W, to the printed 2 decimals", () => {
    for (const c of rows) {
      const m = WORKING.exec(c);
      if (!m) {
        // no working: it costs nothing (a consequence, or its opportunity already used up)
        expect(c).toMatch(/^0（/);
        continue;
      }
      expect(num(m[5]!)).toBe(weight);
      expect(num(m[6]!)).toBe(W);
      // half a hundredth, or one where the section apportions its cents so its findings add up to its deduction (credit.ts)
      expect(Math.abs(num(m[1]!) - (rubricOf(m) * weight) / W)).toBeLessThanOrEqual(0.01 + 1e-9);
    }
  });

  it("the rubric points add up to those lost; the deduction, the points attainable and the rate follow from them", () => {
    const rubricPoints = rows.map((c) => WORKING.exec(c)).filter((m) => m !== null).map((m) => rubricOf(m!));
    expect(rubricPoints.reduce((a, b) => a + b, 0)).toBeCloseTo(lost, 2);
    // this play sets something aside and has unplanned faults (a 瞒报's excess, the vague 119 call): both are exercised
    expect(S).toBeGreaterThan(0);
    expect(X).toBeGreaterThan(0);
    const [attainable, deducted, rate] = [num(overview[2]!), num(overview[3]!), num(overview[4]!)];
    expect(attainable).toBeCloseTo((weight * (W - S)) / W, 2);
    // the overview's 扣分 is the deduction on the scenario's opportunities, (L − X) × weight / W to the findings' rounding
    // (half a cent each); the findings' printed points add up to it plus the unplanned faults' X × weight / W (their own row)
    expect(Math.abs(deducted - ((lost - X) * weight) / W)).toBeLessThanOrEqual(0.005 * rows.length);
    const printed = rows.map((c) => num(/^([\d.]+)/.exec(c)![1]!)).reduce((a, b) => a + b, 0);
    expect(printed).toBeCloseTo(deducted + (X * weight) / W, 1);
    // the rate from the row's own printed figures (review10 mine 5)
    expect(rate).toBeCloseTo((100 * (attainable - deducted)) / attainable, 1);
    expect(rate).toBeCloseTo(100 * (1 - (lost - X) / (W - S)), 0);
  });

  it("the overall score = 100 × (Σ attainable − Σ deducted) / Σ attainable, from the overview table's own figures", () => {
    expect(sectionRows).toHaveLength(4);
    const A = sectionRows.reduce((a, r) => a + num(r[3]!), 0);
    // the sections' 扣分 and the row of the faults the scenario did not plan
    const x = num(/^\| 情景未设定的问题[^|]*\| — \| — \| ([\d.]+)/m.exec(md)![1]!);
    const D = sectionRows.reduce((a, r) => a + num(/^[\d.]+/.exec(r[4]!)![0]), 0) + x;
    expect(num(total[1]!)).toBeCloseTo(A, 2);
    expect(num(total[2]!)).toBeCloseTo(D, 2);
    expect(num(total[4]!)).toBeCloseTo((100 * (A - D)) / A, 1);
    expect(md).toContain(`**综合得分: ${total[4]} / 100`);
  });
});

// review16 school v8/v9: the bureau never reporting scores as its 28-min-late, incomplete report because each report
// owed costs at most its worth (credit.ts oppLeft); the reporting note says so, and only where reports are judged
describe("the reporting section's note states the cap per report owed (silence is never free)", () => {
  const md = rendered("school-fire", "poor").md;
  it("zh and en, in 信息报告 and not in 部门联动", () => {
    const part = md.zh.split("### 信息报告")[1]!.split("### 部门联动")[0]!;
    expect(part).toContain("每个应报告事项的扣分以该事项的分值为限（封顶）：同一报告迟报、要素不全等扣分之和达到其分值时，与始终未报告（漏报）扣分相同，但未报告从不少扣");
    expect(md.zh.split("### 部门联动")[1]!.split("### 力量调派")[0]!).not.toContain("每个应报告事项的扣分");
    expect(md.en).toContain("Each report owed costs at most its own worth (the cap)");
  });
});
