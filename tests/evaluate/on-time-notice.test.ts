/**
 * A notice given on time earns its points even when the act it leads to fails through another's fault (review9 mine 1;
 * issue 10 §11: correcting a condemned command never lowers the score). Mine flood poor play: the dispatch room tells
 * the mine head of the warning signs at 00:15, due 00:07 (LNK-MINE-MINE, 00:02 + 5; 通知迟延, rubric 2). Told at
 * 00:05 instead, the notice is on time; the head's withdrawal is still late, but only because the room, which also
 * holds the withdrawal order, gave it at 00:52 (the head's LINKAGE_SLOW follows the room's, rubric 2). The opportunity
 * (notice 5 + act 6 = 11) then loses only that act part, neither deducted nor earned: before the fix the whole 11. The
 * act part is graded by how late (late-grade.ts, review18 chemical A2): the head told at 00:05, due 00:10 (5 min), the
 * order at 00:52, 42 min late: 9 started windows × 2 = 18, never more than 联而不动's 6.
 */
import { describe, expect, it } from "vitest";
import { evaluate } from "../../engine/evaluate/evaluate.ts";
import { runKeepingReference } from "../../engine/evaluate/references.ts";
import { ms } from "../helpers.ts";
import { bestPlay, drill, rubric } from "./fixtures.ts";

describe("mine flood: the dispatch room tells the mine head on time", () => {
  const poor = drill("mine-flood", "poor");
  const first = poor.commands.findIndex((k) => k.by === "dispatch" && k.type === "message");
  const onTime = poor.commands.map((k, i) => (i === first ? { ...k, at: ms("00:05:00") } : k));
  const best = bestPlay("mine-flood", poor.c);
  const r = runKeepingReference(poor.c, 7, onTime, best);
  const report = evaluate(poor.c, r.events, r.state, rubric(), undefined, best);
  const opportunity = (rep: typeof report) => rep.sections.find((s) => s.id === "linkage")!.scoring!.items!.find((o) => o.id === "link:LNK-MINE-MINE:mine")!;

  it("scores no lower than the late notice, in total and in 部门联动", () => {
    expect(poor.commands[first]!.at).toBe(ms("00:15:00"));
    expect(report.findings.some((f) => f.code === "LINKAGE_NOTIFIED_LATE" && f.ruleId === "LNK-MINE-MINE")).toBe(false);
    expect(report.score!).toBeGreaterThanOrEqual(poor.report.score!);
    const link = (rep: typeof report) => rep.sections.find((s) => s.id === "linkage")!.score;
    expect(link(report)).toBeGreaterThanOrEqual(link(poor.report));
  });

  // the mine's own late withdrawal is its own 响应迟缓 since r19-mine (its duty 先撤人, told at 00:05 here: 00:52 is 42 min
  // past 00:10, 9 started 5-min windows × 2 = 18, never more than 联而不动's 6), no longer set aside under the room's order
  it("the notice's 5 are earned: the act part, 6, is lost to the mine's own late withdrawal (42 min past its 00:10 limit)", () => {
    const o = opportunity(report);
    expect(o.worth).toBe(11);
    expect(o.lost).toBe(6);
    expect(o.unearned ?? 0).toBe(0);
    expect(report.findings.find((f) => f.id === o.findings[0])?.message.zh).toContain("00:05:00 接报，00:52:00 才下达撤人命令");
  });
});
