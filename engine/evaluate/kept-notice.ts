/**
 * A notice a 谎报 kept from its notifier is charged to the liar (review16 mine A1; issue 10 §1). The county bureau
 * owes the township a notice once miners are trapped (its work, rules/duty-work.ts), counted from when the bureau
 * knows (work-known.ts). The mine told it "下落不明 0" at 01:20 while it knew of 6 (谎报): the bureau never knew, owed
 * nothing, and the township, told by the families at the gate at 01:40, was set aside "随 F9" — free to the liar, while
 * the honest mine's bureau that failed to tell it paid 未通知. Had the report been true, the bureau would have known at
 * 01:20 and owed the notice by 01:30: whatever of it the lie left undone by then is the liar's, as a notice never given
 * (生产安全事故报告和调查处理条例 第四条: 不得谎报; 应急管理部令第14号 第三条: 故意不如实报告伤亡人数和涉险人数的，属于谎报).
 * The notifier answers only for its own window, from when it really knew (its own finding, linkage.ts); the liar is
 * charged only when the notifier is not (it owed nothing, or the agency heard before its own deadline), so one
 * notice is one fault. A notice given after all, past the honest deadline, by the notifier or another participant (the
 * bureau phoning the township at 01:30 when a true report at 01:08 would have had it told by 01:18), is a notice given
 * late, judged on who told it when: 通知迟延 by how late (late-grade.ts, as the honest bureau 12 min late pays), still
 * the liar's; only one never given by the response chain (heard from the families at the gate, an inject) is 未通知
 * (notice-sent.ts neverByChain; review r28 mine 2: the bureau's 01:30 notice was read as never given, 5 for 4).
 *
 *   keptNotice(x, rule, agency, notifier, workAt, ownDue) → the report that kept it and the deadline an honest report
 *   would have set (ms), or undefined: no such report, or the agency was told by then (by anyone).
 */
import type { EventOf } from "../model/events.ts";
import { WORK_BIT, toldMask } from "../rules/duty-work.ts";
import type { LinkageRule } from "../scenario/rules-schema.ts";
import { clock, span, type EvalContext } from "./context.ts";
import { finding } from "./findings.ts";
import { CATEGORIES, judgeHonesty, stated, type Category } from "./honesty.ts";
import { noticeBasis } from "./notice-basis.ts";
import { honestyBasis } from "./report-basis.ts";
import type { Finding } from "./report-model.ts";
import { lieKey } from "./findings.ts";
import { lateSteps } from "./late-grade.ts";
import { deliveries, neverByChain } from "./notice-sent.ts";
import { tellerText } from "./notice-due.ts";

export interface KeptNotice {
  /** the 谎报 (its event) that hid the duty's work from the notifier */
  report: EventOf<"reportSubmitted">;
  reportEvent: number;
  /** when the notice would have been due had that report been true (ms) */
  dueMs: number;
}

/** The work bits (duty-work.ts) the figures of `cats` in `f` carry. */
const workOf = (f: Record<Category, number>, cats: readonly Category[]): number =>
  toldMask(Object.fromEntries(CATEGORIES.map((k) => [k, cats.includes(k) ? f[k] : 0])) as Record<Category, number>);

/**
 * The first report to `notifier`, from another agency, whose figures hid what it knew of `rule`'s work (people trapped
 * told as "0 missing"), made before the notifier knew of that work another way; with the notice's deadline had it been
 * true. Undefined when there is none, the rule times no notice, or `agency` learnt of the incident by that deadline.
 */
export function keptNotice(x: EvalContext, rule: LinkageRule, agency: string, notifier: string, workAt: number, ownDue: number | undefined, toldAtMs: number | undefined): KeptNotice | undefined {
  if (rule.workWhen === undefined || rule.notifiedWithinMin === undefined) return undefined;
  const want = rule.workWhen.reduce((m, w) => m | WORK_BIT[w], 0);
  for (let i = 0; i < x.events.length; i++) {
    const e = x.events[i]!;
    if (e.type !== "reportSubmitted" || e.to !== notifier || e.from === notifier) continue;
    const v = judgeHonesty(e.content.casualties ? stated(e.content.casualties) : undefined, e.senderKnew, e.truth, e.senderWasTold);
    if ((workOf(e.senderKnew, v.concealed) & want) === 0) continue;
    const dueMs = Math.max(workAt, e.at) + rule.notifiedWithinMin * 60_000;
    // the notifier's own deadline came first (it knew before the lie could matter), or it failed its own window (it
    // knew, and the agency was still untold by then): its own finding judges the notice (linkage.ts)
    if (ownDue !== undefined && (ownDue <= dueMs || (ownDue < x.endMs && (toldAtMs === undefined || toldAtMs > ownDue)))) return undefined;
    if (dueMs >= x.endMs || (toldAtMs !== undefined && toldAtMs <= dueMs)) return undefined;
    return { report: e, reportEvent: i, dueMs };
  }
  return undefined;
}

