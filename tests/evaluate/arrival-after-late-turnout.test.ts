/**
 * A unit that leaves late and so arrives late is one fault (issue 10 §2, each fault once): the arrival standard's
 * lateness that its late turn-out explains is grouped under the turn-out's finding, never deducted again. Mine flood
 * (矿山救援规程（2024）：接警后出动≤1分钟、行车≤30分钟): in the poor play the mine calls its rescue team at 00:30; called
 * on time at 00:17 instead, the team still orders its squad out only at 00:33 — 15 minutes past its 1-minute limit
 * (00:18), a fault of the team (响应迟缓) — and the squad arrives at 00:52:17, 4 min 17 s past 00:17 + 1 + 30 = 00:48.
 * 4 min 17 s ≤ 15 min: the road took no longer than allowed, the lateness is the late order's. Correcting the mine's late
 * call must then never lower the score (AQ/T 9009-2015 §7; review: correcting a condemned command never lowers it).
 */
import { describe, expect, it } from "vitest";
import { whatIf } from "../../engine/evaluate/whatif.ts";
import { parseClock } from "../../engine/model/time.ts";
import { bestPlay, drill, rubric } from "./fixtures.ts";

describe("arrival late only by its late turn-out", () => {
  const poor = drill("mine-flood", "poor");
  const index = poor.commands.findIndex((c) => c.type === "requestSupport" && c.by === "mine") + 1;
  const r = whatIf(poor.c, 7, poor.commands, [{ type: "shift", index, atMs: parseClock("00:17:00")! }], rubric(), undefined, bestPlay("mine-flood", poor.c));
  const arrival = r.variantReport.findings.find((f) => f.code === "DISPATCH_LATE" && f.agency === "mrt" && f.message.zh.startsWith("到场超时"));

  it("is grouped under the team's late turn-out, not deducted again", () => {
    expect(index).toBeGreaterThan(0);
    expect(arrival?.message.zh).toContain("时限 00:48:00，00:52:17 到达，迟 4分17秒");
    const root = r.variantReport.findings.find((f) => f.id === arrival!.causedBy);
    expect(root?.agency).toBe("mrt");
    expect(root?.message.zh).toContain("00:17:00 接报，00:33:00 才开始履行职责");
    expect(arrival!.points).toBe(0);
  });

  // r19-chem grades each agency's own lateness from its own receipt (late-grade.ts): with the call alone moved to 00:17 and
  // the team's order left at 00:33, the team sits 16 min on the call, its own fault (16 windows of its 1-minute limit,
  // capped at 联而不动's 6), charged on the team, so that what-if may score lower. The correction as a drill would play
  // it moves the team's order with its call (3 minutes after it, as in the poor play: 00:20) and never scores lower.
  it("so calling the team on time, the team turning out as promptly as in the poor play, never scores below the poor play", () => {
    const team = poor.commands.findIndex((c) => c.type === "dispatch" && c.by === "mrt") + 1;
    expect(team).toBe(index + 1);
    const both = whatIf(poor.c, 7, poor.commands, [{ type: "shift", index, atMs: parseClock("00:17:00")! }, { type: "shift", index: team, atMs: parseClock("00:20:00")! }], rubric(), undefined, bestPlay("mine-flood", poor.c));
    expect(both.variant.score!).toBeGreaterThanOrEqual(both.base.score!);
    for (const s of both.variantReport.sections) {
      const b = both.baseReport.sections.find((x) => x.id === s.id)!;
      expect(s.score, s.id).toBeGreaterThanOrEqual(b.score);
    }
  });

  it("the call alone moved: the team's 16 minutes on the call are its own 响应迟缓, on the team, not the mine", () => {
    const slow = r.variantReport.findings.filter((f) => f.code === "LINKAGE_SLOW" && f.message.zh.includes("00:17:00 接报，00:33:00"));
    expect(slow.map((f) => f.agency)).toEqual(["mrt"]);
  });
});
