/**
 * Review 16, chemical leak (液氯储罐泄漏), seed 7: variant plays (the shipped poor play with one command changed).
 * A1: answering the school's 01:15 request for help (人民警察法 第二十一条) never costs more than ignoring it; the car's
 * crew without masks at 3.7 ppm — below chlorine's NIOSH IDLH of 10 ppm, no one harmed — is a 防护提示 (ERG 2024 指南124),
 * never a deduction outside every opportunity.
 */
import { describe, expect, it } from "vitest";
import { evaluate } from "../../engine/evaluate/evaluate.ts";
import type { Command } from "../../engine/model/commands.ts";
import { compiled, ms, playOf, runPlay, SCENARIOS } from "../helpers.ts";
import { bestPlay, drill, rubric } from "./fixtures.ts";

const c = compiled("chemical-leak");
const poorPlay = () => playOf(c, `${SCENARIOS}/plays/chemical-leak.poor.yaml`);
const judge = (commands: Command[]) => {
  const r = runPlay(c, commands, 7);
  return evaluate(c, r.events, r.state, rubric(), undefined, bestPlay("chemical-leak", c), { commands });
};
const withCommand = (k: Record<string, unknown>) => {
  const seq = Math.max(...poorPlay().map((x) => x.seq)) + 1;
  return judge([...poorPlay(), { ...k, seq } as unknown as Command].sort((a, b) => a.at - b.at || a.seq - b.seq));
};
const poor = drill("chemical-leak", "poor").report;
const section = (r: typeof poor, id: string) => r.sections.find((s) => s.id === id)!;

describe("A1: the police answer the school's 01:15 request (a car to the gate at 01:17): never below ignoring it", () => {
  const v11 = withCommand({ at: ms("01:17:00"), by: "police", type: "dispatch", units: ["pol-2"], place: "school", task: "cordonGuard" });

  it("scores above the poor play (the request answered, F46's charge gone), 力量调派 unchanged, nothing outside W", () => {
    expect(v11.score!).toBeGreaterThan(poor.score!);
    expect(section(v11, "dispatch").deducted).toBe(section(poor, "dispatch").deducted);
    expect(section(v11, "dispatch").outside).toBeUndefined();
  });

  it("the car's unmasked crew at 3.7 ppm (< IDLH 10 ppm, nobody harmed) is a 防护提示 of 0 points, not 无防护进入危险区", () => {
    const f = v11.findings.filter((x) => x.agency === "police" && (x.code === "UNSAFE_ENTRY" || x.code === "PROTECTION_ADVISORY"));
    expect(f.map((x) => [x.code, x.points])).toEqual([["PROTECTION_ADVISORY", 0]]);
    expect(f[0]!.message.zh).toContain("低于 IDLH 10 ppm");
    expect(f[0]!.basis).toContain("指南124");
  });
});
