/**
 * Review9 mine 9 (issue 10 §1): a need its owner could not meet for want of knowing in time is charged to the agency
 * that knew in time and kept it unknown, not to a notifier that learnt too late itself.
 *
 * Mine flood: two ambulances at the mine by 01:25 (req-ems: the inrush at 00:25 + 60). The county 120 centre's
 * ambulances take 25 min 44 s from the call to the mine (turn-out 60 s + the drive: sent at 01:11:30, there at 01:37:14
 * in the variant below), so the 120 had to know by 01:25:00 − 25:44 = 00:59:16. The county bureau learnt of the incident
 * only at 01:10 (the city's spot question): telling the 120 at once could not have met the need. The mine knew from
 * 00:15 (its head), reported to the bureau only at 01:20 and then gave 0 missing while it knew of 6 (01:05:50, inj-09):
 * its 瞒报 (REPORT_CONCEALED) was named as the root.
 * Review10 mine 2 overturns that: the 瞒报 came at 01:20 and the mine's report was owed only by 01:25, both after
 * 00:59:16, when the need was lost, so neither can have lost it; the profile has no rule for the mine to call the 120
 * itself (LNK-MINE-EMS names no notifier), so nobody up the chain broke a rule in time: the need was out of reach of the
 * chain. A root is named only for a fault that came by the moment the need was lost (need-root.ts faultOf).
 * With no response the 120 is never told: the shortfall is the bureau's, which never told it (the earliest real cause:
 * told at any time, the 120 would have had its own window), never the mine's report. In the variant where the
 * bureau tells the 120 at 01:10:30 (30 s after it learnt) and the 120 sends both ambulances at once, they are there at
 * 01:37:14, inside the 120's own window (01:10:30 + 60): nobody failed, nothing is charged and nobody is named.
 * (The shipped poor play's 120, told at 01:50 and idle to the end, answers on its own window: need-owner-told.test.ts.)
 */
import { describe, expect, it } from "vitest";
import { evaluate } from "../../engine/evaluate/evaluate.ts";
import type { Command } from "../../engine/model/commands.ts";
import { run } from "../../engine/replay.ts";
import { cmd, compiled, ms, playOf, SCENARIOS } from "../helpers.ts";
import { bestPlay, rubric } from "./fixtures.ts";

type Findings = ReturnType<typeof evaluate>["findings"];
const need = (findings: Findings) => findings.filter((f) => f.opportunity === "req:req-ems");

function report(commands: (cs: Command[]) => Command[]) {
  const c = compiled("mine-flood");
  const r = run(c, 7, commands(playOf(c, `${SCENARIOS}/plays/mine-flood.poor.yaml`)).sort((a, b) => a.at - b.at));
  return evaluate(c, r.events, r.state, rubric(), undefined, bestPlay("mine-flood", c));
}

describe("a need's root is a fault that came by the moment the need was lost (review9 mine 9, review10 mine 2)", () => {
  it("no response: the ambulances are lost through the bureau that never told the 120, not the mine's report due at 01:25", () => {
    const r = report(() => []);
    const f = need(r.findings);
    expect(f.map((x) => [x.code, x.agency])).toEqual([["DISPATCH_INSUFFICIENT", "eb"]]);
    expect(f[0]!.message.zh).not.toContain("兴隆煤业");
  });

  it("variant: told at 01:10:30 and sent at once, the ambulances there at 01:37:14 in the 120's own window charge nobody and name nobody", () => {
    const r = report((cs) => [
      ...cs.map((k) => (k.by === "eb" && k.at === ms("01:50:00") && k.type === "message" && k.to.includes("ems") ? { ...k, at: ms("01:10:30") } : k)),
      cmd("01:11:30", "ems", { type: "dispatch", units: ["amb-1", "amb-2"], place: "mine", task: "treat" }, 999),
    ]);
    expect(need(r.findings)).toEqual([]);
    const row = r.dispatch.requirements.find((x) => x.id === "req-ems")!;
    // the second ambulance (the need's count-th) at 01:37:14: 12 min 14 s after 01:25, inside 01:10:30 + 60
    expect(row.arrivals[1]?.atMs).toBe(ms("01:37:14"));
  });
});
