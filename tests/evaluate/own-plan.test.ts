/**
 * Review23 chemical §2 / §5 item 7, school (10) / item 4, mine B1: the incident unit's own plan (LNK-*-PLAN) is its own
 * duty, not 联而不动 (a linked agency told and idle): its own finding (未启动预案, or 未明确宣布启动预案 when the plan's
 * measures were all taken in time), out of the 联而不动 card, priced by what the omission cost, and advised by name
 * (engine/evaluate/own-plan.ts).
 *
 * By hand, seed 7 (rubric default: own-plan 6, own-plan-declared 2; linkage weight 30, school W 69, chemical W 105):
 *   - school good play without the school's 00:02:30 plan start (review23 n2-good-no-plan): every other measure on time
 *     (alarm 00:01:40, 119 00:01:50, 120 00:02:10, mini fire station 00:02:00), no other finding: 未明确宣布启动预案,
 *     2 × 30 / 69 = 0.87 (was 联而不动 6 × 30 / 69 = 2.61); total 100 × (100 − 0.87) / 100 = 99.13 → 99.1 (was 97.4).
 *     The card counts the four linked agencies judged on their act (the fire brigade, 120, the emergency bureau, the
 *     school's evacuation duty…, the plan row apart): 0 / 4 (was 20%（1 / 5）).
 *   - the same with the plan started late at 00:20:00 (due 00:06:30: 13 min 30 s late, 3 windows of 5 min × 2 = 6),
 *     its measures all on time: a late plan costs no more than a plan never declared, 2 (one window): 0.87, 99.1.
 *   - chemical poor: the plant never starts its plan (due 00:05:00) and its measures lag (its own people out 00:06, its
 *     119 call 00:12 late): 未启动预案 6 × 30 / 105 = 1.71 (the charge the reviewer signed); the card 1 / 8 (the ecology
 *     bureau only); the recommendation names the plan for 临江化工有限公司.
 */
import { describe, expect, it } from "vitest";
import { evaluate } from "../../engine/evaluate/evaluate.ts";
import { runKeepingReference } from "../../engine/evaluate/references.ts";
import type { Command } from "../../engine/model/commands.ts";
import { ms } from "../helpers.ts";
import { bestPlay, drill, rubric } from "./fixtures.ts";

const good = drill("school-fire", "good");
const best = bestPlay("school-fire", good.c);
const isPlan = (k: Command) => k.by === "sch" && k.type === "activateResponse";
function play(commands: Command[]) {
  const r = runKeepingReference(good.c, 7, commands, best);
  return evaluate(good.c, r.events, r.state, rubric(), undefined, best, { commands });
}
const noPlan = play(good.commands.filter((k) => !isPlan(k)));
const latePlan = play(good.commands.map((k) => (isPlan(k) ? { ...k, at: ms("00:20:00") } : k)));
const planOf = (r: typeof noPlan) => r.findings.filter((f) => f.ruleId === "LNK-SCH-PLAN");

describe("school good play without its plan start: 未明确宣布启动预案, not 联而不动", () => {
  // (the good play's one no-fault fact, pupils exposed as in the best play, stays a 0-point note)
  const charged = noPlan.findings.filter((f) => f.points > 0);
  it("is its own procedural finding at 2 × 30 / 69 = 0.87 and the only one charged; total 99.1", () => {
    expect(charged.map((f) => [f.code, f.agency, f.atMs, f.points])).toEqual([["PLAN_NOT_DECLARED", "sch", ms("00:06:30"), 0.87]]);
    expect(charged[0]!.message.zh).toMatch(/^未明确宣布启动预案：.*应急措施均已按时开展/);
    expect(charged[0]!.message.zh).not.toContain("联而不动");
    expect(noPlan.score).toBe(99.1);
  });

  it("stays out of the 联而不动 card (0 / 4) and is advised by its own recommendation, naming the plan", () => {
    const h = noPlan.linkage.headline;
    expect([h.idle, h.withActDeadline]).toEqual([0, 4]);
    const advice = noPlan.recommendations.map((a) => a.text.zh);
    expect(advice.some((t) => t.includes("宣布启动本单位应急预案") && t.includes("临江县第二实验小学"))).toBe(true);
    expect(advice.some((t) => t.includes("联而不动"))).toBe(false);
  });

  it("started late (00:20:00) with its measures on time, it costs no more than never declared: 0.87, 99.1", () => {
    expect(planOf(latePlan).map((f) => [f.code, f.points])).toEqual([["LINKAGE_SLOW", 0.87]]);
    expect(latePlan.score).toBeGreaterThanOrEqual(noPlan.score!);
  });
});

describe("chemical poor: the plant's plan never started while its measures lagged is 未启动预案, its full 6", () => {
  const poor = drill("chemical-leak", "poor").report;
  it("F1 未启动预案 1.71 (6 × 30 / 105), out of the card (1 / 8), with a recommendation naming the plan", () => {
    const f = poor.findings.filter((x) => x.ruleId === "LNK-CHEM-PLAN");
    expect(f.map((x) => [x.id, x.code, x.points])).toEqual([["F1", "PLAN_NOT_STARTED", 1.71]]);
    expect(f[0]!.message.zh).toMatch(/^未启动预案：临江化工有限公司于 00:00:00 获知事故，至演练结束仍未启动本单位危险化学品事故应急预案/);
    expect([poor.linkage.headline.idle, poor.linkage.headline.withActDeadline]).toEqual([1, 8]);
    expect(poor.recommendations.some((a) => a.text.zh.includes("宣布启动本单位应急预案") && a.agencies.includes("ent"))).toBe(true);
  });
});
