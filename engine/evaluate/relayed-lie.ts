/**
 * A false figure is one 谎报, its originator's (review16 mine A1; issue 10 §1, §2). The mine told the county bureau
 * "下落不明 0" at 01:20 knowing of 6; the bureau passed the 0 on to the county duty office at 02:05.
 *   - Never corrected, the bureau none the wiser: the duty office was misinformed to the end by the mine's lie, yet the
 *     bureau's report was credited as true and nobody charged. That report's figures failed through the mine's 谎报:
 *     a finding on the mine (REPORT_FALSE, `relayed`, citing the 谎报: credit.ts keptByUncorrected charges it while the
 *     谎报 stands uncorrected, and sets that report aside under it once corrected).
 *   - Corrected to the bureau at 01:45, the bureau still passing the old 0 on: the bureau's own 谎报, knowing (review17
 *     mine A3: worded as such, the mine not charged for it), priced once with the misinformation it caused (KNOWING_CAP). It was charged a 谎报 of its own beyond its report (10) and its 未更正 (8), against the mine's 未更正 (8)
 *     when it never corrects: the mine's honest correction cost the play 10 points. A relayed figure spoils the report
 *     that carries it (what is left of its worth) and no more (`relayed`, credit.ts): the 谎报 is counted once, on its
 *     originator (应急管理部令第14号 第三条: 故意不如实报告伤亡人数和涉险人数的，属于谎报), and the bureau's failure to
 *     pass the correction on is its 未更正 (493号令 第十三条: 事故报告后出现新情况的，应当及时补报; reporting.ts).
 * So whoever carries the false figure onward, it costs the same: one 谎报 on its originator, one spoilt report, one
 * correction never passed on.
 *
 * A relay: a report repeating a figure an earlier 谎报 to its sender, from another agency, understated (every figure it
 * understates itself, when it knew better, among them). Made in good faith when its sender knew no better (the 谎报 still stood); knowingly when the
 * originator had corrected it to the sender before. A sender that learnt the truth elsewhere and repeats a figure its
 * source never withdrew keeps the 谎报 of its own.
 *
 *   relayedLies(x, findings) → findings with each knowing relay marked `relayed`, and a finding on the originator for
 *   each report that carried its 谎报 on in good faith.
 */
import type { EventOf } from "../model/events.ts";
import { clock, messageOf, type EvalContext } from "./context.ts";
import { concealKey } from "./corrections.ts";
import { finding, lieKey } from "./findings.ts";
import { categoryWords } from "./people-words.ts";
import { CATEGORIES, judgeHonesty, stated, type Category } from "./honesty.ts";
import { knownFrom } from "./known-from.ts";
import { honestyBasis } from "./report-basis.ts";
import type { Finding } from "./report-model.ts";
import type { Opportunity } from "./opportunity.ts";

type Report = EventOf<"reportSubmitted">;

/**
 * The price of a knowing relay (review17 mine A3, r18 decision, 本县设定): the relaying agency's own 谎报, one finding, charged
 * what is left of its report and, left standing, the correcting 续报 it owed (the addressee misinformed to the end: the
 * same 8 a good-faith relay costs its originator, `relay:` below), not the 谎报's own 10 on top: the addressee's
 * misinformation and the knowing relay are one misinformation, charged once. Charging both ((10 + 8) × 30/116 = 4.65,
 * as for a 谎报 the agency made up itself, V1) put the play whose mine corrected its figure at 01:45 (V7) below the
 * poor play whose mine never did (8.1 < 8.9), the correction costing the play more than it saved.
 */
export const KNOWING_CAP = "明知转报已更正的谎报数字计为转报单位自身谎报；其致上级所获伤亡人数失实与该谎报为同一失实，只计一次（扣该报告剩余分值 + 未作的更正续报分值，不另计谎报分值；本县设定）";

/** The stated figure of category `k` (a number; "unknown" or none given as undefined). */
const figure = (e: Report, k: Category): number | undefined => {
  const v = e.content.casualties?.[k];
  return typeof v === "number" ? v : undefined;
};

/**
 * The 谎报 whose understated figures `e` repeats (categories `cats`; `must`: those `e` itself understates, all of which
 * must be among them), and its originator's correction to `e`'s sender before `e`, if any.
 */
