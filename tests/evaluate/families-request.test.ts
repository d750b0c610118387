/**
 * Review r15 chemical 8(c): twenty families of the dead and injured gather at the plant gate at 02:00 (inj-14-families,
 * to the township and the enterprise) and nobody answers in the poor play. Comforting the victims' families is the local
 * government's measure at the scene (生产安全事故应急条例 第十八条; domain.md §2.5), not the enterprise's (第十七条): one
 * request on the township, due 02:15 (15 min, the profile's helpRequests, 本县设定). The good play's township sends word
 * of its 善后工作组 at 02:02 and meets it.
 * Poor linkage by hand: W 87 + 4 = 91, S 20, L 24 + 4 = 28 → 应得分 30 × 71 / 91 = 23.41, 扣分 28 × 30 / 91 = 9.23,
 * 得分率 100 × (23.41 − 9.23) / 23.41 = 60.6 (was 64.2). Review16 chemical A2 and A4 add two opportunities of 4: the
 * police passing the villager's 110 call to the bureau (passed on 27 min late: 0.5 × 4 = 2) and the enterprise answering
 * 华宇 (never: 4): W 99, S 20, L 28 + 2 + 4 = 34 → 应得分 30 × 79 / 99 = 23.94, 扣分 34 × 30 / 99 = 10.30,
 * 得分率 100 × (23.94 − 10.30) / 23.94 = 57.0.
 */
import { describe, expect, it } from "vitest";
import { drill } from "./fixtures.ts";

describe("chemical leak: the families at the plant gate at 02:00", () => {
  it("poor play: 求助未响应 on the township alone, due 02:15, citing 应急条例 第十八条", () => {
    const { report } = drill("chemical-leak", "poor");
    const f = report.findings.filter((x) => x.opportunity === "help:inj-14-families:town");
    expect(f).toHaveLength(1);
    expect(f[0]!.code).toBe("HELP_REQUEST_UNANSWERED");
    expect(f[0]!.agency).toBe("town");
    expect(f[0]!.message.zh).toContain("至时限 02:15:00 未响应");
    expect(f[0]!.basis).toContain("生产安全事故应急条例 第十八条");
    expect(report.findings.some((x) => x.opportunity?.startsWith("help:inj-14-families:") && x.agency === "ent")).toBe(false);
    const linkage = report.sections.find((s) => s.id === "linkage")!;
    // 57.0 before review18 school 2: the township's shelter order, 32 min late on its 30-min duty, now weighs 2 started
    // windows (2 × 2 = 4 rubric points, was a flat 2): 2 more of the linkage section's 30 × …, 57.0 → 54.4
    expect(linkage.score).toBeCloseTo(54.4, 1);
  });
  it("good play: the township's 02:02 message answers it, no finding", () => {
    const { report } = drill("chemical-leak", "good");
    expect(report.findings.filter((x) => x.opportunity?.startsWith("help:inj-14-families"))).toEqual([]);
  });
});
