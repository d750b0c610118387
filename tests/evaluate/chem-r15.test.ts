/**
 * Review r15, chemical leak (液氯储罐泄漏), the shipped poor play, seed 7: one duty, one deadline (item 1), and an
 * exposure charged to the agency that owed the exposed people's protection (item 6; outcome-blame.test.ts pins F1).
 */
import { describe, expect, it } from "vitest";
import { drill } from "./fixtures.ts";

const MIN = 60_000;

describe("item 1: the cause analysis dates a protection fault from the deadline the finding prints", () => {
  const { report } = drill("chemical-leak", "poor");
  const byId = (id: string) => report.findings.find((f) => f.id === id)!;

  it("the village's protection is due at 00:41 (the police told by the 110 call at 00:11, ERG 2024 表3: 30 min from receipt), printed and used alike", () => {
    const village = report.findings.find((f) => f.code === "PROTECTIVE_ACTION_LATE" && f.opportunity === "protect:villagers")!;
    expect(village.message.zh).toContain("时限 00:41:00，00:11:00 获知起算");
    expect(village.dueMs).toBe(41 * MIN);
  });

  it("the preventable harm lists its causes in the order their faults began: the hazmat team due 00:40 (00:10 + 30 min, req-plug) before the village's protection due 00:41, not at 00:30 from the release", () => {
    const harm = report.findings.find((f) => f.code === "OUTCOME_PREVENTABLE_HARM")!;
    const codes = harm.causes!.map((id) => byId(id));
    const plug = codes.findIndex((f) => f.code === "DISPATCH_LATE");
    const protect = codes.findIndex((f) => f.code === "PROTECTIVE_ACTION_LATE");
    expect(plug).toBeGreaterThanOrEqual(0);
    expect(protect).toBeGreaterThan(plug);
  });
});
