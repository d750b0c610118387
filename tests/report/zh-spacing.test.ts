/**
 * Chinese text puts no space between two Chinese characters (GB/T 15834; W3C "Requirements for
 * Chinese Text Layout" §3). The evaluator's sentences place names between spaces ("可执行该任务的
 * ${units} 至 …"), bases cite "条例 第七十一条", and a folded YAML briefing joins lines with a space;
 * the Chinese report a reader gets (Markdown and the HTML's visible text) has none of these
 * (newcomer run 6, item 15: 「可执行该任务的 特勤站水罐消防车1」).
 */
import { describe, expect, it } from "vitest";
import { renderHtml } from "../../cli/report/html.ts";
import { CASES, rendered } from "./reports.ts";

const SPACED = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef] +[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/gu;

describe("Chinese reports: no space between Chinese characters", () => {
  it.each(CASES)("%s, %s play: Markdown and HTML", (id, play) => {
    const r = rendered(id, play);
    expect(r.md.zh.match(SPACED) ?? []).toEqual([]);
    // the HTML as written (its visible text joins elements with spaces): a space inside a text run
    expect(renderHtml(r.worded, "zh").match(SPACED) ?? []).toEqual([]);
  });
});
