/**
 * A finding names what actually happened (review9 chemical 11):
 *
 * - the protection order actually given: the police ordered the field workers to 疏散 at 01:05 (the poor play's
 *   evacuate command, as in the through-the-cloud finding on the villagers) and the township ordered the school
 *   to 就地避险 at 01:20 (its shelter command); "下达就地避险或疏散指令" is what was owed, only when no order came.
 * - the idle engines that could set the water curtain: 城东站水罐消防车1、2 (capabilities 水幕稀释、搜救, the
 *   scenario's ce-e1/ce-e2) were sent at 00:13 to 堵漏 at V-101, a task beyond them (timeline "无法执行「堵漏」"),
 *   and stood at the tank for the rest of the drill; 特勤站泡沫水罐消防车2 (hz-e2), at another station and never
 *   sent anywhere, is not the engine an evaluator names.
 */
import { describe, expect, it } from "vitest";
import { drill } from "./fixtures.ts";

describe("chemical leak, poor play: findings name the order given and the engines idle at the tank", () => {
  const { report } = drill("chemical-leak", "poor");
  const protect = (name: string) => report.findings.find((f) => f.code === "PROTECTIVE_ACTION_LATE" && f.message.zh.includes(name))!;

  it("the field workers' late protection names the evacuation order given at 01:05, the school's the shelter order at 01:20", () => {
    expect(protect("田间劳作村民").message.zh).toContain("01:05:00 下达疏散指令");
    expect(protect("江湾小学师生").message.zh).toContain("01:20:00 才下达就地避险指令");
    expect(protect("田间劳作村民").message.en).toContain("ordered to evacuate at 01:05:00");
    for (const f of report.findings.filter((g) => g.code === "PROTECTIVE_ACTION_LATE" && !g.message.zh.includes("始终未"))) expect(f.message.zh).not.toContain("就地避险或疏散指令");
  });

  it("the water-curtain shortfall's idle units are the two East station tenders standing at V-101, never the special station's foam tender 2", () => {
    const curtain = report.findings.filter((f) => f.code === "DISPATCH_IDLE_UNITS" && f.message.zh.includes("水幕"));
    expect(curtain).toHaveLength(1);
    expect(curtain[0]!.message.zh).toContain("城东站水罐消防车1、城东站水罐消防车2");
    expect(curtain[0]!.message.zh).toContain("已在临江化工液氯罐区V-101储罐");
    expect(curtain[0]!.message.zh).not.toContain("特勤站泡沫水罐消防车2");
    expect(curtain[0]!.agency).toBe("fire");
  });
});
