/**
 * Review 21 chemical 2: an agency visibly acting on the incident knows it (blame.ts knewAt). Variant of the chemical poor
 * play, seed 7 (tests/evaluate/plays/chem-r22-eb-acts.yaml): the police pass the villager's 00:11 110 call on to the bureau
 * only at 01:20 (not 00:40), so nobody has told the bureau when it sends its notice to six agencies at 00:58; the
 * enterprise's late report tells it at 01:02. The bureau knew by 00:58 (its own notice), whatever came later.
 * Hand calculation (linkage duty LNK-CHEM-EB 15 min, its notice to the weather bureau 30 min, the weather bureau's duty
 * 30 min; started windows, late-grade.ts; 2 rubric points a window; 联动 30 / 99):
 *   - the bureau began its duty at 00:58, inside its own window from 00:58 (due 01:13): no 响应迟缓 on it (before: "01:02:00
 *     接报，01:20:00 才开始履行职责", 1 window, its activation at 01:20 counted as the start);
 *   - the enterprise's notice (due 00:10) is late to 00:58, 48 min, not to the 01:02 report (52 min);
 *   - what the links caused the bureau's start: told at 00:10 it was due 00:25, begun 00:58 → 3 windows; the relay in time
 *     (00:13) → due 00:28 → 2 windows; its own from 00:58 → 0. Shapley: enterprise ½·3 + ½·(3 − 2) = 2, police ½·2 = 1;
 *   - the notice to the weather bureau (due 00:40 / 00:43 had the bureau known, sent 00:58) 1 window each way: 0.5 + 0.5;
 *     the weather bureau's wind data (due 01:10 / 01:13, sent 01:20) likewise 0.5 + 0.5;
 *   - so the enterprise's notice carries (2 + 0.5 + 0.5) × 2 = 6, the police's relay (1 + 0.5 + 0.5) × 2 = 4 beside its own
 *     4 (27+ min past 00:13, capped at never passing it on): 8 × 30 / 99 = 2.42; 8 × 30 / 105 = 2.29 once the plant's own
 *     plan (LNK-CHEM-PLAN, r23-mine-a: act 6) makes 联动 W 105.
 */
import { describe, expect, it } from "vitest";
import { playOf } from "../helpers.ts";
import { chem, judge } from "./chem-variant.ts";
import { drill } from "./fixtures.ts";

const r = judge(playOf(chem, "tests/evaluate/plays/chem-r22-eb-acts.yaml"));
const poor = drill("chemical-leak", "poor").report;

describe("review21 chemical 2: the bureau sending notices at 00:58 knew the incident by then", () => {
  it("no 响应迟缓 on the bureau's linkage duty: begun by its 00:58 notices, within its own 15 min", () => {
    expect(r.findings.filter((f) => f.code === "LINKAGE_SLOW" && f.agency === "eb" && f.ruleId === "LNK-CHEM-EB")).toEqual([]);
  });

  it("the enterprise's notice to the bureau is late to 00:58 (48 min), and says the bureau knew by its own command", () => {
    const f = r.findings.find((g) => g.code === "LINKAGE_NOTIFIED_LATE" && g.agency === "ent" && g.message.zh.includes("未按时通知临江县应急管理局"))!;
    expect(f.message.zh).toContain("临江县应急管理局 00:58:00 已自行获知");
    expect(f.message.zh).toContain("迟 48分钟");
    // r30: the two links and the bureau's own delay priced once by Shapley in points (priced-once.ts): the bureau on time
    // once it knew (v: police alone 0, enterprise alone 1 window = 2, both 3 windows = 6): police (0 + 6 − 2)/2 = 2,
    // enterprise (2 + 6 − 0)/2 = 4; the weather bureau's notice and wind data (police alone 0, enterprise alone and both
    // 1 window): enterprise 2 each, police 0 — enterprise 2 + 4 + 2 = 8 (was 1 + 4 + 1 = 6, the windows split first)
    expect(f.message.zh).toContain("「县应急管理局接报后牵头协调处置：启动响应、通知联动单位、组织专家」按应获知时起算时限 00:25:00，00:58:00 才完成，除其自身迟延外 3 个时限（与其他 2 方迟延合计按一次计价，按因果份额计 4 分");
    expect(f.message.zh).toContain("按因果份额计 2 个时限");
    expect(f.caused?.reduce((a, c) => a + c.quantity, 0)).toBe(2 + 0.5 + 0.5);
    expect(f.counted?.caused).toBe(8);
  });

  it("the police's relay at 01:20 carries its causal share up to 00:58 only: (4 + 2) × 30 / 105 = 1.71 (r30: its Shapley 2 on the start, 0 where its lateness starts no window)", () => {
    const f = r.findings.find((g) => g.code === "REPORT_FORWARDED_LATE" && g.agency === "police")!;
    expect(f.message.zh).toContain("临江县应急管理局 00:58:00 已自行获知事故");
    expect(f.message.zh).toContain("00:58:00 才完成，除其自身迟延外 3 个时限（与其他 2 方迟延合计按一次计价，按因果份额计 2 分");
    expect(f.message.zh).toContain("按因果份额计 1 个时限");
    expect(f.points).toBeCloseTo((6 * 30) / 105, 1);
  });

  it("relaying later than the poor play (01:20 against 00:40) never scores above it", () => {
    expect(r.score!).toBeLessThanOrEqual(poor.score!);
  });
});
