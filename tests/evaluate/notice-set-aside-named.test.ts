/**
 * A notice part set aside names the finding that kept it from being earned, and a notice never sent is worded as a
 * missing notice (review10 school 4, mine 4). School fire, poor play: the fire brigade never told the county
 * emergency bureau (the city's duty office did, by inject, at 00:40; the brigade's limit 00:16:30): the finding is
 * 未通知 (not "未按时通知 … 迟") and costs the whole notice part, 5 (review15 school 4: a controller's spot question is
 * no notice by the response chain), nothing set aside — not "无参演单位在其时限内通知" as if nobody had failed. The
 * same for the education bureau and the town (told by the parents' inject): the school owed them the report (its
 * late report to the education bureau, its missing one to the town). Mine flood, poor play: the mine's 01:20 report
 * reached the bureau inside its 01:25 limit but is the 瞒报: it earns no notice (a concealing report must never score
 * above none; the variant without it scores 22.2 against 20.3), and the set-aside names that 瞒报.
 */
import { describe, expect, it } from "vitest";
import type { ReportModel } from "../../engine/evaluate/report-model.ts";
import { kindText } from "../../cli/report/text.ts";
import { ms } from "../helpers.ts";
import { drill } from "./fixtures.ts";

const link = (r: ReportModel, agency: string) => r.sections.find((s) => s.id === "linkage")!.scoring!.items!.find((o) => o.id.startsWith("link:") && o.id.endsWith(`:${agency}`))!;

describe("school fire poor play: notices never sent, and the notices the school owed", () => {
  const { report } = drill("school-fire", "poor");
  const f17 = report.findings.find((f) => f.code === "LINKAGE_NOT_NOTIFIED" && f.agency === "fire" && f.opportunity?.endsWith(":eb"))!;

  it("the brigade's notice to the bureau, never sent, is 未通知 and says the bureau heard from the city", () => {
    expect(f17.message.zh).toMatch(/^未通知：临江县消防救援大队始终未将事故信息通知临江县应急管理局/);
    expect(f17.message.zh).not.toContain("未按时通知");
    expect(f17.message.zh).toContain("经市应急管理局值班室（模拟）告知");
    expect(kindText(f17).zh).toBe("未通知");
    expect(f17.message.en).toMatch(/^Not notified: /);
  });

  it("the bureau's whole notice part (5) is charged to that finding, none set aside as nobody's", () => {
    const o = link(report, "eb");
    expect(f17.rubricPoints).toBe(5);
    expect(o.unearned ?? 0).toBe(0);
    expect(o.unearnedParts).toBeUndefined();
  });

  it("the education bureau's and the town's notice parts follow the school's late and missing reports to them", () => {
    const late = report.findings.find((f) => f.code === "REPORT_LATE" && f.agency === "sch" && f.opportunity === "rep:sch>edu|first|any")!;
    const missing = report.findings.find((f) => f.code === "REPORT_MISSING" && f.agency === "sch" && f.opportunity === "rep:sch>town|first|any")!;
    expect(link(report, "edu").follows).toEqual([late.id]);
    expect(link(report, "town").follows).toEqual([missing.id]);
  });
});

describe("mine flood poor play: a notice in time that is the 谎报", () => {
  const { report } = drill("mine-flood", "poor");
  it("the bureau's notice part (5) is set aside under the mine's 01:20 谎报, which reached it inside 01:25", () => {
    const hid = report.findings.find((f) => f.code === "REPORT_FALSE" && f.atMs === ms("01:20:00"))!;
    const o = link(report, "eb");
    // 5 (the notice part, 随 the 瞒报) + 4 (its 响应迟缓, now 随 its own late notice to the police, the same 01:50 message
    // against the same 01:25: review12 mine 3; 25 min past its 15-min limit, 2 started windows × 2: late-grade.ts) = 9
    const notice = report.findings.find((f) => f.code === "LINKAGE_NOTIFIED_LATE" && f.ruleId === "LNK-MINE-PSB")!;
    expect(o.unearned).toBe(9);
    expect(o.follows).toEqual([hid.id, notice.id]);
    expect(o.unearnedParts).toBeUndefined();
  });
});
