/**
 * Figures a report states as known, judged against what its sender had been told (review17 school 3; review16 4b): the
 * county bureau told the duty office 「死亡 0、重伤 0、受伤 0、下落不明 0」 at 00:58, having asked neither the school nor
 * the brigade, while the pupil lay dead since 00:20. A figure stated is a fact (a zero too), not "unknown": 尚不清楚 or
 * 正在核实 is what a reporter says of what it has not checked (issue 10 §7). honesty.ts judges figures against what
 * the sender KNEW (谎报: it knew more); this module judges the figures of a report that is no 谎报 against what it had
 * been TOLD and what it could have known at all:
 *
 *   told      a figure below what a report to it claimed (a claim, not known: honesty.ts leaves it out), or 下落不明 0
 *             (nobody dead or hurt instead) where words it received said someone was missing, or nobody dead or hurt
 *             where words said someone was seen down (heard.ts DOWN) and the report does not say the figures are being
 *             checked (heard.ts CHECKING), whatever the hidden count then: the report contradicts what it heard.
 *   unsourced a figure below the truth then, from a sender that had no word on casualties at all (heard.ts
 *             casualtySources: no figures, no words of people hurt, missing or safe) and had not counted that category
 *             itself (own-count.ts: the incident's unit its own people, its 下落不明 once it has counted heads; a rescuer
 *             what its finished search or triage found; a unit merely on scene counts nothing, review21 school 2): a
 *             number nobody gave it (不作无根据的猜测).
 *   owed      下落不明 below what the sender's own duty would have found out (owed-news.ts: the headcount never made).
 * The owed kind is priced as the figure known would be (owed-figure.ts). The others are 报告失实 (REPORT_UNVERIFIED: a
 * fault of care, the rubric's report-accurate item, within the report's worth), never 谎报 (故意不如实报告, REPORT_FALSE): nothing shows it knew better. Figures repeated from another's report are
 * that report's (relayed-lie.ts), and are sourced here. A report already found 谎报 or 漏报伤亡 is not judged again.
 *
 * Basis: 突发事件应对法（2024）第六十一条（及时、客观、真实报告）; 493号令 第十二条（四）（已经造成或者可能造成的伤亡
 * 人数（包括下落不明的人数））, by the county's choice (参照) where the incident's unit is no 生产经营单位 (report-basis.ts).
 *
 *   untrueFigures(x, e, i) → { how, cats, sources } | undefined: `cats` the categories stated untrue (deaths,
 *   seriousInjuries, injured, missing), `sources` the event indices of what it had heard (unsourced: how it heard of
 *   the incident, and the last casualty change before the report, the truth it stated against).
 */
import type { EventOf } from "../model/events.ts";
import { clock, span, type EvalContext } from "./context.ts";
import { CATEGORIES, CATEGORY_TEXT, type Category } from "./honesty.ts";
import { CHECKING, DOWN, MISSING, NONE_SAID, PEOPLE, casualtySources, figuresOf, firstHeard, heardText, quoted, reached, states } from "./heard.ts";
import type { LocalText } from "../model/ids.ts";
import { owedTo, type OwedNews } from "./owed-news.ts";
import { firstArrival, ownCount } from "./own-count.ts";

type Report = EventOf<"reportSubmitted">;
/** one of each category, in English ("1 death") */
const ONE: Record<Category, string> = { deaths: "death", seriousInjuries: "serious injury", injured: "injury", missing: "missing" };

export interface Untrue {
  how: "told" | "unsourced" | "owed";
  cats: Category[];
  sources: number[];
  /** how: "owed": the news its own duty would have told it (owed-news.ts) */
  owed?: OwedNews;
  /** how: "unsourced": the event index of its first unit on scene, when one had arrived (on scene, not counted) */
  arrived?: number;
}

/** The figure of category `k` a report states as a number (a zero included), undefined when it states none. */
const statedNumber = (e: Report, k: Category): number | undefined => {
  const v = e.content.casualties?.[k];
  return typeof v === "number" ? v : undefined;
};

