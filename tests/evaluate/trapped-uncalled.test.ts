/**
 * review26 school 1: a school that never calls 119 still owes the brigade where its missing pupil is. The duty to pass
 * on where the trapped and missing are is on-scene command information (AQ/T 9009-2015 附录A 4 指挥和协调; the school
 * drill plans, drill-scripts.md C3 steps 7–8: head count, then report), owed once the brigade is in the response,
 * whoever brought it in (engine/evaluate/searcher-engaged.ts) — not only after the school's own call. Before, the poor
 * play without its 00:07:30 119 call (the brigade still dispatched at 00:09:30, told by nobody: its own command) lost the
 * passing-on opportunity and scored 16.8, above the poor play's 16.2: never calling paid better than calling late.
 *
 * Hand values: the headcount inject tells the school of the missing pupil at 00:13:24 (inj-05); 立即 is 5 min (本县设定,
 * told-rescuers.ts TELL_LOCAL_BASIS), so the finding is due 00:18:24 and dated there, as in the poor play with its call.
 */
import { describe, expect, it } from "vitest";
import { TELL_RESCUERS_RULE } from "../../engine/evaluate/told-rescuers.ts";
import { schoolVariant } from "./school-variant.ts";

const ms = (hms: string) => hms.split(":").reduce((t, p) => t * 60 + Number(p), 0) * 1000;

describe("school fire without the school's 119 call: the missing pupil's place is still owed to the brigade", () => {
  const poor = schoolVariant();
  const uncalled = schoolVariant((c) => c.type === "message" && (c as { by?: string }).by === "sch" && c.at === ms("00:07:30"));
  const untold = uncalled.report.findings.filter((f) => f.ruleId === TELL_RESCUERS_RULE && f.code === "TRAPPED_NOT_PASSED_ON");

  it("one 未告知被困人员 on the school, due 00:13:24 + 5 min = 00:18:24, naming how the brigade knew without its call", () => {
    expect(untold).toHaveLength(1);
    expect(untold[0]!.agency).toBe("sch");
    expect(untold[0]!.atMs).toBe(ms("00:18:24"));
    // the brigade was in the response by its own dispatch at 00:09:30 (the poor play's), not by the school
    expect(untold[0]!.message.zh).toContain("未向其报警");
    expect(untold[0]!.message.zh).toContain("00:09:30");
    // its evidence shows the brigade's own command, the event that put it in the response
    const dispatch = uncalled.events.findIndex((e) => e.type === "unitDispatched" && e.at === ms("00:09:30"));
    expect(untold[0]!.evidence.events).toContain(dispatch);
  });

  it("the missing call is its own 未通知, the passing-on its own fault: each once", () => {
    const onSchool = uncalled.report.findings.filter((f) => f.agency === "sch" && f.code === "LINKAGE_NOT_NOTIFIED" && f.message.zh.includes("消防救援大队"));
    expect(onSchool).toHaveLength(1);
    expect(untold[0]!.opportunity).not.toBe(onSchool[0]!.opportunity);
  });

  it("never calling 119 scores below calling it late, in total and in 部门联动 (issue 10 §11)", () => {
    expect(uncalled.report.score!).toBeLessThan(poor.report.score!);
    const linkage = (r: typeof poor.report) => r.sections.find((s) => s.id === "linkage")!.score;
    expect(linkage(uncalled.report)).toBeLessThan(linkage(poor.report));
  });
});
