/**
 * The rubric table (二、评估内容与方法) adds up (issue 10 §11; credit.ts: deduction = L × weight / W):
 * per section, its rows' 扣分 (what findings took) is the section's 扣分 in the overview table, with 不计入
 * (S's share: parts left undone only through another finding, never arisen, or done by an inject) beside it; and a row's
 * 扣分 is the sum of the points its findings print in part 3 (one rounding, at the finding: the same
 * figure reads the same in every table). Hand sums of the printed Markdown only.
 */
import { describe, expect, it } from "vitest";
import { rendered } from "./reports.ts";
import { WITH_PLAYS } from "../evaluate/fixtures.ts";

const cents = (xs: number[]) => Math.round(xs.reduce((a, b) => a + Math.round(b * 100), 0)) / 100;

describe.each(WITH_PLAYS)("%s poor play: the rubric table adds up to each section", (id) => {
  const md = rendered(id, "poor").md.zh;
  const method = md.split("## 二、评估内容与方法")[1]!.split("## 三、")[0]!;
  // 分值 may name a part's own weight: "8（续报 4）" (a missed 续报 weighs followUpPoints, report-weight.ts)
  const rows = method.split("\n").filter((l) => /^\| [^|]+ \| [^*|][^|]* \| [^|]+ \| [\d.]+(?:（[^|）]*）)? \|/.test(l)).map((l) => l.split("|").map((c) => c.trim()));
  // overview row: 评估项 | 分值 | 应得分 | 扣分 (on the scenario's opportunities) | 得分率
  const overview = [...md.matchAll(/^\| (信息报告|部门联动|力量调派|处置结果) \| (\d+) \| ([\d.]+) \| ([\d.]+)/gm)].map((m) => ({ section: m[1]!, deducted: Number(m[4]) }));

  it("扣分 over a section's rows = the section's 扣分 plus its faults the scenario did not plan (the overview's own row); 不计入 (S, rubric points set aside) beside it, deducted from nothing", () => {
    expect(overview.length).toBeGreaterThan(2);
    let withU = 0;
    let unplanned = 0;
    for (const s of overview) {
      const mine = rows.filter((r) => r[1] === s.section);
      expect(mine.length).toBeGreaterThan(0);
      const u = cents(mine.map((r) => Number(r[7])));
      if (u > 0) withU++;
      // the section's total row: "合计 28.65 = 本项扣分 15.92 + 情景未设定的问题 12.73（…）"
      const total = method.split("\n").find((l) => l.startsWith(`| ${s.section} | **合计`))!;
      const x = Number(/情景未设定的问题 ([\d.]+)/.exec(total)?.[1] ?? 0);
      unplanned += x;
      expect(cents(mine.map((r) => Number(r[6]))), s.section).toBe(cents([s.deducted, x]));
    }
    // the overview's row of the faults the scenario did not plan adds up the sections' shares
    const row = /^\| 情景未设定的问题[^|]*\| — \| — \| ([\d.]+)/m.exec(md);
    expect(Number(row?.[1] ?? 0)).toBe(cents([unplanned]));
    // every shipped poor play leaves something undone only through another fault (随…未完成)
    expect(withU).toBeGreaterThan(0);
  });

  it("a row's 扣分 is the sum of its findings' printed points (the 不漏报 row: the 漏报 findings of 信息报告)", () => {
    const part = md.split("### 信息报告")[1]!.split("### 部门联动")[0]!;
    const missing = part.split("\n").filter((l) => /^\| F\d+ \|/.test(l) && l.includes("**漏报**")).map((l) => Number(/^([\d.]+)/.exec(l.split(/(?<!\\)\|/)[6]!.trim())![1]));
    expect(missing.length).toBeGreaterThan(0);
    const row = rows.find((r) => r[1] === "信息报告" && r[2]!.includes("不漏报"))!;
    expect(Number(row[6])).toBe(cents(missing));
  });
});