export function relayOf(x: EvalContext, e: Report, index: number, must: readonly Category[] = []): { lie: Report; cats: Category[]; fix?: Report } | undefined {
  for (let i = 0; i < index; i++) {
    const lie = x.events[i]!;
    if (lie.type !== "reportSubmitted" || lie.to !== e.from || lie.from === e.from) continue;
    const hid = judgeHonesty(lie.content.casualties ? stated(lie.content.casualties) : undefined, lie.senderKnew, lie.truth, lie.senderWasTold).concealed;
    const cats = hid.filter((k) => figure(e, k) !== undefined && figure(e, k) === figure(lie, k));
    if (cats.length === 0 || !must.every((k) => cats.includes(k))) continue;
    const fix = x.events.slice(i + 1, index).find((c): c is Report => c.type === "reportSubmitted" && c.from === lie.from && c.to === e.from && cats.every((k) => (figure(c, k) ?? -1) > figure(lie, k)!));
    return { lie, cats, ...(fix ? { fix } : {}) };
  }
  return undefined;
}

/** `findings` with each relayed 谎报 priced as its report's and each good-faith relay charged to the 谎报 (module note). */
export function relayedLies(x: EvalContext, findings: Finding[]): { findings: Finding[]; opportunities: Opportunity[] } {
  const opportunities: Opportunity[] = [];
  const out = findings.map((f) => {
    if (f.code !== "REPORT_FALSE" || f.omission) return f;
    const e = reportOf(x, f);
    const own = e ? judgeHonesty(e.e.content.casualties ? stated(e.e.content.casualties) : undefined, e.e.senderKnew, e.e.truth, e.e.senderWasTold).concealed : [];
    const r = e && own.length > 0 ? relayOf(x, e.e, e.i, own) : undefined;
    if (!e || !r?.fix) return f;
    const src = x.agencyName(r.lie.from);
    const me = x.agencyName(e.e.from);
    const to = x.agencyName(e.e.to);
    return {
      ...f,
      relayed: true as const,
      basis: `${f.basis}；${KNOWING_CAP}`,
      message: {
        zh: `${f.message.zh}（明知转报，系${me.zh}自身谎报：${src.zh} ${clock(r.lie.at)} 谎报的数字已于 ${clock(r.fix.at)} 向${me.zh}续报更正，${me.zh}仍照报；${to.zh}因此所获伤亡人数失实与该谎报为同一失实，只计一次：扣该报告剩余分值，另加其未作的更正续报，不再另计谎报分值，${src.zh}不因此扣分）`,
        en: `${f.message.en} (a knowing relay, ${me.en}'s own false report: ${src.en} had corrected the figure of its ${clock(r.lie.at)} false report to ${me.en} at ${clock(r.fix.at)}, and ${me.en} passed the old figure on; ${to.en} misinformed by it is the same misinformation as this false report, charged once: what is left of this report and the correcting follow-up it never sent, not the false report's own points again; ${src.en} is not charged for it)`,
      },
      evidence: withEvents(x, f.evidence, [r.lie.id, r.fix.id]),
    };
  });
  // each report its sender made in good faith with figures a 谎报 to it, never corrected, kept from it
  for (let i = 0; i < x.events.length; i++) {
    const e = x.events[i]!;
    if (e.type !== "reportSubmitted") continue;
    if (findings.some((f) => f.code === "REPORT_FALSE" && f.evidence.messages.includes(e.id))) continue;
    const metBy = x.obligations.some((t) => t.met && messageOf(t.met.byEvent) === e.id);
    const k = metBy ? keptFigures(x, e, i) : undefined;
    if (!k) continue;
    const src = x.agencyName(k.lie.from);
    const me = x.agencyName(e.from);
    const to = x.agencyName(e.to);
    // worded by the people's state at the lie (people-words.ts: located trapped miners are 被困（涉险）, review22 mine B6)
    const w = categoryWords(x, k.lie.at);
    const fig = (f: (c: Category) => number | undefined, lang: "zh" | "en") => k.cats.map((c) => (lang === "zh" ? `${w(c).zh} ${f(c)}` : `${f(c)} ${w(c).en}`)).join(lang === "zh" ? "、" : ", ");
    const how = k.lie.at <= e.at
      ? { zh: `${src.zh} ${clock(k.lie.at)} 向${me.zh}谎报${fig((c) => figure(k.lie, c), "zh")}（其时已知${fig((c) => k.lie.senderKnew[c], "zh")}）`, en: `${src.en} told ${me.en} ${fig((c) => figure(k.lie, c), "en")} at ${clock(k.lie.at)} (knowing of ${fig((c) => k.lie.senderKnew[c], "en")})` }
      : { zh: `${src.zh}应于 ${clock(k.dueMs!)} 前向${me.zh}报告（其时已知${fig((c) => k.lie.senderKnew[c], "zh")}），${clock(k.lie.at)} 才报且谎报${fig((c) => figure(k.lie, c), "zh")}`, en: `${src.en} owed ${me.en} a report by ${clock(k.dueMs!)} (knowing of ${fig((c) => k.lie.senderKnew[c], "en")}) and first reported at ${clock(k.lie.at)}, falsely: ${fig((c) => figure(k.lie, c), "en")}` };
    // the report its sender made is its own and earned (or not) as such: the figures the 谎报 spoilt in it are a duty
    // this play alone gave rise to, worth a report (credit.ts: outside W, never diluted)
    const id = `relay:${e.id}`;
    opportunities.push({ id, section: "reporting", failCodes: ["REPORT_MISSING"], label: { zh: `${to.zh}经${me.zh}转报获知的伤亡人数（${src.zh}谎报所致失实）`, en: `the casualties ${to.en} learnt through ${me.en} (untrue through ${src.en}'s false report)` } });
    out.push(finding({
      code: "REPORT_FALSE", section: "reporting", agency: k.lie.from, atMs: e.at, ruleId: "RPT-HONEST-FALSE", basis: honestyBasis(x), opportunity: id,
      relayed: true,
      // the same false figure carried on: charged with the 谎报 it repeats (findings.ts LIE_KEY; review22 mine B5)
      chargedKey: lieKey(k.lie.id),
      message: {
        zh: `转报失实：${how.zh}，至演练结束未更正；${me.zh} ${clock(e.at)} 报告${to.zh}时不知实情（报${fig((c) => figure(e, c), "zh")}），${to.zh}所获伤亡人数至演练结束不实；不计${me.zh}`,
        en: `False figure relayed: ${how.en}, never corrected; ${me.en}, reporting to ${to.en} at ${clock(e.at)}, knew no better (${fig((c) => figure(e, c), "en")}), so ${to.en} held untrue casualties to the end; ${me.en} is not charged`,
      },
      evidence: withEvents(x, { events: [i], messages: [e.id], obligations: [] }, [k.lie.id]),
    }));
  }
  return { findings: out, opportunities };
}

