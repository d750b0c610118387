/**
 * How the points in a report are counted, printed where they are shown so a reader can recompute
 * each number by hand (engine/evaluate/credit.ts): a section's opportunities are the scenario's
 * (every report owed, linkage duty, resource requirement, group to protect, the outcome …), each
 * worth the rubric points of failing it completely, W in all, the same for every play. A finding takes
 * its rubric points (points each × quantity, no more than what is
 * left of its opportunity or its item's cap: the working names the cap); L in all, a fault the scenario
 * did not plan and a 瞒报's excess included without adding to W. A part left undone only as a consequence
 * of another finding (随 Fx), never arisen, or done by the scenario's inject is set aside: S in all.
 * points = rubric points × weight / W; deducted = L × weight / W; score = 100 × (1 − L / (W − S));
 * attainable = weight × (W − S) / W; overall = 100 × (Σ attainable − Σ deducted) / Σ attainable.
 */
import { isMeasured, quantityText } from "../../engine/evaluate/glossary.ts";
import type { Finding, FindingCode, SectionScore } from "../../engine/evaluate/report-model.ts";
import type { LocalText } from "../../engine/model/ids.ts";
import { formatClock } from "../../engine/model/time.ts";

const KIND_TEXT: Record<string, LocalText> = {
  rep: { zh: "应报告事项", en: "reports owed" },
  spot: { zh: "随机提问", en: "spot questions" },
  help: { zh: "受威胁方的求助", en: "requests for help from people at risk" },
  fwd: { zh: "群众报警的核实或移送", en: "reports from the public passed on" },
  link: { zh: "联动单位职责", en: "linkage duties" },
  req: { zh: "力量需求", en: "resource requirements" },
  cordon: { zh: "警戒区", en: "the cordon" },
  protect: { zh: "需防护的群众", en: "groups of people to protect" },
  evac: { zh: "楼内疏散", en: "building evacuations" },
  tell: { zh: "向救援力量说明被困人员位置", en: "telling the rescuers where the trapped are" },
  alarm: { zh: "报警（要素齐全、如实说明人员情况）", en: "alarm calls (every element, the people in danger named)" },
  own: { zh: "其他问题", en: "other findings" },
  arising: { zh: "本次处置自身引起的事项", en: "duties this response gave rise to" },
  outcomes: { zh: "处置结果", en: "the outcome" },
};

/** A result as printed (a section's deduction, its score): at most two decimals, no trailing zeros. */
export const num = (n: number): string => String(Math.round(n * 100) / 100);

/**
 * A factor as printed (points each, a quantity, an opportunity's worth, W, L, U): to 1/10 000, the
 * precision the evaluator keeps (harm-costs.ts), so the printed factors give the printed result: a
 * reader redoing "0.2153 × 10 分 × 15 / 2.2334" gets the 14.46 beside it (newcomer trial item 4: "0.03 ×
 * 10 = 0.32" and "× 15 / 2.23" for a W of 2.2334 could not be redone).
 */
export const fac = (n: number): string => String(Math.round(n * 10_000) / 10_000);

/** "30 / 92": the section's scaling, its weight over the worth of its opportunities (W; what is set aside never changes it). */
export function scale(s: SectionScore): string | undefined {
  return s.scoring && s.scoring.worth > 0 ? `${fac(s.weight)} / ${fac(s.scoring.worth)}` : undefined;
}

const CAP_TEXT: Record<"opportunity" | "item" | "section", LocalText> = {
  opportunity: { zh: "所在机会剩余的分值", en: "what was left of its opportunity" },
  item: { zh: "评分项上限", en: "the item's cap" },
  section: { zh: "本项情景未设定问题的扣分合计不超过 W", en: "the faults the scenario did not plan cost no more than W in all" },
};

/**
 * The points cell's working, so a reader can recompute it from the page: the rubric points
 * (points each × a quantity with its measure word, or a whole duty's points), the cap that cut
 * them and why, then the section's scaling. "（= 4 × 30 / 92）", "（= 2 辆救护车 × 3 分 × 25 / 60）",
 * "（= 10，封顶 8（所在机会剩余的分值）；8 × 30 / 84）", "（= （未通知 5 + 联而不动 6）× 30 / 73，…）".
 * Empty when the finding costs nothing or its section has no scaling.
 */
