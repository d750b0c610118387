/**
 * The Chinese report has no English word in its sentences (newcomer 22 #2: F13 read 「其此前所获仅为 00:01:29
 * 临江化工有限公司报告受伤 unknown」: a reporter's 尚不清楚 quoted as the engine's code). Scanned: the Markdown and the
 * HTML a Chinese reader sees, for every shipped scenario with its good and poor plays and no action, and the play
 * that reproduces the newcomer's F13 (tests/report/plays/chemical-unknown-figure.yaml). What may stay is what is
 * not a word of a sentence: codes in `code spans`, finding ids (F13), ids and standards in capitals (V-101, AQ/T,
 * AEGL-2, UTC), single letters of the formulas (W, S, L, X), and the unit ppm. Any other run of three or more
 * lower-case Latin letters ("unknown", "undefined", "null", a model's English) is a stray English word.
 */
import { describe, expect, it } from "vitest";
import { renderHtml } from "../../cli/report/html.ts";
import { renderMarkdown } from "../../cli/report/markdown.ts";
import { wordReport } from "../../cli/report/worded.ts";
import { evaluate } from "../../engine/evaluate/evaluate.ts";
import { runKeepingReference } from "../../engine/evaluate/references.ts";
import { compiled, playOf } from "../helpers.ts";
import { bestPlay, rubric } from "../evaluate/fixtures.ts";
import { CASES, rendered, visibleHtml } from "./reports.ts";

const ALLOWED = new Set(["ppm"]);
function stray(text: string): string[] {
  const body = text.replace(/`[^`]*`/g, " ").replace(/https?:\/\/\S+/g, " ");
  return [...body.matchAll(/[a-z]{3,}/gi)]
    .filter((m) => /[a-z]/.test(m[0]) && !/^[A-Z]/.test(m[0]) && !ALLOWED.has(m[0]))
    .map((m) => `${m[0]} in …${body.slice(Math.max(0, m.index! - 40), m.index! + m[0].length + 10).replace(/\s+/g, " ")}…`);
}

describe("no stray English word in a Chinese report", () => {
  it.each(CASES)("%s %s", (id, play) => {
    const r = rendered(id, play);
    expect(stray(r.md.zh)).toEqual([]);
    expect(stray(r.html.zh)).toEqual([]);
  });

  it("a figure the reporter gave as unknown is never quoted as the code “unknown” in Chinese (the newcomer's F13)", () => {
    const c = compiled("chemical-leak");
    const commands = playOf(c, "tests/report/plays/chemical-unknown-figure.yaml");
    const best = bestPlay("chemical-leak", c);
    const r = runKeepingReference(c, 7, commands, best);
    const worded = wordReport(c, evaluate(c, r.events, r.state, rubric(), undefined, best), rubric());
    const md = renderMarkdown(worded, "zh");
    // the bureau's firm 30 injured at 00:29:19 stands on nothing but the enterprise's 受伤 unknown of 00:01:29
    const untrue = worded.findings.find((f) => f.code === "REPORT_UNVERIFIED" && f.agency === "eb");
    // r22-school-b words an unknown figure as “正在核实”或未说明人数 (a figure needs a source), never the code “unknown”
    expect(untrue?.message.zh).toContain("00:01:29 起所获为“正在核实”或未说明人数");
    expect(untrue?.message.zh).not.toMatch(/unknown/);
    expect(untrue?.message.en).not.toMatch(/[\u4e00-\u9fff]/);
    expect(stray(md)).toEqual([]);
    expect(stray(visibleHtml(renderHtml(worded, "zh"), "zh"))).toEqual([]);
  }, 120_000);
});
