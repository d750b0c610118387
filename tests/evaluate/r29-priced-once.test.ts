/**
 * r29 (issue 10 §1, §2, §11): a linkage duty late through TWO agencies — a notifier that passed the word late (通知迟延)
 * and the duty's owner that then started late on its own (响应迟缓) — is priced ONCE, in started windows of the duty's
 * limit and within its never-done part, and split between the two by causal share: each agency bears the points its own
 * correction would remove, averaged over the two orders of correcting (relay-lateness.ts takeCaused; late-share.ts LATE_HOW).
 * With v(·) the duty's points priced once (windows × 2, at most the act part 6):
 *   word's share  = (v(word alone) + v(both) − v(owner alone)) / 2,   owner's share = v(both) − word's share.
 * So (b) the two together are v(both), never two started windows rounded apart, and (c) each is at most what it alone
 * costs, so at most the never-done part. (a) then holds in the only form (b) leaves possible: correcting one agency never
 * raises the pair's charge, and raises the other's by at most half the overlap v(word) + v(owner) − v(both) — the overlap
 * is what two separately rounded or capped parts would count twice, and since (b) fixes the total, the two agencies'
 * rises on correction always add up to it whatever the split; halving it is the split whose worst rise is least.
 * (Strict (a) would need each share ≥ its alone figure, so a sum ≥ v(word) + v(owner) > v(both): r28's fault.)
 *
 * By hand, mine flood (LNK-MINE-MRT: the mine calls its rescue team within 10 min of the 00:25 inrush, due 00:35; the
 * team turns out within 1 min of the call; 通知迟延 and 响应迟缓 2 per started window, act part 6; 部门联动 W 111, weight 30):
 *   - both late (call 00:50, team 00:53): the call's own notice lateness, 15 min = 2 started 10-min windows × 2 = 4.
 *     The team's act: had it been called at 00:35 it was due 00:36; done 00:53: 17 one-minute windows, v(both) =
 *     min(34, 6) = 6; the word alone (team on time once called, 00:51): 15 windows, v = min(30, 6) = 6; the team alone
 *     (called in time, out 2 min late): 2 windows, v = 4. The mine's share (6 + 6 − 4) / 2 = 4, the team's 6 − 4 = 2:
 *     the mine 4 + 4 = 8 (8 × 30 / 111 = 2.16), the team 2 (0.54); the pair on the act 6 = v(both).
 *   - the team corrected (out at 00:51): the mine 4 + 6 = 10 (2.70), the team 0: the mine +2 = (6 + 4 − 6) / 2.
 *   - the mine corrected (the poor play: call 00:30, team 00:33): the team 2 windows, 4 (1.08), the mine 0: the team +2.
 * Chemical leak (LNK-CHEM-HEALTH: the enterprise's report is the 120's notice, due 00:10; the 120 acts within 10 min of
 * it; 部门联动 W 105): the poor play reports at 00:30 and the 120 sends its ambulances at 01:10.
 *   - poor: due 00:20 had it been told in time, done 01:10: 5 started windows, v(both) = min(10, 6) = 6; the word alone
 *     (the 120 on time once told, 00:40): 2 windows, 4; the 120 alone (01:10 against 00:40): 3 windows, 6. The
 *     enterprise's share (4 + 6 − 6) / 2 = 2 (0.57), the 120's 4 (1.14); on the act 6 = v(both).
 *   - the 120 corrected (ambulances 00:40): the enterprise 4 (1.14), the 120 0: +2.
 *   - the enterprise corrected (report 00:10, ambulances 40 min after it, 00:50): the 120's 3 windows, 6 (1.71): +2.
 * School fire (LNK-SCH-EB, poor play: the brigade never tells the county bureau, which never acts): telling it late at
 * 00:30 costs the pair no more than never telling (通知迟延 instead of 未通知 5; the bureau's 联而不动 6 either way), and
 * the score is no lower (16.2 → 16.7).
 */
import { describe, expect, it } from "vitest";
import type { Command } from "../../engine/model/commands.ts";
import type { ReportModel } from "../../engine/evaluate/report-model.ts";
import { POOR, variant } from "./mine-poor-variant.ts";
import { judge, poorPlay, sorted } from "./chem-variant.ts";
import { schoolVariant } from "./school-variant.ts";

