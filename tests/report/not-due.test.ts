/**
 * A drill stopped before anything fell due is not graded (issue 10 §11; domain.md §3.6: judge what
 * was done by the time the drill stopped): at 00:01:12 of the chemical leak nothing is due yet (the
 * enterprise's own 5 minutes, LNK-CHEM-ENT, end at 00:05:00; the fire brigade must be told within
 * 10 minutes), so every section says 未展示 and the report says 未评分 instead of 100 优秀; the
 * agencies not yet told are listed as not yet due, not in red as never told.
 */
import { describe, expect, it } from "vitest";
import { headlines } from "../../cli/report/headlines.ts";
import { rendered } from "./reports.ts";

const at = (hh: number, mm: number, ss: number) => ((hh * 60 + mm) * 60 + ss) * 1000;

describe("chemical leak, poor play stopped at 00:01:12", () => {
  const r = rendered("chemical-leak", "poor", at(0, 1, 12));

  it("no section is judged and the report gives no grade: 未评分：尚无到期事项, never 100 / 优秀", () => {
    expect(r.worded.sections.map((s) => s.judged)).toEqual([false, false, false, false]);
    expect(r.md.zh).toContain("**综合得分: 未评分：尚无到期事项**");
    expect(r.md.en).toContain("**Overall score: Not scored: nothing was due yet**");
    for (const text of [r.md.zh, r.html.zh]) {
      expect(text).not.toMatch(/100 \/ 100|优秀/);
      expect(text).not.toMatch(/不合格/);
    }
    expect(r.md.zh.match(/\| 未展示 \|/g)).toHaveLength(4);
  });

  it("the enterprise's own duty (due 00:05:00) is listed as not yet due, not judged as done", () => {
    const ent = r.worded.notYetDue.find((n) => n.ruleId === "LNK-CHEM-ENT");
    expect(ent?.dueMs).toBe(at(0, 5, 0));
    expect(r.md.zh).toContain("未到期：临江化工有限公司——事故企业立即组织抢救、疏散本单位人员（“立即”按5分钟计），时限 00:05:00");
    // its own plan (LNK-CHEM-PLAN, r23-mine-a: 5 min from the leak) is its own duty, not yet due either
    expect(r.worded.notYetDue.find((n) => n.ruleId === "LNK-CHEM-PLAN")?.dueMs).toBe(at(0, 5, 0));
  });

  it("no agency is 'never told' in red: those not yet due are listed apart, not marked bad", () => {
    const h = headlines(r.worded);
    const overdue = h.find((x) => x.label.zh === "未通知的联动单位（已超时）")!;
    expect(overdue.value.zh).toBe("无");
    expect(overdue.bad).toBe(false);
    const pending = h.find((x) => x.label.zh === "尚未通知、未到期的联动单位")!;
    expect(pending.bad).toBe(false);
    expect(pending.value.zh).toContain("临江县消防救援大队");
    // the leak is not stopped, but its target (01:00:00, the profile's control rule) is still ahead
    // in the hazard's own words (review9 school 10e): 泄漏控制时间, never 危险源控制时间
    const control = h.find((x) => x.label.zh === "泄漏控制时间")!;
    expect(control).toMatchObject({ value: { zh: "未控制（目标 01:00:00，未到期）" }, bad: false });
  });
});

describe("chemical leak, no action, stopped at 00:20:00", () => {
  const r = rendered("chemical-leak", "none", at(0, 20, 0));

  // due by 00:10: the 119 call (LNK-CHEM-FIRE) and the enterprise's reports to the emergency, ecology and health bureaus
  // (危化条例 第七十一条 立即, 10 min by the county: review6 B15, review N4); the police were told by the villagers' 110 call
  // at 00:11; the meteorological bureau, told by the lead agency within 30 min (LNK-CHEM-MET), is not yet due
  it("the fire brigade and the emergency, ecology and health bureaus, due to be told within 10 min, are overdue; the meteorological bureau (due 00:30) is not yet due", () => {
    const h = headlines(r.worded);
    const overdue = h.find((x) => x.label.zh === "未通知的联动单位（已超时）")!;
    // read off the findings (review11 school 7), each with who failed to tell it: the police too, whom the enterprise never
    // told (its finding says 未通知) though the villagers' 110 call reached them at 00:11
    expect(overdue.value.zh).toBe("临江县应急管理局（临江化工有限公司未通知）、市生态环境局临江分局（临江化工有限公司未通知）、临江县消防救援大队（临江化工有限公司未通知）、临江县公安局（临江化工有限公司未通知；00:11:00 从他处获知）、临江县卫生健康局（县急救中心120）（临江化工有限公司未通知）");
    expect(overdue.bad).toBe(true);
    const pending = h.find((x) => x.label.zh === "尚未通知、未到期的联动单位")!;
    expect(pending.value.zh).toContain("临江县气象局");
    expect(pending.value.zh).not.toContain("临江县应急管理局");
    expect(pending.value.zh).not.toContain("临江县消防救援大队");
  });

  it("a section with something due is scored; one with nothing due says 未展示", () => {
    const by = Object.fromEntries(r.worded.sections.map((s) => [s.id, s.judged]));
    // reporting: the enterprise's 第七十一条 reports fell due at 00:10
    expect(by).toMatchObject({ reporting: true, linkage: true, dispatch: false, outcomes: false });
    expect(r.worded.unscored).toBeUndefined();
  });
});
