/**
 * 谎报 and 瞒报 as 应急管理部令第14号《生产安全事故罚款处罚规定》第三条 defines them (the wording of its 试行版 第五条):
 * "故意不如实报告…伤亡人数和涉险人数…的，属于谎报；隐瞒已经发生的事故，超过规定时限未…报告…的，属于瞒报" (review15 mine 1).
 *
 * 1. The mine's 01:20 report "下落不明 0" while it knew of 6 (the positioning system's 01:05:50 inject) states an untrue
 *    figure: 谎报 (REPORT_FALSE), not 瞒报; likewise every incident unit's report whose figures fall below what it knew.
 * 2. An incident unit that never reports the accident at all hid it: 瞒报 (REPORT_CONCEALED) on each first report it
 *    owed, and a report never made costs at least what the same report made with false figures does — in every
 *    shipped scenario. Review15 W14 (the mine's report deleted) scored 23.8 above the poor play's 22 and the late
 *    report's 19.7: silence paid. 493号令 第三十六条 punishes 瞒报 with 谎报, beyond 第三十五条's 漏报.
 */
import { describe, expect, it } from "vitest";
import { evaluate } from "../../engine/evaluate/evaluate.ts";
import { runKeepingReference } from "../../engine/evaluate/references.ts";
import type { Command } from "../../engine/model/commands.ts";
import type { ReportModel } from "../../engine/evaluate/report-model.ts";
import { ms } from "../helpers.ts";
import { bestPlay, drill, rubric } from "./fixtures.ts";

const INCIDENT_UNIT: Record<string, string> = { "chemical-leak": "ent", "mine-flood": "mine", "school-fire": "sch" };
const NONE = { deaths: 0, seriousInjuries: 0, injured: 0, missing: 0 };

function run(id: string, commands: Command[]): ReportModel {
  const poor = drill(id, "poor");
  const best = bestPlay(id, poor.c);
  const r = runKeepingReference(poor.c, 7, commands, best);
  return evaluate(poor.c, r.events, r.state, rubric(), undefined, best);
}

describe("the mine's 01:20 report of 0 missing, knowing of 6, is 谎报 (第14号令 第三条: 故意不如实报告伤亡人数和涉险人数)", () => {
  const poor = drill("mine-flood", "poor");
  it("one REPORT_FALSE on the mine at 01:20 naming 下落不明 0 against 6 known, and no 瞒报 in the poor play", () => {
    const f = poor.report.findings.filter((x) => x.agency === "mine" && x.atMs === ms("01:20:00") && (x.code === "REPORT_FALSE" || x.code === "REPORT_CONCEALED"));
    expect(f.map((x) => x.code)).toEqual(["REPORT_FALSE"]);
    // the 6 are the trapped men of heading 1205: worded 被困（涉险）, not 下落不明 (review22 mine B6, people-words.ts)
    expect(f[0]!.message.zh).toMatch(/^谎报：.*被困（涉险）人员 0，而其当时已知被困（涉险）人员 6/);
    expect(f[0]!.basis).toContain("应急管理部令第14号）（故意不如实报告");
    expect(poor.report.findings.some((x) => x.code === "REPORT_CONCEALED")).toBe(false);
  });
});

describe.each(Object.keys(INCIDENT_UNIT))("%s: a report never made costs at least what a false one does (第14号令 第三条 瞒报)", (id) => {
  const unit = INCIDENT_UNIT[id]!;
  const poor = drill(id, "poor");
  const reports = poor.commands.filter((k) => k.by === unit && k.type === "report");
  // the unit's reports as made, each with every casualty figure 0 (false wherever it knew of any), and none at all
  const lying = run(id, poor.commands.map((k) => (k.by === unit && k.type === "report" ? { ...k, content: { ...k.content, casualties: NONE } } : k)) as Command[]);
  const silent = run(id, poor.commands.filter((k) => !(k.by === unit && k.type === "report")));

  it("the poor play has the unit's reports, and stating 0 where it knew of casualties is 谎报", () => {
    expect(reports.length).toBeGreaterThan(0);
    expect(lying.findings.some((f) => f.code === "REPORT_FALSE" && f.agency === unit)).toBe(true);
    expect(lying.findings.some((f) => f.code === "REPORT_CONCEALED")).toBe(false);
  });

  // one concealment, one 瞒报 (issue 10 §2; review18 mine C: W2 was charged three): on the report owed to the emergency
  // bureau, its other first reports 漏报 citing it (hidden-accident.ts)
  it("never reporting is one 瞒报 on the unit, citing 第14号令 by name (its article unknown, and no remark saying so: review19); its other first reports 漏报", () => {
    const hid = silent.findings.filter((f) => f.code === "REPORT_CONCEALED");
    expect(hid.length).toBe(1);
    expect(hid[0]!.opportunity).toMatch(id === "school-fire" ? /^rep:sch>edu\|first\|any$/ : /^rep:[^>]*>eb\|first\|any$/);
    for (const f of silent.findings.filter((g) => g.code === "REPORT_MISSING" && g.agency === unit && g.opportunity?.includes("|first|any") && g.causedBy === undefined)) expect(f.message.zh).toContain("瞒报只计一次");
    for (const f of hid) {
      expect(f.agency).toBe(unit);
      expect(f.message.zh).toMatch(/^瞒报：.*未向任何部门报告事故/);
      // the definition's article in 第14号令 (2024) is unknown (its 第三条 defines the 事故发生单位, review16): the Order is
      // cited by name and number alone, as an evaluator cites a document, never with 条文序号未核对 (review19)
      expect(f.basis).toContain("生产安全事故罚款处罚规定（应急管理部令第14号）");
      expect(f.basis).not.toContain("条文序号未核对");
      expect(f.basis).not.toContain("第三条");
    }
  });

  it("the silent play scores no higher than the false one, nor than the poor play", () => {
    expect(silent.score!).toBeLessThanOrEqual(lying.score!);
    expect(silent.score!).toBeLessThanOrEqual(poor.report.score!);
  });
});
