/** Fixed wording of the 演练评估报告 in both languages: headings, columns, finding names. */
import { NOT_CONTROLLED } from "../../engine/evaluate/control.ts";
import type { LocalText } from "../../engine/model/ids.ts";
import { formatClock, wallClock } from "../../engine/model/time.ts";
import type { Finding, FindingCode, ReportModel, SectionScore } from "../../engine/evaluate/report-model.ts";
import { fac, scale, working } from "./scoring.ts";
import { TOLD_RESCUERS_KINDS } from "../../engine/evaluate/told-rescuers.ts";
import { sharedBy } from "../../engine/evaluate/follows-root.ts";
import { restWhy } from "../../engine/evaluate/harm-share.ts";

export type Lang = "zh" | "en";

export const CODE_TEXT: Record<FindingCode, LocalText> = {
  REPORT_LATE: { zh: "迟报", en: "Late report" },
  REPORT_MISSING: { zh: "漏报", en: "Missing report" },
  REPORT_INCOMPLETE: { zh: "要素不全", en: "Incomplete report" },
  REPORT_UNVERIFIED: { zh: "报告失实", en: "Untrue figures" },
  REPORT_FALSE: { zh: "谎报", en: "False report" },
  REPORT_CONCEALED: { zh: "瞒报", en: "Concealment" },
  ALARM_INACCURATE: { zh: "报警遗漏已知情况", en: "Alarm call leaving out the facts" },
  TRAPPED_NOT_PASSED_ON: TOLD_RESCUERS_KINDS[0]!,
  TRAPPED_PASSED_ON_LATE: TOLD_RESCUERS_KINDS[1]!,
  SPOT_QUESTION_UNANSWERED: { zh: "随机提问未答复", en: "Spot question unanswered" },
  HELP_REQUEST_UNANSWERED: { zh: "求助未响应", en: "Request for help not acted on" },
  HELP_REQUEST_LATE: { zh: "求助响应迟延", en: "Request for help acted on late" },
  SEARCH_NOT_AIMED: { zh: "获知遇险人员位置后未及时搜救", en: "No prompt search where people were reported" },
  REPORT_NOT_FORWARDED: { zh: "接报未移送", en: "Report not passed on" },
  REPORT_FORWARDED_LATE: { zh: "接报移送迟延", en: "Report passed on late" },
  SPOT_QUESTION_LATE: { zh: "随机提问答复迟延", en: "Spot question answered late" },
  LINKAGE_NOT_NOTIFIED: { zh: "未通知", en: "Not notified" },
  LINKAGE_NOTIFIED_LATE: { zh: "通知迟延", en: "Notified late" },
  LINKAGE_IDLE: { zh: "联而不动", en: "Told but idle" },
  LINKAGE_SLOW: { zh: "响应迟缓", en: "Slow to act" },
  LINKAGE_PART_UNDONE: { zh: "职责未完成", en: "Duty left undone" },
  PLAN_NOT_STARTED: { zh: "未启动预案", en: "Plan not started" },
  PLAN_NOT_DECLARED: { zh: "未明确宣布启动预案", en: "Plan never declared" },
  COMMAND_REJECTED: { zh: "指令无效", en: "Command refused" },
  DISPATCH_LATE: { zh: "到场迟延", en: "Arrived late" },
  DISPATCH_WRONG_TYPE: { zh: "派错力量", en: "Wrong unit type" },
  DISPATCH_WRONG_PLACE: { zh: "派错地点", en: "Sent to the wrong place" },
  DISPATCH_INSUFFICIENT: { zh: "力量不足", en: "Too few units" },
  DISPATCH_IDLE_UNITS: { zh: "力量闲置", en: "Idle units" },
  UNSAFE_ENTRY: { zh: "无防护进入", en: "Unprotected entry" },
  HOT_ZONE_UNPROTECTED: { zh: "热区防护不足", en: "Hot zone without the protection it needs" },
  EVACUATION_SLOW: { zh: "疏散未按时完成", en: "Evacuation not completed in time" },
  DISPATCH_TURNOUT_SLOW: { zh: "出动超时", en: "Slow turn-out" },
  ARRIVAL_INDICATIVE: { zh: "到场超出参考时间（不扣分）", en: "Arrival beyond an indicative standard (no deduction)" },
  PROTECTION_ADVISORY: { zh: "防护提示（不扣分）", en: "Protection note (no deduction)" },
  CORDON_LATE: { zh: "警戒迟延", en: "Cordon late" },
  CORDON_TOO_SMALL: { zh: "警戒过小", en: "Cordon too small" },
  PROTECTIVE_ACTION_LATE: { zh: "群众防护迟延", en: "Public protection late" },
  OUTCOME_DEATHS: { zh: "新增死亡", en: "Deaths" },
  OUTCOME_SERIOUS_INJURIES: { zh: "新增重伤", en: "Serious injuries" },
  OUTCOME_EXPOSED_AEGL2: { zh: "超AEGL-2暴露", en: "Exposed above AEGL-2" },
  OUTCOME_EXPOSED_AEGL3: { zh: "超AEGL-3暴露", en: "Exposed above AEGL-3" },
  OUTCOME_EXPOSED: { zh: "受危害暴露", en: "Exposed to harm" },
  OUTCOME_TRAPPED: { zh: "仍被困", en: "Still trapped" },
  HAZARD_NOT_CONTROLLED: { zh: "危险源未控制", en: "Hazard not controlled" },
  HAZARD_CONTROL_LATE: { zh: "控制超时", en: "Controlled late" },
  OUTCOME_INSTALLATION_LOST: { zh: "关键设施损失", en: "Critical installation lost" },
  OUTCOME_PREVENTABLE_HARM: { zh: "可避免伤亡", en: "Preventable harm" },
};

