/**
 * `drill whatif` says what a change did to the score in the reports' own figures (newcomer 21): the README's
 * `--shift 5=00:05:00` printed 信息报告 +1.83 and 部门联动 +1.08 (weight × rounded rate), which neither report prints,
 * and its parts added to 2.91 against a change of 5.8. The report's method (计分方法): 综合得分 = 100 × (A − D) / A,
 * A = Σ 应得分, D = Σ 扣分 + 情景未设定的问题; so Δ = 100 × ΔK / A₁ + 100 × K₀ × (1/A₁ − 1/A₀), K = A − D.
 */
import { readFileSync, writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { scoreChange } from "../../cli/whatif-figures.ts";
import type { SectionScore } from "../../engine/evaluate/report-model.ts";
import { drill } from "./drill-cli.ts";

const section = (id: SectionScore["id"], weight: number, attainable: number, deducted: number, score: number, outside?: number) =>
  ({ id, text: { zh: id, en: id }, weight, attainable, deducted, score, judged: true, items: [], ...(outside !== undefined ? { outside } : {}) }) as SectionScore;

describe("whatif's score change, part by part", () => {
  it("hand example: the parts are differences of printed figures and add up to the change of 100 × (A − D) / A", () => {
    // before: reporting 26.59 attainable, 24.55 deducted on its opportunities + 2.39 outside; linkage 23.94 − 14.55;
    // A₀ = 50.53, D₀ = 24.55 + 2.39 + 14.55 = 41.49, K₀ = 9.04, score 100 × 9.04 / 50.53 = 17.9
    const base = { score: 17.9, sections: [section("reporting", 30, 26.59, 26.94, 7.7, 2.39), section("linkage", 30, 23.94, 14.55, 39.2)] };
    // after: reporting 27.27 − 23.52 = 3.75, nothing outside; linkage 25.45 − 14.55 = 10.90;
    // A₁ = 52.72, D₁ = 38.07, K₁ = 14.65, score 100 × 14.65 / 52.72 = 27.8
    const variant = { score: 27.8, sections: [section("reporting", 30, 27.27, 23.52, 13.8), section("linkage", 30, 25.45, 14.55, 42.8)] };
    const ch = scoreChange(base, variant);
    // reporting 2.04 → 3.75 (+1.71): 100 × 1.71 / 52.72 = 3.24; linkage 9.39 → 10.9 (+1.51): 2.86;
    // outside 2.39 → 0: 100 × 2.39 / 52.72 = 4.53; attainable 50.53 → 52.72: 100 × 9.04 × (1/52.72 − 1/50.53) = −0.74
    expect(ch.parts).toEqual([
      { id: "reporting", before: 2.04, after: 3.75, delta: 1.71, score: 3.24 },
      { id: "linkage", before: 9.39, after: 10.9, delta: 1.51, score: 2.86 },
      { id: "outside", before: 2.39, after: 0, delta: -2.39, score: 4.53 },
      { id: "attainable", before: 50.53, after: 52.72, delta: 2.19, score: -0.74 },
    ]);
    // 3.24 + 2.86 + 4.53 − 0.74 = 9.89 ≈ 27.8 − 17.9 = 9.9
    expect(ch.sum).toBe(9.89);
    expect(ch.total).toBe(9.9);
  });

  it("the README's --shift 5=00:05:00 prints each part as the two reports print it, and the parts add up to the total", async () => {
    const scenario = "scenarios/chemical-leak.yaml";
    const poor = "scenarios/plays/chemical-leak.poor.yaml";
    // the changed play written out: the 5th command at 00:05:00
    const lines = readFileSync(poor, "utf8").split("\n");
    const at = lines.map((l, i) => (/^\s*- at:/.test(l) ? i : -1)).filter((i) => i >= 0)[4]!;
    lines[at] = lines[at]!.replace(/"?\d\d:\d\d:\d\d"?/, '"00:05:00"');
    const changed = join(mkdtempSync(join(tmpdir(), "whatif-")), "shift5.yaml");
    writeFileSync(changed, lines.join("\n"));
    // each report's overview table: | 信息报告 | 30 | 应得分 | 扣分 | 得分率 |, and its row of unplanned faults
    const figures = async (play: string) => {
      const md = (await drill("evaluate", scenario, "--play", play, "--format", "md")).out;
      const row = (name: string) => {
        const m = new RegExp(`^\\| ${name} \\| \\d+ \\| ([\\d.]+) \\| ([\\d.]+) \\|`, "m").exec(md);
        return m ? Math.round((Number(m[1]) - Number(m[2])) * 100) / 100 : undefined;
      };
      const outside = /^\| 情景未设定的问题（从综合得分中扣除，不计入各项得分率） \| — \| — \| ([\d.]+)/m.exec(md);
      const total = /综合得分 = 100 ×（应得分 − 扣分）\/ 应得分 = 100 × \(([\d.]+) − ([\d.]+)\) \/ [\d.]+ = ([\d.]+)/.exec(md)!;
      return { reporting: row("信息报告")!, linkage: row("部门联动")!, outside: outside ? Number(outside[1]) : 0, a: Number(total[1]), d: Number(total[2]), score: Number(total[3]) };
    };
    const b = await figures(poor);
    const v = await figures(changed);
    const r = await drill("whatif", scenario, "--play", poor, "--shift", "5=00:05:00");
    expect(r.code).toBe(0);
    const signed = (n: number) => (n > 0 ? `+${n}` : `−${-n}`);
    const d2 = (x: number) => Math.round(x * 100) / 100;
    expect(r.out).toContain(`综合得分: ${b.score} → ${v.score} (${signed(d2(v.score - b.score))} 分)`);
    expect(r.out).toContain(`计分：100 ×（应得分 − 扣分）/ 应得分，100 × (${b.a} − ${b.d}) / ${b.a} → 100 × (${v.a} − ${v.d}) / ${v.a}`);
    expect(r.out).toContain(`信息报告（应得分 − 扣分）: ${b.reporting} → ${v.reporting} (${signed(d2(v.reporting - b.reporting))} 分，折合综合得分 ${signed(d2((100 * (v.reporting - b.reporting)) / v.a))}`);
    expect(r.out).toContain(`部门联动（应得分 − 扣分）: ${b.linkage} → ${v.linkage} (${signed(d2(v.linkage - b.linkage))} 分`);
    if (b.outside !== v.outside) expect(r.out).toContain(`情景未设定的问题（扣分）: ${b.outside} → ${v.outside}`);
    if (b.a !== v.a) expect(r.out).toContain(`应得分: ${b.a} → ${v.a}`);
    // the parts printed add up to the change of the total, within the rounding of the score to 0.1
    const sum = /合计 (.+) = ([+−][\d.]+) ≈ ([+−][\d.]+) 分/.exec(r.out)!;
    const num = (s: string) => Number(s.replace("−", "-").replace(/\s/g, ""));
    const terms = sum[1]!.split(/ (?=[+−] )/).map((t) => num(t));
    expect(d2(terms.reduce((x, y) => x + y, 0))).toBe(num(sum[2]!));
    expect(Math.abs(num(sum[2]!) - (v.score - b.score))).toBeLessThan(0.06);
    expect(r.out).not.toContain("+1.83 分");
  }, 120_000);
});
