/**
 * Issue 10 §8, the hazard's own language. Sources: ERG 2024 Table 3 (domain.md §4.2: ammonia and
 * chlorine have their own isolation distances), 先撤人、后汇报 and pumping for a mine flood
 * (domain.md §4.1), the rules profile's `control` targets (a county choice, tagged D).
 */
import { describe, expect, it } from "vitest";
import { compile } from "../../engine/compile.ts";
import { evaluate } from "../../engine/evaluate/evaluate.ts";
import { compiled, playOf, runPlay, SCENARIOS } from "../helpers.ts";
import { drill, rubric } from "./fixtures.ts";

const MIN = 60_000;
/** what the evaluator itself writes: advice and bases (scenario-authored names and texts aside) */
const words = (r: { recommendations: Array<{ text: { zh: string; en: string } }>; findings: Array<{ basis: string }> }) =>
  [...r.recommendations.map((x) => x.text.zh + x.text.en), ...r.findings.map((f) => f.basis)].join("\n");

describe("an ammonia leak is advised on in ammonia's terms and distances", () => {
  const base = compiled("chemical-leak");
  const c = compile({ ...base.scenario, hazard: { ...base.scenario.hazard, chemical: "ammonia" } as typeof base.scenario.hazard }, base.rules);
  // to 00:50: the police, told at 00:11 by a villager's 110 call, owe the cordon and the protection by 00:41 (30 min from receipt, review12 chemical 4)
  const r = runPlay(c, [], 7, 50 * MIN);
  const report = evaluate(c, r.events, r.state, rubric());
  const isolate = c.hazard.summary(r.state.hazard, r.state.tMs, c.scenario).figures.ergIsolateM!;

  it("names ammonia and its own ERG isolation distance, never chlorine or chlorine's 600 m", () => {
    expect(isolate).not.toBe(600);
    // the advice (a basis may cite a chlorine drill as its source: that is a title, not advice)
    const text = report.recommendations.map((x) => x.text.zh + x.text.en).join("\n");
    expect(text).toContain("液氨");
    expect(text).toContain(`${isolate} 米`);
    expect(text).not.toMatch(/氯|chlorine/i);
    expect(text).not.toContain("600 米");
  });
});

describe("a mine flood is advised on in a mine's terms", () => {
  const report = drill("mine-flood", "poor").report;
  it("no chlorine, downwind or ERG distance; withdrawal and pumping instead", () => {
    const text = words(report);
    expect(text).not.toMatch(/氯|chlorine|下风向|downwind|\bERG\b/);
    expect(text).toContain("先撤人、后汇报");
  });
});

// review12 school 8: the advice on the school's 报警遗漏已知情况 (its 00:25 call to 120) read "泄漏或着火介质、人员倒地"
describe("a school fire's alarm advice is in a fire's terms", () => {
  const report = drill("school-fire", "poor").report;
  it("names the fire's location, the smoke and where the trapped are; no leaking substance or people down", () => {
    const alarm = report.recommendations.find((x) => x.text.zh.startsWith("报警时"))!;
    expect(alarm.text.zh).toContain("起火部位");
    expect(alarm.text.zh).toContain("被困和下落不明人数及位置");
    expect(alarm.text.zh + alarm.text.en).not.toMatch(/泄漏|介质|倒地|leaking|substance/);
  });
});

describe("\"controlled\" per hazard, with the target from the rules profile", () => {
  const base = compiled("school-fire");
  const commands = playOf(base, `${SCENARIOS}/plays/school-fire.good.yaml`);
  it("the good play's fire is under control inside the profile's 30 minutes", () => {
    const d = drill("school-fire", "good");
    expect(d.report.findings.filter((f) => f.code.startsWith("HAZARD_"))).toEqual([]);
  });
  it("a profile asking for 10 minutes makes the same play late, in fire's words", () => {
    const control = { ...base.rules.control, "school-fire": { withinMin: 10, text: { zh: "火势得到控制", en: "the fire under control" }, basis: "测试用目标", tag: "D" as const } };
    const c = compile(base.scenario, { ...base.rules, control });
    const r = runPlay(c, commands);
    const late = evaluate(c, r.events, r.state, rubric()).findings.filter((f) => f.code === "HAZARD_CONTROL_LATE");
    expect(late).toHaveLength(1);
    expect(late[0]!.message.zh).toContain("火势得到控制");
    expect(late[0]!.message.zh).toContain("10 分钟");
  });
});
