/**
 * The alarm call (报警) in 信息报告, round 28 (issue 10 §4 "what acted means", §11 "scores that order plays sensibly").
 *
 * (b) Never calling a rescuer must not score better, section by section, than calling it late and vaguely. The late vague
 * call is two faults: its lateness in 部门联动 (通知迟延) and what it left out in 信息报告 (ALARM_INACCURATE on the row
 * alarm:<rescuer>, worth the rubric's 4 points). A call never made is a call late by the whole remaining drill that gave
 * nothing (domain.md §1: the unit dials 119/110/120 at once): 未通知 in 部门联动 and 未报警 on the same alarm row, charged
 * its full 4 points (alarm-never.ts). Before round 28 the 未报警 row followed the 未通知 at 0 and its 4 points were set
 * aside, so the chemical poor play without its 00:12 call to 119 scored 信息报告 8.2 against the poor play's 7.7.
 *
 * Hand reasoning, chemical (seed 7; 信息报告 weight 30, its W 88 in both plays: the alarm row stays in W):
 *   poor:  报警遗漏已知情况 at 00:12 (no 氯气, no people down) = 4 × 30 / 88 = 1.36 in 信息报告; 通知迟延 119 in 部门联动.
 *   drop:  未报警 = 4 × 30 / 88 = 1.36 in 信息报告 (the same row lost whole: not less than the vague call's);
 *          未通知 119 in 部门联动 (more than the 2-minute lateness); every other finding the same.
 *   so per section drop ≤ poor: 信息报告 equal, 部门联动 lower, 力量调派 and 处置效果 equal.
 * School (the poor play without its 00:07:30 call to 119): the same two rows on alarm:fire, 4 × 30 / 90 = 1.33 each way.
 *
 * (a) A report phoned to 119 (a `report` command to the fire brigade, carrying the incident) is the alarm: the rules
 * profile lists it under the brigade's `alarm` commands (LNK-CHEM-FIRE), so it is judged as the alarm (what it left out
 * that its caller knew), not as an accident report on 第十二条's fields, and no 未报警 is written. The poor play with its
 * 00:12 call made as such a report (the same words) therefore scores exactly as the poor play.
 */
import { describe, expect, it } from "vitest";
import { evaluate } from "../../engine/evaluate/evaluate.ts";
import type { Command } from "../../engine/model/commands.ts";
import type { ReportModel } from "../../engine/evaluate/report-model.ts";
import { run } from "../../engine/replay.ts";
import { compiled, playOf, SCENARIOS } from "../helpers.ts";
import { bestPlay, rubric } from "./fixtures.ts";

function variant(id: "school-fire" | "chemical-leak", edit: (cs: Command[]) => Command[]): ReportModel {
  const c = compiled(id);
  const r = run(c, 7, edit(playOf(c, `${SCENARIOS}/plays/${id}.poor.yaml`)), {});
  return evaluate(c, r.events, r.state, rubric(), undefined, bestPlay(id, c));
}
const callTo = (by: string, to: string) => (k: Command) => k.by === by && k.type === "message" && (k as { to: string[] }).to.includes(to);
const section = (r: ReportModel, id: string) => r.sections.find((s) => s.id === id)!;
/** What the row alarm:<to> lost in 信息报告, in section points (its findings' printed points). */
const alarmCost = (r: ReportModel, to: string) => r.findings.filter((f) => f.code === "ALARM_INACCURATE" && f.opportunity === `alarm:${to}`).reduce((s, f) => s + f.points, 0);

describe("never calling scores no better than calling late and vaguely, section by section", { timeout: 600_000 }, () => {
  it("chemical: the poor play without its 00:12 call to 119", () => {
    const poor = variant("chemical-leak", (cs) => cs);
    const drop = variant("chemical-leak", (cs) => cs.filter((k) => !callTo("ent", "fire")(k)));
    // the alarm row: the vague call and the call never made each lose its 4 rubric points, 4 × 30 / 88
    expect(alarmCost(poor, "fire")).toBeCloseTo((4 * 30) / 88, 2);
    expect(alarmCost(drop, "fire")).toBeGreaterThanOrEqual(alarmCost(poor, "fire"));
    const never = drop.findings.find((f) => f.opportunity === "alarm:fire")!;
    expect([never.message.zh.slice(0, 4), never.causedBy]).toEqual(["未报警：", undefined]);
    for (const s of poor.sections) expect([s.id, section(drop, s.id).score! <= s.score!]).toEqual([s.id, true]);
    expect(section(drop, "linkage").score!).toBeLessThan(section(poor, "linkage").score!);
    expect(drop.score!).toBeLessThan(poor.score!);
  });

  it("school: the poor play without its 00:07:30 call to 119", () => {
    const poor = variant("school-fire", (cs) => cs);
    const drop = variant("school-fire", (cs) => cs.filter((k) => !callTo("sch", "fire")(k)));
    expect(alarmCost(poor, "fire")).toBeCloseTo((4 * 30) / 90, 2);
    expect(alarmCost(drop, "fire")).toBeGreaterThanOrEqual(alarmCost(poor, "fire"));
    for (const s of poor.sections) expect([s.id, section(drop, s.id).score! <= s.score!]).toEqual([s.id, true]);
    expect(drop.score!).toBeLessThan(poor.score!);
  });
});

describe("a report phoned to 119 is the alarm call", { timeout: 600_000 }, () => {
  // the poor play's 00:12 call to 119, made as an oral report carrying the same words
  const asReport = (cs: Command[]): Command[] => cs.map((k) => {
    if (!callTo("ent", "fire")(k)) return k;
    const { text: _t, channel: _c, ...rest } = k as Command & { text: string; channel?: string };
    return { ...rest, type: "report", to: "fire", kind: "initial", mode: "oral", content: { unit: "临江化工有限公司", location: "临江化工厂区", scene: "厂里有点漏气，自己处理不了，请派车来看看" } } as unknown as Command;
  });

  it("judges it as the alarm (what it left out), writes no 未报警 and no 报告要素不全 on it, and scores as the call", () => {
    const poor = variant("chemical-leak", (cs) => cs);
    const rep = variant("chemical-leak", asReport);
    const alarm = rep.findings.filter((f) => f.opportunity === "alarm:fire");
    // 报警遗漏已知情况: the plant knew of 氯气 and of people down before 00:12 (its patrol's inject), the report says neither
    expect(alarm.map((f) => [f.code, f.message.zh.slice(0, 8), f.points])).toEqual([["ALARM_INACCURATE", "报警遗漏已知情况", alarmCost(poor, "fire")]]);
    expect(alarm[0]!.message.zh).toContain("泄漏介质");
    expect(rep.findings.filter((f) => f.code === "REPORT_INCOMPLETE" && f.message.zh.includes("消防救援大队"))).toEqual([]);
    expect(rep.findings.some((f) => f.message.zh.startsWith("未报警"))).toBe(false);
    expect(rep.sections.map((s) => [s.id, s.score])).toEqual(poor.sections.map((s) => [s.id, s.score]));
  });
});
