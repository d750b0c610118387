/**
 * Review 21 chemical 1 (refused twice): a ✓/✗ mark in the timeline prints the deadline its finding uses, and never says
 * "late" for a time before the deadline it prints. Poor play, seed 7: the brigade was told at 00:12 (the enterprise's
 * 119 call, due 00:10: 危险化学品安全管理条例 第七十一条, "立即" = 10 min 本县设定) and began at 00:14 (its 00:13 order, the wrong type, begins nothing) — inside its own
 * 2-min window (00:12 + 2 = 00:14), so by its own clock on time; F7 charges the enterprise for that start against the
 * deadline it would have had if told in time, 00:10 + 2 = 00:12 ("按应获知时起算时限 00:12:00"). The mark must say
 * 00:12:00 and that the clock ran from when the brigade should have known — not "迟于时限（00:14:00）" at 00:13.
 * The 120's notice was due 00:10:00 (the enterprise's report to it, the same 第七十一条): its "未获知" mark is dated
 * when that deadline passed, and F14 counts the 120's act from 00:10 + 10 = 00:20:00, not from the engine's raw
 * 00:15:30 (first injury 00:05:30 + 10).
 *
 * Walks every duty mark of the six shipped plays and the review variants (tests/evaluate/plays/chem-r22-eb-acts.yaml:
 * the police pass the 110 call on at 01:20, the bureau acts at 00:58 before any relay reaches it; chem-r22-v9-no-119.yaml:
 * nobody calls 119, the brigade acts from 00:13).
 *
 * Review22 school 9: every finding with an act in the timeline gets the mark of its verdict, with the deadline the
 * finding uses — the requirement findings (力量不足, 力量派出/到场迟延), the duty parts with their own deadline and the
 * pupil's place never passed on, which no engine duty event marks (engine/evaluate/finding-marks.ts). School poor play,
 * by hand from the findings' own words: the mini fire station due 00:01:30 + 3 = 00:04:30, arrived 00:06:00 (✗ 迟于时限
 * 00:04:30 at 00:06:00); two tenders due 00:06:30 (the school's notice due 00:01:30 + 5) + 10 = 00:16:30, one came
 * (✗ 超时未完成 00:16:30, dated 00:16:31); 王小明's place learnt 00:13:24, due + 5 min = 00:18:24, never passed on
 * (✗ 00:18:24); the cordon due 00:14:15 (first tender on scene) + 5 = 00:19:15, never set (✗ 00:19:15); the search crew
 * due 00:06:30 + 15 = 00:21:30, on scene 00:26:45 (✗ 迟于 00:21:30). The tender that came at 00:14:15 was on time by its
 * own standard: its ✓ says the requirement it counted for was still short and cites that finding.
 */
import { describe, expect, it } from "vitest";
import { clock } from "../../engine/evaluate/context.ts";
import type { ReportModel, TimelineEntry } from "../../engine/evaluate/report-model.ts";
import { LATE_CODES } from "../../engine/evaluate/timeline-marks.ts";
import type { DrillEvent } from "../../engine/model/events.ts";
import { playOf, SCENARIOS } from "../helpers.ts";
import { chem, judge } from "./chem-variant.ts";
import { drill } from "./fixtures.ts";

type Mark = { index: number; atMs: number; id: string; late: boolean; dueMs: number; note?: string; should?: TimelineEntry["should"] };

function marks(r: ReportModel): Mark[] {
  return r.timeline.flatMap((t): Mark[] => {
    const e = t.event as DrillEvent;
    if (e.type === "obligationMet") return [{ index: t.index, atMs: t.atMs, id: e.id, late: e.late, dueMs: e.deadlineMs, ...(t.note ? { note: t.note } : {}), ...(t.should ? { should: t.should } : {}) }];
    // (a duty never done that a finding measures from when its holder should have known carries that deadline too)
    if (e.type === "obligationMissed") return [{ index: t.index, atMs: t.atMs, id: e.id, late: true, dueMs: e.deadlineMs, ...(t.note ? { note: t.note } : {}), ...(t.should ? { should: t.should } : {}) }];
    return [];
  });
}

