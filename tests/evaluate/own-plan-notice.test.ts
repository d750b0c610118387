/**
 * R27 plan 1 / 2 (issue 10 §1, §5): the incident unit's own plan measures (预案措施) judged as an evaluator would sign.
 *
 * 1. Judged from when the unit knew or should have known (AQ/T 9009 评估实践; domain.md §1 reporting chain and §5 linkage:
 *    the dispatch room tells the mine manager 立即, the county's 5 min). Mine-flood poor play, seed 7: the dispatch room,
 *    told at 00:02, owed the manager the word by 00:07 and gave it at 00:15 (F1, 通知迟延). By hand:
 *    - the withdrawal (LNK-MINE-MINE, 5 min): ordered 00:52. From the notice he got, due 00:20, 32 min late (his own);
 *      from the notice he should have got, due 00:12, 40 min late: the row says 「撤人命令按应于 00:07:00 获知计迟
 *      40分钟，另见 F1」, the 8 min the late word explains being F1's (cited there), not deducted again from him.
 *    - his plan (LNK-MINE-PLAN, 5 min, no notice part of its own: clocked by the same word) started at 00:25: own
 *      lateness 00:25 − 00:20 = 5 min = 1 window × 2 = 2, × 30 / 111 = 0.54; from 00:12 it is 13 min late
 *      (「启动预案按应于 00:07:00 获知计迟 13分钟，另见 F1」), the 2 further windows on F1 (按应获知时起算时限 00:12:00).
 *    - measures late ONLY through the late word (withdrawal and plan at 00:18, inside 00:20): no own finding at all.
 * 2. 未明确宣布启动预案 lists only the measures due by the plan's deadline and done (rubric own-plan-declared, 2):
 *    mine good play (manager told 00:03, plan due 00:08) without his plan start and without his reports to the
 *    provincial mine-safety bureau (due 01:26, an hour after he knew: 493号令 第九条, 矿山办法): the reports are their own
 *    漏报, no plan measure lagging by 00:08, so the plan finding is 未明确宣布启动预案 at 2 × 30 / 111 = 0.54, naming
 *    the withdrawal done at 00:03 and never a report that was not made.
 */
import { describe, expect, it } from "vitest";
import { evaluate } from "../../engine/evaluate/evaluate.ts";
import { runKeepingReference } from "../../engine/evaluate/references.ts";
import type { Command } from "../../engine/model/commands.ts";
import { ms } from "../helpers.ts";
import { bestPlay, drill, rubric } from "./fixtures.ts";
import { POOR, variant } from "./mine-poor-variant.ts";

const plan = (at: string) => `  - at: "${at}"\n    by: mine\n    type: activateResponse\n    level: 1\n    note: 矿长启动矿井水害应急预案\n`;
const withdraw = (at: string) => `  - at: "${at}"\n    by: mine\n    type: evacuate\n    place: mine\n    note: 矿长下令全矿撤人\n`;
const mineRow = (r: ReturnType<typeof variant>, rule: string) => r.findings.filter((f) => f.agency === "mine" && f.opportunity === `link:${rule}:mine` && f.points > 0);

describe("r27 plan 1: a manager told late is judged from when he should have known, the rest cited on the notifier", () => {
  const late = variant(POOR.trimEnd() + "\n" + plan("00:25:00"));
  const notice = late.findings.find((f) => f.code === "LINKAGE_NOTIFIED_LATE" && f.agency === "dispatch" && f.opportunity === "link:LNK-MINE-MINE:mine")!;

  it("the late word is the dispatch room's finding (due 00:07, given 00:15)", () => {
    expect(notice.message.zh).toContain("于 00:15:00 才收到事故信息，时限 00:07:00，迟 8分钟");
  });

  it("the withdrawal row: 32 min his own, 「撤人命令按应于 00:07:00 获知计迟 40分钟，另见」 the notice finding", () => {
    const [w] = mineRow(late, "LNK-MINE-MINE");
    expect(w!.code).toBe("LINKAGE_SLOW");
    expect(w!.message.zh).toContain("时限 00:20:00，超时 32分钟");
    expect(w!.message.zh).toContain(`撤人命令按应于 00:07:00 获知计迟 40分钟，另见 ${notice.id}`);
  });

  it("the plan started 00:25: 1 own window (0.54), 「启动预案按应于 00:07:00 获知计迟 13分钟，另见」 the notice, whose finding carries the rest", () => {
    const p = mineRow(late, "LNK-MINE-PLAN");
    expect(p.map((f) => [f.code, f.points])).toEqual([["LINKAGE_SLOW", 0.54]]);
    expect(p[0]!.message.zh).toContain(`时限 00:20:00，超时 5分钟；启动预案按应于 00:07:00 获知计迟 13分钟，另见 ${notice.id}`);
    expect(notice.message.zh).toMatch(/启动本矿水害应急预案[^；]*」按应获知时起算时限 00:12:00，00:25:00 才完成/);
  });

  it("measures late only through the late word (withdrawal and plan at 00:18, inside 00:20) cost the manager nothing", () => {
    const onTime = variant(POOR.trimEnd() + "\n" + withdraw("00:18:00") + plan("00:18:00"));
    expect(mineRow(onTime, "LNK-MINE-MINE")).toEqual([]);
    expect(mineRow(onTime, "LNK-MINE-PLAN")).toEqual([]);
    expect(onTime.findings.some((f) => f.code === "LINKAGE_NOTIFIED_LATE" && f.agency === "dispatch" && f.opportunity === "link:LNK-MINE-MINE:mine")).toBe(true);
  });
});

describe("r27 plan 2: 未明确宣布启动预案 names only measures due by the plan's deadline and done", () => {
  const good = drill("mine-flood", "good");
  const best = bestPlay("mine-flood", good.c);
  const toMsp = (k: Command) => k.type === "report" && k.by === "mine" && ([] as string[]).concat(k.to).includes("msp");
  const commands = good.commands.filter((k) => !(k.by === "mine" && k.type === "activateResponse") && !toMsp(k));
  const r = runKeepingReference(good.c, 7, commands, best);
  const rep = evaluate(good.c, r.events, r.state, rubric(), undefined, best, { commands });

  it("the good play without the plan start and the bureau reports: 未明确宣布启动预案 0.54, the reports their own 漏报", () => {
    expect(good.commands.length - commands.length).toBe(4);
    const p = rep.findings.filter((f) => f.ruleId === "LNK-MINE-PLAN");
    expect(p.map((f) => [f.code, f.agency, f.atMs, f.points])).toEqual([["PLAN_NOT_DECLARED", "mine", ms("00:08:00"), 0.54]]);
    expect(rep.findings.some((f) => f.code === "REPORT_MISSING" && f.agency === "mine" && f.ruleId === "RPT-MINE-02")).toBe(true);
  });

  it("its 均已开展 names the withdrawal done in time, and no measure that was never done", () => {
    const zh = rep.findings.find((f) => f.code === "PLAN_NOT_DECLARED")!.message.zh;
    expect(zh).toContain("00:08:00 前到期的应急措施均已按时开展（「煤矿立即停止作业、先撤人后汇报");
    expect(zh).not.toMatch(/报警|疏散|省局|国家矿山安全监察局/);
  });
});