const pts = (r: ReportModel, code: string, agency: string, opp: string) =>
  r.findings.filter((f) => f.code === code && f.agency === agency && f.opportunity === opp).reduce((a, f) => ({ rubric: a.rubric + (f.rubricPoints ?? 0), points: Math.round((a.points + (f.points ?? 0)) * 100) / 100 }), { rubric: 0, points: 0 });
/** all rubric points on one opportunity, by agency */
const onOpp = (r: ReportModel, opp: string, agency: string) => r.findings.filter((f) => f.opportunity === opp && f.agency === agency && f.causedBy === undefined).reduce((a, f) => a + (f.rubricPoints ?? 0), 0);

describe("mine flood: the mine's late call and the rescue team's own delay, priced once and split by causal share", () => {
  const MRT = "link:LNK-MINE-MRT:mrt";
  const call = (at: string) => POOR.replace('- at: "00:30:00"\n    by: mine\n    type: requestSupport', `- at: "${at}"\n    by: mine\n    type: requestSupport`);
  const team = (text: string, at: string) => text.replace('- at: "00:33:00"\n    by: mrt', `- at: "${at}"\n    by: mrt`);
  const both = variant(team(call("00:50:00"), "00:53:00"));
  const ownerFixed = variant(team(call("00:50:00"), "00:51:00"));
  const notifierFixed = variant(POOR);
  const mine = (r: ReportModel) => pts(r, "LINKAGE_NOTIFIED_LATE", "mine", MRT);
  const mrt = (r: ReportModel) => pts(r, "LINKAGE_SLOW", "mrt", MRT);

  it("the variants are what they say", () => {
    expect(team(call("00:50:00"), "00:53:00")).not.toBe(POOR);
    expect(team(call("00:50:00"), "00:51:00")).not.toBe(call("00:50:00"));
  });

  it("both late: the mine 4 + 4 = 8 (2.16), the team 2 (0.54); on the act the pair 6 = the 17 windows priced once, capped", () => {
    expect(mine(both)).toEqual({ rubric: 8, points: 2.16 });
    expect(mrt(both)).toEqual({ rubric: 2, points: 0.54 });
    const f = both.findings.find((g) => g.code === "LINKAGE_NOTIFIED_LATE" && g.agency === "mine" && g.opportunity === MRT)!;
    expect(f.counted?.causedEach).toEqual([{ points: 4, capped: false, share: true }]);
    expect(f.message.zh).toContain("除其自身迟延外 15 个时限（与其自身迟延合计按一次计价，按因果份额计 4 分");
    const own = both.findings.find((g) => g.code === "LINKAGE_SLOW" && g.agency === "mrt" && g.opportunity === MRT)!;
    expect(own.counted?.shared).toBe(2);
    expect(own.message.zh).toContain("按因果份额其中 2 分由通知方承担");
  });

  it("(c) neither part passes the act part (6), nor what its agency alone would cost (6; 4)", () => {
    expect(f4caused(both)).toBeLessThanOrEqual(6);
    expect(mrt(both).rubric).toBeLessThanOrEqual(4);
  });

  it("(a) correcting the team: the mine 10 (2.70), +2 = half the overlap (6 + 4 − 6) / 2; the pair's charge does not rise (8 + 2 → 10 + 0)", () => {
    expect(mine(ownerFixed)).toEqual({ rubric: 10, points: 2.7 });
    expect(mrt(ownerFixed).rubric).toBe(0);
    expect(mine(ownerFixed).rubric - mine(both).rubric).toBeLessThanOrEqual((6 + 4 - 6) / 2);
    expect(mine(ownerFixed).rubric + mrt(ownerFixed).rubric).toBeLessThanOrEqual(mine(both).rubric + mrt(both).rubric);
    expect(ownerFixed.score!).toBeGreaterThanOrEqual(both.score!);
  });

  it("(a) correcting the mine's call: the team its own 2 windows, 4 (1.08), +2 = half the overlap; the pair falls 10 → 4", () => {
    expect(mine(notifierFixed).rubric).toBe(0);
    expect(mrt(notifierFixed)).toEqual({ rubric: 4, points: 1.08 });
    expect(mrt(notifierFixed).rubric - mrt(both).rubric).toBeLessThanOrEqual((6 + 4 - 6) / 2);
    expect(notifierFixed.score!).toBeGreaterThan(both.score!);
  });

  /** the mine's caused part on the act (its finding less its own notice lateness, 4) */
  function f4caused(r: ReportModel): number {
    return r.findings.find((g) => g.code === "LINKAGE_NOTIFIED_LATE" && g.agency === "mine" && g.opportunity === MRT)!.counted!.caused!;
  }
});

