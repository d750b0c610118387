/**
 * Review9 mine 9 (issue 10 §1): a need its owner could not meet for want of knowing in time is charged to the agency
 * that knew in time and kept it unknown, not to a notifier that learnt too late itself.
 *
 * Mine flood: two ambulances at the mine by 01:25 (req-ems: the inrush at 00:25 + 60). The county 120 centre's
 * ambulances take 25 min 44 s from the call to the mine (turn-out 60 s + the drive: sent at 01:11:30, there at 01:37:14
 * in the variant below), so the 120 had to know by 01:25:00 − 25:44 = 00:59:16. The county bureau learnt of the incident
 * only at 01:10 (the city's spot question): telling the 120 at once could not have met the need. The mine knew from
 * 00:15 (its head), reported to the bureau only at 01:20 and then gave 0 missing while it knew of 6 (01:05:50, inj-09):
 * review9 took its 瞒报 (REPORT_CONCEALED) for the root; review12 mine 2 corrects it: the mine's report fell due only at
 * 01:25 (00:25 + 60, 493号令 第九条; #61 "✓ 按时"), after 00:59:16, so even an honest report on time could not have met the
 * need. Nobody up the chain failed before 00:59:16: told at 01:50 and idle, the 120 answers its own window (02:50,
 * need-dark-owner.test.ts); told at 01:10:30 and sending at once, nobody answers the 12 min 14 s (no finding).
 */
import { describe, expect, it } from "vitest";
import { evaluate } from "../../engine/evaluate/evaluate.ts";
import type { Command } from "../../engine/model/commands.ts";
import { run } from "../../engine/replay.ts";
import { cmd, compiled, ms, playOf, SCENARIOS } from "../helpers.ts";
import { bestPlay, drill, rubric } from "./fixtures.ts";

const need = (findings: ReturnType<typeof drill>["report"]["findings"]) => findings.filter((f) => f.opportunity === "req:req-ems");
const concealment = (findings: ReturnType<typeof drill>["report"]["findings"]) => findings.find((f) => f.code === "REPORT_FALSE" && f.agency === "mine" && f.ruleId === "RPT-HONEST-FALSE")!;

describe("a need kept unknown is on the agency that kept it so (review9 mine 9)", () => {
  it("shipped poor play: the two missing ambulances are the 120's own (told 01:50, idle past 02:50: its 联而不动, review r15 mine 1), never the mine's 谎报", () => {
    const d = drill("mine-flood", "poor");
    const f = need(d.report.findings);
    const idle = d.report.findings.find((x) => x.code === "LINKAGE_IDLE" && x.agency === "ems")!;
    // booked with its 联而不动 (r27 mine 1: chargedWith, its own points; was causedBy, set aside)
    expect(f.map((x) => [x.code, x.agency, x.chargedWith, x.atMs])).toEqual([["DISPATCH_INSUFFICIENT", "ems", idle.id, ms("02:50:00")]]);
    expect(f[0]!.message.zh).not.toContain("隐瞒");
  });

  it("variant: told at 01:10:30 and sent at once, the ambulances 12 min 14 s late are nobody's fault, never 已完成", () => {
    const c = compiled("mine-flood");
    const edit = (cs: Command[]): Command[] => [
      ...cs.map((k) => (k.by === "eb" && k.at === ms("01:50:00") && k.type === "message" && k.to.includes("ems") ? { ...k, at: ms("01:10:30") } : k)),
      cmd("01:11:30", "ems", { type: "dispatch", units: ["amb-1", "amb-2"], place: "mine", task: "treat" }, 999),
    ].sort((a, b) => a.at - b.at);
    const commands = edit(playOf(c, `${SCENARIOS}/plays/mine-flood.poor.yaml`));
    const r = run(c, 7, commands);
    const report = evaluate(c, r.events, r.state, rubric(), undefined, bestPlay("mine-flood", c));
    const f = need(report.findings);
    // nobody failed before 00:59:16 (the bureau learnt at 01:10 and told at once; the mine's report was due at 01:25):
    // the 12 min 14 s late are nobody's fault, and the need is never "已完成"
    expect(f).toEqual([]);
    expect(report.strengths.some((x) => x.section === "dispatch" && x.message.zh.includes("救护车到矿待命"))).toBe(false);
  });
});
