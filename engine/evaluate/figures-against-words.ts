/**
 * Figures a report states against words (review20 school 4): two kinds of 报告失实 that untrue-figures.ts's "told" and
 * "unsourced" kinds miss, because the figure is not below anything the sender had heard.
 *
 *   contradicts  the report's own words, or the latest words that reached its sender, say the missing were found
 *                (「曾下落不明的学生已找到」) while it states 下落不明 ≥ 1, or that someone was taken to hospital
 *                (「已由120送县人民医院救治」) while it states nobody dead or hurt: figures left at their old value beside
 *                words that changed them (the demonstration play's bureau at 00:41: 「受伤 0、下落不明 1」 beside 「已找到…送医」).
 *   ungrounded   a figure above all the sender knew (its own units, injects) and had been told (reports to it), with no
 *                word of that kind reaching it at all: a number nobody gave it (the demonstration play's duty office at
 *                00:12: 「下落不明 1」, told only the education bureau's zeros). An estimate of 可能造成的伤亡 (honesty.ts)
 *                needs words to rest on (heard.ts); a figure that happens to match the hidden truth is still unfounded.
 * Neither is 谎报 (nothing shows the sender knew better): REPORT_UNVERIFIED, priced within the report's worth.
 *
 * Basis: 突发事件应对法（2024）第六十一条（客观、真实）; 493号令 第十二条（四）, by the county's choice where the
 * incident's unit is no 生产经营单位 (report-basis.ts casualtyBasis).
 *
 *   againstWords(x, e, i) → { how, cats, sources } | undefined: `sources` the event indices of the words (for
 *   "contradicts": the words heard, or none when its own words contradict it; for "ungrounded": the reports that
 *   told it figures, zeros included).
 */
import type { EventOf } from "../model/events.ts";
import { clock, type EvalContext } from "./context.ts";
import { CATEGORIES, CATEGORY_TEXT, type Category } from "./honesty.ts";
import { MISSING, PEOPLE, casualtySources, figuresOf, heardText, quoted, reached, states } from "./heard.ts";
import type { LocalText } from "../model/ids.ts";
import { figureWords } from "./figure-words.ts";

type Report = EventOf<"reportSubmitted">;

/** Words that say the missing were found (zh, en). */
export const FOUND = /(?:下落不明|失踪|走失)[^。；;，,！!\s]{0,20}(?:找到|寻获|救出|获救)|(?:找到|寻获|救出)(?:[^。；;，,！!\s]{0,8}和)?了?(?:那名|该名|一名|曾)?(?:下落不明|失踪)|missing[^.;!]{0,40}\b(?:found|rescued)\b|\bfound\b[^.;!]{0,20}\bmissing\b/i;
/** Words that say someone was taken to hospital: at least one person hurt. */
export const HOSPITAL = /送医|送往?[^。；;，,\s]{0,8}医院|(?:taken|sent|rushed) to (?:the )?hospital/i;

export interface AgainstWords {
  how: "contradicts" | "ungrounded";
  cats: Category[];
  sources: number[];
}

const statedNumber = (e: Report, k: Category): number | undefined => {
  const v = e.content.casualties?.[k];
  return typeof v === "number" ? v : undefined;
};

/** The report's own words (its content's free text), without its figures. */
function ownWords(e: Report): string {
  // one field ends where the next begins: words of two fields are never read as one clause
  return Object.entries(e.content).filter(([k]) => k !== "casualties").flatMap(([, v]) => (Array.isArray(v) ? v : [v])).filter((v): v is string => typeof v === "string").join("。");
}

/** The last event before `before` that reached `agency` with words matching `re`, unless figures reached it since. */
function lastWord(x: EvalContext, agency: string, re: RegExp, before: number): number | undefined {
  let w: number | undefined;
  for (let j = 0; j < before; j++) if (reached(x, j, agency) && states(re, heardText(x, j))) w = j;
  if (w === undefined) return undefined;
  return casualtySources(x, agency, before).some((j) => j > w! && figuresOf(x, j) !== undefined) ? undefined : w;
}

