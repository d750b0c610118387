/**
 * A duty has started when its holder does any act the duty names (review11 mine 2). LNK-MINE-EB: "县应急管理局接报后
 * 逐级上报、报告县政府、通知公安、人社、工会、检察院，负责人赶赴现场", 15 min from receipt (本县设定). Mine flood poor
 * play: the bureau is told at 01:10 (due 01:25), tells the police (and 120) at 01:50 and reports to the duty office at
 * 02:05. Its first act is the 01:50 notice to the police: 响应迟缓 01:50, 25 min late (the 02:05 report stays only its
 * 迟报). Variant (review10 `notify0112`): the same notice at 01:12 starts the duty in time: no 响应迟缓.
 */
import { describe, expect, it } from "vitest";
import { evaluate } from "../../engine/evaluate/evaluate.ts";
import { runKeepingReference } from "../../engine/evaluate/references.ts";
import type { Command } from "../../engine/model/commands.ts";
import type { ReportModel } from "../../engine/evaluate/report-model.ts";
import { ms } from "../helpers.ts";
import { bestPlay, drill, rubric } from "./fixtures.ts";

const slow = (r: ReportModel) => r.findings.filter((f) => f.code === "LINKAGE_SLOW" && f.ruleId === "LNK-MINE-EB" && f.agency === "eb");

describe("mine flood: the bureau's duty starts with its notice to the police (通知公安)", () => {
  const poor = drill("mine-flood", "poor");

  it("poor play: 响应迟缓 from the 01:50 notice, 01:50 − 01:25 = 25 min late, its 15 min tagged 本县设定", () => {
    const f = slow(poor.report);
    expect(f.map((x) => x.atMs)).toEqual([ms("01:50:00")]);
    expect(f[0]!.message.zh).toContain("01:50:00 才开始履行职责");
    expect(f[0]!.message.zh).toContain("超时 25分钟");
    expect(f[0]!.basis).toContain("本县设定");
  });

  // review12 mine 3 (issue 10 §2, each fault once): the same 01:50 message is the police's late notice, judged against
  // 01:25 (the traffic need's deadline, 25 min late) — the bureau's duty deadline too (01:10 + 15 = 01:25, 25 min):
  // one act, one deadline, one fault. The 响应迟缓 follows the 通知迟延 at 0
  it("the 响应迟缓 started by the late 01:50 notice follows that notice finding (0, 随 it)", () => {
    const f = slow(poor.report)[0]!;
    const notice = poor.report.findings.find((x) => x.code === "LINKAGE_NOTIFIED_LATE" && x.agency === "eb" && x.atMs === ms("01:50:00") && x.ruleId === "LNK-MINE-PSB")!;
    expect(f.causedBy).toBe(notice.id);
    expect(f.points).toBe(0);
    expect(notice.points).toBeGreaterThan(0);
  });

  it("the notice at 01:12 (within 01:25) starts the duty in time: no 响应迟缓", () => {
    const best = bestPlay("mine-flood", poor.c);
    const i = poor.commands.findIndex((k) => k.by === "eb" && k.type === "message" && k.at === ms("01:50:00"));
    expect(i).toBeGreaterThanOrEqual(0);
    const commands = poor.commands.map((k, j) => (j === i ? ({ ...k, at: ms("01:12:00") } as Command) : k)).sort((a, b) => a.at - b.at);
    const r = runKeepingReference(poor.c, 7, commands, best);
    expect(slow(evaluate(poor.c, r.events, r.state, rubric(), undefined, best))).toEqual([]);
  });
});