/** The untrue figures of report `e` (event index `i`), judged as the module note says; undefined when none. */
export function untrueFigures(x: EvalContext, e: Report, i: number): Untrue | undefined {
  if (!e.content.casualties) return undefined;
  const n = (k: Category) => statedNumber(e, k);
  // a claim above the figure stated (a report to it, an unreliable source's figures)
  const claimed = CATEGORIES.filter((k) => n(k) !== undefined && n(k)! < e.senderWasTold[k]);
  if (claimed.length > 0) return { how: "told", cats: claimed, sources: claimedFrom(x, e.from, claimed, i) };
  // words of someone missing (none found dead or hurt instead, none named in its own words), unless a figure reached it
  // since: the latest word (a report saying 0 missing is a relay, relayed-lie.ts). Words of the hurt are no count: "做好伤员
  // 救治" orders care for whoever may be hurt
  const hurtNone = (["deaths", "seriousInjuries", "injured"] as const).every((k) => n(k) === 0);
  const missing = latestWord(x, e.from, MISSING, i);
  if (missing !== undefined && n("missing") === 0 && hurtNone && !states(MISSING, heardText(x, i))) return { how: "told", cats: ["missing"], sources: [missing] };
  // words that someone was seen down (「罐区有同事倒地」), then nobody hurt at all, with no word that the figures are being
  // checked: the report denies what it heard (review18 chemical 4: the enterprise's 「受伤 0…情况不严重」 at 00:09). Judged by
  // what the sender was told, not by the engine's hidden count: the same report at 00:04 (first injury counted at 00:05:30)
  // and at 00:09 is the same fault (review19 chemical A4; rubric report-accurate: 未核实的注明“正在核实”); the incident's
  // own unit included, and a report saying 「倒地」 in its own words beside 「受伤 0」 contradicts itself
  const down = latestWord(x, e.from, DOWN, i);
  const hurt = (["seriousInjuries", "injured"] as const).filter((k) => e.truth[k] > 0);
  if (down !== undefined && hurtNone && !states(CHECKING, heardText(x, i))) return { how: "told", cats: hurt.length > 0 ? hurt : ["injured"], sources: [down] };
  // 下落不明 below what its own duty would have found (the headcount never made: owed-news.ts; review18 school 1): it
  // should have known, so the figure is stated on a duty left undone, not on knowledge (报告失实, not 谎报)
  const owed = owedTo(x.owed, e.from, e.at + 1).find((o) => o.missing > 0 && n("missing") !== undefined && n("missing")! < o.missing && e.senderKnew.missing < o.missing);
  if (owed) return { how: "owed", cats: ["missing"], sources: [], owed };
  // a number nobody gave it: no word at all reached it, and it had not counted the category itself (own-count.ts: the
  // incident's unit its own people, its 下落不明 after its roll call; a rescuer what its finished search or triage
  // found). Being on scene is no count (review21 school 2: a crew 57 s on scene reporting 「下落不明 0」)
  // A report that says its figures are still being checked (「正在清点人数」「伤亡情况待核实」) states them as no fact
  if (states(CHECKING, heardText(x, i))) return undefined;
  const told = toldOf(x, e.from, i);
  const counted = ownCount(x, e.from, i);
  const below = CATEGORIES.filter((k) => n(k) !== undefined && n(k)! < e.truth[k] && !counted.has(k) && !told.has(k));
  if (below.length === 0) return undefined;
  // the evidence: how it had heard of the incident (no word on casualties in it), its first unit on scene (no count),
  // and the casualties as they then were
  const heardOf = x.events.findIndex((_, j) => j < i && reached(x, j, e.from));
  const arrived = firstArrival(x, e.from, i);
  let truth = -1;
  for (let j = 0; j < i; j++) if (x.events[j]!.type === "casualtiesChanged") truth = j;
  return { how: "unsourced", cats: below, sources: [heardOf, arrived ?? -1, truth].filter((j) => j >= 0).sort((a, b) => a - b), ...(arrived !== undefined ? { arrived } : {}) };
}

/**
 * The categories a word or figure that reached `agency` before `before` gave it (heard.ts casualtySources): a figure
 * stated as a number (a zero included; 「不详」 gives none: a report saying its figures are unknown is no ground for a
 * number, review21 school 2), or words on people hurt, missing or safe (all categories: words carry no count).
 */
function toldOf(x: EvalContext, agency: string, before: number): Set<Category> {
  const out = new Set<Category>();
  for (const j of casualtySources(x, agency, before)) {
    const f = figuresOf(x, j);
    const numbers = CATEGORIES.filter((k) => typeof f?.[k] === "number");
    const words = states(PEOPLE, heardText(x, j)) || states(NONE_SAID, heardText(x, j));
    for (const k of words ? CATEGORIES : numbers) out.add(k);
  }
  return out;
}

/** The first event before `before` whose words matched `re`, unless a figure reached `agency` after it (its latest word). */
function latestWord(x: EvalContext, agency: string, re: RegExp, before: number): number | undefined {
  const w = firstHeard(x, agency, re, before);
  if (w === undefined) return undefined;
  return casualtySources(x, agency, before).some((j) => j >= w && figuresOf(x, j) !== undefined) ? undefined : w;
}

/** Where `agency` was claimed figures above 0 in `cats`: the first such report or inject per category. */
function claimedFrom(x: EvalContext, agency: string, cats: readonly Category[], before: number): number[] {
  const src = casualtySources(x, agency, before);
  const out = cats.map((k) => src.find((j) => { const v = figuresOf(x, j)?.[k]; return typeof v === "number" && v > 0; })).filter((j): j is number => j !== undefined);
  return [...new Set(out)].sort((a, b) => a - b);
}

/** "死亡 0、下落不明 0" / "0 deaths, 0 missing": the categories `cats` as report `e` states them. */
export function statedText(e: Report, cats: readonly Category[]): LocalText {
  return {
    zh: cats.map((k) => `${CATEGORY_TEXT[k].zh} ${statedNumber(e, k)}`).join("、"),
    en: cats.map((k) => `${statedNumber(e, k)} ${CATEGORY_TEXT[k].en}`).join(", "),
  };
}

