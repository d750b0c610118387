/**
 * A report that prints an Annex A area without its number says why (newcomer r30b: 人员保护 stood unnumbered beside
 * A.1 预警与信息报告 with no word of explanation). domain.md §3.6: only areas 1, 2 and 4 were seen in a template of
 * AQ/T 9009-2015 [S2]; the rest of the list is from memory [U], so their numbers are never printed as the standard's.
 */
import { describe, expect, it } from "vitest";
import { annexNumbersNote } from "../../engine/scenario/rubric-schema.ts";
import { annexNote } from "../../cli/report/annex.ts";
import { renderMarkdown } from "../../cli/report/markdown.ts";
import { renderHtml } from "../../cli/report/html.ts";
import { wordReport } from "../../cli/report/worded.ts";
import { drill } from "../evaluate/fixtures.ts";

describe("why an Annex A area has no number", () => {
  it("names the checked numbers (A.1, A.2, A.4) and the areas left unnumbered, zh-CN and en", () => {
    const n = annexNumbersNote(["warningAndReporting", "personnelProtection", "medicalRescue", "personnelProtection"])!;
    expect(n.zh).toBe("附录A要素编号只标注已与标准文本核对的（A.1、A.2、A.4）；人员保护、医疗救护的编号尚未核对，只列名称。");
    expect(n.en).toBe("Annex A areas carry a number only where it was checked against the standard's text (A.1, A.2, A.4); Personnel protection, Medical rescue are named without a number until theirs is checked.");
  });
  it("says nothing when every area printed carries its number", () => {
    expect(annexNumbersNote(["warningAndReporting", "commandAndCoordination"])).toBeUndefined();
  });
  it("counts an evaluator's observation's area as well as the rubric's", () => {
    const verifiedOnly = { sections: [{ items: [{ annexA: "mobilisation" as const }] }], observations: [] } as unknown as Parameters<typeof annexNote>[0];
    expect(annexNote(verifiedOnly)).toBeUndefined();
    const withObs = { ...verifiedOnly, observations: [{ annexA: "cordonAndControl" }] } as unknown as Parameters<typeof annexNote>[0];
    expect(annexNote(withObs)?.zh).toContain("警戒与管制的编号尚未核对");
  });
});

describe("the chemical poor play's report prints the note under its rubric table", () => {
  const d = drill("chemical-leak", "poor");
  const w = wordReport(d.c, d.report);
  it("Markdown zh: after the rubric table, naming 人员保护 (a rubric item's unnumbered area)", () => {
    const md = renderMarkdown(w, "zh");
    const at = md.indexOf("附录A要素编号只标注");
    expect(at).toBeGreaterThan(md.indexOf("| 附录A要素 |"));
    expect(md.slice(at, md.indexOf("\n", at))).toContain("人员保护");
  });
  it("HTML en: in the method section", () => {
    const html = renderHtml(w, "en");
    const method = html.slice(html.indexOf('<section id="method">'), html.indexOf("</section>", html.indexOf('<section id="method">')));
    expect(method).toContain("are named without a number until theirs is checked");
  });
});
