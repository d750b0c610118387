/**
 * A fact no response could avoid and no agency caused is a note (情况说明), not a finding under 发现的问题 (review16:
 * the 100/100 good reports' F1 — the mine's 水情未控制 the best play does not reach either, the chemical good play's
 * 35 people above AEGL-2 and the school's 1 smoke injury, each "0（无任何处置可避免）", unit —); and the 经验 line
 * 「可避免的伤亡已全部避免」 names the best play it compares with, which for a good play is that play itself
 * (the scenario's bestPlay: plays/X.good.yaml, titled 《… — 规范处置（示范剧本）》).
 */
import { describe, expect, it } from "vitest";
import { rendered } from "./reports.ts";

/** The Markdown table rows of 三、发现的问题 (between its heading and 四、). */
function findingRows(md: string): string[] {
  const part = md.slice(md.indexOf("## 三、"), md.indexOf("## 四、"));
  return part.split("\n").filter((l) => /^\| F\d+ \|/.test(l));
}

describe("no-fault facts are notes, not findings", () => {
  it("mine good: 水情未控制 is listed under 情况说明, and 处置结果 reads 未发现问题", () => {
    const { md, html } = rendered("mine-flood", "good");
    expect(findingRows(md.zh)).toEqual([]);
    const outcomes = md.zh.slice(md.zh.indexOf("### 处置结果"), md.zh.indexOf("## 四、"));
    expect(outcomes).toContain("未发现问题");
    expect(outcomes).toMatch(/\*\*情况说明[^*]*\*\*\n\n- F1 04:00:00 \(12:30:00 UTC\+08:00\) 水情未控制：/);
    expect(md.en).toMatch(/\*\*Notes \(not findings[^*]*\*\*\n\n- F1 04:00:00 .*Water not under control:/);
    expect(html.zh).toContain("情况说明（不列为问题、不扣分）");
  });
  // F37 → F40 → F41: findings ahead of it renumber it, the note logic is unchanged; round 23 judged the mine's own plan
  // (LNK-MINE-PLAN, r23-mine-a), whose never-started plan is the new F2 (00:20:00, 未立即启动本矿水害应急预案), so the
  // 水情未控制 note (timeline #16 … #104), the last 04:00:00 item but the trapped, is F41
  it("mine poor: F41 水情未控制 leaves the findings table for the note; the charged findings stay", () => {
    const { md } = rendered("mine-flood", "poor");
    expect(findingRows(md.zh).some((l) => l.includes("水情未控制"))).toBe(false);
    expect(md.zh).toMatch(/- F41 04:00:00 .*水情未控制/);
    expect(findingRows(md.zh).length).toBeGreaterThan(30);
  });
  it.each(["chemical-leak", "school-fire"])("%s good: the exposure nobody caused is a note, not F1 under 发现的问题", (id) => {
    const { md } = rendered(id, "good");
    expect(findingRows(md.zh)).toEqual([]);
    expect(md.zh).toMatch(/- F1 .*无可归因的处置缺陷，不归于任何单位/);
  });
  it.each([
    ["mine-flood", "煤矿透水 — 规范处置（示范剧本）"],
    ["chemical-leak", "液氯储罐泄漏 — 规范处置（示范剧本）"],
    ["school-fire", "学校火灾 — 规范处置（示范剧本）"],
  ])("%s good: 可避免的伤亡已全部避免 says the best play compared is this play itself, 《%s》", (id, title) => {
    const { md } = rendered(id, "good");
    const line = md.zh.split("\n").find((l) => l.startsWith("- 可避免的伤亡已全部避免"))!;
    expect(line).toContain(`对照的最佳处置即本次演练所用剧本《${title}》`);
    expect(md.en).toContain("the best play compared against is this drill's own play");
  });
});