const reports: Array<[string, () => ReportModel]> = [
  ...["chemical-leak", "mine-flood", "school-fire"].flatMap((id) => (["good", "poor"] as const).map((w): [string, () => ReportModel] => [`${id} ${w}`, () => drill(id, w).report])),
  ["chemical-leak r22 variant (bureau acts at 00:58, relay at 01:20)", () => judge(playOf(chem, "tests/evaluate/plays/chem-r22-eb-acts.yaml"))],
  // review r22 chemical (a): v9, the enterprise never calls 119, the brigade dispatches from 00:13 and its own recon team's
  // report reaches it at 00:56:48; the engine opens its duty then (due 00:58:48) and marked it 「✗ 迟于时限（00:58:48）开始履行」
  // at 00:56:48, late before its deadline — a duty begun by its own command before anyone told it has no such marks
  // (begun-untold.ts)
  ["chemical-leak r22 review v9 (never called, brigade acting from 00:13)", () => judge(playOf(chem, "tests/evaluate/plays/chem-r22-v9-no-119.yaml"))],
];

describe.each(reports)("%s: every ✗ mark prints its finding's deadline", (_, get) => {
  const r = get();
  const ms = marks(r);

  it("a ✗ mark's time is after the deadline it prints", () => {
    expect(ms.filter((m) => m.late && m.atMs <= m.dueMs).map((m) => `#${m.index} ${clock(m.atMs)} ≤ ${clock(m.dueMs)}`)).toEqual([]);
  });

  it("a ✗ mark citing a lateness finding prints the deadline that finding prints for the duty, of the same clock", () => {
    const bad: string[] = [];
    for (const m of ms.filter((k) => k.late && k.note === undefined)) {
      for (const f of r.findings.filter((g) => LATE_CODES.has(g.code) && g.evidence.obligations.includes(m.id) && g.evidence.events.includes(m.index))) {
        // a finding charging the duty's lateness to another counts it from when the holder should have known: the mark
        // prints that deadline as such (the `should` clock); any other prints the holder's own, the mark's
        const sh = f.shouldDue?.find((d) => d.obligation === m.id);
        // (a deadline both clocks give alike is printed once, as the mark's own)
        if (sh && sh.dueMs !== m.dueMs) {
          if (m.should?.dueMs !== sh.dueMs || !f.message.zh.includes(`按应获知时起算时限 ${clock(sh.dueMs)}`) || !m.should.findings.includes(f.id)) bad.push(`#${m.index} (should ${m.should ? clock(m.should.dueMs) : "-"}) vs ${f.id} ${f.code} ${clock(sh.dueMs)}`);
        } else if (!sh && !f.message.zh.includes(clock(m.should && !m.should.onlyShould ? m.should.ownDueMs : m.dueMs))) bad.push(`#${m.index} (${clock(m.dueMs)}) vs ${f.id} ${f.code}`);
      }
    }
    expect(bad).toEqual([]);
  });
});

describe.each(reports)("%s: every finding whose duty no engine event marks has a ✗ mark with its deadline (review22 school 9)", (_, get) => {
  const r = get();

  it("each finding stating its duty (mark) is cited by a ✗ mark at the deadline its message prints, dated after it", () => {
    const bad: string[] = [];
    for (const f of r.findings.filter((g) => g.mark !== undefined)) {
      const due = f.mark!.dueMs;
      const m = marks(r).find((k) => r.timeline.find((t) => t.index === k.index)!.findings.includes(f.id) && k.dueMs === due && k.late);
      if (!m || !f.message.zh.includes(clock(due))) bad.push(`${f.id} ${f.code} ${clock(due)}`);
      else if (m.atMs <= due) bad.push(`${f.id} marked at ${clock(m.atMs)} ≤ ${clock(due)}`);
    }
    expect(bad).toEqual([]);
  });
});

