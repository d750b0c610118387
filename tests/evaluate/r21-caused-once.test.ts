/**
 * A late notice carries only the lateness it caused, and once (review20 mine A1, A2; review20 school 3).
 *   - Mine O1 (the poor play with the dispatch room's withdrawal at 00:05, not 00:52): the head's duty (LNK-MINE-MINE,
 *     met only by the withdrawal, the dispatch room's included) was done at 00:05, before his notice fell due (00:07)
 *     and before its would-be deadline 00:07 + 5 = 00:12. Told on time, it would still have been met at 00:05: the room's
 *     late word (00:15, 通知迟延 4) made nothing late. Before: F1 = (4 + 2) × 30 / 99 = 1.82 "除其自身迟延外 1 个时限".
 *   - Mine O4 (the 120 sends its 2 ambulances at 01:52): the bureau first heard at 01:10 and owed the 120 the notice within
 *     its own 15 min (LNK-EB act minutes): 01:25; the need (req-ems, 60 min) runs from there, 02:25. The ambulances came at
 *     02:17:44: in time. Before: 到场迟延 on the bureau against 01:25, "迟 52分44秒", 2.78.
 *   - School poor: the school's 120 call at 00:25 (due 00:15) already carries the 120's late dispatch (F16, 2 of 6); the
 *     ambulance's late arrival (到场迟延, 00:45:39 against 00:30) is the same lateness: it follows F16 at 0 (随其他问题
 *     不重复扣分, as the 120's own 到场迟延 follows its 响应迟缓). Before: 2 × 25 / 26 = 1.92 more.
 * Sources: AQ/T 9009-2015 附录A 应急资源管理; 煤矿防治水细则（2018）第六条; scenario req-ems (60 min); domain.md §7.5.
 */
import { describe, expect, it } from "vitest";
import { POOR, poor, variant } from "./mine-poor-variant.ts";
import { schoolVariant } from "./school-variant.ts";

const EVAC_0052 = '  - at: "00:52:00"\n    by: dispatch\n    type: evacuate';
const AMBULANCES = '  - at: "01:52:00"\n    by: ems\n    type: dispatch\n    units: [amb-1, amb-2]\n    place: mine\n    task: treat\n';

describe("review20 mine A1: a withdrawal done before the head could have been told owes nothing to the late notice", () => {
  const o1 = variant(POOR.replace(EVAC_0052, EVAC_0052.replace("00:52:00", "00:05:00")));

  it("the dispatch room's late word to the head is its 通知迟延 only (4 × 30 / 111 = 1.08; W 105 since COALSUP is timed, mine-r22, 111 with the mine's own plan, r23-mine-a), carrying no lateness of his", () => {
    expect(POOR).toContain(EVAC_0052);
    const f = o1.findings.filter((g) => g.agency === "dispatch" && g.opportunity === "link:LNK-MINE-MINE:mine");
    expect(f.map((g) => g.code)).toEqual(["LINKAGE_NOTIFIED_LATE"]);
    expect(f[0]!.caused).toBeUndefined();
    expect(f[0]!.message.zh).not.toContain("因此致其履职迟延");
    expect(f[0]!.rubricPoints).toBe(4);
    expect(f[0]!.points).toBeCloseTo((4 * 30) / 111, 2);
  });
});

describe("review20 mine A2: an ambulance delay charged to a bureau that learnt late runs from when it could have told the 120", () => {
  it("O4: the ambulances at 02:17:44 are within 01:10 + 15 + 60 = 02:25: no 到场迟延 on the bureau", () => {
    const o4 = variant(`${POOR.trimEnd()}\n${AMBULANCES}`);
    expect(o4.dispatch.requirements.find((r) => r.id === "req-ems")?.status).toBe("late");
    expect(o4.findings.filter((f) => f.code === "DISPATCH_LATE" && f.ruleId === "req-ems")).toEqual([]);
  });
});

describe("review20 school 3: the ambulance's lateness the school's late 120 call caused is charged once", () => {
  const r = schoolVariant().report;

  it("the arrival row follows the notice that already carries the 120's lateness (0, 随 F16)", () => {
    // the school's late 120 call (LNK-SCH-EMS); its late 119 call may carry lateness of its own down the chain (late-share.ts)
    const notice = r.findings.find((f) => f.code === "LINKAGE_NOTIFIED_LATE" && f.agency === "sch" && f.ruleId === "LNK-SCH-EMS" && (f.caused?.length ?? 0) > 0)!;
    expect(notice.message.zh).toContain("因此致其履职迟延");
    const arrival = r.findings.filter((f) => f.code === "DISPATCH_LATE" && f.agency === "sch" && f.message.zh.includes("救护车"));
    expect(arrival).toHaveLength(1);
    expect(arrival[0]!.causedBy).toBe(notice.id);
    expect(arrival[0]!.points).toBe(0);
  });
});

describe("review20 mine 5: a caused lateness that adds nothing says so", () => {
  it("poor F1: the head's 1 window beyond his own, priced once with his own 响应迟缓 (act part 6): its causal share 2, and the line says it", () => {
    // F1's notice part: 2 started 5-min windows (00:07 → 00:15) × 2 = 4 (round 24, review23 mine N1: nothing of the plan
    // the head never started). The withdrawal (5-min windows; due 00:12 had he been told in time, 00:20 as told, done
    // 00:52): the whole 8 windows × 2 capped at 6; the word alone (00:12 → 00:20) 2 × 2 = 4; the head alone (00:20 →
    // 00:52) 7 × 2 capped at 6. Before r29 the head's own took the act part first and F1 added 0; by causal share the room
    // bears (4 + 6 − 6) / 2 = 2, the head 4: F1 4 + 2 = 6, × 30 / 111 = 1.62 (r29, relay-lateness.ts takeCaused)
    const f1 = poor.report.findings.find((f) => f.code === "LINKAGE_NOTIFIED_LATE" && f.agency === "dispatch" && f.opportunity === "link:LNK-MINE-MINE:mine")!;
    expect(f1.rubricPoints).toBe(6);
    expect(f1.points).toBeCloseTo((6 * 30) / 111, 2);
    expect(f1.counted?.causedEach).toEqual([{ points: 2, capped: false, share: true }]);
    expect(f1.message.zh).toContain("除其自身迟延外 1 个时限（与其自身迟延合计按一次计价，按因果份额计 2 分");
    expect(f1.message.en).toContain("beyond its own delay (priced once with the owner's own delay: 2 by causal share");
    const head = poor.report.findings.filter((f) => f.code === "LINKAGE_SLOW" && f.agency === "mine" && f.opportunity === "link:LNK-MINE-MINE:mine");
    expect(head.map((f) => f.rubricPoints)).toEqual([4]);
  });
});
