/** The reports a 谎报 left uncorrected kept from their owners, charged to the liar (issue 10; review15 chemical 1, review16 chemical C). */
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