/**
 * The figures report `e` (index `i`) gave in good faith that a 谎报 to its sender, never corrected, kept from it: a 谎报
 * from another agency that hid categories `cats` (their figures in `e` below what the liar knew), made before `e` (its
 * figures repeated), or after `e` but owed by a report due before it (`dueMs`: the liar's first report to the sender).
 */
function keptFigures(x: EvalContext, e: Report, i: number): { lie: Report; cats: Category[]; dueMs?: number } | undefined {
  const sure = e.senderKnew;
  for (let j = 0; j < x.events.length; j++) {
    const lie = x.events[j]!;
    if (lie.type !== "reportSubmitted" || lie.to !== e.from || lie.from === e.from) continue;
    const hid = judgeHonesty(lie.content.casualties ? stated(lie.content.casualties) : undefined, lie.senderKnew, lie.truth, lie.senderWasTold).concealed;
    const cats = hid.filter((c) => figure(e, c) !== undefined && figure(e, c)! < lie.senderKnew[c] && Math.max(sure[c], e.senderWasTold[c]) < lie.senderKnew[c]);
    if (cats.length === 0) continue;
    // never corrected to the sender: no later report from the liar giving more
    if (x.events.slice(j + 1).some((c) => c.type === "reportSubmitted" && c.from === lie.from && c.to === e.from && cats.some((k) => (figure(c, k) ?? -1) > figure(lie, k)!))) continue;
    if (j < i) return cats.every((c) => figure(e, c) === figure(lie, c)) ? { lie, cats } : undefined;
    // after `e`: the liar's first report was due before `e`, and it knew the figures by then (what told it, knownFrom)
    const due = x.obligations.find((t) => t.ob.kind === "report" && t.ob.agency === lie.from && t.ob.to === e.from && t.ob.reportKind !== "followUp");
    if (!due || due.ob.deadlineMs >= e.at) continue;
    const told = knownFrom(x, lie.from, cats, j).map((n) => x.events[n]!.at);
    if (told.length < cats.length || told.some((t) => t > due.ob.deadlineMs)) continue;
    return { lie, cats, dueMs: due.ob.deadlineMs };
  }
  return undefined;
}

/** The report a finding judges (its first message) and its event index. */
function reportOf(x: EvalContext, f: Finding): { e: Report; i: number } | undefined {
  const msg = f.evidence.messages[0];
  const i = msg !== undefined ? x.messageEvent.get(msg) : undefined;
  const e = i !== undefined ? x.events[i] : undefined;
  return e?.type === "reportSubmitted" ? { e, i: i! } : undefined;
}

/** `ev` with the events of messages `ids` added. */
function withEvents(x: EvalContext, ev: Partial<Finding["evidence"]>, ids: string[]): Finding["evidence"] {
  const more = ids.map((id) => x.messageEvent.get(id)).filter((i): i is number => i !== undefined);
  return { events: [...new Set([...(ev.events ?? []), ...more])].sort((a, b) => a - b), messages: ev.messages ?? [], obligations: ev.obligations ?? [] };
}