export function working(f: Finding, sections: readonly SectionScore[], codeText: (c: FindingCode) => LocalText): LocalText {
  const none = { zh: "", en: "" };
  const s = sections.find((x) => x.id === f.section);
  const k = s ? scale(s) : undefined;
  const c = f.counted;
  if (k === undefined || f.rubricPoints === undefined || c === undefined || f.causedBy !== undefined || f.points === 0) return none;
  const q = quantityText(f);
  const worth = (w: NonNullable<typeof c.whole>) => w.parts.reduce((a, p) => a + p.points, 0) * w.count;
  // a whole duty worth more than the finding's own points: its parts shown (a missing report's 8 is its own)
  const whole = c.whole && c.whole.parts.length > 0 && worth(c.whole) !== c.each ? c.whole : undefined;
  const times = whole && whole.count !== 1 ? ` × ${whole.count}` : "";
  // the rubric points before any cap: the whole duty's, points each × quantity, or points each
  // a 谎报 left standing: its own points and the correcting 续报's it never made (credit.ts), one finding
  // a 漏报 that cut the reporting chain: its own points and those of what it cut (credit.ts, blocked-report.ts), one finding
  // (a 迟报（他方所致） row has no points of its own: its hours are the lateness it caused, relay-lateness.ts reportCaused)
  const own = f.causedOnly ? 0 : whole ? worth(whole) : c.each * f.quantity;
  // a relay made late or never: its own points and those of the lateness it caused downstream (relay-lateness.ts), one finding
  // a first report never made: its own points and those of the follow-ups its silence made impossible (silenced-follow-ups.ts)
  const cut = c.blocked !== undefined ? { zh: ` + 因此中断的上报 ${fac(c.blocked)}`, en: ` + the reporting it cut off ${fac(c.blocked)}` } : { zh: "", en: "" };
  const mute = c.silenced !== undefined ? { zh: ` + 因此无从作出的续报 ${fac(c.silenced)}`, en: ` + the follow-ups it made impossible ${fac(c.silenced)}` } : { zh: "", en: "" };
  const late = c.caused !== undefined ? { zh: ` + 因此致他方履职迟延 ${fac(c.caused)}`, en: ` + the lateness it caused ${fac(c.caused)}` } : { zh: "", en: "" };
  // a 谎报 left standing that also kept its addressee's casualty 续报 (kept-by-lie.ts): both, beside its own points
  const kept = c.stood !== undefined ? { zh: ` + 未更正的续报 ${fac(c.stood)}`, en: ` + the uncorrected follow-up ${fac(c.stood)}` } : { zh: "", en: "" };
  const r = c.blocked !== undefined || c.silenced !== undefined || c.caused !== undefined
    ? f.causedOnly
      ? { zh: `（因此致他方履职迟延 ${fac(c.caused ?? 0)}）`, en: `(the lateness it caused ${fac(c.caused ?? 0)})` }
      : { zh: `（${codeText(f.code).zh} ${fac(own)}${kept.zh}${cut.zh}${mute.zh}${late.zh}）`, en: `(${codeText(f.code).en.toLowerCase()} ${fac(own)}${kept.en}${cut.en}${mute.en}${late.en})` }
    : c.stood !== undefined
    ? { zh: `（${codeText(f.code).zh} ${fac(c.each * f.quantity)} + 未更正的续报 ${fac(c.stood)}）`, en: `(${codeText(f.code).en.toLowerCase()} ${fac(c.each * f.quantity)} + the uncorrected follow-up ${fac(c.stood)})` }
    : whole
    ? { zh: `（${whole.parts.map((p) => `${codeText(p.code).zh} ${fac(p.points)}`).join(" + ")}）${times}`, en: `(${whole.parts.map((p) => `${codeText(p.code).en} ${fac(p.points)}`).join(" + ")})${times}` }
    : f.quantity !== 1 || isMeasured(f.code)
      ? { zh: `${q.zh} × ${fac(c.each)} 分`, en: `${q.en} × ${fac(c.each)} points` }
      : { zh: fac(c.each), en: fac(c.each) };
  const why = whole && c.blocked === undefined && c.silenced === undefined ? { zh: `，${codeText(f.code).zh}即整项不得分`, en: `: ${codeText(f.code).en.toLowerCase()} loses the whole duty's points` } : none;
  // a knowing relay left standing (relayed-lie.ts KNOWING_CAP): what was left of its report and the correction it owed, once
  if (c.cap && f.relayed && c.stood !== undefined) {
    const left = fac(Math.max(0, c.cap.at - c.stood));
    return {
      zh: `（= （该报告剩余分值 ${left} + 未更正的续报 ${fac(c.stood)}） × ${k}，明知转报与所致失实只计一次，不另计谎报分值）`,
      en: ` (= (what was left of the report ${left} + the uncorrected follow-up ${fac(c.stood)}) × ${k}; a knowing relay and the misinformation it caused are charged once, not the false report's own points again)`,
    };
  }
  // an owner's lateness priced once with a late word's: the part that word's causal share bears (relay-lateness.ts takeCaused)
  const gave = c.shared !== undefined && c.shared > 0 ? { zh: ` − 按因果份额由通知方承担 ${fac(c.shared)}`, en: ` − borne by the notifier by causal share ${fac(c.shared)}` } : undefined;
  if (c.cap) {
    const want = (whole ? worth(whole) : c.each * f.quantity + (c.stood ?? 0)) + (c.blocked ?? 0) + (c.silenced ?? 0) + (c.caused ?? 0);
    const sum = r.zh === fac(c.each) ? none : { zh: ` = ${fac(want)}`, en: ` = ${fac(want)}` };
    const t = fac(c.cap.at);
    const tk = gave ? { zh: `（${t}${gave.zh}）`, en: `(${t}${gave.en})` } : { zh: t, en: t };
    return {
      zh: `（= ${r.zh}${sum.zh}，封顶 ${t}（${CAP_TEXT[c.cap.by].zh}）；${tk.zh} × ${k}）`,
      en: ` (= ${r.en}${sum.en}, capped at ${t} (${CAP_TEXT[c.cap.by].en}); ${tk.en} × ${k})`,
    };
  }
  if (gave) return { zh: `（= （${r.zh}${gave.zh}） × ${k}）`, en: ` (= (${r.en}${gave.en}) × ${k})` };
  return { zh: `（= ${r.zh} × ${k}${why.zh}）`, en: ` (= ${r.en} × ${k}${why.en})` };
}

