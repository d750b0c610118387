/**
 * The linkage 计分方法 gives the real reason an unverified duty's points are set aside (review16 school): the education
 * bureau's and the township's duties (LNK-SCH-EDU, LNK-SCH-TOWN, tag U in rules/county-default.yaml, domain.md §0) are
 * not judged because they are unverified, not 「随 F19 / F16 未完成」 (the school's late and missing reports to them).
 */
import { describe, expect, it } from "vitest";
import { rendered } from "./reports.ts";

describe("school poor: unverified duties in the scoring method", () => {
  it("the education bureau and the township read 「该职责依据未核实，不评判：5 不计入」, in Chinese and English (no tag U: review19)", () => {
    const { md } = rendered("school-fire", "poor");
    expect(md.zh).toMatch(/临江县教育局（[^）]*）\s*5（该职责依据未核实，不评判：5 不计入）/);
    expect(md.zh).toMatch(/城关镇人民政府（乡镇（街道）安置学生、接待家长）\s*5（该职责依据未核实，不评判：5 不计入）/);
    expect(md.zh).not.toMatch(/临江县教育局（[^）]*）\s*5（随 F\d+ 未完成/);
    expect(md.en).toContain("the duty's basis is unverified and it is not judged: 5 set aside");
  });
});
