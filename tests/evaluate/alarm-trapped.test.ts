/**
 * An alarm call judged on what the caller knew (review11 school 4; told-rescuers.ts). School-fire poor play, seed 7:
 * by 00:12:54 the school had heard that class 3-1 was trapped in smoke (scenario event classTrapped), and at 00:25:00 it
 * called 120 "有学生被烟呛了，派个车来": a people-word (呛), but not the trapped class the 120 must send transport for.
 * The row reads in the fire's own language: 起火部位, never the chemical 介质.
 */
import { describe, expect, it } from "vitest";
import { rowText } from "../../engine/evaluate/rubric.ts";
import { drill } from "./fixtures.ts";

describe("school fire, poor play: the 00:25 call to 120 leaves out the trapped class", () => {
  const { report } = drill("school-fire", "poor");
  it("is 报警遗漏已知情况 on the school, at 00:25:00, naming the trapped", () => {
    // (the 119 call at 00:07:30 withheld nothing it knew: its missing elements are 报警要素不全, alarm-elements.test.ts)
    const f = report.findings.filter((x) => x.code === "ALARM_INACCURATE" && x.message.zh.startsWith("报警遗漏已知情况"));
    expect(f.map((x) => [x.agency, x.atMs])).toEqual([["sch", 25 * 60_000]]);
    expect(f[0]!.message.zh).toContain("未说明人员被困的情况");
  });
  it("the score sheet row says 起火部位 for a fire", () => {
    // scenarios/rubrics/default.yaml's row, as the score sheet words it for each hazard
    const row = { text: { zh: "报警信息准确（说明介质和人员情况）", en: "x" }, codes: ["ALARM_INACCURATE"] };
    expect(rowText(row, row.codes, "school-fire").zh).toBe("报警信息准确（说明起火部位和人员情况）");
    expect(rowText(row, row.codes, "chemical-leak").zh).toBe("报警信息准确（说明介质和人员情况）");
  });
});
