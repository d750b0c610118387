/**
 * The standards a report applied (issue 10 §12, §13): the laws, standards and local documents
 * cited by the rules and findings of THIS drill — the bases of its obligations, linkage duties,
 * dispatch standards, findings, open duties and harm grading — with AQ/T 9009-2015 (the evaluation
 * method) first; never the documents a rules profile can draw on but this scenario did not use
 * (no 493号令 事故单位 article for a school fire when no school rule cites it).
 *
 * A law applied by analogy ("参照自然灾害救助条例") is listed after the standards as "参照：…"; a drill script or plan
 * cited only for what was borrowed from it is no standard and is listed apart, under 参考资料, with what was borrowed,
 * never one written for another hazard (appliedReferences; review8 chemical 12, school 10d; review9 chem 12);
 * AQ/T 9009 itself is "参照" for an incident that is no production-safety accident (a school fire).
 *
 * A document is known by the English citations of the basis catalogue (basis.ts), which name it as
 * `English title (中文标题, qualifiers)`; it applies when its Chinese title appears in a basis this
 * report used. English citations in the report body keep the English title alone (`plainCitation`):
 * the Chinese title, for looking a document up, is given once, in this list.
 */
import type { LocalText } from "../../engine/model/ids.ts";
import type { ReportModel } from "../../engine/evaluate/report-model.ts";
import type { BasisCatalogue } from "./basis.ts";

const HAN = /\p{Script=Han}/u;
/** A document's number or year: 国务院令第493号, 2024, GB 51080-2015, ERG 2024, 建标152, 教基一厅〔2014〕2号. */
const NUMBER = /^(?:\S*令第?\d+号|\d{4}|(?:[A-Z]+\/?[A-Z]*) ?[\d.]+(?:-\d{4})?|\S{1,8}〔\d{4}〕\d+号|建标\d+)$/;
/** `(…)` holding no bracket: a citation's parenthesis, innermost first. */
const PAREN = /([^;:,()]*?)\s*\(([^()]*)\)/g;

interface Document {
  /** the Chinese title, as the zh bases cite it */
  title: string;
  en: string;
  /** the original title with its number or year, as the English citation gives it */
  original: string;
}

/** The documents the English citations name, by Chinese title (the fullest citation of each). */
function documents(cat: BasisCatalogue): Map<string, Document> {
  const out = new Map<string, Document>();
  for (const en of cat.values()) {
    for (const m of en.matchAll(PAREN)) {
      const parts = m[2]!.split(/,\s*/);
      const i = parts.findIndex((p) => HAN.test(p));
      if (i < 0) continue;
      const title = parts[i]!.split(/[:：]/)[0]!.trim();
      // "(Zhaoqing … provisions, 肇庆市…规定)": the English title inside; otherwise the clause before the bracket
      const before = m[1]!.slice(Math.max(0, m[1]!.search(/[A-Z]/))).trim();
      const name = i > 0 ? parts[0]!.trim() : before;
      if (!name || HAN.test(name) || !/[A-Z]/.test(name[0]!)) continue;
      const rest = parts.filter((_, j) => j !== i && (i === 0 || j !== 0));
      const original = [title, ...rest].join(", ");
      const prev = out.get(title);
      if (!prev || original.length > prev.original.length) out.set(title, { title, en: name, original });
    }
  }
  return out;
}

/** Every basis this report rests on, as the engine cites them (Chinese). */
function appliedBases(r: ReportModel, extra: readonly string[]): string[] {
  return [
    ...r.findings.map((f) => f.basis),
    ...r.reporting.obligations.map((o) => o.basis),
    ...r.linkage.rows.map((l) => l.basis),
    ...r.dispatch.standards.map((o) => o.basis),
    r.outcomes.harm.basis,
    ...extra,
  ];
}

const AQT: LocalText = { zh: "生产安全事故应急演练评估规范（AQ/T 9009-2015）", en: "Specification for the evaluation of production safety accident emergency drills (生产安全事故应急演练评估规范, AQ/T 9009-2015)" };
/** a document cited for background only, not as a standard (another county's drill script, a sample plan) */
export const REFERENCE: LocalText = { zh: "参照：", en: "Reference: " };
/**
 * Incident kinds that are 生产安全事故, which AQ/T 9009 (an evaluation standard for production-safety
 * accident drills) governs; for any other (a school fire) its method is applied by analogy (参照),
 * the hazard's own drill guide being the standard (review8 school 10h).
 */
