/**
 * Units that came late beside a shortfall are judged late, as a unit meeting a need late is (review9 chemical 5;
 * rubric "力量按时到场": 力量不足 per unit never there, 到场迟延 / 力量派出迟延 for those that came late).
 * Chemical leak poor play (scenario req-treat: 3 ambulances at the plant within 30 min; county-default
 * LNK-CHEM-HEALTH: told within 10 min, acts within 30): the health bureau should have been told by 00:10, so the
 * need ran to 00:10 + 30 = 00:40; the enterprise told it only at 00:30, when its own 30 min to act ran past 00:40,
 * so it is judged on its own window, 00:30 + 30 = 01:00:00. It sent two ambulances at 01:10 (after that deadline),
 * which arrived at 01:17:58: 17分58秒 late, sent late; the third never came (1 short).
 */
import { describe, expect, it } from "vitest";
import { drill } from "./fixtures.ts";

describe("chemical leak poor play: two ambulances 01:17:58 for a need due 01:00:00, the third never", () => {
  const { report } = drill("chemical-leak", "poor");
  const f = report.findings.filter((x) => x.ruleId === "req-treat" && (x.code === "DISPATCH_INSUFFICIENT" || x.code === "DISPATCH_LATE"));

  it("one shortfall for the ambulance never sent (1 short) and one 派出迟延 for the two that came 17分58秒 late, both on the health bureau", () => {
    expect(f.map((x) => [x.code, x.agency])).toEqual([["DISPATCH_INSUFFICIENT", "health"], ["DISPATCH_LATE", "health"]]);
    expect(f[0]!.quantity).toBe(1);
    expect(f[1]!.message.zh).toContain("时限 01:00:00");
    expect(f[1]!.message.zh).toContain("至时限无一到场，01:10:00 才调派，01:17:58 到场 2 辆救护车，迟 17分58秒");
  });

  // review11 chemical 2 (each fault once): the two ambulances came late because the bureau began only at 01:10 (its
  // 响应迟缓, LNK-CHEM-HEALTH, 40 min after its 00:30 receipt); that lateness is charged there, the third never sent here
  it("the shortfall costs its own points; the late arrival follows the health bureau's 响应迟缓 and costs nothing again", () => {
    expect(f).toHaveLength(2);
    expect(f[0]!.points).toBeGreaterThan(0);
    expect(f[1]!.points).toBe(0);
    const root = report.findings.find((x) => x.id === f[1]!.causedBy);
    expect([root?.code, root?.agency]).toEqual(["LINKAGE_SLOW", "health"]);
  });
});
