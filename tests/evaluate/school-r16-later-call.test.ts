/**
 * Review 16, school fire, refuse item 1: the school calling 120 later must never score above the poor play (which calls
 * at 00:25, 10 min past its 00:15:00 deadline: 5 min after the first injury at 00:10:00). v1b calls at 00:50 and the 120 keeps its own 15-min lag (sends at 01:05);
 * v1 calls at 01:59 (the 120 still sends at 00:40). Before the fix v1b scored +1.0 and v1 +3.3: 通知迟延 was a flat
 * 2 points however late, and the 120's needs moved to "自获知起算" with the lost time charged to nobody.
 * Independent values: the rule's 5-min window (LNK-SCH-EMS notifiedWithinMin, 本县设定 after 山巍小学预案), so 10 min late
 * is 2 started windows (2 × 2 = 4 rubric points) and 35 min late (v1b) 7 windows, capped at the missing notice's 5.
 */
import { describe, expect, it } from "vitest";
import type { Command } from "../../engine/model/commands.ts";
import { ms } from "../helpers.ts";
import { schoolVariant } from "./school-variant.ts";

const call120 = (k: Command) => k.type === "message" && (k as { by?: string }).by === "sch" && k.at === ms("00:25:00");
const ems40 = (k: Command) => k.type === "dispatch" && (k as { by?: string }).by === "ems";
const callAt = (at: string): [string, string, Record<string, unknown>] => [at, "sch", { type: "message", to: "ems", channel: "phone", text: "120，第二实验小学有学生被烟呛了，派个车来。" }];
const emsAt = (at: string): [string, string, Record<string, unknown>] => [at, "ems", { type: "dispatch", units: "amb-1", place: "playground", task: "triage" }];

describe("review16 school 1: a later 120 call costs more (通知迟延 per started window; the need from when 120 should have known)", () => {
  const poor = schoolVariant().report;
  const v1b = schoolVariant((k) => call120(k) || ems40(k), [callAt("00:50:00"), emsAt("01:05:00")]).report;
  const v1 = schoolVariant(call120, [callAt("01:59:00")]).report;

  it("v1b (00:50) and v1 (01:59) score no higher than the poor play (00:25)", () => {
    expect(v1b.score!).toBeLessThan(poor.score!);
    expect(v1.score!).toBeLessThan(poor.score!);
  });

  it("the late 120 call weighs per started 5-min window: 10 min late = 2 windows = 4 points; 35 min = 7 windows, capped at 未通知's 5", () => {
    const late = (r: typeof poor) => r.findings.find((f) => f.code === "LINKAGE_NOTIFIED_LATE" && f.agency === "sch" && f.ruleId === "LNK-SCH-EMS")!;
    expect(late(poor).quantity).toBe(2);
    expect(late(poor).counted?.each).toBe(2);
    expect(late(v1b).quantity).toBe(7);
    expect(late(v1b).counted?.cap?.at).toBe(5);
  });

  it("the triage ambulance missing at 00:30 (15 min from 00:15, when 120 should have known) is the school's, charged once: on its 通知迟延", () => {
    const f = poor.findings.find((x) => x.code === "DISPATCH_LATE" && x.agency === "sch" && x.ruleId === "req-ems-triage")!;
    expect(f.atMs).toBe(ms("00:30:00"));
    expect(f.message.zh).toContain("通知迟延所致");
    // review20 school 3: the school's late call already carries the 120's late dispatch (因此致他方履职迟延 2 on its
    // notice): the same ambulance's late arrival follows it, 随其他问题不重复扣分
    const notice = poor.findings.find((x) => x.code === "LINKAGE_NOTIFIED_LATE" && x.agency === "sch" && x.ruleId === "LNK-SCH-EMS")!;
    expect(notice.counted?.caused).toBeGreaterThan(0);
    expect(f.causedBy).toBe(notice.id);
    expect(f.points).toBe(0);
  });
});

describe("review16 school 2 (wording): F10's replays correct to the best play's timing, and the equal split is a convention", () => {
  // the reviewer's vc-fixes play (F2/F4/F8/F15 each met at its rule deadline) still loses the pupil at 00:20:00, so the
  // replays' "correction" is the best play's (示范剧本) act and time; AQ/T 9009 sets no way to split a joint harm
  const poorWithCommands = schoolVariant(() => false, [], true).report;
  const f = poorWithCommands.findings.find((x) => x.code === "OUTCOME_PREVENTABLE_HARM")!;
  it("says the correction is the best play's act and time, and that the shares are an accounting convention", () => {
    expect(f.message.zh).toContain("按最佳处置（示范剧本）的做法和时机，而非仅达到规则时限");
    expect(f.message.zh).toContain("核算约定");
    expect(f.message.en).toContain("not merely meeting the rule's deadline");
  });

  // review17 school 1: a rest is not called simply unavoidable. Review24 school (r27): nor is it put down to a correction
  // that "only sends a message" — review18's w4 (signal at 00:09) leaves 2.5 (a serious injury where the best play has a
  // light one) that only the best play's aerial ladder avoids, which no finding asks for (req-rescue met by a tender,
  // school-r20-harm's hand check): the finding says the best play avoids it by acts no finding requires
  it("says the rest is left because the best play avoids it by acts no finding requires, not because the 119 call's correction is only a message", () => {
    const w4 = schoolVariant((c) => c.type === "evacuate" && (c as { by?: string }).by === "sch", [["00:09:00", "sch", { type: "evacuate", place: "school", destination: "playground" }]], true).report;
    const h = w4.findings.find((x) => x.code === "OUTCOME_PREVENTABLE_HARM")!;
    const alarm = w4.findings.find((x) => x.code === "ALARM_INACCURATE" && x.atMs === 7.5 * 60_000)!;
    expect(alarm).toBeDefined();
    expect(h.message.zh).not.toContain("只是发出消息");
    expect(h.message.zh).toContain("；其余 2.5 分在各相关问题均按最佳处置的做法和时机更正后的复算中仍未避免：最佳处置避免这部分所靠的做法，本报告认定的任何问题都未要求，不是任何单位的缺陷，不归于任何单位");
    expect(h.message.en).toContain("the best play avoids them by acts that none of this report's findings requires");
    expect(h.message.en).not.toContain("the replay cannot model the receiver acting on it");
  });
});

describe("review16 school 4c: the school's first-aid firefighting is judged (mini fire station on scene 3 min after the fire is found)", () => {
  // domain.md §4.3 [S2 S53], 消防安全重点单位微型消防站建设标准（试行）“3分钟到场”: found 00:01:30 + 3 min = 00:04:30; the poor
  // play sends it at 00:05:30 (it is on scene at 00:06:00), after the deadline: 力量派出迟延 on the school, with points
  it("charges the school a late mini fire station, due 00:04:30", () => {
    const f = schoolVariant().report.findings.find((x) => x.code === "DISPATCH_LATE" && x.ruleId === "req-mini")!;
    expect(f.agency).toBe("sch");
    expect(f.message.zh).toContain("时限 00:04:30");
    expect(f.points).toBeGreaterThan(0);
  });
});
