/**
 * A late or missing notice is charged the lateness it CAUSED on duties its addressee did perform late; a duty the addressee
 * never performed is the addressee's whole 联而不动 (review23 mine N1, refusing the r22-clock rule 「此间无从履行 N 个时限
 * （其后仍未履行为其自身联而不动）」); a duty arising on a later event is never back-dated to the notice's deadline (N2).
 * Correcting the notifier then never raises its addressee's charge, nor the total deduction.
 *
 * By hand (mine-flood, seed 7; 部门联动 W 111, rubric: 通知迟延 2 per started 5-min window, notice part 5, act part 6):
 *   - poor: the dispatch room tells the head at 00:15 (due 00:07): 2 started windows × 2 = 4 (1.08). The head never starts
 *     the mine's plan (LNK-MINE-PLAN, own deadline 00:15 + 5 = 00:20): with a word at 00:07 he would not have started it
 *     either, so the late word delayed nothing: the plan's 联而不动 is his whole 6 (1.62), none on the dispatch room (before:
 *     F1 4 + 4 「此间无从履行 2 个时限」, F2 「6，封顶 2」 0.54). His withdrawal (LNK-MINE-MINE), done late at 00:52, keeps the
 *     signed 「除其自身迟延外 1 个时限」; priced once with his own 响应迟缓 and split by causal share (r29, r21-caused-once):
 *     the room (4 + 6 − 6) / 2 = 2 of the act part 6, the head 4: F1 4 + 2 = 6 (1.62).
 *   - v2 (the only change: the word at 00:05, in time): the plan's 联而不动 is 6 again (00:05 + 5 = 00:10), as in poor —
 *     before the mine rose 37.28 → 38.36 when the dispatch room was corrected (its plan 0.54 → 1.62). The head's
 *     withdrawal is then his own alone, 6: +2 on the mine, half the overlap 4 + 6 − 6 the two alone would count twice
 *     (r29: the priced-once total leaves no split with no rise; halving it is the least); the total does not rise.
 *   - v7 (no command at all): the dispatch room never tells the head (未通知, notice part 5: he heard from the positioning
 *     system at 00:59:50, so not the whole duty); the head's withdrawal, plan and rescue duties, never done, are his
 *     whole 联而不动, 6 each (before: F4 5 + 16 windows, F6 0, F7 0, F17 0.54). The rescue duty (LNK-MINE-RESCUE,
 *     `workWhen: trapped`) arises on the miners' trapping (00:57:50): no finding measures it from 00:07 + 30 = 00:37 (N2:
 *     #48 printed 「按应获知时起算时限 00:37:00」).
 *   - v7 with one command, the mine sending its part-time rescue team at 01:40 (its own deadline 00:59:50 + 30 = 01:29:50:
 *     1 started 30-min window late, 响应迟缓 2, 0.54): had the head been told at 00:07, the rescue was still owed only from
 *     the trapping, 00:57:50 + 30 = 01:27:50 at the earliest: T = ⌈12 min 10 s / 30⌉ = 1 = his own 1, nothing on the
 *     dispatch room, whose 未通知 stays 5 (1.35). Back-dated to 00:07 + 30 = 00:37 it would carry ⌈63 / 30⌉ − 1 = 2 windows,
 *     4 points (9, 2.43).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Finding, ReportModel } from "../../engine/evaluate/report-model.ts";
import { poor, variant } from "./mine-poor-variant.ts";

const play = (name: string) => readFileSync(new URL(`./plays/${name}.yaml`, import.meta.url), "utf8");
const on = (r: ReportModel, agency: string, opp: string, code: string) => r.findings.filter((f) => f.agency === agency && f.opportunity === opp && f.code === code);
const rubricPts = (fs: readonly Finding[]) => fs.reduce((a, f) => a + (f.rubricPoints ?? 0), 0);
/** rubric points per agency (findings on no agency left out) */
const byAgency = (r: ReportModel) => {
  const m = new Map<string, number>();
  for (const f of r.findings) if (f.agency !== null) m.set(f.agency, (m.get(f.agency) ?? 0) + (f.rubricPoints ?? 0));
  return m;
};
const total = (r: ReportModel) => r.sections.reduce((a, s) => a + s.deducted, 0);
const PLAN = "link:LNK-MINE-PLAN:mine";
const HEAD = "link:LNK-MINE-MINE:mine";

describe("mine poor play: the dispatch room's late word carries nothing of a plan the head never started", () => {
  const r = poor.report;

  it("F1 is the notice's 4 and the withdrawal's causal share 2, nothing on the plan; the plan's 联而不动 is the head's whole 6", () => {
    const f1 = on(r, "dispatch", HEAD, "LINKAGE_NOTIFIED_LATE");
    expect(f1).toHaveLength(1);
    expect(f1[0]!.rubricPoints).toBe(6);
    expect((f1[0]!.caused ?? []).map((c) => c.opportunity)).toEqual([HEAD]);
    expect(f1[0]!.message.zh).not.toContain("此间无从履行");
    const plan = on(r, "mine", PLAN, "PLAN_NOT_STARTED"); // its own finding since r24-plan, priced as 联而不动 was
    expect(plan.map((f) => f.rubricPoints)).toEqual([6]);
    expect(plan[0]!.points).toBeCloseTo((6 * 30) / 111, 2);
  });
});

