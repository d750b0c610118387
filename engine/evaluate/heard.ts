/**
 * What an agency had heard of people in danger, from the words and figures that reached it (injects, messages, reports
 * sent to it): the calls to the rescuers (told-rescuers.ts), the figures a report states (untrue-figures.ts) and the
 * people at risk a first report owes (at-risk.ts) are judged against it. Words read input (the free text players and
 * injects write, zh and en); words that deny or ask ("无人员伤亡", "有没有被困") say nothing of people.
 */
import { wordsOf, type EvalContext } from "./context.ts";

/** People in danger, as words say it (zh, en): down, trapped, missing, hurt, dead, poisoned, overcome. */
export const PEOPLE = /倒地|被困|困在|出不去|下落不明|失踪|没回来|未撤出|没有撤出|受伤|伤员|伤者|重伤|轻伤|死亡|遇难|身亡|中毒|昏迷|窒息|呛|吸入|救我们|伤亡|trapped|missing|injur|dead|died|killed|poison|unconscious|casualt|are down|overcome/i;
/** Words that deny people in danger, or ask whether there are any: they say nothing of them. */
export const DENIED = /(?:有没有|无|没有|没|未发现|暂无|并无)(?:人员|人|学生|员工|工人)?(?:伤亡|受伤|被困|死亡|中毒)|\bno (?:one|casualties|injur\w*)\b|\bany(?:one)? (?:injur\w*|trapped|casualt\w*)/gi;
/** Trapped or missing people, as words say it (a subset of PEOPLE: the searchers' business). */
export const TRAPPED = /被困|困在|出不去|下落不明|失踪|没回来|未撤出|没有撤出|不在|trapped|missing/i;
/** People trapped where they are known to be (涉险: at risk, not yet casualties), as words say it. */
export const AT_RISK = /被困|困在|出不去|未撤出|没有撤出|trapped/i;
/** Words that say people at risk were named (trapped, or rescued from there): a report that says them has not left them out. */
export const AT_RISK_NAMED = /被困|困在|出不去|未撤出|没有撤出|救出|获救|营救|解救|trapped|rescued/i;
/** Someone seen down (倒地, unconscious): words that say at least one person is hurt, unlike an order to treat "伤员". */
export const DOWN = /倒地|昏迷|晕倒|不省人事|are down|is down|collapsed|unconscious/i;
/**
 * Words that say the casualties are being checked (「伤亡和被困人数正在核实」): the answer 快报事实 asks of a reporter that
 * does not know them yet, so a report saying it gives its casualty element as 不详 (review18 school 5); 「正在清点人数」
 * too (the roll call under way: its figures are not yet a count, review21 school 2).
 */
export const CHECKING = /(?:伤亡|人数|被困|下落不明|失踪)[^。；;！!]{0,10}(?:正在核实|核实中|待核实|尚不清楚|正在统计|正在清点)|(?:正在|仍在|尚在)(?:操场|集合点)?(?:清点|核实|统计)(?:人数|伤亡)|casualties[^.;!]{0,30}(?:being (?:checked|verified|counted)|not (?:yet )?known)|(?:counting|checking) heads/i;
/** People unaccounted for (下落不明), as words say it (not "不在", which says where anyone is not). */
export const MISSING = /下落不明|失踪|没回来|missing|unaccounted/i;
/** Words stating there are no casualties (a source for a report's zeros, not a question: "有没有" asks). */
export const NONE_SAID = /(?:^|[^有])(?:无|没有|暂无|并无|未发现)(?:人员|人|学生|员工|工人)?(?:伤亡|受伤|被困|死亡)|\bno (?:one (?:hurt|injured|trapped)|casualties|injur\w*)\b/i;

/** CHECKING as a global pattern, to set such clauses aside */
const CHECKING_ALL = new RegExp(CHECKING.source, "gi");
/**
 * Whether `text` says `re` once denials and questions are set aside, and words saying figures are being checked
 * (「伤亡和被困人数正在核实」 says nobody is trapped or hurt, only that it is counting: review21 school 2) unless `re`
 * is CHECKING itself.
 */
