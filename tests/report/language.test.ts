/**
 * Reports speak the reader's language and never an internal id (issue 10 §1, §13; domain.md §6:
 * the field's own terms). For every shipped scenario's good play, poor play and no action, in
 * Markdown and HTML (what a reader of that language sees) and in the worded JSON fields:
 * - no rule, requirement, unit, place, agency or profile id, and no finding code (REPORT_MISSING);
 * - a Chinese report has no English placeholder (an English word where Chinese belongs);
 * - an English report has no Chinese outside a citation (a document's Chinese title in brackets),
 *   in its parts 1–5 (the appendix quotes what players wrote, in their words).
 */
import { describe, expect, it } from "vitest";
import { chartData } from "../../cli/report/chart-data.ts";
import type { Compiled } from "../../engine/compile.ts";
import { CASES, rendered } from "./reports.ts";

/** Every internal id a report could leak: rules and requirements, units, places, groups, agencies, the profile. */
function idsOf(c: Compiled): { all: Set<string>; distinctive: Set<string> } {
  const p = c.rules;
  const rules = [...p.reporting, ...p.followUp, ...p.linkage["chemical-leak"], ...p.linkage["mine-flood"], ...p.linkage["school-fire"], ...p.dispatch].map((r) => r.id);
  const s = c.scenario;
  const distinctive = new Set([...rules, ...s.requirements.map((r) => r.id), p.id, ...s.units.map((u) => u.id), ...s.map.places.map((x) => x.id), ...[...c.groups.keys()]]);
  // agency ids are plain words ("fire", "police"): they can be told from English only in a Chinese report
  return { all: new Set([...distinctive, ...s.agencies.map((a) => a.id)]), distinctive: new Set([...distinctive].filter((i) => /[-_0-9]|[a-z][A-Z]/.test(i))) };
}

const RULE_ID = /\b(req|LNK|DSP|RPT|OUT|CTY|ERG|CORDON|SPOT|ZONE|ARR)-[A-Za-z0-9-]+/;
const CODE = /\b[A-Z]{3,}_[A-Z_]{3,}\b/;
const tokens = (text: string) => text.match(/[A-Za-z][A-Za-z0-9_-]*/g) ?? [];

function rawIds(text: string, ids: Set<string>): string[] {
  const hits = tokens(text).filter((t) => ids.has(t));
  const rule = RULE_ID.exec(text)?.[0];
  const code = CODE.exec(text)?.[0];
  return [...new Set([...hits, ...(rule ? [rule] : []), ...(code ? [code] : [])])];
}

/** English words in a Chinese text: lowercase runs of 3+ letters (ppm, the unit, and the language switch aside). */
function english(text: string): string[] {
  return [...new Set((text.match(/[A-Za-z]*[a-z]{3,}[A-Za-z]*/g) ?? []).filter((w) => w !== "ppm"))];
}

/** Chinese in an English text once citations are removed: (…) and 《…》, nested. */
function chinese(text: string): string[] {
  let s = text;
  for (let prev = ""; prev !== s; ) {
    prev = s;
    s = s.replace(/\([^()（）]*\)|（[^()（）]*）|《[^《》]*》/g, " ");
  }
  return [...new Set(s.match(/.{0,20}[\u4e00-\u9fff]+.{0,20}/g) ?? [])];
}

const lines = (text: string) => text.split("\n");
const beforeAppendix = (md: string) => md.split(/\n## (附录|Appendix)/)[0]!;
const htmlParts = (html: string) => html.split(/(附录：演练时间线|Appendix: drill timeline)/)[0]!;

describe.each(CASES)("%s, %s play", (id, play) => {
  const r = rendered(id, play);
  const { all, distinctive } = idsOf(r.c);

  it("the Chinese report (Markdown and HTML) names no internal id or code and has no English placeholder", () => {
    for (const text of [r.md.zh, r.html.zh]) {
      expect(lines(text).map((l) => ({ l, ids: rawIds(l, all) })).filter((x) => x.ids.length > 0)).toEqual([]);
      expect(lines(text).map((l) => ({ l, en: english(l) })).filter((x) => x.en.length > 0)).toEqual([]);
    }
  });

  it("the English report (Markdown and HTML) names no internal id or code, and parts 1–5 have no Chinese outside a citation", () => {
    for (const text of [r.md.en, r.html.en]) expect(lines(text).map((l) => ({ l, ids: rawIds(l, distinctive) })).filter((x) => x.ids.length > 0)).toEqual([]);
    for (const text of [beforeAppendix(r.md.en), htmlParts(r.html.en)]) expect(lines(text).flatMap(chinese)).toEqual([]);
  });

  it("the worded JSON fields and the chart labels are in their own language, without ids", () => {
    const w = r.worded;
    const texts = [...w.findings.flatMap((f) => [f.message, f.basisText]), ...w.notYetDue.flatMap((n) => [n.message, ...(n.basisText ? [n.basisText] : [])]), ...w.strengths.map((s) => s.message), ...w.recommendations.map((x) => x.text)];
    const charts = chartData(w);
    const labels = [...charts.obligations.map((o) => o.label), ...charts.units.map((u) => u.label), ...charts.linkage.nodes.map((n) => n.name), ...charts.linkage.edges.flatMap((e) => e.kinds), ...charts.units.map((u) => u.endText)];
    for (const t of [...texts, ...labels]) {
      expect(rawIds(t.zh, all), t.zh).toEqual([]);
      expect(english(t.zh), t.zh).toEqual([]);
      expect(rawIds(t.en, distinctive), t.en).toEqual([]);
      expect(chinese(t.en), t.en).toEqual([]);
    }
  });
});
