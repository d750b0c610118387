/**
 * The shipped plays' reports as a reader gets them (issue 10 §1, §13): every scenario with its
 * good and poor plays and no action (an empty log), worded and rendered in Markdown and HTML, in
 * Chinese and English; and what of an HTML report a reader of one language sees.
 */
import { renderHtml } from "../../cli/report/html.ts";
import { renderMarkdown } from "../../cli/report/markdown.ts";
import { wordReport, type WordedReport } from "../../cli/report/worded.ts";
import type { Compiled } from "../../engine/compile.ts";
import { evaluate } from "../../engine/evaluate/evaluate.ts";
import { runKeepingReference } from "../../engine/evaluate/references.ts";
import { run } from "../../engine/replay.ts";
import { compiled, playOf, SCENARIOS } from "../helpers.ts";
import { bestPlay, rubric, WITH_PLAYS } from "../evaluate/fixtures.ts";

export const PLAYS = ["good", "poor", "none"] as const;
export type Play = (typeof PLAYS)[number];
export const CASES = WITH_PLAYS.flatMap((id) => PLAYS.map((p) => [id, p] as const));

export interface Rendered {
  c: Compiled;
  worded: WordedReport;
  md: { zh: string; en: string };
  html: { zh: string; en: string };
}

const cache = new Map<string, Rendered>();

/** Forget this file's rendered reports (tests/support/fresh-fixtures.ts): each test file renders its own. */
export function forgetRendered(): void {
  cache.clear();
}

/** A scenario's play (none: no command at all), run with seed 7, evaluated with the default rubric and rendered. */
export function rendered(id: string, play: Play, untilMs?: number): Rendered {
  const key = `${id}/${play}/${untilMs ?? ""}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const c = compiled(id);
  const commands = play === "none" ? [] : playOf(c, `${SCENARIOS}/plays/${id}.${play}.yaml`);
  const best = bestPlay(id, c);
  const rb = rubric();
  const r = untilMs !== undefined ? run(c, 7, commands, { untilMs }) : runKeepingReference(c, 7, commands, best);
  const worded = wordReport(c, evaluate(c, r.events, r.state, rb, undefined, best), rb);
  const out = { c, worded, md: { zh: renderMarkdown(worded, "zh"), en: renderMarkdown(worded, "en") }, html: { zh: visibleHtml(renderHtml(worded, "zh"), "zh"), en: visibleHtml(renderHtml(worded, "en"), "en") } };
  cache.set(key, out);
  return out;
}

/**
 * The text a reader of `lang` sees in the bilingual HTML report: no scripts or styles, the other
 * language's spans hidden, tags stripped; the language switch (中文 / English) is not report text.
 */
export function visibleHtml(html: string, lang: "zh" | "en"): string {
  const other = lang === "zh" ? "en" : "zh";
  return html
    .replace(/<nav class="toolbar"[\s\S]*?<\/nav>/g, " ")
    .replace(/<script[\s\S]*?<\/script>/g, " ")
    .replace(/<style[\s\S]*?<\/style>/g, " ")
    .replace(new RegExp(`<span class="${other}">[\\s\\S]*?</span>`, "g"), " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&");
}