describe("v2-dispatch-tells (review23 mine): correcting the dispatch room raises nobody", () => {
  const v2 = variant(play("mine-r23-v2-dispatch-tells"));

  it("the head's plan 联而不动 costs 6 as in poor; only the mine rises, by half the withdrawal's overlap (2); the total deduction does not rise", () => {
    expect(on(v2, "mine", PLAN, "PLAN_NOT_STARTED").map((f) => f.rubricPoints)).toEqual([6]);
    expect(on(v2, "mine", HEAD, "LINKAGE_SLOW").map((f) => f.rubricPoints)).toEqual([6]);
    const a = byAgency(poor.report);
    const b = byAgency(v2);
    const rose = [...b].filter(([k, v]) => v > (a.get(k) ?? 0) + 1e-9).map(([k, v]) => [k, Math.round((v - (a.get(k) ?? 0)) * 1e4) / 1e4]);
    expect(rose).toEqual([["mine", (4 + 6 - 6) / 2]]);
    expect(total(v2)).toBeLessThanOrEqual(total(poor.report) + 1e-9);
    expect(v2.score!).toBeGreaterThanOrEqual(poor.report.score!);
  });
});

describe("v7-none (review23 mine): nobody acts; the never-told head's idleness is his own, whole", () => {
  const v7 = variant(play("mine-r23-v7-none"));

  it("the dispatch room's 未通知 is its notice part (5) alone: it carries no duty the head never did", () => {
    const f4 = on(v7, "dispatch", HEAD, "LINKAGE_NOT_NOTIFIED");
    expect(f4).toHaveLength(1);
    expect(f4[0]!.heardElsewhere).toBe(true);
    expect(f4[0]!.rubricPoints).toBe(5);
    expect(f4[0]!.caused ?? []).toEqual([]);
  });

  it("the head's withdrawal, plan and rescue duties, never done, are his 联而不动, 6 each (1.62)", () => {
    for (const opp of [HEAD, PLAN, "link:LNK-MINE-RESCUE:mine"]) {
      const idle = on(v7, "mine", opp, opp === PLAN ? "PLAN_NOT_STARTED" : "LINKAGE_IDLE");
      expect(idle.map((f) => f.rubricPoints), opp).toEqual([6]);
      expect(idle[0]!.points).toBeCloseTo((6 * 30) / 111, 2);
    }
  });

  it("no finding measures the rescue duty from before the miners were trapped (00:57:50): no 00:37:00 should-have-known deadline", () => {
    const rescue = v7.findings.flatMap((f) => (f.shouldDue ?? []).filter((d) => d.obligation.startsWith("LNK-MINE-RESCUE:")));
    expect(rescue.filter((d) => d.dueMs < 57 * 60_000 + 50_000)).toEqual([]);
    expect(v7.findings.some((f) => f.message.zh.includes("00:37:00"))).toBe(false);
  });
});

describe("v7 with the rescue organised late (01:40): a duty arising on the trapping is not back-dated to the notice (N2)", () => {
  const r = variant(play("mine-r24-v7-rescue-0140"));

  // r31 (the word's entry kept when the owner's own windows cover the delay, priced once by Shapley): the late rescue's
  // one started window is one game of the room (never told) and the head. v(both late) = 1 (01:40 against 01:27:50);
  // v(head alone: told 00:07, acts 01:40) = 1; v(room alone: the head acting by his own 01:29:50) = 1 (2 min past
  // 01:27:50 starts a window); v(none) = 0. Shapley: room ½·1 + ½·(1 − 1) = ½, head the same ½: 1 point each of the 2.
  // Priced once: the total is the 2 it was (head 2 + room 5 before, head 1 + room 6 now).
  it("the head's late rescue, one window priced once: the head 1, the dispatch room 1 on its 未通知 (5 + 1); counted from the trapping, never 00:37", () => {
    const slow = on(r, "mine", "link:LNK-MINE-RESCUE:mine", "LINKAGE_SLOW");
    expect(slow.map((f) => f.rubricPoints)).toEqual([1]);
    const f4 = on(r, "dispatch", HEAD, "LINKAGE_NOT_NOTIFIED");
    expect(f4.map((f) => f.rubricPoints)).toEqual([6]);
    expect(rubricPts([...slow, ...f4])).toBe(2 + 5);
    expect(f4[0]!.message.zh).toContain("按因果份额计 1 分");
    // N2 in the words too: 01:40:00 − (00:57:50 + 30 min) = 12 min 10 s, not 01:40 − 00:37 = 1 h 3 min
    expect(slow[0]!.message.zh).toContain("履职按应于 00:07:00 获知、职责于 00:57:50 产生计迟 12分10秒，另见 ");
    expect(slow[0]!.message.zh).not.toContain("1小时3分钟");
    expect(slow[0]!.message.en).toMatch(/counted from when it should have known \(00:07:00\) and the duty arose \(00:57:50\), see F\d+: 12 min 10 s late/);
  });
});
