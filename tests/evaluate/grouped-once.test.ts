/**
 * Issue 10 §1 and §2 (review6 B12, B13): each fault once, on the agency that failed.
 *  - B13, as review17 chemical A1 revised it: the township (LNK-CHEM-TOWN: 乡镇政府组织受威胁群众疏散转移, told at
 *    00:18, 30 minutes to act) sheltered the school only at 01:20: one 响应迟缓 on its duty (32 min late), and the
 *    pupils' protection (ERG 2024: within 30 min) its own shortfall in 力量调派 on the same agency. Grouping it under the
 *    响应迟缓 held only while the township did nothing else, and passed the pupils' points to the police, never asked.
 *  - B12: pumps of an agency nobody asked (the mine-rescue squadron, asked only for its rescue team) are idle for
 *    want of a request: the requirement's owner (the mine, which had to add pumps, 矿山救援规程 2024 "排水能力小于
 *    涌水量时增设水泵") answers, in its own shortfall finding, at the same time — not the squadron.
 */
import { describe, expect, it } from "vitest";
import { small } from "./verdicts-support.ts";

const MIN = 60_000;

describe("chemical leak: the township's one 01:20 shelter order (review6 B13)", () => {
  const d = small("chemical-leak", [
    ["00:02:00", "ent", { type: "message", to: ["eb"], channel: "phone", text: "液氯储罐泄漏，有人中毒" }],
    ["00:18:00", "eb", { type: "message", to: ["town"], channel: "phone", text: "临江化工液氯泄漏，毒气向江湾方向扩散，请组织群众防护" }],
    ["01:20:00", "town", { type: "shelter", groups: ["pupils"] }],
  ], 90 * MIN);

  it("is the township's 响应迟缓 (32 min late), and the pupils' late protection is the township's own shortfall, not 随 it", () => {
    const slow = d.of("LINKAGE_SLOW", "town");
    expect(slow).toHaveLength(1);
    expect(slow[0]!.atMs).toBe(80 * MIN);
    const pupils = d.of("PROTECTIVE_ACTION_LATE", "town").filter((f) => f.opportunity === "protect:pupils");
    expect(pupils).toHaveLength(1);
    expect(pupils[0]!.causedBy).toBeUndefined();
    expect(pupils[0]!.points).toBeGreaterThan(0);
  });
});

describe("mine flood: the squadron's pumps nobody asked for (review6 B12)", () => {
  const d = small("mine-flood", [
    ["00:15:00", "dispatch", { type: "message", to: ["mine"], channel: "phone", text: "矿长，1203迎头有点出水，探放水钻孔水量也大了，我们让他们先观察着。" }],
    ["00:30:00", "mine", { type: "requestSupport", from: "mrt", unitType: "mineRescueTeam", count: 1, place: "mine" }],
    ["00:33:00", "mrt", { type: "dispatch", units: "mrt-sq1", place: "mine", task: "survey" }],
  ], 150 * MIN);

  it("are never idle on the squadron: no DISPATCH_IDLE_UNITS on mrt", () => {
    expect(d.of("DISPATCH_IDLE_UNITS", "mrt")).toEqual([]);
  });

  it("fold into the mine's shortfall on the pumping requirement, at the same time", () => {
    const short = d.report.findings.filter((f) => f.ruleId === "req-pumps" && f.code === "DISPATCH_INSUFFICIENT");
    expect(short).toHaveLength(1);
    expect(short[0]!.agency).toBe("mine");
    const idle = d.report.findings.filter((f) => f.ruleId === "req-pumps" && f.code === "DISPATCH_IDLE_UNITS");
    expect(idle).toHaveLength(1);
    for (const f of idle) {
      expect(f.agency).toBe("mine");
      expect(f.atMs).toBe(short[0]!.atMs);
      expect(f.causedBy).toBe(short[0]!.id);
    }
  });
});
