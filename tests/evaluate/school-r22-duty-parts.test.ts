/**
 * Review21 school 4 (round 22): a duty nobody did is not 「职责各项均已履行」. The brigade's school-fire duty
 * (LNK-SCH-FIRE) reads 「消防救援接警后立即出动（≤1分钟），救人第一，设置警戒和局部交通管制」; the cordon and the local
 * traffic control are the fire-ground commander's powers (消防法 第四十五条), owed jointly with the police (LNK-SCH-PSB),
 * so each is a judged part (duty-parts.ts), met by the brigade's or the police's act. cordon.ts does not fire for a
 * fire (it judges the ERG isolation distance of a toxic release only).
 * Hand-worked, seed 7 (drill start 10:10 = 00:00:00):
 *   poor play: nobody sets a cordon or sends a cordon guard; the police's car goes to the gate for traffic at 00:45.
 *     The brigade, told at 00:07:30 (the school's 119 call), turned out at 00:09:30 (late: 响应迟缓), so its duty was
 *     met. Each part's deadline is its own (review22 school 8): 5 min after the brigade's first unit on scene
 *     (城关站水罐消防车1 00:14:15, 本县设定) = 00:19:15, not the 1-minute turn-out 00:08:30: 职责未完成 「未设置警戒」
 *     dated 00:19:15, 2 points (rubric act-complete) × 30 / 63 (the linkage section's W) = 0.952. The traffic part is
 *     met by the police's 00:45 car, 25 min 45 s after 00:19:15 (review22 school 7: late is charged): 6 started 5-min
 *     windows × 0.5 = 3, capped at 1 part = 0.952 more, inside the brigade's duty opportunity (通知 5 + 履职 6 = 11,
 *     6 taken before: 10 of 11 now).
 *     Score: total 100 × (85.10 − (69.54 + 0.952)) / 85.10 = 17.2; linkage section 100 × (25.24 − (21.43 + 0.952)) / 25.24 = 11.3.
 *   poor play + the police's cordon at 00:30 round the school: 10 min 45 s after 00:19:15, 3 windows × 0.5 → 1 part:
 *     late, costing as much as undone (never more), so the score is not lower; at 00:20 (45 s late, 1 window): 0.5 part.
 *   good play: the police's cordon at 00:08 and traffic car at 00:05:40: no finding, 100.
 */
import { describe, expect, it } from "vitest";
import { evaluate } from "../../engine/evaluate/evaluate.ts";
import type { Command } from "../../engine/model/commands.ts";
import { run } from "../../engine/replay.ts";
import { cmd, compiled, ms, playOf, SCENARIOS } from "../helpers.ts";
import { bestPlay, drill, rubric } from "./fixtures.ts";

function variant(extra: Command[]) {
  const c = compiled("school-fire");
  const commands = [...playOf(c, `${SCENARIOS}/plays/school-fire.poor.yaml`), ...extra].sort((a, b) => a.at - b.at);
  const r = run(c, 7, commands, {});
  return evaluate(c, r.events, r.state, rubric(), undefined, bestPlay("school-fire", c));
}

const parts = (r: { findings: Array<{ code: string; agency: string | null; message: { zh: string }; quantity: number; points: number }> }) => r.findings.filter((f) => f.code === "LINKAGE_PART_UNDONE");

