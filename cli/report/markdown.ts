/** The 演练评估报告 as Markdown, in one language: same structure as the HTML, without charts. */
import { tidyZh } from "../../i18n/spacing.ts";
import { annexAreaLabel } from "../../engine/scenario/rubric-schema.ts";
import { formatClock, wallClock } from "../../engine/model/time.ts";
import type { SectionId } from "../../engine/evaluate/report-model.ts";
import { UNSCORED, type WordedFinding, type WordedReport } from "./worded.ts";
import { itemSums, outsideRow, RUBRIC_NOTE, scoringNote, sectionTotalText, sectionRow, totalWorking, UNEARNED_HEAD } from "./scoring.ts";
import { countByCode, countText, headlines, LINKAGE_LABEL, linkageShare } from "./headlines.ts";
import { TOLD_HEAD, TOLD_TITLE, toldCells, toldRows } from "./told.ts";
import { unverifiedNote } from "./unverified.ts";
import { annexNote } from "./annex.ts";
import { evaluationMethod } from "./standards.ts";
import { agencyText, BLINDNESS_TEXT, drillTimeText, findingAgencyText, findingBody, isNote, kindText, KIND_TEXT, L, noteText, pointsText, RATING_TEXT, when, type Lang } from "./text.ts";

const cell = (s: string) => s.replace(/\|/g, "\\|").replace(/\n/g, " ");

