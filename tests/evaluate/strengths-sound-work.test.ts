/**
 * Issue 10 §10 (review9 school 11, chem 4): a strength is an agency's only when its own acts on that work are
 * all sound. An outcome reached in time (AQ/T 9009-2015 judges outcomes apart from agencies) is an outcome fact,
 * not the good practice of an agency whose work on it a finding condemns.
 *  - School fire, poor play: the fire is under control at 00:17:15 (the 30-min target) by the one engine that
 *    turned out late (响应迟缓, LNK-SCH-FIRE: dispatch for suppression) while the second engine never came
 *    (力量不足, req-engines: task suppression). The control line stays, credited to no agency.
 *  - Chemical leak, poor play: the met bureau's 01:20 wind message is "on time" (LNK-CHEM-MET, 30 min from its
 *    00:58 notice), but its observation van (req-met, task weatherObs, one of that duty's actions) never came:
 *    no 经验 for it.
 */
import { describe, expect, it } from "vitest";
import { drill } from "./fixtures.ts";

describe("school fire, poor play: control in time by a late, short engine force", () => {
  const d = drill("school-fire", "poor");
  it("the brigade is condemned for its suppression work (late turn-out and one engine short)", () => {
    expect(d.report.findings.some((f) => f.agency === "fire" && f.code === "LINKAGE_SLOW" && f.ruleId === "LNK-SCH-FIRE")).toBe(true);
    expect(d.report.findings.some((f) => f.agency === "fire" && f.code === "DISPATCH_INSUFFICIENT" && f.ruleId === "req-engines")).toBe(true);
  });
  it("the control line is kept as an outcome fact credited to no agency", () => {
    const control = d.report.strengths.filter((s) => s.section === "outcomes" && s.message.zh.includes("实现控制"));
    expect(control).toHaveLength(1);
    expect(control[0]!.agency).toBeNull();
    expect(d.report.strengths.filter((s) => s.agency === "fire")).toEqual([]);
  });
  it("no strength carries its internal work list into the report", () => {
    for (const s of d.report.strengths) expect("work" in s).toBe(false);
  });
});

describe("chemical leak, poor play: the met bureau's message 'on time' while its observation van never came", () => {
  const d = drill("chemical-leak", "poor");
  it("the van's shortfall is a finding on met", () => {
    expect(d.report.findings.some((f) => f.agency === "met" && f.section === "dispatch" && d.c.scenario.requirements.find((r) => r.id === f.ruleId)?.task === "weatherObs")).toBe(true);
  });
  it("no 经验 for met", () => {
    expect(d.report.strengths.filter((s) => s.agency === "met")).toEqual([]);
  });
  it("the good play, where met's van came in time, keeps met's strengths", () => {
    expect(drill("chemical-leak", "good").report.strengths.filter((s) => s.agency === "met").length).toBeGreaterThan(0);
  });
});
