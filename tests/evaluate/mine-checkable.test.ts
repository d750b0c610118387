/**
 * Bases and evidence a reader can check (review9 mine 10; issue 10 §12–13). Independent values:
 * - domain.md §1.5: the 2023 矿山生产安全事故报告和调查处理办法 sets the mine head's ≤ 1 h report to the county 矿山安全
 *   监管部门 AND the 省级局 [S2 S29]; 煤矿安全生产条例 第五十九条 is the statute (立即如实报告) [S]. The 办法's article
 *   number is in no reference here, so the basis quotes the provision instead of inventing an article.
 * - domain.md §4.1: the rescue team's turn-out ≤ 1 min is the AQ 1008-2007 figure [S2 S36]; whether the 2024 规程
 *   keeps it is [U]. §0: an unverified figure is no S2: the profile carries it as the county's own setting (D).
 * - the mine learnt of the 6 missing from the 01:05:50 inject (人员定位系统显示1205掘进队6人仍…); its 01:20 report gave
 *   0 missing: the 瞒报's evidence is that inject and the report.
 * - the mine's follow-ups to 能源局 and 省局 never arose because it never made the first reports (the 漏报 findings
 *   to the same addressees): they are unearned "随 F13/F14", not a duty that never arose.
 */
import { describe, expect, it } from "vitest";
import { drill } from "./fixtures.ts";

describe("mine flood, poor play: bases and evidence a reader can check", () => {
  const d = drill("mine-flood", "poor");
  const f = d.report.findings;

  it("the mine's missing reports to 能源局 and 省局 cite 第五十九条 and quote the 办法's 1-hour provision", () => {
    const missing = f.filter((x) => x.code === "REPORT_MISSING" && (x.ruleId === "RPT-MINE-01" || x.ruleId === "RPT-MINE-02"));
    expect(missing).toHaveLength(2);
    for (const m of missing) {
      expect(m.basis).toContain("煤矿安全生产条例 第五十九条");
      expect(m.basis).toContain("应当于1小时内报告事故发生地县级及以上人民政府矿山安全监管部门，同时报告国家矿山安全监察局省级局");
    }
  });

  it("the rescue team's 1-minute turn-out is the county's setting carried over from AQ 1008-2007 (tag D), never S2", () => {
    const rule = d.c.rules.linkage["mine-flood"].find((r) => r.id === "LNK-MINE-MRT")!;
    expect(rule.tag).toBe("D");
    expect(rule.basis).toContain("出动≤1分钟为本县设定（沿用AQ 1008-2007");
    const std = d.c.rules.dispatch.find((s) => s.basis.includes("矿山救援规程"))!;
    expect(std.tag).toBe("D");
    expect(std.basis).toContain("本县设定");
  });

  it("the 谎报 cites the inject that told the mine 6 were missing, as well as its report", () => {
    const hid = f.find((x) => x.code === "REPORT_FALSE" && x.ruleId === "RPT-HONEST-FALSE" && x.agency === d.c.scenario.incidentAgency)!;
    const told = d.events.findIndex((e) => e.type === "injectDelivered" && e.at === 65 * 60_000 + 50_000 && e.to.includes(d.c.scenario.incidentAgency));
    expect(told).toBeGreaterThanOrEqual(0);
    expect(hid.evidence.events).toContain(told);
  });

  it("the follow-ups to 能源局 and 省局 follow the first reports never made, by their finding ids", () => {
    const items = d.report.sections.find((s) => s.id === "reporting")!.scoring!.items!;
    const mine = d.c.scenario.incidentAgency;
    for (const rule of ["RPT-MINE-01", "RPT-MINE-02"]) {
      const first = f.find((x) => x.code === "REPORT_MISSING" && x.ruleId === rule)!;
      const fu = items.find((o) => o.id.startsWith(`rep:${mine}>`) && o.id.includes("|fu:") && first.opportunity !== undefined && o.id.split("|")[0] === first.opportunity.split("|")[0])!;
      expect(fu).toBeDefined();
      expect(fu.follows).toEqual([first.id]);
    }
  });
});