export const L = {
  /** a section with nothing to judge (issue 10 §11) */
  notShown: { zh: "未展示", en: "not shown" },
  /** harm set between the best play and no response (issue 10 §9) */
  harm: { zh: "伤亡对照（最佳处置 / 无处置）", en: "Harm against the best play and no response" },
  reportTitle: { zh: "演练评估报告", en: "Drill evaluation report" },
  s1: { zh: "一、演练概况", en: "1. Drill overview" },
  s2: { zh: "二、评估内容与方法", en: "2. Evaluation content and method" },
  s3: { zh: "三、发现的问题", en: "3. Problems found" },
  s4: { zh: "四、经验与不足", en: "4. Strengths and shortcomings" },
  s5: { zh: "五、改进建议", en: "5. Recommendations" },
  appendix: { zh: "附录：演练时间线（证据）", en: "Appendix: drill timeline (evidence)" },
  score: { zh: "综合得分", en: "Overall score" },
  section: { zh: "评估项", en: "Section" },
  weight: { zh: "分值", en: "Weight" },
  deducted: { zh: "扣分", en: "Deducted" },
  attainable: { zh: "应得分", en: "Attainable" },
  sectionScore: { zh: "得分率", en: "Score" },
  time: { zh: "时间", en: "Time" },
  agency: { zh: "单位", en: "Agency" },
  problem: { zh: "问题", en: "Problem" },
  basis: { zh: "依据", en: "Basis" },
  evidence: { zh: "证据", en: "Evidence" },
  points: { zh: "扣分", en: "Points" },
  none: { zh: "未发现问题。", en: "No problems found." },
  observations: { zh: "评估人员观察记录（与计算结果并列，不替代计算结果）", en: "Evaluators' observations (shown beside the computed findings, never replacing them)" },
  evaluator: { zh: "评估人员", en: "Evaluator" },
  rating: { zh: "评价", en: "Rating" },
  observation: { zh: "观察", en: "Observation" },
  justification: { zh: "理由", en: "Justification" },
  // an observation's AQ/T 9009 Annex A area (newcomer: the report left it out)
  annexArea: { zh: "附录A要素", en: "Annex A area" },
  strengths: { zh: "经验（做得好的方面）", en: "Strengths" },
  shortcomings: { zh: "不足（按问题类型）", en: "Shortcomings (by kind)" },
  count: { zh: "次数", en: "Count" },
  event: { zh: "事件", en: "Event" },
  capNote: { zh: "“扣分”栏括号内为计算过程（评分标准扣分 × 本项分值 / W，见各评估项的计分方法）；扣 0 分的问题注明原因：随其他问题不重复扣分、所在机会的分值已扣完，或无任何处置可以避免", en: "The points column shows its working (rubric points × the section's weight / W; see each section's “How this section is scored”); a finding that costs 0 says why: it follows from another finding, its opportunity's points were used up, or no response could avoid it" },
  unscored: { zh: "不计分", en: "not scored" },
  notCharged: { zh: "0（无任何处置可避免，不扣分）", en: "0 (no response could avoid it)" },
  noDeduction: { zh: "0（不扣分）", en: "0 (no deduction)" },
  notYetDue: { zh: "未到期（不扣分）", en: "Not yet due (no deduction)" },
  // each note's line says why it is no finding (no response could avoid it; a 防护提示 that harmed nobody)
  notes: { zh: "情况说明（不列为问题、不扣分）", en: "Notes (not findings: nothing deducted)" },
  due: { zh: "时限", en: "Due" },
  scoring: { zh: "计分方法", en: "How this section is scored" },
  usedUp: { zh: "0（所在机会的分值已由前面的问题扣完）", en: "0 (its opportunity's points were already used up by earlier findings)" },
} satisfies Record<string, LocalText>;

