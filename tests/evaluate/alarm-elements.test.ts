/**
 * An alarm call's required elements, judged like a report's fields, and counted in a section (review15 school 3).
 * 报火警须知 (adopted by this county, engine/evaluate/alarm-call.ts): say the unit's name, its address, what and where is
 * burning, whether anyone is trapped, the caller's name and number (消防法 第四十四条: 发现火灾应当立即报警). School fire
 * poor play, seed 7: the 119 call at 00:07:30 "119，我们学校教学楼有个房间冒烟，自己灭不了，你们来看一下。" names no
 * school, no address and no caller; the 120 call at 00:25:00 "120，第二实验小学有学生被烟呛了，派个车来。" names the school
 * (a place the dispatcher can find, so its address: review19, tests/evaluate/alarm-address.test.ts) but no caller, and
 * leaves out the trapped class it knew of. Each call is one opportunity of 信息报告
 * (alarm:<rescuer>, worth the rubric's 4 points for 报警信息准确), so neither fault sits outside every section.
 */
import { describe, expect, it } from "vitest";
import { drill } from "./fixtures.ts";

describe("school fire: the alarm calls' elements (报火警须知) and their place in 信息报告", () => {
  const poor = drill("school-fire", "poor");
  const good = drill("school-fire", "good");
  const alarm = (r: typeof poor.report) => r.findings.filter((f) => f.code === "ALARM_INACCURATE");

  it("the 119 call is 报警不准确 on the school (smoke only, after the 00:05:45 flashover: review16 school F3) and lacks the school name, address and caller (it knew of nobody trapped yet)", () => {
    const f = alarm(poor.report).find((x) => x.opportunity === "alarm:fire")!;
    expect([f.agency, f.atMs]).toEqual(["sch", 7.5 * 60_000]);
    expect(f.message.zh).toMatch(/^报警不准确/);
    expect(f.message.zh).toContain("缺少报警要素：单位名称、地址、报警人姓名电话");
    expect(f.basis).toContain("报火警须知");
  });

  it("the 120 call withheld the trapped class and lacks the caller (the school it named is its address): one finding, 报警遗漏已知情况", () => {
    const f = alarm(poor.report).filter((x) => x.opportunity === "alarm:ems");
    expect(f).toHaveLength(1);
    expect(f[0]!.message.zh).toMatch(/^报警遗漏已知情况.*未说明人员被困的情况.*另缺少报警要素：报警人姓名电话/);
  });

  it("both are opportunities of 信息报告 (in W), not faults outside every section", () => {
    const reporting = poor.report.sections.find((s) => s.id === "reporting")!;
    const items = reporting.scoring!.items!;
    for (const id of ["alarm:fire", "alarm:ems"]) expect([id, items.find((o) => o.id === id)?.lost]).toEqual([id, 4]);
    const outside = new Set(items.filter((o) => (o.beyond ?? 0) > 0).flatMap((o) => o.findings));
    for (const f of alarm(poor.report)) expect(outside.has(f.id)).toBe(false);
  });

  it("a call without the elements still owes the brigade where the missing pupil is (未告知被困人员 stays)", () => {
    expect(poor.report.findings.some((f) => f.code === "TRAPPED_NOT_PASSED_ON" && f.agency === "sch")).toBe(true);
  });

  it("the good play's calls give every element: no alarm finding, both opportunities earned", () => {
    expect(alarm(good.report)).toEqual([]);
    const items = good.report.sections.find((s) => s.id === "reporting")!.scoring!.items!;
    for (const id of ["alarm:fire", "alarm:ems"]) expect([id, items.find((o) => o.id === id)?.lost]).toEqual([id, 0]);
  });
});