export const says = (re: RegExp, text: string): boolean => re.test(re === CHECKING ? text.replace(DENIED, " ") : text.replace(DENIED, " ").replace(CHECKING_ALL, " "));
export const saysPeople = (text: string): boolean => says(PEOPLE, text);
/**
 * Whether `text` STATES `re`: `says`, its questions set aside too (a clause ending "？" or "?": the city's 「有没有被困、伤亡？」
 * and "Are there any trapped, injured or dead?" tell nothing), for what a report's sender was told (untrue-figures.ts, at-risk.ts).
 */
export const states = (re: RegExp, text: string): boolean => says(re, text.split(/(?<=[，,。！!；;\n？?])/).filter((c) => !/[？?]\s*$/.test(c)).join(" "));
/** People trapped or missing: a call that says only "有学生被烟呛了" does not say them (review11 school 4). */
export const saysTrapped = (text: string): boolean => says(TRAPPED, text);

/** The words of event `i` (an inject's, a message's, a report's content), "" for any other event. */
export function heardText(x: EvalContext, i: number): string {
  const e = x.events[i]!;
  if (e.type === "injectDelivered") return `${e.text.zh} ${e.text.en}`;
  if (e.type === "messageSent") return e.text;
  if (e.type === "reportSubmitted") return Object.values(e.content).flat().filter((v) => typeof v === "string").join(" ");
  return "";
}

/** The words of event `i` in one language, as a finding quotes them (an inject's own zh or en text; a message's or report's words as written). */
export function quoted(x: EvalContext, i: number, lang: "zh" | "en", max: number): string {
  const e = x.events[i]!;
  // a scripted seat's message in the finding's language (its localText: review19), a person's as written
  const text = (e.type === "injectDelivered" ? e.text[lang] : e.type === "messageSent" ? wordsOf(e, lang) : heardText(x, i)).trim().replace(/^「|」$/g, "");
  return `${text.slice(0, max)}${text.length > max ? "…" : ""}`;
}

/** Whether event `i` reached `agency` (an inject or message to it, a report to it). */
export function reached(x: EvalContext, i: number, agency: string): boolean {
  const e = x.events[i]!;
  if (e.type === "injectDelivered" || e.type === "messageSent") return e.to.includes(agency);
  return e.type === "reportSubmitted" && e.to === agency;
}

/** The casualty figures event `i` told its recipient (an inject's `reveals.casualties`, a report's stated figures), if any. */
export function figuresOf(x: EvalContext, i: number): Partial<Record<"deaths" | "seriousInjuries" | "injured" | "missing", number | "unknown">> | undefined {
  const e = x.events[i]!;
  if (e.type === "injectDelivered") return x.c.injects.get(e.inject)?.reveals?.casualties as Partial<Record<"deaths" | "seriousInjuries" | "injured" | "missing", number>> | undefined;
  if (e.type === "reportSubmitted") return e.content.casualties;
  return undefined;
}

/** The index of the first event before `before` that told `agency` in words what `re` matches (stated: `states`); undefined when none did. */
export function firstHeard(x: EvalContext, agency: string, re: RegExp, before: number): number | undefined {
  for (let i = 0; i < before; i++) if (reached(x, i, agency) && states(re, heardText(x, i))) return i;
  return undefined;
}

/**
 * The events before `before` that gave `agency` any word on casualties to state: figures (an inject revealing them, a
 * report stating them, zeros included) or words saying people were hurt, trapped, missing — or that none were. A report
 * whose sender had none of these states figures nobody gave it (untrue-figures.ts).
 */
export function casualtySources(x: EvalContext, agency: string, before: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < before; i++) {
    if (!reached(x, i, agency)) continue;
    const text = heardText(x, i);
    if (figuresOf(x, i) !== undefined || states(PEOPLE, text) || states(NONE_SAID, text)) out.push(i);
  }
  return out;
}