/**
 * The points cell of a finding: its points with their working (scoring.ts), or why it costs none
 * (a consequence of another finding, nothing chargeable, its opportunity already used up by the
 * findings `all` names, not scored).
 */
/**
 * A fact stated without charge: an item no response could avoid (quantity 0, not a consequence of another finding),
 * e.g. the mine's water not held by pumping though the best play does no better, or an exposure the best play has
 * too, or a kind reported by design without deduction (NOTE_CODES). Reports list it as a note (情况说明), not under
 * 发现的问题 (review16: the 100/100 good reports' F1), nor among the shortcomings.
 */
export function isNote(f: Pick<Finding, "causedBy" | "item" | "quantity" | "code" | "points" | "sharesIn">): boolean {
  // a fault bearing a share of an outcome's harm is a finding, whatever it deducts itself (review19 chemical A1)
  return !f.causedBy && !f.sharesIn && ((f.item !== undefined && f.quantity === 0) || (NOTE_CODES.has(f.code) && f.points === 0));
}

/**
 * Kinds reported by design without deduction and without condemning anyone: a 防护提示 (an unprotected entry below
 * AEGL-3 and the IDLH that harmed nobody, order-faults.ts) and an arrival beyond a standard its rule calls indicative
 * (arrival-standards.ts). They are notes too (review19: a 0-point 防护提示 printed among 发现的问题).
 */
const NOTE_CODES: ReadonlySet<FindingCode> = new Set<FindingCode>(["PROTECTION_ADVISORY", "ARRIVAL_INDICATIVE"]);

/** A note's line (isNote): "F1 04:00:00 (12:30:00) 水情未控制：…（依据：…；证据 #5 #80）". */
export function noteText(r: ReportModel, f: Finding & { basisText: LocalText }, lang: Lang): string {
  const ev = f.evidence.events.map((i) => `#${i}`).join(" ");
  return lang === "zh"
    ? `${f.id} ${when(r, f.atMs)} ${kindText(f).zh}：${findingBody(f, "zh")}（依据：${f.basisText.zh}；证据 ${ev}）`
    : `${f.id} ${when(r, f.atMs)} ${kindText(f).en}: ${findingBody(f, "en")} (basis: ${f.basisText.en}; evidence ${ev})`;
}

