/**
 * What "acted" means (issue 10 §4): a coordination duty listing `message` is met by a message to
 * those it coordinates, not by one only up the sender's own reporting line. School-fire poor play:
 * the bureau's only act is "我们正在了解情况，了解清楚了再报。" to the city at 00:55 (its reportsTo),
 * which the spot-question finding condemns as a stall; the good play's 00:06 message to the brigade,
 * police, 120, education bureau and township is coordination.
 */
import { describe, expect, it } from "vitest";
import { drill } from "./fixtures.ts";

describe("a message only up the reporting line is not coordination", () => {
  // review8 (merge basis) replaced review6 A5: the bureau's duty is to coordinate (tell the linked agencies, activate the
  // response or send its field team); its own report up to the county duty office is its reporting duty (CTY-02),
  // judged there, and coordinates nobody
  it("school-fire poor: neither the bureau's 00:55 holding reply to the city nor its 00:58 oral report to the county duty office meets LNK-SCH-EB: 联而不动 on the bureau", () => {
    const { report, events } = drill("school-fire", "poor");
    expect(report.findings.filter((f) => f.code === "LINKAGE_IDLE" && f.ruleId === "LNK-SCH-EB").map((f) => f.agency)).toEqual(["eb"]);
    expect(events.find((e) => e.type === "obligationMet" && e.id === "LNK-SCH-EB:act:eb")).toBeUndefined();
  });

  it("school-fire good: the bureau's message to the agencies it coordinates meets the duty", () => {
    const { report } = drill("school-fire", "good");
    expect(report.findings.some((f) => f.ruleId === "LNK-SCH-EB")).toBe(false);
    expect(report.strengths.some((s) => s.agency === "eb" && s.section === "linkage")).toBe(true);
  });
});