export function renderMarkdown(r: WordedReport, lang: Lang): string {
  const t = (x: { zh: string; en: string }) => x[lang];
  const out: string[] = [];
  const s = r.scenario;
  out.push(`# ${t(L.reportTitle)}${lang === "zh" ? "：" : ": "}${t(s.title)}`, "");
  out.push(`**${t(L.score)}: ${r.unscored || r.score === null || r.band === null ? t(r.unscored ?? UNSCORED) : `${r.score} / 100 (${t(r.band)})`}** — ${t(r.rubric.title)}`, "");

  out.push(`## ${t(L.s1)}`, "");
  if (s.summary) out.push(t(s.summary), "");
  const facts: Array<[string, string]> = lang === "zh"
    ? [["演练时间", drillTimeText(r).zh], ["事故类型", t(KIND_TEXT[s.kind] ?? { zh: s.kind, en: s.kind })], ["演练形式", t(BLINDNESS_TEXT[s.blindness] ?? { zh: s.blindness, en: s.blindness })], ["参演单位", r.agencies.map((a) => t(a.name)).join("、")], ["规则配置 / 随机种子", `${r.rulesTitle.zh} / ${r.seed}`], ["事件记录", `${r.eventCount} 条`]]
    : [["Drill time", drillTimeText(r).en], ["Incident type", t(KIND_TEXT[s.kind] ?? { zh: s.kind, en: s.kind })], ["Format", t(BLINDNESS_TEXT[s.blindness] ?? { zh: s.blindness, en: s.blindness })], ["Agencies", r.agencies.map((a) => t(a.name)).join(", ")], ["Rules profile / seed", `${r.rulesTitle.en} / ${r.seed}`], ["Event log", `${r.eventCount} events`]];
  out.push("| | |", "|---|---|", ...facts.map(([k, v]) => `| ${k} | ${cell(v)} |`), "");
  out.push(`| ${t(L.section)} | ${t(L.weight)} | ${t(L.attainable)} | ${t(L.deducted)} | ${t(L.sectionScore)} |`, "|---|---:|---:|---:|---:|");
  for (const sec of r.sections) {
    const row = sectionRow(sec, L.notShown);
    out.push(`| ${t(sec.text)} | ${row.weight} | ${row.attainable} | ${t(row.deducted)} | ${t(row.score)} |`);
  }
  const unplanned = outsideRow(r.sections);
  if (unplanned) out.push(`| ${t(unplanned.label)} | — | — | ${cell(t(unplanned.deducted))} | — |`);
  out.push("");
  const total = totalWorking(r);
  if (total) out.push(`_${t(total)}_`, "");
  for (const h of headlines(r)) out.push(`- ${t(h.label)}: **${t(h.value)}**`);
  out.push("");

  out.push(`## ${t(L.s2)}`, "");
  out.push(lang === "zh"
    ? `${evaluationMethod(s.kind).zh}，采用评估标准「${t(r.rubric.title)}」。评估数据全部来自演练指令记录的确定性回放：同一情景、随机种子和指令记录总能得到同一事件记录；每条问题均注明时间、单位、规则及依据，并列出其所依据的事件编号（见附录）。本报告适用的标准和规定：${r.standards.map((x) => x.zh).join("；")}。${r.references.length > 0 ? `参考资料（非标准，仅借鉴其做法）：${r.references.map((x) => x.zh).join("；")}。` : ""}`
    : `${evaluationMethod(s.kind).en}, with the rubric "${t(r.rubric.title)}". All data come from a deterministic replay of the drill's command log: the same scenario, seed and log always give the same events. Every finding gives its time, agency, rule and basis, and the event numbers it rests on (see the appendix). Standards and documents this report applied: ${r.standards.map((x) => x.en).join("; ")}.${r.references.length > 0 ? ` References (not standards; practice borrowed from them): ${r.references.map((x) => x.en).join("; ")}.` : ""}`, "");
  out.push(`| ${t(L.section)} | ${lang === "zh" ? "评分项" : "Item"} | ${lang === "zh" ? "附录A要素" : "Annex A area"} | ${lang === "zh" ? "每次扣分" : "Points each"} | ${lang === "zh" ? "上限" : "Cap"} | ${t(L.deducted)} | ${t(UNEARNED_HEAD)} |`, "|---|---|---|---:|---:|---:|---:|");
  for (const sec of r.sections) {
    for (const it of sec.items) {
      out.push(`| ${t(sec.text)} | ${cell(t(it.text))} | ${annexAreaLabel(it.annexA, lang, it.annexRef)} | ${it.points}${it.followUpPoints !== undefined ? (lang === "zh" ? `（续报 ${it.followUpPoints}）` : ` (follow-up ${it.followUpPoints})`) : ""} | ${it.capApplies === false ? "—" : it.cap} | ${it.deducted} | ${it.unearned ?? 0} |`);
    }
    const sum = itemSums(sec);
    out.push(`| ${t(sec.text)} | **${t(sectionTotalText(sec))}** | | | | ${sum.deducted} | ${sum.unearned} |`);
  }
  out.push("", `_${t(RUBRIC_NOTE)}_`, "");
  const unnumbered = annexNote(r);
  if (unnumbered) out.push(`_${t(unnumbered)}_`, "");

  out.push(`## ${t(L.s3)}`, "", `_${t(L.capNote)}_`, "");
  for (const sec of ["reporting", "linkage", "dispatch", "outcomes"] as SectionId[]) {
    const text = r.sections.find((x) => x.id === sec)?.text ?? { zh: sec, en: sec };
    out.push(`### ${t(text)}`, "");
    // the counting rule with this section's own numbers, beside the points it explains
    const how = scoringNote(r.sections.find((x) => x.id === sec)!);
    if (how) out.push(`_${t(how)}_`, "");
    // the 联而不动 figure in the words and numbers of the headline card
    if (sec === "linkage") out.push(`${t(LINKAGE_LABEL)}${lang === "zh" ? "：" : ": "}**${t(linkageShare(r.linkage.headline))}**`, "", ...toldTable(r, lang));
    const unverified = sec === "linkage" ? unverifiedNote(r) : undefined;
    if (unverified) out.push(`_${t(unverified)}_`, "");
    const list = r.findings.filter((f) => f.section === sec && !isNote(f));
    const notes = r.findings.filter((f) => f.section === sec && isNote(f));
    if (list.length === 0) out.push(t(L.none), "");
    else {
      out.push(`| # | ${t(L.time)} | ${t(L.agency)} | ${t(L.problem)} | ${t(L.basis)} | ${t(L.points)} | ${t(L.evidence)} |`, "|---|---|---|---|---|---:|---|");
      for (const f of list) out.push(findingRow(r, f, lang));
      out.push("");
    }
    if (notes.length > 0) out.push(`**${t(L.notes)}**`, "", ...notes.map((f) => `- ${noteText(r, f, lang)}`), "");
    // harm against the scenario's best play and no response, or why it is not graded so (issue 10 §9)
    if (sec === "outcomes") out.push(`**${t(L.harm)}**: ${cell(t(r.outcomes.harm.note))}`, "");
    // duties the drill never reached: listed, never deducted
    const open = (r.notYetDue ?? []).filter((n) => n.section === sec);
    if (open.length > 0) out.push(`**${t(L.notYetDue)}**`, "", ...open.map((n) => `- ${t(n.message)}`), "");
    const obs = r.observations.filter((o) => o.section === sec);
    if (obs.length > 0) {
      out.push(`**${t(L.observations)}**`, "", `| ${t(L.time)} | ${t(L.evaluator)} | ${t(L.agency)} | ${t(L.annexArea)} | ${t(L.rating)} | ${t(L.observation)} | ${t(L.justification)} |`, "|---|---|---|---|---|---|---|");
      for (const o of obs) out.push(`| ${when(r, o.atMs)} | ${cell(o.evaluator)} | ${o.agency ? t(agencyText(r, o.agency)) : "—"} | ${o.annexA ? annexAreaLabel(o.annexA, lang) : "—"} | ${t(RATING_TEXT[o.rating]!)} | ${cell(o.text)} | ${cell(o.justification)} |`);
      out.push("");
    }
  }

  out.push(`## ${t(L.s4)}`, "", `### ${t(L.strengths)}`, "");
  if (r.strengths.length === 0) out.push("—");
  for (const x of r.strengths) out.push(`- ${t(x.message)}`);
  out.push("", `### ${t(L.shortcomings)}`, "");
  for (const c of countByCode(r)) out.push(`- ${t(c.label)} × ${t(countText(c))}${c.agencies.length ? `: ${c.agencies.map((a) => t(agencyText(r, a))).join(lang === "zh" ? "、" : ", ")}` : ""}`);
  out.push("", `## ${t(L.s5)}`, "");
  r.recommendations.forEach((x, i) => out.push(`${i + 1}. ${t(x.text)}`));
  out.push("", `## ${t(L.appendix)}`, "", `| # | ${t(L.time)} | ${t(L.event)} |`, "|---:|---|---|");
  for (const e of r.timeline) {
    if (e.quiet && e.findings.length === 0) continue;
    out.push(`| ${e.index} | ${formatClock(e.atMs)} ${wallClock(r.scenario.start, e.atMs)} | ${cell(t(e.text))}${e.findings.length ? ` ← ${e.findings.join(", ")}` : ""} |`);
  }
  // Chinese text has no spaces between characters, wherever a sentence put a name between spaces (i18n/spacing.ts)
  return `${tidyZh(out.join("\n"))}\n`;
}

