/**
 * Issue 10 §2 (a root cause and its consequences are grouped) and AQ/T 9009-2015 §7 (a problem is
 * reported with its cause): a finding is a consequence of a root only when the root explains it — the
 * root's delay covers the consequence's delay (had the duty been met on time, every later command
 * would have come that much earlier and the consequence would have been in time), or the consequence
 * could not have happened without it (a duty never met covers anything it left undone). Otherwise the
 * consequence stands on its own, or is grouped with the fault that does explain it: a unit never sent
 * for a requirement met late is that late requirement's fault, not the turn-out's.
 *
 * Hand calculation (school-fire.yaml): the school calls 119 at 00:02, so the brigade's duty
 * (LNK-SCH-FIRE: turn out within 1 min) is due 00:03 and the search requirement (req-search, 15 min)
 * counts from when the brigade should have been told, 00:06:30 (fire found 00:01:30 + the school's 5 min; an early
 * call never makes it stricter, review11 school 1), to 00:21:30. The rescue truck (cg-rescue) takes
 * 4 min 45 s from order to arrival (the poor play: ordered 00:22:00, in the building 00:26:45), so ordered at
 * 00:19:30 it is in at 00:24:15, 2 min 45 s late.
 */
import { describe, expect, it } from "vitest";
import type { Finding } from "../../engine/evaluate/report-model.ts";
import { drill } from "./fixtures.ts";
import { small, type Small } from "./verdicts-support.ts";

const call119 = ["00:02:00", "sch", { type: "message", to: "fire", channel: "phone", text: "119，第二实验小学教学楼二楼着火，有学生被困，请立即出动！" }] as [string, string, Record<string, unknown>];
const HOUR = 60 * 60_000;
const one = (d: Small, code: string, ruleId: string): Finding => d.report.findings.find((f) => f.code === code && f.ruleId === ruleId)!;
const slowFire = (d: Small): Finding => d.report.findings.find((f) => f.code === "LINKAGE_SLOW" && f.agency === "fire")!;

describe("the brigade's turn-out 16 min 30 s late covers its search team 2 min 45 s late: one fault (00:19:30 search order)", () => {
  // duty met 00:19:30 (16 min 30 s slow); search truck in at 00:24:15 against 00:21:30 (2 min 45 s late ≤ 16 min 30 s)
  const d = small("school-fire", [call119, ["00:19:30", "fire", { type: "dispatch", units: "cg-rescue", place: "school", task: "search" }]], HOUR);

  it("the late search cites the slow turn-out and costs nothing again", () => {
    const slow = slowFire(d);
    const late = one(d, "DISPATCH_LATE", "req-search");
    expect(slow.points).toBeGreaterThan(0);
    expect(late.causedBy).toBe(slow.id);
    expect(late.points).toBe(0);
  });
});

describe("a turn-out 30 s late cannot explain a search team 2 min 45 s late nor a unit never sent (the kind of school-fire poor F13, F10)", () => {
  // duty met 00:03:30 by the first engine (30 s slow); the search order comes only at 00:19:30: in at 00:24:15, 2 min 45 s late
  const d = small("school-fire", [
    call119,
    ["00:03:30", "fire", { type: "dispatch", units: "cg-e1", place: "school", task: "suppression" }],
    ["00:19:30", "fire", { type: "dispatch", units: "cg-rescue", place: "school", task: "search" }],
  ], HOUR);

  it("the late search stands on its own, deducted", () => {
    const late = one(d, "DISPATCH_LATE", "req-search");
    expect(slowFire(d)).toBeDefined();
    expect(late.agency).toBe("fire");
    expect(late.causedBy).toBeUndefined();
    expect(late.points).toBeGreaterThan(0);
  });

  it("the engine left at its station while the search was late is that late search's fault (grouped with it), not the turn-out's", () => {
    const idle = one(d, "DISPATCH_IDLE_UNITS", "req-search");
    expect(idle.causedBy).toBe(one(d, "DISPATCH_LATE", "req-search").id);
    expect(idle.points).toBe(0);
  });
});

describe("school fire, poor play: F5-type grouping no longer hides faults it cannot explain", () => {
  const { report } = drill("school-fire", "poor");
  const get = (code: string, ruleId: string) => report.findings.find((f) => f.code === code && f.ruleId === ruleId)!;

  // the brigade was told at 00:07:30 and turned out at 00:09:30 (1 min past its 1-min limit); the search team met its
  // requirement at 00:26:45, 4 min 15 s after its own deadline (00:22:30); 城东站水罐消防车 was never sent
  it("the search team 4 min 15 s late is its own fault; the unit never sent is grouped with it, not with the 1-min late turn-out", () => {
    const slow = report.findings.find((f) => f.code === "LINKAGE_SLOW" && f.agency === "fire")!;
    const late = get("DISPATCH_LATE", "req-search");
    const idle = get("DISPATCH_IDLE_UNITS", "req-search");
    expect(late.causedBy).toBeUndefined();
    expect(late.points).toBeGreaterThan(0);
    expect(idle.causedBy).toBe(late.id);
    expect(idle.causedBy).not.toBe(slow.id);
  });

  // the school signalled at 00:06:30, 3 min past its duty (00:03:30); the building emptied at 00:09:13, 2 min 43 s after
  // the signal, within its 5-min target from the signal (review9 school 4): the late signal is the one fault
  it("the late signal is the school's LINKAGE_SLOW, and the evacuation timed from the signal is not restated as a fault", () => {
    expect(report.findings.some((f) => f.code === "LINKAGE_SLOW" && f.agency === "sch")).toBe(true);
    // (the one EVACUATION_SLOW is for the pupil left inside, dated at the 00:11:30 deadline, not the walkers' time: completion.test.ts)
    expect(report.findings.filter((f) => f.code === "EVACUATION_SLOW" && f.atMs !== 11 * 60_000 + 30_000)).toEqual([]);
  });
});