/** The two parts of a linkage duty's worth: the notice owed to it and its own action. */
const PART_TEXT: Partial<Record<FindingCode, LocalText>> = {
  LINKAGE_NOT_NOTIFIED: { zh: "通知", en: "notice" },
  LINKAGE_IDLE: { zh: "履职", en: "action" },
  PLAN_NOT_STARTED: { zh: "启动预案", en: "own plan" },
};

type Item = NonNullable<NonNullable<SectionScore["scoring"]>["items"]>[number];

/** One opportunity's worth as a sum a reader can redo: "通知 5 + 履职 6 = 11", "2 × 3 = 6", "8". */
function worthText(o: Item): LocalText {
  const w = fac(o.worth);
  if (o.parts.length > 1) {
    const sum = (l: "zh" | "en") => o.parts.map((p) => `${PART_TEXT[p.code]?.[l] ?? p.code} ${fac(p.points)}`).join(" + ");
    return { zh: `${sum("zh")} = ${w}`, en: `${sum("en")} = ${w}` };
  }
  if (o.count !== 1 && o.parts.length === 1) return { zh: `${o.count} × ${fac(o.parts[0]!.points)} = ${w}`, en: `${o.count} × ${fac(o.parts[0]!.points)} = ${w}` };
  return { zh: w, en: w };
}

/** What became of one opportunity: achieved, the findings that cost it points, and what it did not earn and why. */
function fateText(o: Item): LocalText {
  // each finding once (review22 mine B8: 「F1、F6、F1 扣 10」: a notice finding's own part and the lateness it caused on the same duty)
  const own = [...new Set(o.findings.filter((id) => !(o.consequences ?? []).includes(id)))];
  const parts: LocalText[] = [];
  if (o.lost > 0) parts.push({ zh: `${own.join("、")} 扣 ${fac(o.lost)}`, en: `${own.join(", ")} took ${fac(o.lost)}` });
  if (o.unearned !== undefined) {
    const why: LocalText[] = [];
    if (o.correction) why.push(correctionText(o.correction));
    else if (o.unearnedParts) why.push({ zh: "通知由情景注入告知，无参演单位在其时限内通知", en: "the notice came from the scenario's inject, no player gave it within its limit" });
    // an unverified duty's part is set aside as unverified (tag U), whatever finding it also follows (review16 school)
    if (o.unverified) why.push({ zh: "该职责依据未核实，不评判", en: "the duty's basis is unverified and it is not judged" });
    else if (o.follows && o.follows.length > 0 && !o.correction) why.push(o.unearned === o.worth && !o.unearnedParts ? { zh: `随 ${o.follows.join("、")} 未完成`, en: `not done as a consequence of ${o.follows.join(", ")}` } : { zh: `随 ${o.follows.join("、")} 未按要求完成的部分`, en: `the part not done as required as a consequence of ${o.follows.join(", ")}` });
    // a follow-up (rep:…|fu:…) arises only on a change after the report (493号令第十三条)
    // a follow-up on a named development (fu:secondInrush) never arose when its reporter never heard of it after reporting
    if (why.length === 0) why.push(/\|fu:\d+\|/.test(o.id) ? { zh: "本次演练中未产生该项义务（报告后情况未发生新的变化）", en: "it never arose in this drill (nothing changed after the report)" }
      : /\|fu:/.test(o.id) ? { zh: "本次演练中未产生该项义务（报告人报告后未获知该情况）", en: "it never arose in this drill (its reporter did not learn of it after reporting)" } : { zh: "本次演练中未产生该项义务（如报告人未获知事故、未作初报）", en: "it never arose in this drill (e.g. its reporter was never told, or made no first report)" });
    parts.push({ zh: `${why.map((w) => w.zh).join("、")}：${fac(o.unearned)} 不计入`, en: `${why.map((w) => w.en).join("; ")}: ${fac(o.unearned)} set aside` });
  }
  // a duty with no act deadline is worth its notice alone: said so, never 「已完成」 for an act nobody judged (review21 mine 1)
  const act = o.actNotJudged ? { zh: `履职不评判：${o.actNotJudged.zh}`, en: `its act not judged: ${o.actNotJudged.en}` } : undefined;
  if (parts.length === 0) {
    const done = o.early === undefined ? (act ? { zh: "通知已完成", en: "notice done" } : { zh: "已完成", en: "done" }) : earlyText(o.early);
    return act ? { zh: `${done.zh}；${act.zh}`, en: `${done.en}; ${act.en}` } : done;
  }
  if (act) parts.push(act);
  return { zh: parts.map((p) => p.zh).join("，"), en: parts.map((p) => p.en).join("; ") };
}

