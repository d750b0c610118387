/**
 * A control target the best play cannot meet is not charged (engine/evaluate/control.ts; issue 10 §6,
 * the principle of the school-evacuation target: never condemn what a best-possible response
 * cannot achieve). The mine flood: inflow of ≈ 3000 + 800 m³/h (mine-flood.yaml sources) against at
 * most 4 × 300 m³/h of emergency pumps, so pumping never exceeds inflow within the 4-hour drill even
 * in the good play: "not under control" is stated, 0 points. With a target shorter than the best
 * play's own control time, that time (rounded up to whole minutes) becomes the target.
 */
import { describe, expect, it } from "vitest";
import { countByCode } from "../../cli/report/headlines.ts";
import { compile } from "../../engine/compile.ts";
import { evaluate } from "../../engine/evaluate/evaluate.ts";
import { runPlay } from "../helpers.ts";
import { bestPlay, drill, rubric } from "./fixtures.ts";

const MIN = 60_000;
const control = (r: { findings: Array<{ ruleId: string; code: string; points: number; message: { zh: string } }> }) => r.findings.filter((f) => f.ruleId === "OUT-CONTROL");

describe("mine flood: the water is not held within the drill by any response", () => {
  it("the good play (the best play) is told so without deduction, and its outcomes section keeps every point", () => {
    const { report } = drill("mine-flood", "good");
    expect(control(report).map((f) => [f.code, f.points])).toEqual([["HAZARD_NOT_CONTROLLED", 0]]);
    expect(control(report)[0]!.message.zh).toContain("最佳处置在同一时段内也未能实现，不扣分");
    expect(report.sections.find((s) => s.id === "outcomes")!.score).toBe(100);
  });

  it("asks nothing of anyone for it: no recommendation, not among the shortcomings (不足)", () => {
    const { report } = drill("mine-flood", "good");
    expect(report.recommendations.filter((r) => r.codes.includes("HAZARD_NOT_CONTROLLED"))).toEqual([]);
    expect(countByCode(report).map((c) => c.code)).not.toContain("HAZARD_NOT_CONTROLLED");
  });

  it("without a best play to compare with, the profile's 180-minute target is charged as before (the rubric's 3 points, over the section's whole 15)", () => {
    const { c, events, state } = drill("mine-flood", "good");
    const report = evaluate(c, events, state, rubric());
    expect(control(report).map((f) => [f.code, f.points])).toEqual([["HAZARD_NOT_CONTROLLED", 3]]);
  });
});

describe("chemical leak with a 1-minute control target no response can meet", () => {
  const base = drill("chemical-leak", "good");
  const rules = { ...base.c.rules, control: { ...base.c.rules.control, "chemical-leak": { ...base.c.rules.control["chemical-leak"]!, withinMin: 1 } } };
  const c = compile(base.c.scenario, rules);
  const best = bestPlay("chemical-leak", c)!;
  const judge = (commands: typeof base.commands) => {
    const r = runPlay(c, commands);
    return { r, report: evaluate(c, r.events, r.state, rubric(), undefined, best) };
  };
  const good = judge(base.commands);
  const bestAt = c.hazard.summary(good.r.state.hazard, good.r.state.tMs, c.scenario).controlledAtMs!;

  it("the best play itself is not late: the target becomes its own time rounded up to whole minutes", () => {
    expect(bestAt).toBeGreaterThan(MIN);
    expect(control(good.report).filter((f) => f.points > 0)).toEqual([]);
  });

  it("a play that stops the leak 10 minutes after the best play is late by about 10 minutes, not by the whole time since minute 1", () => {
    // every command of the good play from the best play's control time back 30 min is given 10 min later
    const later = base.commands.map((k) => (k.type === "dispatch" && k.at >= bestAt - 30 * MIN && k.at < bestAt ? { ...k, at: k.at + 10 * MIN } : k));
    const { r, report } = judge(later);
    const at = c.hazard.summary(r.state.hazard, r.state.tMs, c.scenario).controlledAtMs!;
    expect(at).toBeGreaterThan(bestAt);
    const late = control(report).find((f) => f.code === "HAZARD_CONTROL_LATE")!;
    const dueMs = Math.ceil(bestAt / MIN) * MIN;
    expect(late.message.zh).toContain(`目标按其取整为 ${dueMs / MIN} 分钟`);
    expect((late as unknown as { quantity: number }).quantity).toBe(Math.ceil((at - dueMs) / MIN));
  });
});

describe("exposure the best play has too is stated, charged only beyond it (same principle)", () => {
  it("chemical leak: the good play's 35 people above AEGL-2 (exposed before any agency but the plant knew) cost nothing; of the poor play's 635, the 609 injured count under the harm (each person once, outcomes-once.test.ts), so 26 are charged", () => {
    const good = drill("chemical-leak", "good").report.findings.find((f) => f.code === "OUTCOME_EXPOSED_AEGL2")!;
    const poor = drill("chemical-leak", "poor").report.findings.find((f) => f.code === "OUTCOME_EXPOSED_AEGL2")!;
    // no finding explains it either: on no agency (causes.ts; domain.md §3.6)
    expect(good.message.zh).toMatch(/^35 人.*其中 35 人受伤.*仅暴露 0 人，最佳处置为 0 人，超出部分 0 人计分；无可归因的处置缺陷，不归于任何单位$/);
    expect([good.quantity, good.points]).toEqual([0, 0]);
    expect(poor.message.zh).toContain("仅暴露 26 人，最佳处置为 0 人，超出部分 26 人计分");
    expect(poor.quantity).toBe(635 - 609 - 0);
  });
});

describe("school fire, poor play: a corridor that burnt out by itself does not hide the crews' control", () => {
  // the first tanker knocks the prep room down at 00:17:15, after the corridor burnt out with no water on it
  // (tests/hazards/fire-control.test.ts); the profile's target is 30 min and the best play is in control at
  // 00:10:05, so control is in time: no finding on it, a strength, and the outcomes keep its 8 points
  const { report } = drill("school-fire", "poor");

  it("is stated as control at 00:17:15 within the 30-minute target, with no control finding", () => {
    expect(control(report)).toEqual([]);
    // in the fire's own words (county-default.yaml control.school-fire.text), not 危险源 (review8 school 12)
    expect(report.strengths.map((s) => s.message.zh)).toContain("00:17:15 实现控制：火势得到控制（目标 30 分钟内）");
  });
});
