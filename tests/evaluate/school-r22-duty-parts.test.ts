/**
 * Review21 school 4 (round 22): a duty nobody did is not 「职责各项均已履行」. The brigade's school-fire duty
 * (LNK-SCH-FIRE) reads 「消防救援接警后立即出动（≤1分钟），救人第一，设置警戒和局部交通管制」; the cordon and the local
 * traffic control are the fire-ground commander's powers (消防法 第四十五条), owed jointly with the police (LNK-SCH-PSB),
 * so each is a judged part (duty-parts.ts), met by the brigade's or the police's act. cordon.ts does not fire for a
 * fire (it judges the ERG isolation distance of a toxic release only).
 * Hand-worked, seed 7 (drill start 10:10 = 00:00:00):
 *   poor play: nobody sets a cordon or sends a cordon guard; the police's car goes to the gate for traffic at 00:45.
 *     The brigade, told at 00:07:30 (the school's 119 call), turned out at 00:09:30 (late: 响应迟缓), so its duty was
 *     met and its act deadline is 00:07:30 + 1 min = 00:08:30: 职责未完成 (LINKAGE_PART_UNDONE) 「未设置警戒」 dated
 *     00:08:30, 2 points (rubric act-complete) × 30 / 63 (the linkage section's W) = 0.95, inside the brigade's duty
 *     opportunity (通知 5 + 履职 6 = 11, 6 taken before: 8 of 11 now). The traffic part is met by the police's 00:45 car.
 *     Score: the linkage section's D 20.48 + 0.95 = 21.43; total 100 × (85.10 − (68.59 + 0.95)) / 85.10 = 18.3.
 *     r23-mine-a: the school's own plan (LNK-SCH-PLAN, act 6, never started in the poor play) makes 部门联动 W 69 (S 10,
 *     L 45 + 6 = 51): the part is 2 × 30 / 69 = 0.87; linkage attainable 30 × 59 / 69 = 25.65 (was 30 × 53 / 63 = 25.24),
 *     deducted 30 × 51 / 69 = 22.17 (was 21.43): rate 8 / 59 = 13.6 (was 8 / 53 = 15.1); total
 *     100 × ((85.10 − 25.24 + 25.65) − (69.54 − 21.43 + 22.17)) / 85.51 = 100 × (85.51 − 70.28) / 85.51 = 17.8.
 *   poor play + the police's cordon at 00:30 round the school: no part finding, and the score is higher.
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

const parts = (r: { findings: Array<{ code: string; agency: string | null }> }) => r.findings.filter((f) => f.code === "LINKAGE_PART_UNDONE");

describe("review21 school 4: the brigade's cordon part, never done in the poor play", () => {
  const { report: poor } = drill("school-fire", "poor");

  it("finds 职责未完成 「未设置警戒」 on the brigade at its act deadline 00:08:30, 0.87 points (2 × 30 / 69)", () => {
    const [f, ...more] = parts(poor) as Array<(typeof poor.findings)[number]>;
    expect(more).toEqual([]);
    expect([f!.agency, f!.ruleId, f!.atMs, f!.section]).toEqual(["fire", "LNK-SCH-FIRE", ms("00:08:30"), "linkage"]);
    expect(f!.message.zh).toContain("至演练结束未设置警戒");
    expect(f!.basis).toContain("消防法 第四十五条");
    expect(f!.points).toBeCloseTo((2 * 30) / 69, 2);
  });

  it("moves the poor play to 17.8 (100 × (85.51 − 70.28) / 85.51, with r23-mine-a's LNK-SCH-PLAN), its linkage section to 13.6", () => {
    expect(poor.score).toBe(17.8);
    expect(poor.sections.find((s) => s.id === "linkage")!.score).toBe(13.6);
  });

  it("finds no part undone once the police set a cordon, and scores that play higher", () => {
    const cordoned = variant([cmd("00:30:00", "police", { type: "cordon", place: "school", radiusM: 80 }, 900)]);
    expect(parts(cordoned)).toEqual([]);
    expect(cordoned.score!).toBeGreaterThan(poor.score!);
  });

  it("leaves the demonstration play at 100 with no finding but the exposure it cannot avoid", () => {
    const { report: good } = drill("school-fire", "good");
    expect(parts(good)).toEqual([]);
    expect(good.score).toBe(100);
  });
});