describe("school-fire poor play: the requirement, part and passing-on findings are marked at their deadlines (review22 school 8, 9)", () => {
  const r = drill("school-fire", "poor").report;
  const markOf = (pred: (f: ReportModel["findings"][number]) => boolean) => {
    const f = r.findings.find(pred)!;
    const m = marks(r).find((k) => k.late && r.timeline.find((t) => t.index === k.index)!.findings.includes(f.id) && k.dueMs === f.mark?.dueMs);
    return m ? [clock(m.atMs), clock(m.dueMs)] : [f.id, "no mark"];
  };

  it("mini fire station late, tenders short, place never passed on, cordon never set, search crew late", () => {
    expect(markOf((f) => f.code === "DISPATCH_LATE" && f.ruleId === "req-mini")).toEqual(["00:06:00", "00:04:30"]);
    expect(markOf((f) => f.code === "DISPATCH_INSUFFICIENT" && f.ruleId === "req-engines")).toEqual(["00:16:31", "00:16:30"]);
    expect(markOf((f) => f.code === "TRAPPED_NOT_PASSED_ON")).toEqual(["00:18:25", "00:18:24"]);
    expect(markOf((f) => f.code === "LINKAGE_PART_UNDONE" && f.message.zh.includes("未设置警戒"))).toEqual(["00:19:16", "00:19:15"]);
    expect(markOf((f) => f.code === "DISPATCH_LATE" && f.ruleId === "req-search" && f.agency === "fire")).toEqual(["00:26:45", "00:21:30"]);
  });

  it("the first tender's on-time ✓ (00:14:15) says the requirement it counted for is short and cites that finding", () => {
    const short = r.findings.find((f) => f.code === "DISPATCH_INSUFFICIENT" && f.ruleId === "req-engines")!;
    const ok = r.timeline.filter((t) => t.event.type === "obligationMet" && !(t.event as { late: boolean }).late && t.atMs === 14 * 60_000 + 15_000);
    expect(ok.length).toBeGreaterThan(0);
    for (const t of ok) expect([t.note, t.findings.includes(short.id)]).toEqual(["requirementShort", true]);
  });
});

describe("chemical-leak poor play: the brigade's start and the 120's notice (review 21 chemical 1)", () => {
  const r = drill("chemical-leak", "poor").report;
  it("the brigade's start, late only against 00:12:00 counted from when it should have known (F7), not 00:14:00", () => {
    const f7 = r.findings.find((f) => f.code === "LINKAGE_NOTIFIED_LATE" && f.agency === "ent" && f.message.zh.includes("临江县消防救援大队于 00:12:00"))!;
    // r27 chem 2: its 00:13 order (water tenders to plug the leak, a wrong-type dispatch) begins no duty in the notice's
    // row; its 00:14 water curtain, the first order no finding condemns, does
    expect(f7.message.zh).toContain("按应获知时起算时限 00:12:00，00:14:00 才完成");
    // by its own clock (told 00:12, 2 min: 00:14) it began in time: the mark says both, and who answers
    // (r28: the mark sits where the finding says the duty began, the 00:14 order, not the condemned 00:13 one; 00:14 ≤ its
    // own 00:14, so late only against 00:12: condemned-start-mark.test.ts)
    const start = marks(r).filter((m) => m.id.includes("LNK-CHEM-FIRE") && m.id.includes(":act"));
    expect(start.map((m) => m.atMs)).toEqual([14 * 60_000]);
    expect(start).toHaveLength(1);
    expect(start[0]).toMatchObject({ late: true, dueMs: 12 * 60_000, should: { dueMs: 12 * 60_000, ownDueMs: 14 * 60_000, onlyShould: true, by: ["ent"], findings: [f7.id] } });
  });

  it("F14 counts the 120's treatment from 00:10 + 10 min = 00:20:00, and its 未获知 mark is dated 00:10:01, as the others' are", () => {
    const f14 = r.findings.find((f) => f.code === "LINKAGE_NOTIFIED_LATE" && f.agency === "ent" && f.message.zh.includes("卫生健康局（县急救中心120）于 00:30:00"))!;
    expect(f14.message.zh).toContain("按应获知时起算时限 00:20:00");
    const missed = marks(r).find((m) => m.id.includes(":notified:health"))!;
    expect(missed).toMatchObject({ atMs: 10 * 60_000 + 1000, dueMs: 10 * 60_000 });
  });
});