/**
 * A follow-up that only corrects a 谎报 is no 续报 (493号令第十三条: 续报 reports changes): set aside under that 谎报,
 * the sender's own or passed on by its addressee (engine/evaluate/corrections.ts).
 */
function correctionText(c: NonNullable<Item["correction"]>): LocalText {
  const at = formatClock(c.atMs);
  return c.own
    ? { zh: `系更正本单位 ${at} 谎报的伤亡人数（${c.of}），不另计分`, en: `it only corrects the casualties the sender's own report at ${at} falsified (${c.of}), not scored again` }
    : c.late
      ? { zh: `系转报 ${at} 迟报（${c.of}）的伤亡信息，不另得分`, en: `it passes on the casualties reported late at ${at} (${c.of}): not earned again` }
      : { zh: `系转报对 ${at} 谎报（${c.of}）的更正，不另得分`, en: `it passes on the correction of the false report at ${at} (${c.of}): not earned again` };
}

/**
 * A duty met before a deadline the drill did not reach: judged because it was done (issue 10 §11); a
 * linkage duty whose notice was given but whose action is still ahead is judged on its notice alone.
 */
function earlyText(e: NonNullable<Item["early"]>): LocalText {
  if (e.decided === undefined) return { zh: "时限前已完成，计入", en: "done before its deadline, counted" };
  const parts = (l: "zh" | "en") => e.decided!.map((c) => PART_TEXT[c]?.[l] ?? c).join(l === "zh" ? "、" : ", ");
  return { zh: `${parts("zh")}已完成，其余未到期，不计`, en: `${parts("en")} done, the rest not yet due and not counted` };
}

/**
 * The counting rule of one section with its own numbers, one paragraph: every opportunity of the
 * scenario with its worth and what became of it (so W₀ can be recomputed by hand), the play's own
 * unplanned faults (E), L and U, and the score.
 */