/** Who really told whom (issue 10 §3), before the linkage findings that rest on it. */
function toldTable(r: WordedReport, lang: Lang): string[] {
  const rows = toldRows(r);
  if (rows.length === 0) return [];
  return [
    `**${TOLD_TITLE[lang]}**`, "",
    `| ${TOLD_HEAD.map((h) => h[lang]).join(" | ")} |`, "|---|---|---|---:|---|---|",
    ...rows.map((x) => {
      const c = toldCells(r, x);
      return `| ${cell(c.agency[lang])} | ${c.at[lang]} | ${cell(c.by[lang])} | ${c.event === undefined ? "—" : `#${c.event}`} | ${c.due[lang]} | ${c.verdict[lang]} |`;
    }),
    "",
  ];
}

function findingRow(r: WordedReport, f: WordedFinding, lang: Lang): string {
  const t = (x: { zh: string; en: string }) => x[lang];
  const ev = f.evidence.events.map((i) => `#${i}`).join(" ");
  const pts = t(pointsText(f, r.sections, r.findings));
  return `| ${f.id} | ${when(r, f.atMs)} | ${t(findingAgencyText(r, f))} | **${t(kindText(f))}** ${cell(findingBody(f, lang))} | ${cell(t(f.basisText))} | ${pts} | ${ev} |`;
}
