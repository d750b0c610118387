/**
 * Review19 mine A1 (issue 10 §1, §11: never telling must never score above telling late). Mine-flood poor play, seed 7:
 * the dispatch room tells the mine head at 00:15 (signs) and 00:27 (the inrush); the head calls the rescue team at 00:30;
 * the withdrawal is ordered at 00:52. Variants (review19 table B):
 *   - B3: the 00:15 and 00:27 calls dropped. Before: 4.0, above the poor play (3.9) and B3b (3.6): the head was dated as
 *     learning at 01:05:50 (the positioning system's inject) although he called the team himself at 00:30, and his
 *     withdrawal, done before 01:05:50, was credited. Now the room's 未通知 carries that withdrawal (silenced-duty.ts): told
 *     by 00:07 (notice due) he would have withdrawn by 00:12; 00:52 is 8 windows late, at most the act part 6: 5 + 6 = 11.
 *     (Dating his knowledge by his own 00:30 call was tried and dropped: tests/knowledge/known-by-act.test.ts.)
 *   - B3b: only the 00:15 call dropped (told late, at 00:27).
 *   - B3c / B3d: as B3 / B3b, but the dispatch room, not the head, calls the team at 00:30, so the head has no act of his
 *     own and first hears at 01:05:50. Before: B3c 4.0 > B3d 3.6. Now the dispatch room's 未通知 carries the head's duty
 *     its silence made impossible in time: told by 00:07 (notice due), his withdrawal was due by 00:12; it came at 00:52,
 *     40 min = 8 started 5-min windows late, charged as the duty's lateness, at most its act part (6): 5 + 6 = 11 on the
 *     head's opportunity, as B3d's late notice and late withdrawal.
 * Sources: 493号令 第九条 (现场有关人员 → 单位负责人 立即)；煤矿防治水细则（2018）第六条.
 */
import { describe, expect, it } from "vitest";
import { POOR, poor, variant } from "./mine-poor-variant.ts";

const CALL_0015 = /  - at: "00:15:00"\n    by: dispatch\n    type: message\n    to: mine\n[\s\S]*?    note: 未下达撤人命令（违反“先撤人、后汇报”）\n/;
const CALL_0027 = /  - at: "00:27:00"\n    by: dispatch\n    type: message\n    to: mine\n    channel: phone\n    text: 1203迎头突水了，水很大，请矿长到调度室。\n/;
const TEAM_BY_HEAD = '  - at: "00:30:00"\n    by: mine\n    type: requestSupport';
const TEAM_BY_ROOM = '  - at: "00:30:00"\n    by: dispatch\n    type: requestSupport';

const b3b = POOR.replace(CALL_0015, "");
const b3 = b3b.replace(CALL_0027, "");
const MIN = 60_000;

describe("review19 mine A1: the head who was never told and withdrew his men on his own", () => {
  const r3 = variant(b3);
  const r3b = variant(b3b);

  it("never telling the head (B3) scores no higher than telling him late (B3b), and below the poor play", () => {
    expect(POOR).toMatch(CALL_0015);
    expect(b3b).toMatch(CALL_0027);
    expect(r3.score!).toBeLessThanOrEqual(r3b.score!);
    expect(r3b.score!).toBeLessThan(poor.report.score!);
  });

  it("the dispatch room's silence carries the head's withdrawal, done at 00:52 before he first heard (01:05:50): 8 windows from 00:12, 5 + 6 = 11", () => {
    // what the head knew is what reached him (the positioning system's inject at 01:05:50): his own 00:30 call does not
    // date it (tests/knowledge/known-by-act.test.ts); the room that never told him answers for the withdrawal instead
    const row = r3.linkage.rows.find((r) => r.agency === "mine" && r.ruleId === "LNK-MINE-MINE")!;
    expect(row.notifiedAtMs).toBe(65 * MIN + 50_000);
    const never = r3.findings.filter((f) => f.code === "LINKAGE_NOT_NOTIFIED" && f.agency === "dispatch" && f.opportunity === "link:LNK-MINE-MINE:mine");
    expect(never).toHaveLength(1);
    // (alone 8: the head has no 响应迟缓 of his own, so all 8 are the silence's, nothing shared: r29 relay-lateness.ts takeCaused)
    expect(never[0]!.caused).toEqual([{ opportunity: "link:LNK-MINE-MINE:mine", code: "LINKAGE_SLOW", quantity: 8, alone: 8 }]);
    expect(never[0]!.message.zh).toContain("按应于 00:07:00 获知计时限 00:12:00，00:52:00 才完成，除其自身迟延外 8 个时限");
    expect(never[0]!.rubricPoints).toBe(11);
    // the head is not charged a 响应迟缓 of his own for it
    expect(r3.findings.some((f) => f.code === "LINKAGE_SLOW" && f.agency === "mine" && f.opportunity === "link:LNK-MINE-MINE:mine")).toBe(false);
  });
});

describe("review19 mine A1: a notice never given carries the duty its silence made impossible", () => {
  const b3c = variant(b3.replace(TEAM_BY_HEAD, TEAM_BY_ROOM));
  const b3d = variant(b3b.replace(TEAM_BY_HEAD, TEAM_BY_ROOM));

  it("never telling the head (B3c) scores no higher than telling him late (B3d)", () => {
    expect(b3).toContain(TEAM_BY_HEAD);
    expect(b3c.score!).toBeLessThanOrEqual(b3d.score!);
  });

  it("the dispatch room's 未通知 carries the head's withdrawal: 8 windows late from 00:12, its act part 6, so 5 + 6 = 11", () => {
    const never = b3c.findings.filter((f) => f.code === "LINKAGE_NOT_NOTIFIED" && f.agency === "dispatch" && f.opportunity === "link:LNK-MINE-MINE:mine");
    expect(never).toHaveLength(1);
    // (alone 8: the head has no 响应迟缓 of his own, so all 8 are the silence's, nothing shared: r29 relay-lateness.ts takeCaused)
    expect(never[0]!.caused).toEqual([{ opportunity: "link:LNK-MINE-MINE:mine", code: "LINKAGE_SLOW", quantity: 8, alone: 8 }]);
    expect(never[0]!.message.zh).toContain("按应于 00:07:00 获知计时限 00:12:00，00:52:00 才完成");
    expect(never[0]!.rubricPoints).toBe(11);
    const o = b3c.sections.find((s) => s.id === "linkage")!.scoring!.items!.find((i) => i.id === "link:LNK-MINE-MINE:mine")!;
    expect([o.lost, o.unearned]).toEqual([11, undefined]);
  });
});
