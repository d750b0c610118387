/**
 * The overview table rebuilds (review10 school 1, mine 5, chemical 5): each section's rate is
 * 100 × (应得分 − 扣分) / 应得分 from the very figures its row prints, its 扣分 never exceeds its 应得分
 * (an item on a score sheet scores between 0 and its points), what the scenario did not plan is a row
 * of its own, and the overall deduction is the rows added up. Hand arithmetic on the printed Markdown.
 */
import { describe, expect, it } from "vitest";
import { CASES, rendered } from "./reports.ts";

const cents = (xs: number[]) => Math.round(xs.reduce((a, b) => a + Math.round(b * 100), 0)) / 100;

describe.each(CASES)("%s, %s play: the overview's rows rebuild", (id, play) => {
  const md = rendered(id, play).md.zh;
  const rows = [...md.matchAll(/^\| (信息报告|部门联动|力量调派|处置结果) \| (\d+) \| ([\d.]+|—) \| ([\d.]+|—) \| ([\d.]+|未展示) \|$/gm)].map((m) => ({ section: m[1]!, attainable: Number(m[3]), deducted: Number(m[4]), rate: m[5]! }));
  const x = Number(/^\| 情景未设定的问题[^|]*\| — \| — \| ([\d.]+)/m.exec(md)?.[1] ?? 0);

  it("rate = 100 × (应得分 − 扣分) / 应得分, and 扣分 ≤ 应得分", () => {
    expect(rows).toHaveLength(4);
    for (const r of rows.filter((y) => y.rate !== "未展示")) {
      expect(r.deducted, r.section).toBeLessThanOrEqual(r.attainable);
      expect(Math.round((1000 * (r.attainable - r.deducted)) / r.attainable) / 10, r.section).toBe(Number(r.rate));
    }
  });

  it("the overall deduction is the sections' 扣分 plus the row of faults the scenario did not plan", () => {
    const total = /100 × \(([\d.]+) − ([\d.]+)\) \/ ([\d.]+)/.exec(md)!;
    const judged = rows.filter((y) => y.rate !== "未展示");
    expect(Number(total[1])).toBe(cents(judged.map((y) => y.attainable)));
    expect(Number(total[2])).toBe(cents([...judged.map((y) => y.deducted), x]));
  });
});

describe("no action loses exactly its points attainable (chemical leak: no section a cent over by rounding)", () => {
  it("every section's 扣分 is its 应得分; the overall working reads A − (A + the 瞒报's excess), scored 0", () => {
    const md = rendered("chemical-leak", "none").md.zh;
    const rows = [...md.matchAll(/^\| (信息报告|部门联动|力量调派|处置结果) \| (\d+) \| ([\d.]+) \| ([\d.]+) \| 0 \|$/gm)];
    expect(rows).toHaveLength(4);
    for (const m of rows) expect(m[4], m[1]).toBe(m[3]);
    const total = /100 × \(([\d.]+) − ([\d.]+)\) \/ ([\d.]+)/.exec(md)!;
    // every section loses exactly A; the enterprise that never reports hides the accident (瞒报, hidden-accident.ts), and
    // what a 瞒报 costs beyond its report's worth is a fault the scenario did not plan, deducted outside A (review15
    // mine 1): the total deducted is A + X, and the score, below 0, reads as 0
    const sections = rows.reduce((a, m) => a + Number(m[3]), 0);
    expect(Number(total[1])).toBeCloseTo(sections, 2);
    expect(Number(total[2])).toBeGreaterThan(Number(total[1]));
    expect(md).toContain("低于 0 按 0 计 = 0");
  });
});