describe("review21 school 4: the brigade's cordon part, never done in the poor play", () => {
  const { report: poor } = drill("school-fire", "poor");

  it("finds 职责未完成 「未设置警戒」 on the brigade at first arrival + 5 min (00:19:15), not the turn-out's 00:08:30", () => {
    const ps = parts(poor) as Array<(typeof poor.findings)[number]>;
    const cordon = ps.find((f) => f.message.zh.includes("未设置警戒"))!;
    expect([cordon.agency, cordon.ruleId, cordon.atMs, cordon.section]).toEqual(["fire", "LNK-SCH-FIRE", ms("00:19:15"), "linkage"]);
    expect(cordon.message.zh).toContain("00:14:15 首车到场后至演练结束未设置警戒");
    expect(cordon.message.zh).toContain("时限 00:19:15");
    expect(cordon.basis).toContain("消防法 第四十五条");
    expect(cordon.basis).toContain("本县设定");
    expect(cordon.points).toBeCloseTo((2 * 30) / 69, 2);
  });

  it("charges the police's traffic car at 00:45 as the brigade's part done late (25分45秒 after 00:19:15), once", () => {
    const ps = parts(poor) as Array<(typeof poor.findings)[number]>;
    expect(ps.length).toBe(2);
    const traffic = ps.find((f) => f.message.zh.includes("局部交通管制迟至"))!;
    expect([traffic.agency, traffic.atMs]).toEqual(["fire", ms("00:19:15")]);
    expect(traffic.message.zh).toContain("迟至 00:45:00 才完成");
    expect(traffic.message.zh).toContain("迟 25分45秒");
    // 6 started windows of 5 min × 0.5, capped at the whole part: 1 × 2 × 30 / 69 (W 69 with r23-mine-a's LNK-SCH-PLAN)
    expect(traffic.quantity).toBe(1);
    expect(traffic.points).toBeCloseTo((2 * 30) / 69, 2);
    // the police's own duty is not charged again for the brigade's part
    expect(poor.findings.filter((f) => f.agency === "police" && f.message.zh.includes("局部交通管制迟至"))).toEqual([]);
  });

  // r23-mine-a's LNK-SCH-PLAN (act 6, never started): linkage W 63 → 69, L 47 → 53, S 10: attainable 30 × 59 / 69 = 25.65,
  // deducted 30 × 53 / 69 = 23.04, rate 6 / 59 = 10.2; total A 85.10 − 25.24 + 25.65 = 85.51, D 70.49 − 22.38 + 23.04 = 71.15
  // (16.8). r24-call (one late ambulance is one part, late-arrival-once.test.ts): the triage need sets aside 2, not 3, so
  // 力量调派 A 20.19 + 25 / 26 = 21.15: total A 86.47, D 71.15: 100 × 15.32 / 86.47 = 17.7
  // r24-chain (notice-chain.test.ts p13 ≥ p1): the brigade's missing notice also answers for the county's oral report it made late (due 00:30 had the bureau been told by 00:17:30, made 00:58): 迟报（他方所致）, 1 started hour × 4 × 30 / 90 = 1.33 in 信息报告: D 72.46 (printed findings), 100 × (86.47 − 72.46) / 86.47 = 16.2
  // r30 (r30-priced-once-links.test.ts): the brigade's late turn-out priced once among the school's late notice, the
  // police's unforwarded call and the brigade, police 0 + school 2 (was 1 + 1; rubric L 53 unchanged): printed 1.74 + 1.74
  // = 3.48 (was 2.17 + 1.30 = 3.47), deducted 23.05, rate 100 × 2.60 / 25.65 = 10.1; the total stays 16.2
  it("moves the poor play to 16.2 (100 × (86.47 − 72.46) / 86.47), its linkage section to 10.1", () => {
    expect(poor.score).toBe(16.2);
    expect(poor.sections.find((s) => s.id === "linkage")!.score).toBe(10.1);
  });

  it("charges a police cordon 34 min late (00:48) as late, never more than no cordon; a cordon 45 s late half a part", () => {
    const late = variant([cmd("00:48:00", "police", { type: "cordon", place: "school", radiusM: 80 }, 900)]);
    const lp = parts(late).find((f) => f.message.zh.includes("设置警戒迟至 00:48:00"));
    expect(lp?.agency).toBe("fire");
    expect(lp?.message.zh).toContain("迟 28分45秒");
    expect(late.score!).toBeGreaterThanOrEqual(poor.score!);
    const slight = variant([cmd("00:20:00", "police", { type: "cordon", place: "school", radiusM: 80 }, 900)]);
    const sp = parts(slight).find((f) => f.message.zh.includes("设置警戒迟至 00:20:00"));
    expect(sp?.quantity).toBe(0.5);
    expect(sp?.points).toBeCloseTo((0.5 * 2 * 30) / 69, 2);
    expect(slight.score!).toBeGreaterThan(late.score!);
  });

  it("finds no cordon finding once the police set a cordon in time (00:18, before 00:19:15)", () => {
    const cordoned = variant([cmd("00:18:00", "police", { type: "cordon", place: "school", radiusM: 80 }, 900)]);
    expect(parts(cordoned).filter((f) => (f as { message: { zh: string } }).message.zh.match(/未设置警戒|设置警戒迟至/))).toEqual([]);
    expect(cordoned.score!).toBeGreaterThan(poor.score!);
  });

  it("leaves the demonstration play at 100 with no finding but the exposure it cannot avoid", () => {
    const { report: good } = drill("school-fire", "good");
    expect(parts(good)).toEqual([]);
    expect(good.score).toBe(100);
  });
});