const PRODUCTION_SAFETY = new Set(["chemical-leak", "mine-flood"]);
export const aqtGoverns = (kind: string): boolean => PRODUCTION_SAFETY.has(kind);
/** the drill guide that governs a kind AQ/T 9009 does not (domain.md §4.3: 教育部 《中小学幼儿园应急疏散演练指南》) */
const OWN_GUIDE: Readonly<Record<string, LocalText>> = {
  "school-fire": { zh: "教育部《中小学幼儿园应急疏散演练指南》", en: "the Ministry of Education's Guide to emergency evacuation drills in primary and secondary schools and kindergartens" },
};

/**
 * What the evaluation follows, for part 2's first sentence: "依据《生产安全事故应急演练评估规范》（AQ/T 9009-2015）及附录A评估要素"
 * for a production-safety accident; otherwise "依据<own guide>，参照…的评估方法及附录A评估要素".
 */
export function evaluationMethod(kind: string): LocalText {
  const guide = OWN_GUIDE[kind];
  if (aqtGoverns(kind) || !guide) return { zh: "依据《生产安全事故应急演练评估规范》（AQ/T 9009-2015）及附录A评估要素", en: "Evaluated per AQ/T 9009-2015 and its Annex A areas" };
  return { zh: `依据${guide.zh}，参照《生产安全事故应急演练评估规范》（AQ/T 9009-2015）的评估方法及附录A评估要素`, en: `Evaluated per ${guide.en}, with the method and Annex A areas of AQ/T 9009-2015 applied by analogy` };
}

/**
 * Whether the basis text cites the document at `p` (its title `len` characters long) only as background or by
 * analogy: "参照" stands earlier in the same "；"-separated clause ("本县设定（参照山巍小学…预案）",
 * "参照斗门区液氨泄漏演练脚本（…）"), or opens the bracket right after its title or article ("生产安全事故应急条例
 * 第十七条（参照：事故单位立即启动应急预案）", a school applying the production-safety rule by analogy: review23 school).
 */
function asReference(text: string, p: number, len: number): boolean {
  const start = Math.max(text.lastIndexOf("；", p), text.lastIndexOf("\n", p)) + 1;
  return text.slice(start, p).includes("参照") || /^》?\s*(?:第[^（；\n]{1,16}条\s*)?（参照/.test(text.slice(p + len));
}

/**
 * The standards applied, in the order the report first cites them after AQ/T 9009: `zh` the
 * Chinese title with its number or year where a basis gives one ("生产安全事故报告和调查处理条例（国务院令第493号）"),
 * `en` the English title with the original ("Fire Protection Law (消防法)"). `extra`: bases of
 * duties listed as not yet due (worded.ts ruleBasis).
 */
export function appliedStandards(r: ReportModel, cat: BasisCatalogue, extra: readonly string[] = []): LocalText[] {
  const text = appliedBases(r, extra).join("\n");
  const docs = [...documents(cat).values()].filter((d) => !AQT.zh.startsWith(d.title));
  const at = (d: Document) => occurrences(text, d.title).filter((p) => !docs.some((o) => o.title.length > d.title.length && occurrences(text, o.title).some((q) => q <= p && p < q + o.title.length)));
  const used = docs
    .map((d) => ({ d, first: at(d)[0], reference: at(d).every((p) => asReference(text, p, d.title.length)) }))
    // a drill script or plan cited only for what was borrowed from it is no standard: listed apart (appliedReferences)
    .filter((x) => x.first !== undefined && !(x.reference && !LAW.test(x.d.title)))
    // standards in the order first cited, then the documents cited only for background (参照)
    .sort((a, b) => Number(a.reference) - Number(b.reference) || a.first! - b.first!);
  const aqt = aqtGoverns(r.scenario.kind) ? AQT : { zh: REFERENCE.zh + AQT.zh, en: REFERENCE.en + AQT.en };
  return [aqt, ...used.map(({ d, reference }) => {
    // its number or year as a basis gives it after the title ("（国务院令第493号）", "》（ERG 2024）"), never a gloss ("（调度员命令顺序）")
    const q = new RegExp(`${escape(d.title)}》?（([^（）]{1,24})）`).exec(text);
    const zh = q && NUMBER.test(q[1]!) ? `${d.title}（${q[1]}）` : d.title;
    const en = `${d.en} (${d.original})`;
    return reference ? { zh: REFERENCE.zh + zh, en: REFERENCE.en + en } : { zh, en };
  })];
}

