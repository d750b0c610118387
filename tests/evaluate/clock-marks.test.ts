/**
 * Issue 10 §5, §6; review6 B9, B15: the timeline's ✓/✗ marks on duties never contradict a finding.
 * A duty's mark is judged by the clock its findings use (engine/evaluate/timeline-marks.ts): a "按时"
 * mark never stands on a duty a lateness finding cites, and a mark past its deadline either has a
 * finding on it or says why it is none.
 *
 * Turn-out: 矿山救援规程（2024）— a mine rescue team turns out within 1 min of the call (接警后) and
 * travels at most 30 min (the rules profile's DSP-MRT, `turnOutFrom: call`; its linkage duty
 * LNK-MINE-MRT: 接警后立即出动（≤1分钟）). Hand calculation for the small play below: the mine calls
 * the squadron at 00:05:00, so its turn-out is due 00:06:00 and its arrival by 00:05 + 1 + 30 min =
 * 00:36:00; the squadron orders squad 1 out at 00:08:00 — 2 min late.
 */
import { describe, expect, it } from "vitest";
import type { DrillEvent } from "../../engine/model/events.ts";
import { LATE_CODES } from "../../engine/evaluate/timeline-marks.ts";
import type { ReportModel } from "../../engine/evaluate/report-model.ts";
import { drill, MIN } from "./fixtures.ts";
import { small } from "./verdicts-support.ts";

type Mark = { index: number; id: string; onTime: boolean; missed: boolean; deadlineMs: number; note?: string };

/** The timeline's turn-out marks (review7 N12): the events noted "turnOutLate". */
function turnOutMarks(r: ReportModel): number[] {
  return r.timeline.filter((t) => t.note === "turnOutLate").map((t) => t.index);
}

/** The duty marks of a report's timeline: met on time (✓ 按时), met late or missed (✗). */
function marks(r: ReportModel): Mark[] {
  return r.timeline.flatMap((t): Mark[] => {
    const e = t.event as DrillEvent;
    if (e.type === "obligationMet") return [{ index: t.index, id: e.id, onTime: !e.late, missed: false, deadlineMs: e.deadlineMs, ...(t.note ? { note: t.note } : {}) }];
    if (e.type === "obligationMissed") return [{ index: t.index, id: e.id, onTime: false, missed: true, deadlineMs: e.deadlineMs, ...(t.note ? { note: t.note } : {}) }];
    return [];
  });
}

/**
 * The duties a lateness finding (late, missing, idle, slow, not told) cites. A slow turn-out cites the
 * arrival it opened but is marked on the turn-out, not on an arrival made in time (review7 N12).
 */
function lateDuties(r: ReportModel): Set<string> {
  // (a 谎报 left standing cites the correcting 续报 it never made: review16 school 3, timeline-marks.ts)
  // (a requirement, part or passing-on finding's own ✗ mark, engine/evaluate/finding-marks.ts: its opportunity's mark id)
  const own = r.findings.filter((f) => f.mark !== undefined).map((f) => `${f.opportunity ?? f.ruleId}:mark`);
  return new Set([...r.findings.filter((f) => (LATE_CODES.has(f.code) && f.code !== "DISPATCH_TURNOUT_SLOW") || f.stood !== undefined).flatMap((f) => f.evidence.obligations), ...own]);
}

describe.each(["chemical-leak", "mine-flood", "school-fire"])("%s poor play: the timeline's marks agree with the findings", (id) => {
  const { report } = drill(id, "poor");
  const ms = marks(report);
  const late = lateDuties(report);

  it("no duty a lateness finding cites is marked ✓ 按时", () => {
    const contradicted = ms.filter((m) => m.onTime && late.has(m.id));
    expect(contradicted).toEqual([]);
  });

  it("every ✗ mark is on a duty a finding cites, or says why it is no finding", () => {
    const unexplained = ms.filter((m) => !m.onTime && !late.has(m.id) && m.note === undefined);
    expect(unexplained).toEqual([]);
  });

  it("has marks of both kinds to check (the play is not empty)", () => {
    expect(ms.some((m) => m.onTime)).toBe(true);
    expect(ms.some((m) => !m.onTime && late.has(m.id))).toBe(true);
  });
});

