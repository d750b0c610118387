/**
 * A notice a participant gives within its deadline earns its points though a scenario inject reached the agency first
 * (review9 school 2, mine 3; issue 10 §11: a report made on time never scores like a late one). School fire: the
 * parents' calls (an inject, 00:20) reach the education bureau before the school reports; the school's report to the
 * bureau is due 00:01:30 + 30 = 00:31:30 (RPT-SCH-EDU, from the school finding the fire). Made at 00:25, on time and
 * honest, the bureau's notice part of its linkage duty (LNK-SCH-EDU, notice 5 + act 6) is earned; made at 00:35, as in
 * the poor play, it is late (and leaves the casualties out) and the notice part stays unearned.
 */
import { describe, expect, it } from "vitest";
import { evaluate } from "../../engine/evaluate/evaluate.ts";
import { runKeepingReference } from "../../engine/evaluate/references.ts";
import type { Command } from "../../engine/model/commands.ts";
import { ms } from "../helpers.ts";
import { bestPlay, drill, rubric } from "./fixtures.ts";

describe("school fire: the school's report to the education bureau", () => {
  const poor = drill("school-fire", "poor");
  const best = bestPlay("school-fire", poor.c);
  const i = poor.commands.findIndex((k) => k.by === "sch" && k.type === "report" && (k as { to?: string }).to === "edu");
  // the report made honestly, with what the school knew by 00:25 (a class trapped, a pupil missing since 00:13:24):
  // a report condemned as 漏报伤亡 or 瞒报 earns no notice (it must never score above no report)
  const honest = { unit: "第二实验小学", location: "学校教学楼", scene: "教学楼二层实验准备室着火，三楼一个班被困，一名学生下落不明", casualties: { deaths: 0, seriousInjuries: 0, injured: 0, missing: 1 } };
  const at = (clock: string) => {
    const commands = poor.commands.map((k, j) => (j === i ? ({ ...k, at: ms(clock), content: honest } as Command) : k));
    const r = runKeepingReference(poor.c, 7, commands, best);
    return evaluate(poor.c, r.events, r.state, rubric(), undefined, best);
  };
  const edu = (r: ReturnType<typeof at>) => r.sections.find((s) => s.id === "linkage")!.scoring!.items!.find((o) => o.id === "link:LNK-SCH-EDU:edu")!;

  it("the poor play's report at 00:35 is late: the notice part (5) is not earned", () => {
    expect(poor.commands[i]!.at).toBe(ms("00:35:00"));
    expect(edu(poor.report).unearned).toBe(5);
  });

  it("made at 00:25, within 00:31:30, it earns the notice, and the play scores higher in total and in 部门联动", () => {
    const r = at("00:25:00");
    expect(edu(r).unearned ?? 0).toBe(0);
    expect(r.score!).toBeGreaterThan(poor.report.score!);
    const link = (x: typeof r) => x.sections.find((s) => s.id === "linkage")!.score;
    expect(link(r)).toBeGreaterThan(link(poor.report));
  });
});
