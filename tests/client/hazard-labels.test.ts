/**
 * Casualty labels follow the scenario's hazard (newcomer run 6, item 15: the mine-flood director's
 * header read 「重伤（含急性工业中毒）」, the chemical wording). 493号令 第三条 counts acute industrial
 * poisoning as serious injury; the label says so where a toxic release can poison, and reads plain
 * 重伤 for a mine flood or a school fire. "Exposed" is each hazard's own harm, in the report's words
 * (a toxic load above AEGL-2; reached by the inrush water; a harmful smoke dose).
 */
import { describe, expect, it } from "vitest";
import { reportSummary } from "../../client/i18n/describe.ts";
import { consoleModel } from "../../client/local/model.ts";
import { figureLabel } from "../../client/model/labels.ts";
import { compiled, runPlay } from "../helpers.ts";

describe("casualty labels by hazard", () => {
  it("the console model knows the scenario's kind: mine flood, chemical leak, school fire", () => {
    for (const id of ["mine-flood", "chemical-leak", "school-fire"]) {
      const c = compiled(id);
      expect(consoleModel(c, runPlay(c, [], 7, 60_000).state, "director").hazardKind).toBe(id);
    }
  });

  it("serious injuries: with acute industrial poisoning for the chlorine leak only", () => {
    expect(figureLabel("chemical-leak", "seriousInjuries")).toBe("重伤（含急性工业中毒）");
    expect(figureLabel("mine-flood", "seriousInjuries")).toBe("重伤");
    expect(figureLabel("school-fire", "seriousInjuries")).toBe("重伤");
    expect(figureLabel("mine-flood", "deaths")).toBe("死亡");
  });

  it("exposed: each hazard's own harm", () => {
    expect(figureLabel("chemical-leak", "exposed")).toContain("AEGL-2");
    expect(figureLabel("mine-flood", "exposed")).toBe("被涌水淹及");
    expect(figureLabel("school-fire", "exposed")).toContain("烟气");
    expect(figureLabel(undefined, "exposed")).toBe("受危害暴露");
  });

  it("a mine's report in the inbox reads 重伤 2, not the chemical label", () => {
    const content = { unit: "青山煤矿", casualties: { deaths: 0, seriousInjuries: 2, injured: "unknown", missing: 5 } };
    const s = reportSummary({ report: { kind: "initial", mode: "oral", content } } as never, "mine-flood");
    expect(s).toContain("重伤2");
    expect(s).not.toContain("急性工业中毒");
    expect(reportSummary({ report: { kind: "initial", mode: "oral", content } } as never, "chemical-leak")).toContain("重伤（含急性工业中毒）2");
  });
});