describe("mine-flood poor play (review6 B9, review7 N12): the squadron, called at 00:30, orders its team out at 00:33", () => {
  const { report } = drill("mine-flood", "poor");

  it("the late turn-out (due 00:31:00) is marked at the 00:33 order; the arrival at 00:52 is on time (due 00:30 + 1 + 30 = 01:01:00), not \"迟于时限（00:31:00）\"", () => {
    const slow = report.findings.find((f) => f.code === "LINKAGE_SLOW" && f.ruleId === "LNK-MINE-MRT")!;
    expect(slow.message.zh).toContain("00:30:00 接报，00:33:00 才开始履行职责");
    const turnOut = turnOutMarks(report);
    expect(turnOut).toHaveLength(1);
    expect(report.timeline.find((t) => t.index === turnOut[0])!.atMs).toBe(33 * MIN);
    const arrive = marks(report).filter((m) => m.id.startsWith("DSP-MRT:") && !m.missed);
    expect(arrive.length).toBeGreaterThan(0);
    expect(arrive[0]).toMatchObject({ onTime: true, deadlineMs: 61 * MIN, note: "arrivedTurnOutLate" });
  });
});

describe("turn-out counted from the call (DSP-MRT, 矿山救援规程 2024: 出动≤1分钟、行车≤30分钟)", () => {
  const call: [string, string, Record<string, unknown>] = ["00:05:00", "mine", { type: "requestSupport", from: "mrt", unitType: "mineRescueTeam", count: 1, place: "mine" }];
  const order = (at: string): [string, string, Record<string, unknown>] => [at, "mrt", { type: "dispatch", units: ["mrt-sq1"], place: "mine", task: "survey" }];

  it("an order at 00:08:00 is 2 min late (due 00:06:00): one fault, the squadron's linkage duty, with the turn-out finding grouped under it", () => {
    const d = small("mine-flood", [call, order("00:08:00")], 50 * MIN);
    const slow = d.of("LINKAGE_SLOW", "mrt").filter((f) => f.ruleId === "LNK-MINE-MRT");
    expect(slow).toHaveLength(1);
    expect(slow[0]!.message.zh).toContain("00:05:00 接报，00:08:00 才开始履行职责");
    expect(slow[0]!.message.zh).toContain("超时 2分");
    const turnOut = d.of("DISPATCH_TURNOUT_SLOW", "mrt");
    expect(turnOut).toHaveLength(1);
    expect(turnOut[0]!.message.zh).toContain("00:05:00 接警，00:08:00 才下达");
    expect(turnOut[0]!.causedBy).toBe(slow[0]!.id);
    expect(turnOut[0]!.points).toBe(0);
    // review7 N12: the late turn-out is marked on the 00:08 order; the arrival keeps its own clock (due 00:36:00)
    expect(turnOutMarks(d.report).map((i) => d.report.timeline.find((t) => t.index === i)!.atMs)).toEqual([8 * MIN]);
    const arrive = marks(d.report).filter((m) => m.id.startsWith("DSP-MRT:") && !m.missed);
    expect(arrive).toHaveLength(1);
    expect(arrive[0]!.deadlineMs).toBe(36 * MIN);
  });

  it("an order at 00:05:30 is on time: no turn-out finding, and the arrival is due 00:36:00 (1 + 30 min after the call)", () => {
    const d = small("mine-flood", [call, order("00:05:30")], 50 * MIN);
    expect(d.of("DISPATCH_TURNOUT_SLOW")).toEqual([]);
    expect(d.of("LINKAGE_SLOW", "mrt")).toEqual([]);
    const arrive = marks(d.report).filter((m) => m.id.startsWith("DSP-MRT:") && !m.missed);
    expect(arrive).toHaveLength(1);
    expect(arrive[0]).toMatchObject({ onTime: true, deadlineMs: 36 * MIN });
    expect(d.report.dispatch.standards.find((s) => s.ruleId === "DSP-MRT")?.deadlineMs).toBe(36 * MIN);
  });
});
