/**
 * Issue 10 §2, each fault once: one missing report to one addressee about one event is one finding,
 * whatever rules describe it. The county duty office owes the city a 30-min oral and a 1-h written
 * first report on a 较大 or sensitive event (CTY-UP-02, domain.md §1.6): when nothing at all reached
 * the city, that is one silence — the written report's REPORT_MISSING cites the oral one and costs
 * nothing again. When the oral report was made (even late), a missing written report is its own fault.
 */
import { describe, expect, it } from "vitest";
import type { Finding, ReportModel } from "../../engine/evaluate/report-model.ts";
import { drill } from "./fixtures.ts";

const missing = (r: ReportModel, ruleId: string): Finding => r.findings.find((f) => f.code === "REPORT_MISSING" && f.ruleId === ruleId)!;

describe.each(["chemical-leak", "school-fire"])("%s poor play: the county duty office never reports to the city", (id) => {
  const { report, events } = drill(id, "poor");

  it("the play has no report or message at all from the duty office to the city", () => {
    expect(events.some((e) => (e.type === "reportSubmitted" && e.from === "duty" && (e.to === "city" || e.to === "cityduty")) || (e.type === "messageSent" && e.from === "duty" && (e.to.includes("city") || e.to.includes("cityduty"))))).toBe(false);
  });

  it("one deduction: the missing oral report (CTY-UP-02-oral) is charged, the missing written one (CTY-UP-02-written) cites it with 0 points", () => {
    // the chemical leak (review A4): the office was told a 一般 incident at 01:18, so the finding cites the
    // rule it owed, CTY-UP-01 (1 h, due 02:18); the school fire is sensitive from the start: CTY-UP-02-oral
    const oral = missing(report, id === "chemical-leak" ? "CTY-UP-01" : "CTY-UP-02-oral");
    if (id === "chemical-leak") expect(oral.message.zh).toContain("时限 02:18:00");
    const written = missing(report, "CTY-UP-02-written");
    expect(oral.causedBy).toBeUndefined();
    expect(oral.points).toBeGreaterThan(0);
    expect(written.causedBy).toBe(oral.id);
    expect(written.points).toBe(0);
  });
});

describe("chemical-leak poor play: the emergency bureau reported orally to the duty office (late) but never in writing (CTY-02)", () => {
  const { report } = drill("chemical-leak", "poor");

  it("the missing written report stays a finding of its own, deducted: the oral report was made", () => {
    expect(report.findings.some((f) => f.code === "REPORT_LATE" && f.agency === "eb" && f.evidence.obligations.some((o) => o.includes("eb>duty")))).toBe(true);
    const written = missing(report, "CTY-02-written");
    expect(written.causedBy).toBeUndefined();
    expect(written.points).toBeGreaterThan(0);
  });
});
