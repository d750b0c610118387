/**
 * Review9 mine 9 (issue 10 §1): a need its owner could not meet for want of knowing in time is charged to the agency
 * that knew in time and kept it unknown, not to a notifier that learnt too late itself.
 *
 * Mine flood: two ambulances at the mine by 01:25 (req-ems: the inrush at 00:25 + 60). The county 120 centre's
 * ambulances take 25 min 44 s from the call to the mine (turn-out 60 s + the drive: sent at 01:11:30, there at 01:37:14
 * in the variant below), so the 120 had to know by 01:25:00 − 25:44 = 00:59:16. The county bureau learnt of the incident
 * only at 01:10 (the city's spot question): telling the 120 at once could not have met the need. The mine knew from
 * 00:15 (its head), reported to the bureau only at 01:20 and then gave 0 missing while it knew of 6 (01:05:50, inj-09):
 * its 瞒报 (REPORT_CONCEALED) is the root. Before the fix the shortfall was the bureau's, grouped under its late notice
 * to the 120; in the variant where the bureau tells the 120 at 01:10:30 and the 120 sends both ambulances at once, the
 * need read "已完成" though they came 12 min 14 s late.
 */
import { describe, expect, it } from "vitest";
import { evaluate } from "../../engine/evaluate/evaluate.ts";
import type { Command } from "../../engine/model/commands.ts";
import { run } from "../../engine/replay.ts";
import { cmd, compiled, ms, playOf, SCENARIOS } from "../helpers.ts";
import { bestPlay, drill, rubric } from "./fixtures.ts";

const need = (findings: ReturnType<typeof drill>["report"]["findings"]) => findings.filter((f) => f.opportunity === "req:req-ems");
const concealment = (findings: ReturnType<typeof drill>["report"]["findings"]) => findings.find((f) => f.code === "REPORT_CONCEALED" && f.agency === "mine" && f.ruleId === "RPT-HONEST-CONCEAL")!;

describe("a need kept unknown is on the agency that kept it so (review9 mine 9)", () => {
  it("shipped poor play: the two missing ambulances are the mine's, grouped under its 瞒报, not the bureau's late notice", () => {
    const d = drill("mine-flood", "poor");
    const f = need(d.report.findings);
    expect(f.map((x) => [x.code, x.agency, x.causedBy])).toEqual([["DISPATCH_INSUFFICIENT", "mine", concealment(d.report.findings).id]]);
    expect(f[0]!.message.zh).toContain("按时到场须于 00:59:16 前获知");
    expect(f[0]!.message.zh).toContain("01:20:00 的报告隐瞒已知伤亡或下落不明人员");
  });

  it("variant: told at 01:10:30 and sent at once, the ambulances 12 min 14 s late read 到场迟延…非120之责, on the mine, never 已完成", () => {
    const c = compiled("mine-flood");
    const edit = (cs: Command[]): Command[] => [
      ...cs.map((k) => (k.by === "eb" && k.at === ms("01:50:00") && k.type === "message" && k.to.includes("ems") ? { ...k, at: ms("01:10:30") } : k)),
      cmd("01:11:30", "ems", { type: "dispatch", units: ["amb-1", "amb-2"], place: "mine", task: "treat" }, 999),
    ].sort((a, b) => a.at - b.at);
    const commands = edit(playOf(c, `${SCENARIOS}/plays/mine-flood.poor.yaml`));
    const r = run(c, 7, commands);
    const report = evaluate(c, r.events, r.state, rubric(), undefined, bestPlay("mine-flood", c));
    const f = need(report.findings);
    expect(f.map((x) => [x.code, x.agency, x.causedBy, x.atMs])).toEqual([["DISPATCH_LATE", "mine", concealment(report.findings).id, ms("01:37:14")]]);
    expect(f[0]!.message.zh).toMatch(/^力量到场迟延：.*迟 12分14秒，非岭北县急救中心（120）之责/);
    expect(f[0]!.message.zh).toContain("按时到场须于 00:59:16 前获知");
  });
});