export function pointsText(f: Finding, sections: readonly SectionScore[] = [], all: readonly Finding[] = []): LocalText {
  if (f.causedBy) return followerText(f, sections);
  // an outcome keeps its own points and names the process faults that caused it (engine/evaluate/causes.ts)
  const by = f.causes && f.causes.length > 0
    ? f.shares !== undefined
      // part of it is on several agencies jointly (joint-share.ts): each one's share, the single causes' part apart
      ? sharesText(f, f.shares)
      : f.causedPart !== undefined
      // only part of it is the causes' (harm-share.ts): the rest is on no agency
      ? { zh: `（其中评分标准扣分 ${f.causedPart} 由 ${f.causes.join("、")} 所致；${restText(f).zh}）`, en: ` (of it, ${f.causedPart} rubric points caused by ${f.causes.join(", ")}; ${restText(f).en})` }
      : { zh: `（由 ${f.causes.join("、")} 所致）`, en: ` (caused by ${f.causes.join(", ")})` }
    : { zh: "", en: "" };
  // nothing any response could avoid has no cause to name
  if (isNote(f)) return NOTE_CODES.has(f.code) ? L.noDeduction : L.notCharged;
  // its opportunity was already used up by earlier findings (a late report after a concealed one): named
  if (f.item && f.rubricPoints === 0) {
    const took = f.opportunity === undefined ? [] : all.filter((g) => g.opportunity === f.opportunity && g.id !== f.id && (g.rubricPoints ?? 0) > 0).map((g) => g.id);
    const used = took.length > 0 ? { zh: `0（所在机会的分值已由 ${took.join("、")} 扣完）`, en: `0 (its opportunity's points were already used up by ${took.join(", ")})` } : L.usedUp;
    const share = f.sharesIn ? { zh: `；分担 ${f.sharesIn} 的可避免伤亡（见 ${f.sharesIn}）`, en: `; bears a share of ${f.sharesIn}'s preventable harm (see ${f.sharesIn})` } : { zh: "", en: "" };
    return { zh: used.zh + share.zh + by.zh, en: used.en + share.en + by.en };
  }
  // the working beside the points: rubric points × the section's scaling (scoring.ts)
  const w = working(f, sections, (c) => CODE_TEXT[c]);
  // a duty a 瞒报 never corrected kept from its owner: failed through it, charged (credit.ts keptByUncorrected)
  const kept = f.uncorrectedBy ? { zh: `（计入 ${f.uncorrectedBy}）`, en: ` (charged with ${f.uncorrectedBy})` } : { zh: "", en: "" };
  const notice = carriedText(f, all);
  return f.item ? { zh: `${f.points}${w.zh}${by.zh}${kept.zh}${notice.zh}`, en: `${f.points}${w.en}${by.en}${kept.en}${notice.en}` } : L.unscored;
}

/**
 * A notice never made and what it left undone, one fault (notice-shortfall.ts chargedWithNotice; review22 mine B2): the
 * need's row 「（随 F3：未通知之后果，计入 F3，其分值在本项计）」, the notice's 「；其后果 F11（4.17）计入本问题，合计 7.31」; a 谎报's
 * relays and the notices it kept alike (「随 F9：同一谎报之后果」, review22 mine B5).
 */
function carriedText(f: Finding, all: readonly Finding[]): LocalText {
  if (f.chargedWith) {
    // a false figure's consequence (relayed-lie.ts, kept-notice.ts; review22 mine B5), or a notice never made's
    // … or a 联而不动's: the need its holder, told, never acted on (duty-failure.ts chargedWithIdle; r27 mine 1)
    const code = all.find((g) => g.id === f.chargedWith)?.code;
    const what = code === "REPORT_FALSE" ? { zh: "同一谎报之后果", en: "the consequence of that same false report" }
      : code === "LINKAGE_IDLE" ? { zh: "联而不动之后果", en: "the consequence of that same failure to act" }
      : { zh: "未通知之后果", en: "the consequence of that notice never made" };
    return { zh: `（随 ${f.chargedWith}：${what.zh}，计入 ${f.chargedWith}，其分值在本项计）`, en: ` (with ${f.chargedWith}: ${what.en}, charged with it, its points counted in this section)` };
  }
  const after = all.filter((g) => g.chargedWith === f.id);
  if (after.length === 0) return { zh: "", en: "" };
  const each = after.map((g) => `${g.id}（${g.points}）`).join("、");
  const sum = Math.round((f.points + after.reduce((a, g) => a + g.points, 0)) * 100) / 100;
  return { zh: `；其后果 ${each}计入本问题，合计 ${sum}`, en: `; its consequences ${after.map((g) => `${g.id} (${g.points})`).join(", ")} are charged with it: ${sum} in all` };
}

/**
 * A finding that follows another (causedBy) costs nothing again, except the lateness it caused downstream, charged here
 * once (aggravations.ts; review20 chemical A2): "1.51（= （通知迟延（随 F35，不重复扣分） 0 + 因此致他方履职迟延 5） × 30 / 99）".
 */