export function scoringNote(s: SectionScore): LocalText | undefined {
  if (s.judged === false || !s.scoring) return undefined;
  const { worth, lost, opportunities } = s.scoring;
  const items = s.scoring.items ?? [];
  const planned = s.scoring.planned ?? worth;
  const unearned = s.scoring.unearned ?? 0;
  const label = (o: Item): LocalText => o.label ?? { zh: o.id, en: o.id };
  const early = items.some((o) => o.inW && o.early !== undefined);
  const groups = opportunities.map((g) => {
    const mine = items.filter((o) => o.inW && o.kind === g.kind);
    const list = (l: "zh" | "en") => mine.map((o, i) => (l === "zh" ? `${i + 1}. ${label(o).zh} ${worthText(o).zh}（${fateText(o).zh}）` : `${i + 1}. ${label(o).en}, ${worthText(o).en} [${fateText(o).en}]`)).join(l === "zh" ? "；" : "; ");
    return {
      zh: `${KIND_TEXT[g.kind]?.zh ?? g.kind} ${g.count} 项共 ${fac(g.worth)} 分${mine.length > 0 ? `：${list("zh")}` : ""}`,
      en: `${KIND_TEXT[g.kind]?.en ?? g.kind}, ${g.count} worth ${fac(g.worth)}${mine.length > 0 ? `: ${list("en")}` : ""}`,
    };
  });
  // what the scenario did not plan: a duty this play alone gave rise to, a fault outside any, a 瞒报's excess
  const extra = items.filter((o) => (!o.inW && o.worth > 0) || o.beyond !== undefined);
  // duties this play alone gave rise to that cost nothing (met, or following from another finding): named, outside W
  const free = items.filter((o) => !o.inW && o.worth === 0);
  const freeText = free.length === 0 ? { zh: "", en: "" } : {
    zh: `本次处置自身引起、情景未设定的事项（不计入 W）：${free.map((o) => `${o.label?.zh ?? o.id}（${o.consequences && o.consequences.length > 0 ? `${o.consequences.join("、")} 随其他问题，不扣分` : "已完成，不得分"}）`).join("；")}。`,
    en: `Duties this response alone gave rise to, outside W: ${free.map((o) => `${o.label?.en ?? o.id} [${o.consequences && o.consequences.length > 0 ? `${o.consequences.join(", ")} follow from other findings, nothing deducted` : "done, nothing earned"}]`).join("; ")}. `,
  };
  const base = s.scoring.base ?? worth - unearned;
  const k = `${fac(s.weight)} / ${fac(worth)}`;
  const extraText = (l: "zh" | "en") => extra.map((o) => `${extraIds(o, l)} ${fac(o.inW ? o.beyond! : o.worth)}`).join(l === "zh" ? "；" : "; ");
  const X = extra.reduce((a, o) => a + (o.inW ? o.beyond ?? 0 : o.worth), 0);
  const E = extra.length > 0
    ? {
      zh: `情景未设定的问题（本次处置自身引起的事项、不属于任何机会的问题、谎报、瞒报超出该报告分值的部分）按其扣分计入扣分，不增加 W，也不摊薄：${extraText("zh")}，共 X = ${fac(X)} 分，${fac(X)} × ${k} = ${num(s.outside ?? 0)}${xNote(X, s).zh} 从综合得分的实得分中扣除（不计入本项得分率）。`,
      en: `What the scenario did not plan (a duty this response itself gave rise to, a fault outside any opportunity, the part of a concealed or false report beyond the report's worth) costs its points without adding to W or being diluted: ${extraText("en")}, X = ${fac(X)} in all; ${fac(X)} × ${k} = ${num(s.outside ?? 0)}${xNote(X, s).en} comes off the points kept in the overall score (not off this section's score).`,
    }
    : { zh: "", en: "" };
  // the cap per report, said where reports are judged: a late, incomplete report can cost what silence costs, never
  // less than nothing (review16 school v8/v9: EB silent = its late incomplete report, school silent = its late one)
  const cap = items.some((o) => o.inW && o.kind === "rep")
    ? { zh: "每个应报告事项的扣分以该事项的分值为限（封顶）：同一报告迟报、要素不全等扣分之和达到其分值时，与始终未报告（漏报）扣分相同，但未报告从不少扣；该事项中随其他问题（随 Fx）不计入的部分，报告与否均不计入。", en: "Each report owed costs at most its own worth (the cap): a report late and incomplete enough to reach that worth costs what never making it costs, and never making it never costs less; the part of it set aside as a consequence of another finding (Fx) is set aside whether the report is made or not. " }
    : { zh: "", en: "" };
  const attainable = s.attainable ?? 0;
  const u = unearned > 1e-9
    ? { zh: `随其他问题未完成（随 Fx）、本次演练未产生或由情景注入完成的部分不计入（不扣分，也不计入应得分，如评分表中的不适用项），共 S = ${fac(unearned)} 分；可评判分值 W − S = ${fac(worth)} − ${fac(unearned)} = ${fac(base)} 分，本项应得分 = ${fac(s.weight)} × ${fac(base)} / ${fac(worth)} = ${num(attainable)} 分。`, en: `A part left undone only as a consequence of another finding Fx, that never arose, or that the scenario's inject did is set aside (neither deducted nor counted in the points attainable, like a not-applicable item on a score sheet): S = ${fac(unearned)}; points judged W − S = ${fac(worth)} − ${fac(unearned)} = ${fac(base)}, points attainable ${fac(s.weight)} × ${fac(base)} / ${fac(worth)} = ${num(attainable)}.` }
    : { zh: `可评判分值 W = ${fac(base)} 分，本项应得分 ${num(attainable)} 分。`, en: `Points judged: W = ${fac(base)}; points attainable ${num(attainable)}.` };
  const inW = Math.min(lost - X, base);
  const d = inWDeducted(s);
  // the deduction adds the findings' printed points (each rounded once, credit.ts), never rounded again: a cent or so off (L − X) × k
  const exact = worth > 0 ? (inW * s.weight) / worth : 0;
  const less = X > 1e-9 ? { zh: ` − ${num(s.outside ?? 0)}（X 部分）`, en: ` − ${num(s.outside ?? 0)} (X's)` } : { zh: "", en: "" };
  // every point judged lost: the deduction is the points attainable, the findings' cents apportioned to it (credit.ts)
  const whole = inW >= base - 1e-9 && base > 0;
  const deductedText = whole
    ? { zh: `${fac(inW)} × ${k} = ${num(d)}（可评判分值全部失分，本项扣分即应得分；各问题扣分的尾差按最大余数法分摊，合计与之相等）`, en: `${fac(inW)} × ${k} = ${num(d)} (every point judged lost, so the deduction is the points attainable; the findings' cents are apportioned by largest remainder so they add up to it)` }
    : Math.abs(exact - d) < 0.005
    ? { zh: `${fac(inW)} × ${k} = ${num(d)}`, en: `${fac(inW)} × ${k} = ${num(d)}` }
    : { zh: `各问题扣分之和 ${num(s.deducted)}${less.zh} = ${num(d)}（${fac(inW)} × ${k} = ${num(exact)}，差额为各问题扣分逐条四舍五入至两位小数、合计不再舍入所致）`, en: `the findings' points added up, ${num(s.deducted)}${less.en} = ${num(d)} (${fac(inW)} × ${k} = ${num(exact)}; the difference is each finding's points rounded once to 2 decimals and their sum never rounded again)` };
  return {
    zh: `计分方法：本项分值 ${fac(s.weight)} 分。本情景本项可评判的机会（${early ? "至演练停止时已到期的，无处置、本次演练与最佳处置相同，另加本次演练在时限前已完成的；" : "无处置、本次演练与最佳处置相同；"}每个机会按“完全未做到”应扣的评分标准分值计）${groups.length > 0 ? `为${groups.map((g) => g.zh).join("。")}` : "至本次演练结束时尚无到期的"}。合计 W = ${fac(planned)} 分。${freeText.zh}${u.zh}每个问题按评分标准扣分（每次扣分 × 数量，不超过所在机会剩余的分值，“封顶”处注明；谎报先扣完该报告剩余的分值，超出部分另计，不少于漏报；瞒报（始终未报告）扣该报告的分值另加瞒报本身的扣分；漏报伤亡（未报伤亡人数）以该报告分值为限），再乘以 ${k} 计入本项，即表中“扣分”栏的“= 评分标准扣分 × ${k}”。${cap.zh}${E.zh}本项问题扣分合计 L = ${fac(lost)} 分；本项扣分 = ${deductedText.zh}${X > 1e-9 ? `（${fac(inW)} = L − X）` : ""}，得分率 = 100 ×（应得分 − 扣分）/ 应得分 = 100 × (${num(attainable)} − ${num(d)}) / ${num(attainable)} = ${num(s.score)}${100 * (attainable - d) < 0 ? "（低于 0 按 0 计）" : ""}。`,
    en: `How this section is scored: it is worth ${fac(s.weight)} points. The scenario's opportunities in this section (${early ? "those due when the drill stopped, the same for no response, this drill and the best play, and those this drill met before their deadline; " : "the same for no response, this drill and the best play; "}each worth the rubric points of failing it completely) are: ${groups.length > 0 ? groups.map((g, i) => (i === 0 ? g.en : g.en.charAt(0).toUpperCase() + g.en.slice(1))).join(". ") : "none due yet when the drill stopped"}. W = ${fac(planned)} in all. ${freeText.en}${u.en} Each finding takes its rubric points (points each × quantity, no more than what is left of its opportunity: “capped at” says so; a report stating false figures takes what is left of its report and the rest of its own points beyond, never less than a missing one; a concealment (never reporting) takes the report's worth plus its own points; one leaving casualties out takes no more than its report is worth), multiplied by ${k}: the "= rubric points × ${k}" in the points column. ${cap.en}${E.en}${E.en ? " " : ""}Rubric points lost on findings: L = ${fac(lost)}; the section's deduction = ${deductedText.en}${X > 1e-9 ? ` (${fac(inW)} = L − X)` : ""}; score = 100 × (points attainable − deducted) / points attainable = 100 × (${num(attainable)} − ${num(d)}) / ${num(attainable)} = ${num(s.score)}${100 * (attainable - d) < 0 ? " (below 0 counted as 0)" : ""}.`,
  };
}

