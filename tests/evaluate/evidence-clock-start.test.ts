/**
 * A finding whose deadline runs from an event cites that event (review r15 mine, kind; issue 10 §13):
 *  - the mine's call to its rescue team runs from the inrush, not the signs (应急条例 第十七条 binds once an accident has
 *    happened, review15 mine 3): due 00:25 + 10 = 00:35 ("立即" as 10 min, 本县设定), so the poor play's 00:30 call is on
 *    time and no deadline of the mine's runs from the 00:02 signs;
 *  - the dispatch room's call to the mine head, due 00:02 + 5 = 00:07 (493号令 第九条), cites the same inject;
 *  - the pumps (req-pumps, 90 min) and the wall (req-wall, 90 min) were due 00:25 + 90 = 01:55, counted from the inrush
 *    (scenario incidentAt 00:25): the inrush itself is cited, as by the bureau's notices to the 120 and the police owed
 *    by their needs' deadline 01:25 (00:25 + 60 min);
 *  - the school's call to 119, due 00:01:30 + 5 = 00:06:30, cites the teacher's call to the school at 00:01:30.
 */
import { describe, expect, it } from "vitest";
import { drill, MIN } from "./fixtures.ts";

const SEC = 1000;

describe("mine flood poor play: deadlines that run from an event cite it", () => {
  const d = drill("mine-flood", "poor");
  const signs = d.events.findIndex((e) => e.type === "injectDelivered" && e.at === 2 * MIN && e.to.includes("dispatch"));
  const inrush = d.events.findIndex((e) => e.type === "hazardChanged" && e.at === 25 * MIN);
  const late = (by: string, due: string) => d.report.findings.find((f) => f.code === "LINKAGE_NOTIFIED_LATE" && f.agency === by && f.message.en.includes(`due by ${due}`));

  it("fixture: the signs reach the dispatch room at 00:02 and the water breaks in at 00:25", () => {
    expect(signs).toBeGreaterThan(0);
    expect(inrush).toBeGreaterThan(signs);
  });

  it("the mine's call to the rescue team is due 00:35:00 (from the inrush) and its 00:30 call is on time: no late notice on the mine", () => {
    expect(d.report.findings.filter((f) => f.code === "LINKAGE_NOTIFIED_LATE" && f.agency === "mine")).toEqual([]);
  });

  it("the dispatch room's late call to the mine head (due 00:07:00) cites the signs at 00:02", () => {
    expect(late("dispatch", "00:07:00")?.evidence.events).toContain(signs);
  });

  it("the bureau's late notice to the 120 and the police, owed by their needs' deadline 01:25 (00:25 + 60 min), cites the inrush", () => {
    const owed = d.report.findings.filter((f) => f.code === "LINKAGE_NOTIFIED_LATE" && f.agency === "eb" && f.message.en.includes("by 01:25:00"));
    expect(owed).toHaveLength(2);
    for (const f of owed) expect(f.evidence.events).toContain(inrush);
  });

  it("the pumps' and the wall's shortfalls (due 01:55, 90 min from the inrush) cite the inrush", () => {
    const short = d.report.findings.filter((f) => f.code === "DISPATCH_INSUFFICIENT" && (f.ruleId === "req-pumps" || f.ruleId === "req-wall"));
    expect(short).toHaveLength(2);
    for (const f of short) expect(f.evidence.events, f.ruleId).toContain(inrush);
  });
});

describe("school fire poor play: the school's late call to 119 cites the call that told the school", () => {
  const d = drill("school-fire", "poor");
  const found = d.events.findIndex((e) => e.type === "injectDelivered" && e.at === 90 * SEC && e.to.includes("sch"));

  it("due 00:06:30 (00:01:30 + 5 min), it cites the 00:01:30 call", () => {
    expect(found).toBeGreaterThan(0);
    const f = d.report.findings.find((x) => x.code === "LINKAGE_NOTIFIED_LATE" && x.agency === "sch" && x.message.en.includes("Fire and Rescue Brigade"));
    expect(f?.evidence.events).toContain(found);
  });
});
