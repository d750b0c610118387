/**
 * Duties domain.md marks [U] stay out of scoring until checked (domain.md §0; review15 school 5): §5.3 marks the
 * education bureau's duties (guide the school, report up its line, parents, placing the pupils) and the township's
 * placing of pupils [U], and drill-scripts.md E finds no 教育局 step in any school-fire source. They are listed unscored,
 * as the police's are, never charged 联而不动 on "本县设定" alone. What the rules do support is charged once: the
 * education bureau, told of a sensitive school fire at 00:20, reports it to the county duty office within 30 min
 * (县应急管理工作要点, CTY-02 [P]; 应对法 第六十一条 [S]): due 00:50, never made in the poor play (review15 school 6c);
 * the good play's 00:07 oral report meets it.
 */
import { describe, expect, it } from "vitest";
import { drill } from "./fixtures.ts";
import { schoolVariant } from "./school-variant.ts";
import { ms } from "../helpers.ts";

describe("school fire: the education bureau's and the township's unverified duties (review15 school 5)", () => {
  const poor = drill("school-fire", "poor").report;

  it("are not charged 联而不动, and are listed as unscored beside the police", () => {
    expect(poor.findings.filter((f) => f.code === "LINKAGE_IDLE" && (f.agency === "edu" || f.agency === "town"))).toEqual([]);
    expect(poor.linkage.rows.filter((r) => r.unverified).map((r) => r.agency).sort()).toEqual(["edu", "police", "town"]);
  });

  it("earn nothing with no response: the empty play's linkage section is 0, not credited for notices the scenario gave", () => {
    const none = schoolVariant(() => true).report;
    expect(none.sections.find((s) => s.id === "linkage")!.score).toBe(0);
  });
});

describe("school fire: the education bureau's report up (review15 school 6c)", () => {
  it("poor play: never reported to the county duty office, due 00:50 (told 00:20 + 30 min), one 漏报 on the bureau", () => {
    const poor = drill("school-fire", "poor").report;
    const f = poor.findings.filter((x) => x.agency === "edu" && x.causedBy === undefined && x.section === "reporting");
    expect(f.map((x) => [x.code, x.atMs])).toEqual([["REPORT_MISSING", ms("00:50:00")]]);
    expect(f[0]!.basis).toContain("县应急管理工作要点");
  });

  it("good play: its 00:07 oral report meets it", () => {
    const good = drill("school-fire", "good").report;
    expect(good.findings.filter((x) => x.agency === "edu")).toEqual([]);
    expect(good.reporting.obligations.some((o) => o.agency === "edu" && o.status === "met")).toBe(true);
  });
});
