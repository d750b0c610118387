/**
 * Issue 10 §1, review6 B11: a requirement falling due on an agency nobody told charges whoever had to tell it
 * (domain.md §5: the lead agency notifies the linked agencies by default). The mine flood's traffic control at the
 * access junction (req-traffic) falls to the police 60 minutes after the inrush (00:25 + 60 = 01:25, scenario
 * incidentAt; review8 mine 1); no rule times the police's
 * notice (LNK-MINE-PSB), yet a police force told at 01:50 could not have met it. The county bureau (lead) learnt at
 * 01:10 (the mine's late report, its own 迟报) and leads within 15 minutes of receipt (LNK-MINE-EB, actWithinMin):
 * it owed the notice by 01:25, so told at 01:50 it failed (told at 01:20 → in time). The finding gives one deadline,
 * the who-told-whom table's (the requirement's 01:25, review6 B8): told at 01:50, 25 min late.
 */
import { describe, expect, it } from "vitest";
import { small } from "./verdicts-support.ts";

const MIN = 60_000;
const report: [string, string, Record<string, unknown>] = ["01:10:00", "mine", { type: "report", to: "eb", kind: "initial", mode: "oral", content: { unit: "兴隆煤矿", location: "井下1203工作面", scene: "突水", casualties: { deaths: 0, seriousInjuries: 0, injured: 0, missing: 6 } } }];
const tell = (at: string): [string, string, Record<string, unknown>] => [at, "eb", { type: "message", to: ["police"], channel: "phone", text: "兴隆煤矿井下透水，6人被困，请派警力到进矿路口实施交通管制。" }];
const onPolice = (d: ReturnType<typeof small>) => d.report.findings.filter((f) => f.opportunity === "link:LNK-MINE-PSB:police" && f.code.startsWith("LINKAGE_NOT"));

describe("mine flood: the police told of the inrush only after their traffic control fell due", () => {
  it("told at 01:50: 通知迟延 on the county bureau, past its own 01:25; the table's deadline, the requirement's 01:25, 25 minutes late", () => {
    const d = small("mine-flood", [report, tell("01:50:00")], 150 * MIN);
    const f = onPolice(d);
    expect(f.map((x) => [x.code, x.agency, x.atMs])).toEqual([["LINKAGE_NOTIFIED_LATE", "eb", 110 * MIN]]);
    expect(f[0]!.message.zh).toContain("时限 01:25:00，迟 25分钟");
    expect(d.report.linkage.rows.find((r) => r.agency === "police")?.notifyDeadlineMs).toBe(85 * MIN);
  });

  it("told at 01:20, within the bureau's own 15 minutes: no notice finding on anyone", () => {
    const d = small("mine-flood", [report, tell("01:20:00")], 150 * MIN);
    expect(onPolice(d)).toEqual([]);
  });

  it("never told: 未通知 on the county bureau, at 01:25", () => {
    const d = small("mine-flood", [report], 150 * MIN);
    const f = onPolice(d);
    expect(f.map((x) => [x.code, x.agency, x.atMs])).toEqual([["LINKAGE_NOT_NOTIFIED", "eb", 85 * MIN]]);
  });
});