function followerText(f: Finding, sections: readonly SectionScore[]): LocalText {
  const caused = f.counted?.caused;
  const s = sections.find((x) => x.id === f.section);
  const k = s ? scale(s) : undefined;
  if (caused === undefined || !f.points || k === undefined) return { zh: `0（随 ${f.causedBy}，不重复扣分）`, en: `0 (with ${f.causedBy}, not deducted twice)` };
  const what = CODE_TEXT[f.code];
  return {
    zh: `${f.points}（= （${what.zh}（随 ${f.causedBy}，不重复扣分） 0 + 因此致他方履职迟延 ${fac(caused)}） × ${k}）`,
    en: `${f.points} (= (${what.en.toLowerCase()} (with ${f.causedBy}, not deducted twice) 0 + the lateness it caused ${fac(caused)}) × ${k})`,
  };
}

/** "（其中评分标准扣分 0.5795 更正后可避免；5.5 共同所致，各担 1.8333（F2）、3.6667（F8、F15）；其余不归于单一单位）" */
function sharesText(f: Finding, shares: NonNullable<Finding["shares"]>): LocalText {
  // shares each answering for the whole joint part (连带, joint-share.ts) stand for `sharedPoints`, not their sum
  const joint = f.sharedPoints ?? Math.round(shares.reduce((a, s) => a + s.points, 0) * 10_000) / 10_000;
  // the part a single agency's faults' corrections avoid (the causes of two agencies or more share theirs: harm-share.ts)
  const one = f.causedPart !== undefined ? { zh: `${f.causedPart} 更正单一单位缺陷即可避免；`, en: `${f.causedPart} avoided by correcting one agency's faults; ` } : { zh: "", en: "" };
  // nothing left over (the shares cover it all, causal-share.ts): no "其余" clause naming points that are not there
  // the part below the finding's printing threshold left on no agency still has its figure (review19 chemical C6)
  const left = Math.round(((f.rubricPoints ?? 0) - joint) * 10_000) / 10_000;
  const rest = f.unattributed === undefined && f.causedPart === undefined
    ? left > 1e-4 ? { zh: `；其余 ${left} 不归于任何单位`, en: `; the other ${left} on no agency` } : { zh: "", en: "" }
    : { zh: `；${restText(f).zh}`, en: `; ${restText(f).en}` };
  // one agency's faults: caused by them, no shares to bear (review23 school 6)
  if (shares.length === 1) {
    return {
      zh: `（其中评分标准扣分 ${one.zh}${joint} 由 ${shares[0]!.causes.join("、")} 所致${rest.zh}）`,
      en: ` (of it, ${one.en}${joint} rubric points caused by ${shares[0]!.causes.join(", ")}${rest.en})`,
    };
  }
  return {
    zh: `（其中评分标准扣分 ${one.zh}${joint} 由 ${shares.map((s) => s.causes.join("、")).join("、")} 共同所致，${f.sharedPoints !== undefined ? "连带，" : ""}各担 ${shares.map((s) => `${s.points}（${s.causes.join("、")}）`).join("、")}${rest.zh}）`,
    en: ` (of it, ${one.en}${joint} rubric points caused jointly by ${shares.map((s) => s.causes.join(", ")).join(", ")}, shares ${shares.map((s) => `${s.points} (${s.causes.join(", ")})`).join(", ")}${rest.en})`,
  };
}

/**
 * The part of a harm on no agency, with its points and why (review17 school 1: an evaluator sees where every point went;
 * review24 school: the true reason, from the finding's `unattributed.reason` code, harm-share.ts restWhy):
 * "其余 2.5 分在各相关问题均按最佳处置的做法和时机更正后的复算中仍未避免：…不归于任何单位".
 */
function restText(f: Finding): LocalText {
  const u = f.unattributed;
  if (!u) return { zh: "其余不归于单一单位", en: "the rest on no single agency" };
  return restWhy(String(u.points));
}

/**
 * A finding's sentence as a report row prints it, after its kind in bold: without the kind's own
 * name it opens with ("漏报：…", "Told but idle (联而不动): …"), which the row has just given.
 */
/**
 * Kinds one code covers, each named as its message names it (cordon.ts, protective-action.ts): a cordon
 * never set is 警戒缺失, not 警戒迟延; people never ordered to shelter or leave are 群众未防护, not 群众防护迟延.
 */
