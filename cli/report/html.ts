/**
 * The standalone HTML 演练评估报告 (Chinese, with an English switch): one file, no network —
 * ECharts and the chart script are inlined, so it opens offline and prints to PDF as is.
 */
import { tidyZh } from "../../i18n/spacing.ts";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { UNSCORED, type WordedReport } from "./worded.ts";
import { chartData } from "./chart-data.ts";
import { CSS, esc, t, tt } from "./html-parts.ts";
import { appendix, lessons, method, overview, problems, recommendations } from "./html-sections.ts";
import { isNote, L, type Lang } from "./text.ts";

/** Script text safe inside <script>: no early end tag. */
function inline(js: string): string {
  return js.replace(/<\/script/gi, "<\\/script");
}

let assets: { echarts: string; client: string } | undefined;

/** echarts.min.js from node_modules and the report's own chart script, read once. */
export function reportAssets(): { echarts: string; client: string } {
  if (!assets) {
    const require = createRequire(import.meta.url);
    assets = {
      echarts: readFileSync(require.resolve("echarts/dist/echarts.min.js"), "utf8"),
      client: readFileSync(new URL("./report-client.js", import.meta.url), "utf8"),
    };
  }
  return assets;
}

export function renderHtml(r: WordedReport, lang: Lang = "zh"): string {
  const data = chartData(r);
  const heights = {
    "chart-obligations": Math.max(260, 70 + data.obligations.length * 14),
    "chart-linkage": Math.max(260, 70 + data.linkage.nodes.length * 28),
    "chart-units": Math.max(260, 80 + data.units.length * 15),
    "chart-outcomes": 340,
  };
  const { echarts, client } = reportAssets();
  // Chinese text has no spaces between characters, wherever a sentence put a name between spaces (i18n/spacing.ts)
  const json = tidyZh(JSON.stringify(data)).replace(/</g, "\\u003c");
  const body = tidyZh([overview(r), method(r), problems(r, heights), lessons(r), recommendations(r), appendix(r)].join("\n"));
  return `<!doctype html>
<html lang="${lang === "zh" ? "zh-CN" : "en"}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(`${L.reportTitle[lang]} — ${r.scenario.title[lang]}`)}</title>
<style>${CSS}</style>
</head>
<body data-lang="${lang}">
<nav class="toolbar" aria-label="language"><button type="button" data-set-lang="zh" aria-pressed="${lang === "zh"}">中文</button><button type="button" data-set-lang="en" aria-pressed="${lang === "en"}">English</button></nav>
<main>
<header class="cover">
<h1>${t(L.reportTitle)}</h1>
<div class="sub">${t(r.scenario.title)}</div>
<div class="scorebox"><span>${t(L.score)}</span>${r.unscored || r.score === null || r.band === null ? `<span class="band" data-testid="score">${t(r.unscored ?? UNSCORED)}</span>` : `<span class="score" data-testid="score">${r.score}</span><span>/ 100</span><span class="band">${t(r.band)}</span>`}</div>
<div class="note">${tt("评估标准", "Rubric")}: ${t(r.rubric.title)} · ${tt("问题", "findings")} ${r.findings.filter((f) => !isNote(f)).length}</div>
</header>
${body}
</main>
<script id="report-data" type="application/json">${json}</script>
<script>${inline(echarts)}</script>
<script>${inline(client)}</script>
</body>
</html>
`;
}