/** Who told `agency` in event `event` ("scenario" for an inject), or undefined when that event told it nothing. */
function tellerOf(x: EvalContext, agency: string, event: number): string | undefined {
  const e = x.events[event];
  return e === undefined ? undefined : deliveries(e).find((d) => d.to === agency)?.from;
}

/**
 * The liar's finding for the notice its 谎报 kept from `notifier`, dated at the deadline an honest report would have set
 * (k.dueMs); `told` is when and by which event `agency` first heard, if it did. Told by the response chain after that
 * deadline: LINKAGE_NOTIFIED_LATE, quantity the started windows of the rule's notice minutes past it (late-grade.ts);
 * never told, or only by an inject: LINKAGE_NOT_NOTIFIED (its notice part when heard from elsewhere, credit.ts).
 * Evidence: the 谎报 and how the agency learnt (or the drill's end); no obligation (the engine's deadline, from when the
 * work arose, held nobody).
 */
export function keptNoticeFinding(x: EvalContext, rule: LinkageRule, agency: string, notifier: string, k: KeptNotice, told: { atMs: number; event: number } | undefined): Finding {
  const liar = x.agencyName(k.report.from);
  const n = x.agencyName(notifier);
  const a = x.agencyName(agency);
  const at = clock(k.report.at);
  const from = told ? tellerOf(x, agency, told.event) : undefined;
  // given after all by the response chain: a late notice, judged on who told it when (module note)
  const late = told !== undefined && from !== undefined && !neverByChain(x, notifier, agency, { from });
  const via = !late ? { zh: "（经他方）", en: ", from elsewhere" }
    : from === notifier ? { zh: `（${n.zh}通知）`, en: ` (told by ${n.en})` } : tellerText(x, { from: from!, event: told!.event }, notifier);
  const learnt = told
    ? { zh: `；${a.zh}于 ${clock(told.atMs)} 才获知事故信息${via.zh}，迟 ${span(told.atMs - k.dueMs).zh}`, en: `; ${a.en} first heard of the incident at ${clock(told.atMs)}${via.en}, ${span(told.atMs - k.dueMs).en} late` }
    : { zh: `；${a.zh}${asEnd(x).zh}未获通知`, en: `; ${a.en} ${asEnd(x).en}` };
  const head = late
    ? { zh: "通知迟延（谎报所致）", en: "Notified late (through a false report)" }
    : { zh: "未通知（谎报所致）", en: "Not notified (through a false report)" };
  return finding({
    ...(late ? { code: "LINKAGE_NOTIFIED_LATE" as const, quantity: lateSteps(told!.atMs - k.dueMs, rule.notifiedWithinMin! * 60_000) } : { code: "LINKAGE_NOT_NOTIFIED" as const }),
    section: "linkage", opportunity: `link:${rule.id}:${agency}`, agency: k.report.from, atMs: k.dueMs, ruleId: rule.id,
    basis: `${honestyBasis(x)}；${noticeBasis(x, rule, notifier, agency)}`,
    ...(told && !late ? { heardElsewhere: true as const } : {}),
    key: `kept:${agency}`,
    // the same false figure's consequence, charged with its 谎报 (findings.ts LIE_KEY; review22 mine B5)
    chargedKey: lieKey(k.report.id),
    message: {
      zh: `${head.zh}：${liar.zh} ${at} 向${n.zh}谎报伤亡人数，${n.zh}因此不知须通知${a.zh}（${rule.text.zh}），如实报告时应于 ${clock(k.dueMs)} 前通知${learnt.zh}`,
      en: `${head.en}: ${liar.en}'s false casualty figures to ${n.en} at ${at} kept from it that ${a.en} had to be told (${rule.text.en}); a true report would have had it told by ${clock(k.dueMs)}${learnt.en}`,
    },
    evidence: { events: [k.reportEvent, ...(told ? [told.event] : [x.endEvent])], messages: [], obligations: [] },
  });
}

function asEnd(x: EvalContext): { zh: string; en: string } {
  return { zh: `至 ${clock(x.endMs)} `, en: `had not been told by ${clock(x.endMs)}` };
}