/** Report `e` (event `i`) judged as the module note says; undefined when its figures stand with the words. */
export function againstWords(x: EvalContext, e: Report, i: number): AgainstWords | undefined {
  if (!e.content.casualties) return undefined;
  const n = (k: Category) => statedNumber(e, k);
  const own = ownWords(e);
  const hurtNone = (["deaths", "seriousInjuries", "injured"] as const).every((k) => n(k) === 0);
  const cats: Category[] = [];
  const sources: number[] = [];
  const check = (re: RegExp, cat: Category, holds: boolean) => {
    if (!holds) return;
    if (states(re, own)) return void cats.push(cat);
    const w = lastWord(x, e.from, re, i);
    if (w !== undefined) {
      cats.push(cat);
      sources.push(w);
    }
  };
  check(HOSPITAL, "injured", hurtNone);
  check(FOUND, "missing", (n("missing") ?? 0) > 0);
  if (cats.length > 0) return { how: "contradicts", cats: CATEGORIES.filter((k) => cats.includes(k)), sources: [...new Set(sources)].sort((a, b) => a - b) };
  // a figure above all it knew and was told, with no word of that kind at all: a number nobody gave it
  const heard = (re: RegExp) => x.events.some((_, j) => j < i && reached(x, j, e.from) && states(re, heardText(x, j)));
  const above = CATEGORIES.filter((k) => (n(k) ?? 0) > Math.max(e.senderKnew[k], e.senderWasTold[k]) && !heard(k === "missing" ? MISSING : PEOPLE));
  if (above.length === 0) return undefined;
  return { how: "ungrounded", cats: above, sources: casualtySources(x, e.from, i).filter((j) => figuresOf(x, j) !== undefined) };
}

/** The finding's sentence: what the report stated, and the words or figures it stands against. `what` names the report. */
export function againstWordsText(x: EvalContext, e: Report, a: AgainstWords, what: LocalText): LocalText {
  const said = { zh: a.cats.map((k) => `${CATEGORY_TEXT[k].zh} ${statedNumber(e, k)}`).join("、"), en: a.cats.map((k) => `${statedNumber(e, k)} ${CATEGORY_TEXT[k].en}`).join(", ") };
  const heard = a.sources.map((j) => {
    const ev = x.events[j]!;
    const from = ev.type === "reportSubmitted" || ev.type === "messageSent" ? x.agencyName(ev.from) : { zh: "情景注入", en: "an inject" };
    if (ev.type === "reportSubmitted" && a.how === "ungrounded") {
      const f = a.cats.map((k) => ({ k, v: ev.content.casualties?.[k] })).filter((f) => f.v !== undefined);
      return { zh: `${clock(ev.at)} ${from.zh}报告${f.map((f) => `${CATEGORY_TEXT[f.k].zh} ${figureWords(f.v!).zh}`).join("、")}`, en: `at ${clock(ev.at)} ${from.en} reported ${f.map((f) => `${figureWords(f.v!).en} ${CATEGORY_TEXT[f.k].en}`).join(", ")}` };
    }
    // the clause that says it, not the head of a long report
    const clause = a.how === "contradicts" ? saying(heardText(x, j), a.cats) : undefined;
    if (clause !== undefined) return { zh: `${clock(ev.at)} ${from.zh}告知“${clause}”`, en: `at ${clock(ev.at)} ${from.en} told it “${clause}”` };
    return { zh: `${clock(ev.at)} ${from.zh}告知“${quoted(x, j, "zh", 60)}”`, en: `at ${clock(ev.at)} ${from.en} told it “${quoted(x, j, "en", 120)}”` };
  });
  if (a.how === "ungrounded") {
    const had = heard.length > 0 ? { zh: `其此前所获仅为 ${heard.map((h) => h.zh).join("；")}`, en: `all it had been told was: ${heard.map((h) => h.en).join("; ")}` } : { zh: "其此前未获任何伤亡数字", en: "it had been given no figures at all" };
    return {
      zh: `报告失实：${what.zh}报告${said.zh}，${had.zh}，亦无人告知有此类人员，所报为无据的确定数字；未掌握的应报“伤亡情况正在核实”（非谎报：未见其明知而不报）`,
      en: `Untrue figures: ${what.en} gave ${said.en}; ${had.en}, and no word of such people had reached it: a figure stated as fact on no ground; what it did not know it should have reported as "casualties being checked" (not a false report: nothing shows it knew better)`,
    };
  }
  const against = heard.length > 0 ? { zh: `其此前所获信息（${heard.map((h) => h.zh).join("；")}）`, en: `what it had been told (${heard.map((h) => h.en).join("; ")})` } : { zh: "本报告自身所述（已找到下落不明人员或已送医救治）", en: "its own words (the missing found, or someone taken to hospital)" };
  return {
    zh: `报告失实：${what.zh}报告${said.zh}，与${against.zh}不符，数字未随情况更新（非谎报：未见其明知而不报）`,
    en: `Untrue figures: ${what.en} gave ${said.en}, contrary to ${against.en}: the figures were not brought up to date (not a false report: nothing shows it knew better)`,
  };
}

/** The clause of `text` that says the missing were found or someone went to hospital (for `cats`), undefined when none. */
function saying(text: string, cats: readonly Category[]): string | undefined {
  for (const re of [...(cats.includes("missing") ? [FOUND] : []), ...(cats.includes("injured") ? [HOSPITAL] : [])]) {
    // a report's fields are joined by spaces (heard.ts heardText): a space between Chinese words ends a clause too
    const clause = text.split(/[。；;！!\n]|(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff\d])/).find((c) => re.test(c));
    if (clause !== undefined) return clause.trim().slice(0, 80);
  }
  return undefined;
}
