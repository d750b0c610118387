/**
 * The standards a report names are those its rules and findings used (issue 10 §12, §13): the
 * school-fire report no longer cites "生产安全事故报告和调查处理条例（国务院令第493号）第四、九至十三条"
 * (the rubric's own design basis, a production-safety accident's articles) as its standard, and its
 * rules profile is named without the sources the profile can draw on ("493号令 + …"). Each shipped
 * scenario's list holds its own hazard's documents (the school chain: 消防法 第四十四条 and the
 * 中小学幼儿园应急疏散演练指南, county-default.yaml LNK-SCH-SCHOOL; the chemical chain: 危险化学品安全管理条例
 * 第七十一条, LNK-CHEM-*; the mine chain: 煤矿安全规程, LNK-MINE-*), never another hazard's.
 */
import { describe, expect, it } from "vitest";
import { rendered } from "../report/reports.ts";

// the mine chain's withdrawal duty rests on 煤矿防治水细则（2018）第六条 (review8 mine 11), not on 煤矿安全规程 without an article
const OWN: Record<string, string> = { "school-fire": "中小学幼儿园应急疏散演练指南", "chemical-leak": "危险化学品安全管理条例", "mine-flood": "煤矿防治水细则" };
const AQT = "生产安全事故应急演练评估规范（AQ/T 9009-2015）";
/** AQ/T 9009 governs production-safety accident drills; a school fire applies its method by analogy (参照, review8 school 10h) */
const aqtFor = (id: string) => (id === "school-fire" ? `参照：${AQT}` : AQT);

/** The Markdown report's standards sentence (part 2) and rules-profile row (part 1). */
function lines(md: string) {
  return {
    standards: /本报告适用的标准和规定：(.*?)。/.exec(md)?.[1] ?? "",
    profile: md.split("\n").find((l) => l.startsWith("| 规则配置"))!,
    // the list ends where the references borrowed from (not standards) begin, or at the line's end
    en: /Standards and documents this report applied: (.*?)\.(?: References \(|\n)/.exec(md)?.[1] ?? "",
  };
}

describe.each(Object.keys(OWN))("%s poor play", (id) => {
  const r = rendered(id, "poor");
  const zh = lines(r.md.zh);
  const en = lines(r.md.en);

  it("names AQ/T 9009 first, then its own hazard's documents, never another hazard's", () => {
    const list = zh.standards.split("；");
    expect(list[0]).toBe(aqtFor(id));
    expect(list.some((x) => x.startsWith(OWN[id]!))).toBe(true);
    for (const [other, doc] of Object.entries(OWN)) if (other !== id) expect(zh.standards).not.toContain(doc);
  });

  it("every document listed is cited by a basis of this report, and every finding's cited document is listed", () => {
    const bases = [...r.worded.findings.map((f) => f.basis), ...r.worded.reporting.obligations.map((o) => o.basis), ...r.worded.linkage.rows.map((l) => l.basis), ...r.worded.dispatch.standards.map((o) => o.basis), r.worded.outcomes.harm.basis].join("\n");
    for (const doc of zh.standards.split("；").slice(1)) expect(bases, doc).toContain(doc.replace(/^参照：/, "").replace(/（[^（）]*）$/, ""));
    for (const doc of ["消防法", "突发事件应对法", "危险化学品安全管理条例", "煤矿安全规程", "生产安全事故应急条例"]) {
      if (r.worded.findings.some((f) => f.basis.includes(doc))) expect(zh.standards, doc).toContain(doc);
    }
  });

  it("the rubric's own basis (493号令 第四、九至十三条) is not given as this report's standard, nor the profile's source list as its name", () => {
    expect(r.md.zh).not.toContain("第四、九至十三条");
    expect(r.md.en).not.toContain("Arts. 4 and 9–13");
    expect(zh.profile).toBe(`| 规则配置 / 随机种子 | 县级默认规则 / ${r.worded.seed} |`);
    expect(r.md.en).toContain(`| Rules profile / seed | County default rules / ${r.worded.seed} |`);
  });

  it("the English list gives each document's English title with its original title for lookup", () => {
    const list = en.en.split("; ");
    expect(list.length).toBe(zh.standards.split("；").length);
    expect(list[0]).toBe(`${id === "school-fire" ? "Reference: " : ""}Specification for the evaluation of production safety accident emergency drills (生产安全事故应急演练评估规范, AQ/T 9009-2015)`);
    for (const doc of list) expect(doc).toMatch(/^[A-Z][^()]* \([^()]*\p{Script=Han}[^()]*\)$/u);
  });
});

describe("the school fire's list", () => {
  it("is the school chain's documents, in the order the report first cites them", () => {
    const list = lines(rendered("school-fire", "poor").md.zh).standards.split("；");
    // the school's late signal cites 消防法 第四十四条第二款 (review11 school 6); the 指南's 2 minutes only the
    // evacuation finding cites, after the brigade's turn-out standard
    // since the r17 merge a receiver's forwarding duty (forwarding.ts) is judged: the police station's 00:05 110 call it
    // did not pass on (F7's 未立即移送, on 突发事件应对法 第十七条) comes before the brigade's turn-out, so that law is third
    expect(list.slice(0, 4)).toEqual([`参照：${AQT}`, "消防法", "突发事件应对法（2024）", "城市消防站建设标准（建标152）"]);
    expect(list).toContain("中小学幼儿园应急疏散演练指南（教基一厅〔2014〕2号）");
    // the school's own plan duty cites 应急条例 第十七条 「（参照：事故单位立即启动应急预案）」 (a school is no production unit:
    // applied by analogy), so it is listed as 参照 after the standards, not third among them (r23's LNK-SCH-PLAN)
    expect(list).toContain("参照：生产安全事故应急条例");
    expect(list).not.toContain("生产安全事故应急条例");
    // a sample plan is no standard: it is listed apart, with what was borrowed from it (review9 chemical 12's kind;
    // review8 school 10d had it as 参照 after every standard)
    expect(list.some((d) => d.includes("乡镇学校安全事故应急预案示例"))).toBe(false);
    expect(rendered("school-fire", "poor").md.zh).toMatch(/参考资料（非标准，仅借鉴其做法）：[^\n]*乡镇学校安全事故应急预案示例（借鉴：/);
    const refs = list.slice(1).map((d) => d.startsWith("参照："));
    expect(refs.indexOf(true)).toBeGreaterThan(refs.lastIndexOf(false));
  });
});