/** A law, regulation or standard by its title's last word: applied by analogy it stays among the standards ("参照：自然灾害救助条例"). */
const LAW = /(?:法|条例|规程|细则|办法|规定|规范|标准|指南|准则)$/;

/**
 * The documents cited only for what was borrowed from them — another county's drill script or plan, a sample plan —
 * which are no standards (review9 chem 12): listed apart, under "参考资料", each with what was borrowed
 * ("某区煤矿事故应急预案（借鉴：医疗救护组、警戒保卫组）"). One written for another hazard (a liquid-ammonia script in a
 * chlorine report: its title names a substance other than the scenario's) is left out. `substances`: the names of the
 * hazard substances a title may name (e.g. 氯, 氨), and `own` those of this scenario's hazard (none for a fire or a flood).
 */
export function appliedReferences(r: ReportModel, cat: BasisCatalogue, hazard: { substances: readonly string[]; own: readonly string[] }, extra: readonly string[] = []): LocalText[] {
  const bases = appliedBases(r, extra);
  const text = bases.join("\n");
  const enText = bases.map((b) => cat.get(b) ?? "").join("\n");
  const docs = [...documents(cat).values()];
  const foreign = (title: string) => hazard.substances.some((w) => title.includes(w)) && !hazard.own.some((w) => title.includes(w));
  return docs
    .map((d) => ({ d, at: occurrences(text, d.title) }))
    .filter(({ d, at }) => at.length > 0 && !LAW.test(d.title) && at.every((p) => asReference(text, p, d.title.length)) && !foreign(d.title))
    .sort((a, b) => a.at[0]! - b.at[0]!)
    .map(({ d, at }) => {
      const zh = unique(at.map((p) => borrowedZh(text, p + d.title.length)));
      const en = unique(borrowedEn(enText, d.title));
      return {
        zh: zh.length > 0 ? `${d.title}（借鉴：${zh.join("；")}）` : d.title,
        en: en.length > 0 ? `${d.en} (${d.title}; borrowed: ${en.join("; ")})` : `${d.en} (${d.title})`,
      };
    });
}

/** What a basis took from a reference, in the words after its title: "（“…”）", "：医疗救护组）", "的调度员命令顺序）", "）：…". */
function borrowedZh(text: string, from: number): string {
  let i = from + (text[from] === "》" ? 1 : 0);
  const open = text[i] === "（";
  if (text[i] === "）" && /[：:]/.test(text[i + 1] ?? "")) i += 1;
  else if (!open && !/[：:的]/.test(text[i] ?? "")) return "";
  // up to the clause's end: its "；", or the bracket that closes around it, brackets inside kept whole
  let depth = 0;
  let out = "";
  for (i += 1; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === "（") depth += 1;
    else if (ch === "）" && depth-- === 0) break;
    else if ((ch === "；" || ch === "\n") && depth === 0) break;
    out += ch;
  }
  return out.trim();
}

/** The same from the English citations: "(中文标题): …" or "(中文标题), …" up to the clause's end. */
function borrowedEn(enText: string, title: string): string[] {
  const out: string[] = [];
  const re = new RegExp(`\\(${escape(title)}[^()]*\\)(?:[:,]\\s*([^;\\n"]+))?`, "g");
  for (const m of enText.matchAll(re)) if (m[1]) out.push(m[1].trim().replace(/[).]+$/, ""));
  return out;
}

const unique = (xs: readonly string[]): string[] => [...new Set(xs.filter((x) => x.length > 0))];

/**
 * An English citation without the Chinese it carries for lookup (the standards list gives it):
 * "Fire Protection Law (消防法), Art. 44" → "Fire Protection Law, Art. 44"; "(突发事件应对法, 2024)" → "(2024)".
 */
export function plainCitation(en: string): string {
  return en.replace(/ ?\(([^()]*)\)/g, (whole, inner: string) => {
    if (!HAN.test(inner)) return whole;
    const kept = inner.split(/,\s*/).map((p) => (HAN.test(p) ? p.replace(/^[^:：]*[:：]\s*/, "") : p)).filter((p) => p && !HAN.test(p));
    return kept.length ? ` (${kept.join(", ")})` : "";
  });
}

/** A rules profile's title without the sources it lists in brackets (the report lists the ones it applied). */
export function profileName(title: LocalText): LocalText {
  return { zh: title.zh.replace(/（[^（）]*）\s*$/, ""), en: title.en.replace(/\s*\([^()]*\)\s*$/, "") };
}

function occurrences(text: string, s: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) out.push(i);
  return out;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