const CODE_VARIANTS: Partial<Record<FindingCode, LocalText[]>> = {
  // where the trapped are, passed on after the limit (engine/evaluate/told-rescuers.ts)
  CORDON_LATE: [{ zh: "警戒缺失", en: "No cordon" }],
  // an alarm call that withheld nothing but left out required elements (engine/evaluate/alarm-call.ts)
  ALARM_INACCURATE: [{ zh: "报警要素不全", en: "Alarm call incomplete" }, { zh: "报警不准确", en: "Alarm call understating the fire" }],
  // the evacuation judged on completion: people left inside, or still inside at the end (engine/evaluate/completion.ts)
  EVACUATION_SLOW: [{ zh: "疏散未全部完成", en: "Evacuation not completed" }, { zh: "疏散未完成", en: "Evacuation not completed" }],
  // sent only after the deadline (engine/evaluate/dispatch.ts): the order was late, not the journey
  DISPATCH_LATE: [{ zh: "力量派出迟延", en: "Sent late" }],
  // people walked out under the cloud, or sheltered and never moved once it passed (shelter-lifted.ts): 不当, not 迟延
  PROTECTIVE_ACTION_LATE: [{ zh: "群众未防护", en: "Public not protected" }, { zh: "群众防护未完成", en: "Public protection not complete" }, { zh: "群众防护不当", en: "Public protection wrong" }],
  // the hazard's own words (engine/evaluate/control.ts NOT_CONTROLLED): 火势未控制, not 危险源未控制
  HAZARD_NOT_CONTROLLED: Object.values(NOT_CONTROLLED),
  // known casualties left out of a report altogether (honesty.ts): 漏报 (应急管理部令第14号 第三条), not 谎报
  // people trapped left out of a first report (at-risk.ts): 漏报 of content, not a lie (review17 school 3)
  // another's 谎报 carried on in good faith (relayed-lie.ts): the same false figure reaching one more desk, charged with
  // the 谎报 it repeats, not a second 谎报 (review23 mine B5)
  REPORT_FALSE: [{ zh: "漏报伤亡", en: "Casualties left out" }, { zh: "漏报涉险人员", en: "People at risk left out" }, { zh: "转报失实", en: "False figure relayed" }],
  // a report an uncorrected 谎报 kept from its owner, charged to the liar (engine/evaluate/credit.ts keptText)
  REPORT_MISSING: [{ zh: "谎报未更正所致", en: "Kept by an uncorrected false report" }],
  // another's report made late by this agency's late or missing word (relay-lateness.ts, notice-lateness.ts): its own
  // kind, so the 迟报 line names only agencies that reported late (review11 school 7)
  REPORT_LATE: [{ zh: "迟报（他方所致）", en: "Late report (another's doing)" }],
};

/** A finding's kind as its text names it: CODE_TEXT, or the variant of the code its message opens with. */
export function kindText(f: Pick<Finding, "code" | "message">): LocalText {
  return CODE_VARIANTS[f.code]?.find((v) => f.message.zh.startsWith(v.zh)) ?? CODE_TEXT[f.code];
}

