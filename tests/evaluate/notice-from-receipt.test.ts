/**
 * A notice is given 接报后: its clock runs from when the notifier itself was told, when that was late (review11
 * chemical 5; notice-due.ts notifierDue). Chemical leak poor play: the bureau first hears of the leak at 00:40 (the
 * enterprise's report was late, its finding); the met bureau's notice (LNK-CHEM-MET, 30 min, 本县设定) therefore runs
 * 00:40 + 30 = 01:10, and the bureau's call at 00:58 is on time: no notice finding on the bureau, and the
 * who-told-whom table gives 01:10:00 (it gave the event's 00:00 + 30 = 00:30, moved to 00:40, 18 min late).
 */
import { describe, expect, it } from "vitest";
import { drill, MIN } from "./fixtures.ts";

describe("chemical leak poor play: the bureau told at 00:40 owes the met bureau its notice by 01:10", () => {
  const poor = drill("chemical-leak", "poor");

  it("no notice finding on the bureau for its 00:58 call to the met bureau", () => {
    expect(poor.report.findings.filter((f) => f.opportunity === "link:LNK-CHEM-MET:met" && f.code.startsWith("LINKAGE_NOT"))).toEqual([]);
  });

  it("the who-told-whom table's deadline is 00:40 + 30 min = 01:10", () => {
    const row = poor.report.linkage.rows.find((r) => r.agency === "met");
    expect([row?.notifiedAtMs, row?.notifyDeadlineMs]).toEqual([58 * MIN, 70 * MIN]);
  });
});
