/**
 * The rescue of miners found trapped is judged (review15 mine 3): after the positioning system's alert at 01:05:50
 * ("1205掘进队6人仍在1205回风顺槽迎头附近"), nothing in the poor play organises their rescue, and the report said nothing.
 * Duty LNK-MINE-RESCUE (scenarios/rules/county-default.yaml), held by the mine's command (the coalMine role): 493号令
 * 第十四条 (事故发生单位负责人接到事故报告后…组织抢救; domain.md §1 RPT-ENT-04) and 矿山救援规程（2024）“矿井透水事故救援”
 * (trapped above the water line: boreholes for air, water and food; domain.md §4.1); its 30 min are 本县设定.
 * Due 01:05:50 + 30 min = 01:35:50. The rescue team's dispatch to rescue meets it too (it acts on the command's order).
 */
import { describe, expect, it } from "vitest";
import { evaluate } from "../../engine/evaluate/evaluate.ts";
import { runKeepingReference } from "../../engine/evaluate/references.ts";
import type { Command } from "../../engine/model/commands.ts";
import { cmd, ms } from "../helpers.ts";
import { bestPlay, drill, rubric } from "./fixtures.ts";

describe("mine flood poor play: nobody organises the rescue of the six found trapped", () => {
  const poor = drill("mine-flood", "poor");
  const best = bestPlay("mine-flood", poor.c);
  const duty = (r: typeof poor.report) => r.findings.filter((f) => f.ruleId === "LNK-MINE-RESCUE");

  it("is 联而不动 on the mine, due 01:35:50 (01:05:50 + 30 min), citing 493号令 第十四条 and 矿山救援规程 透水救援, 30 min 本县设定", () => {
    const f = duty(poor.report);
    expect(f.map((x) => [x.code, x.agency, x.atMs])).toEqual([["LINKAGE_IDLE", "mine", ms("01:35:50")]]);
    expect(f[0]!.basis).toContain("生产安全事故报告和调查处理条例（国务院令第493号）第十四条");
    expect(f[0]!.basis).toContain("矿山救援规程（2024）“矿井透水事故救援”");
    expect(f[0]!.basis).toContain("30分钟为本县设定");
    // the act's 6 rubric points: nobody owes the mine a notice of work in its own accident
    expect(f[0]!.rubricPoints).toBe(6);
  });

  it("the rescue team's second squad sent to rescue at 01:40 meets it late (LINKAGE_SLOW), and the play scores above the poor one", () => {
    const commands = [...poor.commands, cmd("01:40:00", "mrt", { type: "dispatch", units: "mrt-sq2", place: "mine", task: "rescue" }, poor.commands.length + 1)] as Command[];
    const r = runKeepingReference(poor.c, 7, commands, best);
    const v = evaluate(poor.c, r.events, r.state, rubric(), undefined, best);
    expect(duty(v).map((x) => [x.code, x.agency])).toEqual([["LINKAGE_SLOW", "mine"]]);
    expect(v.score!).toBeGreaterThan(poor.report.score!);
  });

  it("the good play, which withdrew everyone in time, owes no such duty (nobody trapped)", () => {
    expect(duty(drill("mine-flood", "good").report)).toEqual([]);
  });
});