/**
 * X × k as printed is the findings' parts beyond W added up (credit.ts: each finding's figure rounded once, its in-W part
 * rounded once, X the rest), which may be a cent off the exact product: said when it is.
 */
function xNote(X: number, s: SectionScore): LocalText {
  const worth = s.scoring?.worth ?? 0;
  const exact = worth > 0 ? (X * s.weight) / worth : 0;
  return Math.abs(exact - (s.outside ?? 0)) < 0.005 ? { zh: "", en: "" }
    : { zh: `（各问题超出部分之和；${num(exact)} 与之之差为各问题扣分逐条四舍五入所致）`, en: ` (the findings' parts beyond W added up; ${num(exact)} exactly, the difference being each finding rounded once)` };
}

/** One unplanned fault's findings as the report names them: "F14 超出该报告分值的部分", "岭北县急救中心（120）…（本次处置自身引起） F12", "F9". */
function extraIds(o: Item, l: "zh" | "en"): string {
  const ids = (o.beyondBy ?? o.findings.filter((id) => !(o.consequences ?? []).includes(id))).join(l === "zh" ? "、" : ", ");
  if (o.inW) return l === "zh" ? `${ids} 超出该报告分值的部分` : `${ids} beyond the report's worth`;
  // a duty this play alone gave rise to (a follow-up after casualties rose, a report after a re-grade): named
  const what = o.kind === "arising" && o.label ? (l === "zh" ? `${o.label.zh}（本次处置自身引起）` : `${o.label.en} (arising from this response)`) : "";
  // a fault outside every opportunity the scenario set (an alarm call's wording): why it is in no section's rate (review r15 chemical 5)
  const why = o.kind === "own" ? OUTSIDE_WORDS[l] : "";
  return `${what}${what ? " " : ""}${ids}${why}`;
}

const OUTSIDE_WORDS = { zh: "（不属于情景设定的任何评分机会）", en: " (outside every opportunity the scenario set)" } as const;

