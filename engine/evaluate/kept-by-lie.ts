/** The reports a 谎报 left uncorrected kept from their owners, charged to the liar (issue 10; review15 chemical 1, review16 chemical C). */
import type { DrillEvent } from "../model/events.ts";
import type { LocalText } from "../model/ids.ts";
import type { Finding } from "./report-model.ts";
import type { Opportunity } from "./opportunity.ts";

/**
 * A 谎报 never corrected (`stood`, reporting.ts) kept what it
 * hid from its addressee to the end: a report that addressee then never made (its written 较大 report, 随 the 瞒报) is
 * failed through it, charged to the concealer (`uncorrectedBy`: the 瞒报's id), not set aside as a not-applicable item,
 * or never correcting would take those duties out of the points attainable and outscore the play that corrected late
 * (review15 chemical 1: 29.2 against 27.9; 493号令 第四条、第十三条). In the reporting section only: the report chain.
 */
export function keptByUncorrected(findings: readonly Finding[], opportunities: readonly Opportunity[]): Finding[] {
  const correction = new Set(opportunities.filter((o) => o.correction?.own).map((o) => o.id));
  // the 谎报 that stood to the end (reporting.ts marks it `stood`)
  const hid = new Set(findings.filter((f) => f.stood !== undefined).map((f) => f.id));
  return findings.map((f) => (f.causedBy !== undefined && hid.has(f.causedBy) && f.section === "reporting" && f.opportunity !== undefined && !correction.has(f.opportunity)
    ? { ...f, causedBy: undefined, uncorrectedBy: f.causedBy, message: keptText(f.message, f.causedBy) } : f));
}

/**
 * The words of a report kept from its owner by a 谎报 never corrected (review16 chemical C, w2): what the uncorrected
 * 谎报 prevented, not the owner's "非…之责" line read under the concealer's name as a 漏报 of its own.
 */
function keptText(m: LocalText, by: string): LocalText {
  return {
    zh: `谎报未更正所致：${m.zh.replace(/^非.+?之责：/, "").replace(/，系报告事实者未及时报告所致$/, "")}，系 ${by} 的谎报始终未更正所致，未能报告`,
    en: `Kept by an uncorrected false report: ${m.en.replace(/^Not .+?'s fault:\s*/, "").replace(/: those who had to report the facts did not$/, "")}, because ${by}'s false report was never corrected`,
  };
}

/**
 * The casualty 续报 a 谎报 never corrected kept from its addressee (review15 chemical 1, item 1 of round 20: w2, the
 * enterprise's 0 / 0 standing to the end, tied the play that corrected late in 信息报告). The addressee that reported
 * up on the false figures owed its own casualty follow-up (`rep:B>C|fu:<n>`, 493号令 第十三条 伤亡人数发生变化的及时补报)
 * the moment it learnt the true count; never told, it never owed it, and the item in W stood earned by nobody's
 * merit. The liar takes it (`silences`, priced in credit.ts as silence's follow-ups are): only a casualty 续报 the
 * scenario's W holds, with no finding of its own, from an addressee that did report to C (so it would have owed it).
 *
 *   keptFollowUps(events, findings, planned) → findings, each 谎报 left standing marked with the 续报 it kept
 */
export function keptFollowUps(events: readonly DrillEvent[], findings: readonly Finding[], planned: readonly Opportunity[]): Finding[] {
  const judged = new Set(findings.map((f) => f.opportunity).filter((o): o is string => o !== undefined));
  for (const f of findings) for (const k of [...(f.silences ?? []), ...(f.blocks ?? []), ...(f.stood ? [f.stood.opportunity] : [])]) judged.add(k);
  return findings.map((f) => {
    // the addressee: the one its correction was owed to (the 谎报 may be on a report no rule owed)
    const to = f.stood !== undefined ? /^rep:[^>|]+>([^|]+)\|/.exec(f.stood.opportunity)?.[1] : undefined;
    if (to === undefined) return f;
    const keys = planned.map((o) => o.id).filter((id) => {
      const m = /^rep:([^>|]+)>([^|]+)\|fu:\d+\|any$/.exec(id);
      return m !== null && m[1] === to && !judged.has(id) && events.some((e) => e.type === "reportSubmitted" && e.from === to && e.to === m[2]);
    });
    if (keys.length === 0) return f;
    for (const k of keys) judged.add(k);
    return {
      ...f,
      silences: [...(f.silences ?? []), ...keys],
      message: {
        zh: `${f.message.zh}（加重情节：接报单位据此上报后，始终未获知实际伤亡，也无从向上续报伤亡变化，一并扣分）`,
        en: `${f.message.en} (an aggravation: the addressee, having reported up on these figures, never learnt the real casualties and could not send the casualty follow-up it owed; charged with it)`,
      },
    };
  });
}
