/**
 * 瞒报: the accident hidden (review15 mine 1). 应急管理部令第14号《生产安全事故罚款处罚规定》第三条: "隐瞒已经发生的事故，
 * 超过规定时限未向应急管理部门、矿山安全监察机构和有关部门报告…的，属于瞒报" — a report never made, not a report's
 * figures (those are 谎报, honesty.ts). The incident's own unit (the scenario's `incidentAgency`, the 事故发生单位) that
 * made no report of the accident to anyone it owed one by the time its deadlines passed hid it: each of its first
 * reports still missing is 瞒报 (REPORT_CONCEALED), one per addressee as a missing report is (issue 10 §2). A unit
 * that reported to one authority and left out another did not hide the accident: that omission stays 漏报.
 * A government relay never made stays 漏报 (493号令 第三十九条 names both; a relay hides nothing its source did not
 * already make known).
 *
 * Priced (credit.ts): the report's whole worth, as the 漏报 it also is, and the honesty item's points beyond it, as a
 * 谎报 takes them — so a report never made costs at least what the same report made with false figures would
 * (493号令 第三十六条 punishes 瞒报 with 谎报, beyond 第三十五条's 迟报、漏报).
 *
 * One concealment, one 瞒报 (issue 10 §2; review18 mine C, W2 charged 瞒报 three times, 10 points each): hiding the
 * accident is one act, whatever number of authorities it was hidden from (第十四号令 第三条 names them together: "未向
 * 应急管理部门、矿山安全监察机构和有关部门报告"). The 瞒报 is the missing report to the emergency-management department
 * (the one the order names first; else the earliest due); each other addressee left untold keeps its 漏报 (its report's
 * worth), citing the one 瞒报 in words. Shape: the findings, the same length, in the same order.
 */
import { clock, type EvalContext } from "./context.ts";
import { hiddenBasis } from "./report-basis.ts";
import type { Finding } from "./report-model.ts";

/** `findings` with the incident unit's missing first reports relabelled 瞒报 when it reported the accident to nobody. */
export function hiddenAccident(x: EvalContext, findings: Finding[]): Finding[] {
  const unit = x.c.scenario.incidentAgency;
  // any report duty of the unit met, by a report or a call that counts as one (rules/telling.ts): the accident was told
  if (x.obligations.some((t) => t.ob.kind === "report" && t.ob.agency === unit && t.met !== undefined)) return findings;
  if (x.events.some((e) => e.type === "reportSubmitted" && e.from === unit)) return findings;
  const hid = (f: Finding) => f.code === "REPORT_MISSING" && f.agency === unit && f.rootKey === undefined && f.causedBy === undefined && f.opportunity?.includes("|first|") === true;
  // the one 瞒报: the report owed to the emergency-management department, else the earliest due (module note)
  const to = (f: Finding) => /^rep:[^>]*>([^|]*)\|/.exec(f.opportunity ?? "")?.[1] ?? "";
  const bureau = (f: Finding) => (x.c.agencies.get(to(f))?.kind === "emergencyBureau" ? 0 : 1);
  const one = findings.filter(hid).sort((a, b) => bureau(a) - bureau(b) || a.atMs - b.atMs)[0];
  return findings.map((f) => {
    if (!hid(f)) return f;
    if (f !== one) {
      const n = x.agencyName(to(one!));
      return { ...f, concealment: true as const, message: { zh: `${f.message.zh}（事故单位隐瞒事故，瞒报只计一次，见其向${n.zh}的报告）`, en: `${f.message.en} (the accident unit hid the accident: one concealment, charged once, on its report to ${n.en})` } };
    }
    const open = f.message.zh.replace(/^漏报：/, "");
    const openEn = f.message.en.replace(/^Missing report:\s*/, "");
    return {
      ...f,
      code: "REPORT_CONCEALED",
      concealment: true as const,
      basis: hiddenBasis(x, f.basis),
      message: {
        zh: `瞒报：${open}；事故单位至 ${clock(x.endMs)} 未向任何部门报告事故，隐瞒已经发生的事故`,
        en: `Concealment: ${openEn}; the accident unit had reported the accident to nobody by ${clock(x.endMs)}, hiding an accident that had happened`,
      },
    };
  });
}
