/**
 * A basis a reader can look up (issue 10 §12; review11 school 6, mine 6).
 * - School: the duty to give the evacuation signal is 消防法 第四十四条第二款 ("人员密集场所发生火灾，该场所的现场工作人员应当
 *   立即组织、引导在场人员疏散"), 立即 taken as 2 min by the county; the 指南's 2 minutes (教基一厅〔2014〕2号) time the
 *   evacuation itself, signal to everyone out (domain.md §4.3), and stay the evacuation finding's basis.
 * - Mine: 493号令 第十条 names the police among those the work-safety authority tells, never the 120; the bureau's own
 *   articles (第十、十一、十五条) are no basis for its notice to the 120. 生产安全事故应急条例 第十八条 (the local government
 *   and its departments organise the rescue and the treatment of the injured) is; the notice's deadline is the drill plan's.
 */
import { describe, expect, it } from "vitest";
import { drill } from "./fixtures.ts";

describe("school fire, poor play: the late signal and the evacuation cite their own bases", () => {
  const { report } = drill("school-fire", "poor");
  it("the late signal (LINKAGE_SLOW on the school's duty) cites 消防法 第四十四条第二款 and 立即 as 2 min 本县设定, not the 指南", () => {
    const f = report.findings.find((x) => x.code === "LINKAGE_SLOW" && x.ruleId === "LNK-SCH-SCHOOL")!;
    expect(f.basis).toContain("消防法 第四十四条第二款");
    // the county's 2 min says why (review16 school F2)
    expect(f.basis).toContain("“立即”按2分钟计（本县设定：");
    expect(f.basis).not.toContain("教基一厅");
  });
  it("the evacuation finding keeps the 指南", () => {
    const f = report.findings.find((x) => x.code === "EVACUATION_SLOW")!;
    expect(f.basis).toContain("教基一厅〔2014〕2号");
  });
});

describe("mine flood, poor play: the bureau's notices to the 120 and the police", () => {
  const { report } = drill("mine-flood", "poor");
  const notice = (to: string) => report.findings.find((x) => x.code.startsWith("LINKAGE_NOTIFIED") && x.opportunity === `link:${to}`)!;
  it("to the 120: 生产安全事故应急条例 第十八条, never 493号令 第十、十一、十五条", () => {
    const f = notice("LNK-MINE-EMS:ems");
    expect(f.basis).toContain("生产安全事故应急条例 第十八条");
    expect(f.basis).not.toContain("第十、十一、十五条");
  });
  it("to the police: 493号令 第十条 alone", () => {
    const f = notice("LNK-MINE-PSB:police");
    expect(f.basis).toContain("生产安全事故报告和调查处理条例 第十条");
    expect(f.basis).not.toContain("第十、十一、十五条");
  });
});