/**
 * Why an unsourced report's figures had no ground: what had reached its sender (nothing on casualties, or figures not
 * yet known: 「正在核实」), the incident's unit's roll call not yet made, its units on scene without a finished count.
 */
function unsourcedGround(x: EvalContext, e: Report, u: Untrue): LocalText {
  const words = casualtySources(x, e.from, x.events.indexOf(e));
  const own = e.from === x.c.scenario.incidentAgency;
  const heard = words.length === 0
    ? own
      ? { zh: "其此前未获任何伤亡信息（现场救援力量未向其报告伤亡", en: "its sender had had no word on casualties at all (the rescuers on scene had told it none" }
      : { zh: "其此前未获任何伤亡信息（事故单位、现场救援力量均未向其报告伤亡，亦未见其核实", en: "its sender had had no word on casualties at all (neither the incident's unit nor the rescuers on scene had told it any, nor had it checked" }
    : { zh: `其此前所获信息均未给出这些人数（${clock(x.events[words[0]!]!.at)} 起所获为“正在核实”或未说明人数），亦未见其核实`, en: `nothing that reached its sender gave these numbers (from ${clock(x.events[words[0]!]!.at)} it heard only that they were being checked, or no numbers), nor had it checked` };
  // the incident's unit before its roll call: its own 下落不明 is not counted yet (own-count.ts)
  const roll = own && u.cats.includes("missing")
    ? { zh: "；其尚未清点人数（到集合点清点人数），下落不明人数无从得知", en: "; it had not yet counted heads (the headcount at the assembly point), so it could not know who was missing" }
    : { zh: "", en: "" };
  // its units on scene, but no count of theirs (no search or triage finished): presence is no count
  const a = u.arrived !== undefined ? x.events[u.arrived]! : undefined;
  const unit = a?.type === "unitArrived" ? x.c.units.get(a.unit)?.name : undefined;
  const seen = a && unit
    ? { zh: `；其${unit.zh} ${clock(a.at)} 到场，至报告时仅 ${span(e.at - a.at).zh}，未完成搜索、检伤或清点，到场不等于已查清人数`, en: `; its ${unit.en} had reached the scene at ${clock(a.at)}, only ${span(e.at - a.at).en} before, with no search, triage or headcount finished: being on scene is not having counted` }
    : { zh: "", en: "" };
  return { zh: `${heard.zh}${roll.zh}${seen.zh}）`, en: `${heard.en}${roll.en}${seen.en})` };
}

/**
 * The finding's sentence after "报告失实：" / "Untrue figures: ": what the report stated, what its sender had heard
 * (quoted, with its time) or that it had heard nothing, and the truth then; `what` names the report.
 */
export function untrueText(x: EvalContext, e: Report, u: Untrue, what: LocalText): LocalText {
  const said = statedText(e, u.cats);
  const truth = { zh: u.cats.map((k) => `${CATEGORY_TEXT[k].zh} ${e.truth[k]}`).join("、"), en: u.cats.map((k) => `${e.truth[k]} ${e.truth[k] === 1 ? ONE[k] : CATEGORY_TEXT[k].en}`).join(", ") };
  if (u.how === "unsourced") {
    const all = statedText(e, CATEGORIES.filter((k) => statedNumber(e, k) !== undefined));
    const ground = unsourcedGround(x, e, u);
    return {
      zh: `报告失实：${what.zh}报告${all.zh}，而${ground.zh}，所报为无据的确定数字，其中${said.zh}与当时实际（${truth.zh}）不符；未掌握的应报“伤亡情况正在核实”（非谎报：未见其明知而不报）`,
      en: `Untrue figures: ${what.en} gave ${all.en}, though ${ground.en}: figures stated as fact on no ground, of which ${said.en} contrary to the truth then (${truth.en}); what it did not know it should have reported as "casualties being checked" (not a false report: nothing shows it knew better)`,
    };
  }
  const heard = u.sources.map((j) => {
    const ev = x.events[j]!;
    const from = ev.type === "reportSubmitted" || ev.type === "messageSent" ? x.agencyName(ev.from) : { zh: "情景注入", en: "an inject" };
    // a report told it figures: those it claimed; words: quoted
    if (ev.type === "reportSubmitted") {
      const f = statedText(ev, u.cats.filter((k) => statedNumber(ev, k) !== undefined));
      return { zh: `${clock(ev.at)} ${from.zh}报告${f.zh}`, en: `at ${clock(ev.at)} ${from.en} reported ${f.en}` };
    }
    return { zh: `${clock(ev.at)} ${from.zh}告知“${quoted(x, j, "zh", 60)}”`, en: `at ${clock(ev.at)} ${from.en} told it “${quoted(x, j, "en", 120)}”` };
  });
  return {
    zh: `报告失实：${what.zh}报告${said.zh}，与其此前所获信息不符（${heard.map((h) => h.zh).join("；")}），未核实即以确定数字上报（非谎报：未见其明知而不报）`,
    en: `Untrue figures: ${what.en} gave ${said.en}, contrary to what its sender had been told (${heard.map((h) => h.en).join("; ")}), stating unchecked figures as fact (not a false report: nothing shows it knew better)`,
  };
}
