/**
 * The rules profile judges duties the plays do or fail (review8 mine 14b; issue 10 §12). 生产安全事故应急条例
 * 第二十三条: the power company keeps power on for pumping and rescue; the profile gives it a time (60 min,
 * 本县设定), so that the poor play's power company, asked by the mine at 00:40 (inj-05-power) and never
 * acting, is 联而不动 — judged at 01:40 (00:40 + 60 min). The good play's company, told by the bureau at
 * 00:09, sends its repair truck at 00:42 (33 min): in time.
 */
import { describe, expect, it } from "vitest";
import { drill } from "./fixtures.ts";

const MIN = 60_000;

describe("mine flood: the power company's duty has a time", () => {
  it("the profile's LNK-MINE-POWER sets 60 minutes, tagged 本县设定", () => {
    const rule = drill("mine-flood", "poor").c.rules.linkage["mine-flood"].find((r) => r.id === "LNK-MINE-POWER")!;
    expect(rule.actWithinMin).toBe(60);
    expect(rule.basis).toContain("1小时为本县设定");
  });

  it("poor play: the company asked at 00:40 never acts: one 联而不动, due 01:40", () => {
    const d = drill("mine-flood", "poor");
    const idle = d.report.findings.filter((f) => f.code === "LINKAGE_IDLE" && f.ruleId === "LNK-MINE-POWER");
    expect(idle).toHaveLength(1);
    expect(d.c.agencies.get(idle[0]!.agency!)!.kind).toBe("powerGrid");
    expect(idle[0]!.atMs).toBe(100 * MIN);
    expect(idle[0]!.points).toBeGreaterThan(0);
  });

  it("good play: the repair truck sent at 00:42 meets it in time (no finding on the company)", () => {
    const d = drill("mine-flood", "good");
    expect(d.report.findings.filter((f) => f.ruleId === "LNK-MINE-POWER")).toEqual([]);
    const row = d.report.linkage.rows.find((r) => r.ruleId === "LNK-MINE-POWER")!;
    expect(row.firstRequiredActionAtMs).toBe(42 * MIN);
    expect(row.status).toBe("prompt");
  });
});
