/**
 * Each report finding names its real addressee (review9 mine 5; issue 10 §2). The profile's CTY-UP rules say
 * the county duty office reports to the 市委市政府总值班室 (上一级, 突发事件应对法 第十七条); EB's 逐级上报 (493号令 第十一条)
 * goes to the city emergency bureau. With a simulated city duty office in each scenario, the mine's poor play has
 * one 漏报 per addressee: the duty office's to the city duty office, EB's to the city bureau — never both to the bureau.
 */
import { describe, expect, it } from "vitest";
import { drill, WITH_PLAYS } from "./fixtures.ts";

describe("the county duty office reports to the city duty office it is owed to", () => {
  for (const id of WITH_PLAYS) {
    it(`${id}: the duty office's superior is a simulated 市委市政府总值班室 (cityDutyOffice), not the city bureau`, () => {
      const { c } = drill(id, "poor");
      const duty = c.scenario.agencies.find((a) => a.kind === "countyDutyOffice")!;
      const up = c.agencies.get(duty.reportsTo!)!;
      expect(up.kind).toBe("cityDutyOffice");
      expect(up.name.zh).toMatch(/市委市政府总值班室（模拟）$/);
    });
  }

  it("mine flood, poor play: the duty office's 漏报 names 青山市委市政府总值班室（模拟）, EB's the city bureau: two addressees, two findings", () => {
    const f = drill("mine-flood", "poor").report.findings.filter((x) => x.code === "REPORT_MISSING");
    const duty = f.filter((x) => x.ruleId.startsWith("CTY-UP"));
    expect(duty).toHaveLength(1);
    expect(duty[0]!.message.zh).toContain("始终未向青山市委市政府总值班室（模拟）报告");
    const eb = f.filter((x) => x.agency === "eb" && x.message.zh.includes("青山市应急管理局（模拟）"));
    expect(eb).toHaveLength(1);
    expect(f.filter((x) => x.agency === "duty" && x.message.zh.includes("青山市应急管理局"))).toEqual([]);
  });
});
