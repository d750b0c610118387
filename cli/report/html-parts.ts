/** Small HTML builders for the report: escaping, bilingual spans, tables. */
import type { LocalText } from "../../engine/model/ids.ts";

export function esc(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

/** Both languages; CSS shows the one the reader chose. */
export function t(x: LocalText): string {
  if (x.zh === x.en) return esc(x.zh);
  return `<span class="zh">${esc(x.zh)}</span><span class="en">${esc(x.en)}</span>`;
}

/** Literal text in both languages: t({zh, en}) without building an object at the call site. */
export function tt(zh: string, en: string): string {
  return t({ zh, en });
}

export function table(head: string[], rows: string[][], cls = ""): string {
  return `<table${cls ? ` class="${cls}"` : ""}><thead><tr>${head.map((h) => `<th>${h}</th>`).join("")}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join("")}</tr>`)
    .join("")}</tbody></table>`;
}

/** Links to the timeline rows an item rests on. */
export function evidenceLinks(events: readonly number[]): string {
  return events.map((i) => `<a href="#ev-${i}">#${i}</a>`).join(" ");
}

export const CSS = `
:root { --ink: #1f2933; --muted: #607080; --line: #d9e0e6; --accent: #0b4f8a; --bad: #b3261e; --ok: #2e7d32; --warn: #b35c00; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--ink); font: 14px/1.6 "WenQuanYi Micro Hei", "Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", system-ui, sans-serif; background: #f4f6f8; }
body[data-lang="zh"] .en, body[data-lang="en"] .zh { display: none; }
main { max-width: 980px; margin: 0 auto; padding: 24px 32px 48px; background: #fff; }
.toolbar { position: sticky; top: 0; z-index: 10; display: flex; justify-content: flex-end; gap: 6px; max-width: 980px; margin: 0 auto; padding: 6px 32px; background: #fff; border-bottom: 1px solid var(--line); }
.toolbar button { border: 1px solid var(--accent); background: #fff; color: var(--accent); padding: 2px 12px; border-radius: 3px; cursor: pointer; font: inherit; }
.toolbar button[aria-pressed="true"] { background: var(--accent); color: #fff; }
header.cover { border-bottom: 3px solid var(--accent); padding-bottom: 12px; margin-bottom: 16px; }
header.cover h1 { margin: 0; font-size: 26px; color: var(--accent); letter-spacing: 2px; }
header.cover .sub { font-size: 17px; margin-top: 4px; }
.scorebox { display: flex; align-items: baseline; gap: 16px; margin-top: 10px; }
.score { font-size: 40px; font-weight: bold; color: var(--accent); }
.band { font-size: 18px; padding: 2px 10px; border-radius: 3px; background: #e3edf7; }
h2 { font-size: 19px; border-left: 5px solid var(--accent); padding-left: 8px; margin: 28px 0 10px; break-after: avoid; }
h3 { font-size: 16px; margin: 20px 0 8px; color: var(--accent); break-after: avoid; }
table { width: 100%; border-collapse: collapse; margin: 8px 0 14px; font-size: 12.5px; }
th, td { border: 1px solid var(--line); padding: 4px 6px; vertical-align: top; text-align: left; }
th { background: #eef2f6; font-weight: 600; }
tr { break-inside: avoid; }
td.num, th.num { text-align: right; white-space: nowrap; }
table.findings td:nth-child(2) { white-space: nowrap; }
table.findings td:nth-child(3) { min-width: 7.5em; }
table.findings td:nth-child(4) { width: 42%; }
.code { display: inline-block; font: 11px/1.4 monospace; background: #fdecea; color: var(--bad); padding: 0 4px; border-radius: 2px; margin-right: 4px; }
.tag { display: inline-block; font-size: 11.5px; font-weight: 600; color: #fff; background: var(--bad); padding: 0 6px; border-radius: 2px; margin-right: 4px; }
.basis { color: var(--muted); font-size: 11.5px; }
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(210px, 1fr)); gap: 8px; margin: 10px 0; }
.card { border: 1px solid var(--line); border-radius: 4px; padding: 6px 10px; }
.card .k { color: var(--muted); font-size: 12px; }
.card .v { font-size: 16px; font-weight: 600; }
.card.bad .v { color: var(--bad); }
.card.good .v { color: var(--ok); }
.card.neutral .v { color: var(--muted); }
.chart { width: 100%; height: 380px; margin: 8px 0 4px; break-inside: avoid; }
.note { color: var(--muted); font-size: 12px; }
.obs { background: #fffbea; }
.timeline td:first-child { white-space: nowrap; }
.timeline tr.quiet td { color: #98a4ae; }
.timeline tr.cited td { background: #fff4f2; }
.timeline tr:target td { outline: 2px solid var(--accent); }
ol.recs li, ul.list li { margin: 4px 0; }
@page { size: A4; margin: 14mm 12mm; }
@media print {
  body { background: #fff; }
  .toolbar { display: none; }
  main { max-width: none; padding: 0; }
  a { color: inherit; text-decoration: none; }
}
`;