export function findingBody(f: Pick<Finding, "code" | "message">, lang: Lang): string {
  const m = f.message[lang];
  const name = kindText(f)[lang].replace(/（.*|\s*\(.*/, "");
  if (!m.startsWith(name)) return m;
  const colon = /^[^:：]{0,40}?[:：]\s*/.exec(m);
  return colon ? m.slice(colon[0].length) : m;
}

export const RATING_TEXT: Record<string, LocalText> = {
  met: { zh: "达到", en: "Met" },
  partlyMet: { zh: "部分达到", en: "Partly met" },
  notMet: { zh: "未达到", en: "Not met" },
};

export const KIND_TEXT: Record<string, LocalText> = {
  "chemical-leak": { zh: "危险化学品泄漏", en: "Hazardous-chemical leak" },
  "mine-flood": { zh: "煤矿透水", en: "Coal-mine water inrush" },
  "school-fire": { zh: "学校火灾", en: "School fire" },
};

export const BLINDNESS_TEXT: Record<string, LocalText> = {
  NONE: { zh: "公开演练", en: "Announced" },
  SINGLE_BLIND: { zh: "单盲演练", en: "Single-blind" },
  DOUBLE_BLIND: { zh: "双盲演练", en: "Double-blind" },
};

/**
 * The overview's 演练时间: the start, the scenario's planned length and, when the drill was ended before it, where it
 * stopped ("时长 04:00:00（止于 00:33:44）"): newcomer 18 read "时长 04:00:00" beside "至 00:33:44" as a contradiction.
 */
export function drillTimeText(r: Pick<ReportModel, "scenario" | "endMs">): { zh: string; en: string } {
  const s = r.scenario;
  const at = s.start.replace("T", " ");
  const stopped = r.endMs < s.durationMs;
  return {
    zh: `${at}，计划时长 ${formatClock(s.durationMs)}${stopped ? `（止于 ${formatClock(r.endMs)}）` : ""}`,
    en: `${at}, planned length ${formatClock(s.durationMs)}${stopped ? ` (stopped at ${formatClock(r.endMs)})` : ""}`,
  };
}

/** "00:12:00（09:32:00）" — drill time and wall clock. */
export function when(r: ReportModel, ms: number): string {
  return `${formatClock(ms)} (${wallClock(r.scenario.start, ms)})`;
}

/**
 * A finding's 单位 cell: its agency and those that jointly owed and failed the same measure (Finding.jointly, "A、B"),
 * or, for a harm on no single agency, the agencies that share it ("A、B（共同）", joint-share.ts).
 */
export function findingAgencyText(r: ReportModel, f: Pick<Finding, "agency" | "jointly" | "shares" | "causes" | "causedPart" | "unattributed" | "rubricPoints" | "sharedPoints">): LocalText {
  if (f.agency === null && f.shares !== undefined && f.shares.length > 0) {
    const names = jointAgencies(r, f).map((a) => agencyText(r, a));
    // one agency's faults together are nobody's joint act (review23 school 6): that agency, for the part they caused
    if (names.length === 1 && f.shares.length === 1) {
      const ids = f.shares[0]!.causes;
      const whole = f.unattributed === undefined && f.causedPart === undefined && Math.abs((f.rubricPoints ?? 0) - (f.sharedPoints ?? f.shares[0]!.points)) < 1e-4;
      return whole ? names[0]! : { zh: `${names[0]!.zh}（${ids.join("、")} 所致部分）`, en: `${names[0]!.en} (the part ${ids.join(", ")} caused)` };
    }
    return { zh: `${names.map((n) => n.zh).join("、")}（共同）`, en: `${names.map((n) => n.en).join(", ")} (jointly)` };
  }
  // part of the harm is caused by one agency's faults (`causedPart`, harm-share.ts): that agency, for that part, the rest
  // on none (the points cell says which is which; review r22 chemical 5: 「临江县公安局（F45 所致部分）」, not 「—」)
  if (f.agency === null && f.causedPart !== undefined && (f.causes?.length ?? 0) > 0) {
    const names = jointAgencies(r, f).map((a) => agencyText(r, a));
    const ids = f.causes!.join("、");
    if (names.length > 0) return { zh: `${names.map((n) => n.zh).join("、")}（${ids} 所致部分）`, en: `${names.map((n) => n.en).join(", ")} (the part ${f.causes!.join(", ")} caused)` };
  }
  const all = [f.agency, ...(f.jointly ?? [])].map((a) => agencyText(r, a));
  return { zh: all.map((a) => a.zh).join("、"), en: all.map((a) => a.en).join(", ") };
}

/**
 * The agencies a harm charged jointly is on (agency null, `shares` set): those whose faults its single corrections avoid
 * (`causes`, the bulk: the township's F50 under the chemical F30, review16 chemical 3), then those sharing the part only
 * their corrections together avoid (`shares`, joint-share.ts). Each once, in that order.
 */
export function jointAgencies(r: ReportModel, f: Pick<Finding, "causes" | "shares">): string[] {
  const byId = new Map(r.findings.map((x) => [x.id, x.agency]));
  // the engine's rule (follows-root.ts charged), so a 随 Fx row and its root name the same agencies
  return sharedBy(f, (id) => byId.get(id));
}

export function agencyText(r: ReportModel, id: string | null): LocalText {
  if (id === null) return { zh: "—", en: "—" };
  if (id === "scenario") return { zh: "情景注入", en: "Scenario inject" };
  return r.agencies.find((a) => a.id === id)?.name ?? { zh: id, en: id };
}

export const pct = (x: number) => `${Math.round(x * 100)}%`;