/**
 * The overview row's short form of a section's unplanned faults, grouped by why they are unplanned (r19-words: the
 * row repeated each duty's whole label, "…follow-up 1 (arising from this response) F9", which a reader of a score
 * table takes for jargon): "F9 超出该报告分值的部分；F28、F39 为本次处置自身引起的事项".
 */
function extraShort(list: readonly Item[], l: "zh" | "en"): string {
  const sep = l === "zh" ? "、" : ", ";
  const ids = (pick: (o: Item) => boolean) => [...new Set(list.filter(pick).flatMap((o) => o.beyondBy ?? o.findings.filter((id) => !(o.consequences ?? []).includes(id))))].join(sep);
  const parts = [
    [ids((o) => o.inW), { zh: "超出该报告分值的部分", en: "the part beyond its report's worth" }],
    [ids((o) => !o.inW && o.kind === "arising"), { zh: "为本次处置自身引起的事项", en: "duties this response itself gave rise to" }],
    [ids((o) => !o.inW && o.kind !== "arising"), { zh: "不属于情景设定的评分机会", en: "outside the scenario's opportunities" }],
  ] as const;
  return parts.filter(([x]) => x).map(([x, w]) => (l === "zh" ? `${x} ${w.zh}` : `${x}: ${w.en}`)).join(l === "zh" ? "；" : "; ");
}

/** The unplanned faults of a section (a 瞒报's excess, a fault outside any opportunity, a duty this play alone gave rise to). */
function extras(s: SectionScore): Item[] {
  return (s.scoring?.items ?? []).filter((o) => (!o.inW && o.worth > 0) || o.beyond !== undefined);
}

/** The section's deduction on the scenario's opportunities, (L − X) × weight / W as credit.ts rounds it: its deduction less the unplanned faults'. */
export function inWDeducted(s: SectionScore): number {
  return Math.round((s.deducted - (s.outside ?? 0)) * 100) / 100;
}

/**
 * A section's row in the overview table: weight, points attainable, the deduction on the scenario's opportunities
 * and the rate, which the row rebuilds: rate = 100 × (attainable − deducted) / attainable (review10 school 1, mine 5).
 * "—" where not judged; what the unplanned faults cost is the overview's own row (outsideRow).
 */
export function sectionRow(x: SectionScore, notShown: LocalText): { weight: string; attainable: string; deducted: LocalText; score: LocalText } {
  const judged = x.judged !== false;
  const d = String(inWDeducted(x));
  return {
    weight: String(x.weight),
    attainable: judged && x.attainable !== undefined ? String(x.attainable) : "—",
    deducted: judged ? { zh: d, en: d } : { zh: "—", en: "—" },
    score: judged ? { zh: String(x.score), en: String(x.score) } : notShown,
  };
}

/**
 * The overview's row for what the scenario did not plan, apart from the sections whose rates never include it
 * (credit.ts): its deduction and the findings by section, e.g. "12.73（信息报告：F7；F14 超出该报告分值的部分）".
 * Undefined when no section has any.
 */
export function outsideRow(sections: readonly SectionScore[]): { label: LocalText; deducted: LocalText } | undefined {
  const some = sections.filter((x) => (x.outside ?? 0) > 0);
  if (some.length === 0) return undefined;
  const total = num(some.reduce((a, x) => a + x.outside!, 0));
  const list = (l: "zh" | "en") => some.map((x) => `${x.text[l]}${l === "zh" ? "：" : ": "}${extraShort(extras(x), l)}`).join(l === "zh" ? "。" : ". ");
  return {
    label: { zh: "情景未设定的问题（从综合得分中扣除，不计入各项得分率）", en: "Faults the scenario did not plan (off the overall score, in no section's rate)" },
    deducted: { zh: `${total}（${list("zh")}）`, en: `${total} (${list("en")})` },
  };
}

/**
 * The overall score's working, printed under the sections' table so a reader can redo it: the points attainable
 * (应得分, each judged section's weight × (W − S) / W), the points deducted on findings, and 100 × (A − D) / A
 * (credit.ts; a not-applicable item leaves the full mark as on a score sheet: 按实得分 / 应得分 折算百分制).
 * Undefined when nothing was judged.
 */