describe("chemical leak: the enterprise's late report to the 120 and the 120's own delay, priced once and split", () => {
  const HEALTH = "link:LNK-CHEM-HEALTH:health";
  const hm = (s: string) => Number(s.slice(0, 2)) * 3_600_000 + Number(s.slice(3, 5)) * 60_000;
  const move = (k: Command[], pick: (c: Command) => boolean, to: string) => sorted(k.map((c) => (pick(c) ? ({ ...c, at: hm(to) } as Command) : c)));
  const report = (c: Command) => c.type === "report" && c.by === "ent" && c.at === hm("00:30");
  const ambulances = (c: Command) => c.type === "dispatch" && c.by === "health" && c.at === hm("01:10");
  const poor = judge(poorPlay());
  const ownerFixed = judge(move(poorPlay(), ambulances, "00:40"));
  const notifierFixed = judge(move(move(poorPlay(), report, "00:10"), ambulances, "00:50"));
  const ent = (r: ReportModel) => pts(r, "LINKAGE_NOTIFIED_LATE", "ent", HEALTH);
  const health = (r: ReportModel) => pts(r, "LINKAGE_SLOW", "health", HEALTH);

  it("the variants move the commands they say", () => {
    expect(poorPlay().filter(report)).toHaveLength(1);
    expect(poorPlay().filter(ambulances)).toHaveLength(1);
  });

  it("poor: the enterprise (4 + 6 − 6) / 2 = 2 (0.57), the 120 6 − 2 = 4 (1.14): 6 on the act, the 5 windows priced once and capped", () => {
    expect(ent(poor)).toEqual({ rubric: 2, points: 0.57 });
    expect(health(poor)).toEqual({ rubric: 4, points: 1.14 });
    expect(ent(poor).rubric + health(poor).rubric).toBe(Math.min(2 * Math.ceil(50 / 10), 6));
  });

  it("(a) correcting the 120: the enterprise 4 (1.14), +2 = half the overlap (4 + 6 − 6) / 2; the score does not fall", () => {
    expect(ent(ownerFixed)).toEqual({ rubric: 4, points: 1.14 });
    expect(health(ownerFixed).rubric).toBe(0);
    expect(ownerFixed.score!).toBeGreaterThanOrEqual(poor.score!);
  });

  it("(a) correcting the enterprise: the 120's 3 windows, 6 (1.71), +2; the score does not fall", () => {
    expect(ent(notifierFixed).rubric).toBe(0);
    expect(health(notifierFixed)).toEqual({ rubric: 6, points: 1.71 });
    expect(notifierFixed.score!).toBeGreaterThanOrEqual(poor.score!);
  });
});

describe("school fire: the brigade telling the county bureau late costs the pair no more than never telling it", () => {
  const EB = "link:LNK-SCH-EB:eb";
  const never = schoolVariant().report;
  const late = schoolVariant(undefined, [["00:30:00", "fire", { type: "message", to: ["eb"], channel: "phone", text: "县应急局：第二实验小学教学楼火灾，消防已到场处置。" }]]).report;

  it("never: 未通知 5 + the bureau's 联而不动 6 = 11; late: 通知迟延 below 5, the bureau's 6 unchanged; 16.2 → 16.7", () => {
    expect(onOpp(never, EB, "fire")).toBe(5);
    expect(onOpp(never, EB, "eb")).toBe(6);
    expect(onOpp(late, EB, "fire")).toBeLessThan(5);
    expect(onOpp(late, EB, "eb")).toBe(6);
    expect(onOpp(late, EB, "fire") + onOpp(late, EB, "eb")).toBeLessThanOrEqual(onOpp(never, EB, "fire") + onOpp(never, EB, "eb"));
    expect(never.score).toBe(16.2);
    expect(late.score).toBe(16.7);
  });
});
