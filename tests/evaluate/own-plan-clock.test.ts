/**
 * r27 plan (issue 10 §1, §2, §5): an agency's own plan measures are judged on the clock of a notice given in time, and
 * 未明确宣布启动预案 lists only measures due by the plan's deadline that were done. Basis: domain.md §1 (reporting chain:
 * the dispatch room tells the mine head at once), §5 (linkage: who notifies whom); AQ/T 9009 evaluation practice: a
 * party is judged from when it knew or should have known. Mine-flood, seed 7, by hand:
 *   - poor play: the room saw the signs at 00:02, owed the head his notice by 00:07 (5 min), told him at 00:15; he ordered
 *     the withdrawal at 00:52. Due by 00:12 had he been told in time: 40 min late, of which 00:52 − 00:20 = 32 min his
 *     own (7 started 5-min windows, capped at the act part 6), the rest on the room's 通知迟延 F1: his row says
 *     「撤人命令按应于 00:07:00 获知计迟 40分钟，另见 F1」.
 *   - B3c (the room never tells him, and calls the team itself): he first hears at 01:05:50; on his own clock the plan
 *     was due 01:10:50 and the withdrawal (ordered 00:52) "in time"; on the clock of a notice given in time both were due
 *     by 00:12 and the withdrawal came at 00:52: the plan's measures lagged, so the plan never started is 未启动预案
 *     (6), not the procedural 未明确宣布 (2) listing the withdrawal as done in time.
 *   - good play without the mine's plan start (00:04:30) and its reports to the county energy bureau and the provincial
 *     mine-safety bureau (due 01:26, an hour after the head heard): the measures due by the plan's deadline (00:08:00,
 *     told 00:03:00 + 5 min) were done (the withdrawal at 00:03:00, ordered by the room at 00:02:30): 未明确宣布启动预案,
 *     2 × 30 / 111 = 0.54, its list naming no report; the missing reports are their own 漏报, not a plan finding.
 */
import { describe, expect, it } from "vitest";
import { evaluate } from "../../engine/evaluate/evaluate.ts";
import { runKeepingReference } from "../../engine/evaluate/references.ts";
import type { Command } from "../../engine/model/commands.ts";
import { ms } from "../helpers.ts";
import { bestPlay, drill, rubric } from "./fixtures.ts";
import { POOR, poor, variant } from "./mine-poor-variant.ts";

const PLAN = "LNK-MINE-PLAN";

describe("mine poor: the head's late withdrawal counted from when he should have known, citing the room's late notice", () => {
  it("F7 says 撤人命令按应于 00:07:00 获知计迟 40分钟，另见 F1 (F1: the room's 通知迟延); its own part 6, of which F1 bears 2 by causal share", () => {
    const r = poor.report;
    const slow = r.findings.find((f) => f.code === "LINKAGE_SLOW" && f.agency === "mine" && f.ruleId === "LNK-MINE-MINE")!;
    const notice = r.findings.find((f) => f.id === "F1")!;
    expect([notice.code, notice.agency]).toEqual(["LINKAGE_NOTIFIED_LATE", "dispatch"]);
    expect(slow.message.zh).toContain("时限 00:20:00，超时 32分钟；撤人命令按应于 00:07:00 获知计迟 40分钟，另见 F1");
    expect(slow.message.en).toContain("counted from when it should have known (00:07:00), see F1: 40 min late");
    // 32 min = 7 started 5-min windows × 2 = 14, capped at the act part (6), priced once with F1's caused part and split
    // by causal share (r29): 6 − (4 + 6 − 6) / 2 = 4, and the line says what F1 bears
    expect(slow.rubricPoints).toBe(4);
    expect(slow.message.zh).toContain("按因果份额其中 2 分由通知方承担");
  });
});

const CALL_0015 = /  - at: "00:15:00"\n    by: dispatch\n    type: message\n    to: mine\n[\s\S]*?    note: 未下达撤人命令（违反“先撤人、后汇报”）\n/;
const CALL_0027 = '  - at: "00:27:00"\n    by: dispatch\n    type: message\n    to: mine\n    channel: phone\n    text: 1203迎头突水了，水很大，请矿长到调度室。\n';
const TEAM_BY_HEAD = '  - at: "00:30:00"\n    by: mine\n    type: requestSupport';
const TEAM_BY_ROOM = '  - at: "00:30:00"\n    by: dispatch\n    type: requestSupport';

describe("mine B3c: a head never told is judged on the clock of a notice given in time", () => {
  const b3c = POOR.replace(CALL_0015, "").replace(CALL_0027, "").replace(TEAM_BY_HEAD, TEAM_BY_ROOM);
  const r = variant(b3c);
  it("his plan never started is 未启动预案 (the withdrawal due by 00:12 came at 00:52), not 未明确宣布 listing it as in time", () => {
    expect(b3c).not.toMatch(CALL_0015);
    const plan = r.findings.filter((f) => f.ruleId === PLAN);
    expect(plan.map((f) => [f.code, f.agency, f.rubricPoints])).toEqual([["PLAN_NOT_STARTED", "mine", 6]]);
    expect(r.findings.some((f) => f.code === "PLAN_NOT_DECLARED")).toBe(false);
  });
});

describe("mine good play without the plan start and the mine-safety reports: 未明确宣布 lists only measures done and due", () => {
  const good = drill("mine-flood", "good");
  const best = bestPlay("mine-flood", good.c);
  const to = (k: Command): string[] => ("to" in k ? ([] as string[]).concat((k as { to: string | string[] }).to) : []);
  const dropped = (k: Command) => k.by === "mine" && (k.type === "activateResponse" || (k.type === "report" && to(k).some((a) => a === "msp" || a === "coalsup")));
  const commands = good.commands.filter((k) => !dropped(k));
  const run = runKeepingReference(good.c, 7, commands, best);
  const r = evaluate(good.c, run.events, run.state, rubric(), undefined, best, { commands });
  it("is 未明确宣布启动预案, 2 × 30 / 111 = 0.54, due 00:08:00; its list names no report, the reports are their own 漏报", () => {
    // the plan start and six reports: an initial report and two follow-ups to each bureau
    expect(good.commands.length - commands.length).toBe(7);
    const plan = r.findings.filter((f) => f.ruleId === PLAN);
    expect(plan.map((f) => [f.code, f.agency, f.atMs, f.points])).toEqual([["PLAN_NOT_DECLARED", "mine", ms("00:08:00"), 0.54]]);
    const zh = plan[0]!.message.zh;
    expect(zh).toMatch(/00:08:00 前到期的应急措施均已按时开展（「煤矿立即停止作业、先撤人后汇报、召请矿山救护队（“立即”按5分钟计）」（00:03:00））/);
    expect(zh).not.toMatch(/报警|能源局|省局|报告/);
    expect(r.findings.filter((f) => f.code === "REPORT_MISSING" && f.agency === "mine").length).toBe(2);
  });
});