export function totalWorking(r: { score: number | null; sections: readonly SectionScore[] }): LocalText | undefined {
  const judged = r.sections.filter((x) => x.judged !== false && x.attainable !== undefined);
  if (r.score === null || judged.length === 0) return undefined;
  const a = judged.reduce((n, x) => n + x.attainable!, 0);
  const d = r.sections.reduce((n, x) => n + x.deducted, 0);
  const x = r.sections.reduce((n, y) => n + (y.outside ?? 0), 0);
  const parts = (l: "zh" | "en") => judged.map((y) => `${y.text[l]} ${num(y.attainable!)}`).join(" + ");
  // the deduction as the overview's rows add it up: each section's, then the unplanned faults' row
  const rows = r.sections.filter((y) => y.judged !== false || inWDeducted(y) > 0).map((y) => num(inWDeducted(y)));
  const sum = x > 0 ? ` = ${[...rows, num(x)].join(" + ")}` : "";
  const floor = 100 * (a - d) < 0;
  return {
    zh: `综合得分 = 100 ×（应得分 − 扣分）/ 应得分 = 100 × (${num(a)} − ${num(d)}) / ${num(a)}${floor ? "，低于 0 按 0 计" : ""} = ${r.score}；应得分 = ${parts("zh")}（各评估项分值 × 可评判分值 / W，见第三部分各评估项的计分方法）${x > 0 ? `；扣分 ${num(d)}${sum}（各评估项扣分与情景未设定的问题）` : ""}。`,
    en: `Overall score = 100 × (points attainable − points deducted) / points attainable = 100 × (${num(a)} − ${num(d)}) / ${num(a)}${floor ? ", below 0 counted as 0" : ""} = ${r.score}; points attainable = ${parts("en")} (each section's weight × the points judged / W: see how each section is scored in part 3)${x > 0 ? `; points deducted ${num(d)}${sum} (the sections' and the faults the scenario did not plan)` : ""}.`,
  };
}

/** The rubric table's column for S's share: the rubric points a row's faults left set aside, deducted from nothing (credit.ts). */
export const UNEARNED_HEAD: LocalText = { zh: "不计入（评分标准分）", en: "Set aside (rubric points)" };

/** A section's rubric rows added up: the deducted cells add up to the section's deduction (credit.ts apportions them so); the set-aside cells beside them. */
export function itemSums(s: SectionScore): { deducted: number; unearned: number } {
  const cents = (f: (it: SectionScore["items"][number]) => number) => Math.round(s.items.reduce((a, it) => a + Math.round(f(it) * 100), 0)) / 100;
  return { deducted: cents((it) => it.deducted), unearned: cents((it) => it.unearned ?? 0) };
}

/** The section's total row of the rubric table: its deducted column adds up to the section's deduction; what was set aside beside it. */
export function sectionTotalText(s: SectionScore): LocalText {
  const x = itemSums(s);
  return x.unearned > 0
    ? { zh: `合计 ${s.deducted}${outsideText(s).zh}；不计入 ${x.unearned} 分（评分标准分，不计入应得分）`, en: `Total ${s.deducted}${outsideText(s).en}; ${x.unearned} rubric points set aside (not attainable)` }
    : { zh: `合计 ${s.deducted}${outsideText(s).zh}`, en: `Total ${s.deducted}${outsideText(s).en}` };
}

/** How a section's rubric rows add up: its own deduction, and apart the faults the scenario did not plan, off the overall score (credit.ts). */
function outsideText(s: SectionScore): LocalText {
  return s.outside !== undefined
    ? { zh: ` = 本项扣分 ${inWDeducted(s)} + 情景未设定的问题 ${s.outside}（从综合得分中扣除，不计入本项得分率）`, en: ` = the section's ${inWDeducted(s)} + ${s.outside} for faults the scenario did not plan (off the overall score, not this section's)` }
    : { zh: " = 本项扣分", en: " = the section's deduction" };
}

/** Under the rubric table: its points are per finding before the scaling. */
export const RUBRIC_NOTE: LocalText = {
  zh: "“每次扣分”为评分标准对每个问题规定的分值；“上限”为按人数、分钟计的评分项最多扣分（处置结果），其他评分项以“—”表示，其扣分以所在机会的分值为限；本表只列适用于本情景危险源的评分项。报告中每个问题实际扣分按所在评估项的机会折算：实际扣分 = 评分标准扣分 × 评估项分值 / W，W 为本情景该项全部机会的评分标准分值合计（无处置、本次演练与最佳处置相同；演练提前停止时为已到期的机会，另加本次演练在时限前已完成的）；情景未设定的问题按其扣分计入，不增加 W。“不计入”为随其他问题未完成、本次演练未产生或由情景注入完成的部分（S，评分标准分），记在使其未完成的问题所属的评分项，不扣分，也不计入应得分（如评分表中的不适用项）；每个评估项的“扣分”栏相加等于该项扣分；综合得分 = 100 ×（应得分 − 扣分）/ 应得分。",
  en: "“Points each” is what the rubric deducts per finding; “Cap” is the most an item counted per person or minute (the outcome) can deduct — “—” for the others, whose findings are bounded by their opportunity; only the items that apply to this scenario's hazard are listed. The points a finding costs in this report are scaled by its section's opportunities: points = rubric points × section weight / W, W being the rubric points all the scenario's opportunities in the section are worth (the same for no response, this drill and the best play; in a drill stopped early, those due by then and those this drill met before their deadline); a fault the scenario did not plan costs its points without adding to W. “Set aside” is S in rubric points: parts left undone only as a consequence of another finding, that never arose, or that the scenario's inject did, shown on the item of the fault that left them undone, neither deducted nor counted in the points attainable (like a not-applicable item on a score sheet); a section's deducted column adds up to its deduction; overall score = 100 × (points attainable − points deducted) / points attainable.",
};
