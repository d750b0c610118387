/**
 * Review19 chemical A5 (the report's own 计分方法: 「每个评估项的“扣分”栏相加等于该项扣分」): review17's wX, the poor play with
 * the police never passing the villager's 110 call to the bureau. The lateness that silence caused the bureau (relay-lateness.ts)
 * includes the bureau's report to the duty office (rep:eb>duty, an opportunity of 信息报告). Before, those 4 rubric points
 * sat in the police's 部门联动 row F8 while the 部门联动 section lost only 48, so the township's 求助未响应 was shaved to 0.06
 * to make the section total hold, and 信息报告 deducted 4 its rows did not show. Now the caused report lateness is its
 * own 信息报告 row on the police, and every section's rows add up to its deduction.
 * Hand calculation: 部门联动 weighs 30 over W = 105 (99 + the plant's own plan, LNK-CHEM-PLAN, r23-mine-a), so a 求助未响应
 * (4 rubric points) prints 4 × 30 / 105 = 1.14.
 */
import { describe, expect, it } from "vitest";
import type { Command } from "../../engine/model/commands.ts";
import { judge, poorPlay } from "./chem-variant.ts";

type Msg = Command & { by?: string; to?: unknown };
const policeToEb = (k: Msg) => k.type === "message" && k.by === "police" && JSON.stringify(k.to ?? "").includes("eb");

describe("wX (the 110 call never passed on): each lateness in its duty's section, rows adding up", () => {
  const r = judge(poorPlay().filter((k) => !policeToEb(k as Msg)));

  it("every section's rows add up to its deduction (to the cent)", () => {
    for (const s of r.sections) {
      const rows = r.findings.filter((f) => f.section === s.id).reduce((a, f) => a + f.points, 0);
      expect([s.id, Math.round(rows * 100) / 100]).toEqual([s.id, s.deducted]);
    }
  });
  it("the township's unanswered request costs its full 4 rubric points: 1.14 (4 × 30 / 105), not 0.06", () => {
    const town = r.findings.filter((f) => f.code === "HELP_REQUEST_UNANSWERED" && f.agency === "town");
    expect(town).toHaveLength(1);
    expect(town[0]!.points).toBeCloseTo((4 * 30) / 105, 1);
  });
  it("the bureau's report made late by the silence is a 信息报告 row on the police, not inside its 部门联动 F8", () => {
    const relay = r.findings.find((f) => f.code === "REPORT_NOT_FORWARDED" && f.agency === "police")!;
    expect(relay.caused?.some((c) => c.opportunity.startsWith("rep:"))).toBe(false);
    const row = r.findings.filter((f) => f.section === "reporting" && f.agency === "police" && f.code === "REPORT_LATE");
    expect(row).toHaveLength(1);
    expect(row[0]!.opportunity).toBe("rep:eb>duty|first|any");
  });
});
