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
 * 得分率 100 × (23.94 − 10.30) / 23.94 = 57.0. Review18 chemical A1, A2 grade lateness by how late (late-grade.ts): the
 * relay 27 min late is the whole 4 (+2) and takes what it made the bureau late, 1 window of its 15-min start and 1 of its
 * 30-min notice to the weather bureau (+2 + 2); the 120's start 30 min late is 3 windows of 10 min (6, +4); the
 * township's 32 min late, 2 windows of 30 (4, +2): L 34 + 12 = 46 → 扣分 46 × 30 / 99 = 13.94,
 * 得分率 100 × (23.94 − 13.94) / 23.94 = 41.8. Round 20 (notice-lateness.ts): a late notice takes what it made its
 * addressee late beyond its own delay. The enterprise's 119 call 2 min late (due 00:10, made 00:12) makes the brigade's
 * dispatch at 00:13 one window past the 00:12 it would have had (+2; the brigade from its own receipt is on time); its
 * 120 call 20 min late takes nothing (the 120's own 3 windows already fill its 6): L 46 + 2 = 48 → 扣分 48 × 30 / 99 =
 * 14.55, 得分率 100 × (23.94 − 14.55) / 23.94 = 39.2.
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
    // (A − D) / A = (24.55 − 15.76) / 24.55 = 35.8 % since the police's late relay carries the weather bureau's window
    // too and the caused lateness is shared with the enterprise (review20 chemical A1, A2: late-share.ts); was 39.2.
    // r23-mine-a: the plant's own plan (LNK-CHEM-PLAN, act 6, never started) makes W 105 (S 18, L 52 + 6 = 58):
    // (A − D) / A = (30 × 87 / 105 − 30 × 58 / 105) / (30 × 87 / 105) = 29 / 87 = 33.3 % (was 29 / 81 = 35.8) in rubric
    // points; printed, D is the sum of the findings' printed points (r24-sums): 2 × 1.71 + 5 × 0.57 + 6 × 1.14 + 1.43 + 2.00
    // = 16.54 (not 58 × 30 / 105 = 16.57), so 100 × (24.86 − 16.54) / 24.86 = 33.5
    expect(linkage.score).toBeCloseTo(33.5, 1);
  });
  it("good play: the township's 02:02 message answers it, no finding", () => {
    const { report } = drill("chemical-leak", "good");
    expect(report.findings.filter((x) => x.opportunity?.startsWith("help:inj-14-families"))).toEqual([]);
  });
});
