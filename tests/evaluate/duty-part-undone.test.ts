/**
 * Issue 10 §6 (review9 mine 6): a duty is judged for completion, not only its first act. The county emergency
 * bureau's duty (LNK-MINE-EB, LNK-CHEM-EB) is met by its first act of taking the lead, but its head must also go
 * to the scene: 生产安全事故报告和调查处理条例 第十五条 ("接到事故报告后，其负责人应当立即赶赴事故现场"; domain.md
 * §1.2 RPT-GOV-07). Mine flood, poor play: the bureau is told at 01:10 (the city's spot question), reports to the
 * duty office at 02:05 (late: 01:10 + 15 min = 01:25) and never sends its command vehicle (eb-cmd, task command).
 */
import { describe, expect, it } from "vitest";
import { drill, MIN } from "./fixtures.ts";
import { small } from "./verdicts-support.ts";

describe("mine flood, poor play: the bureau's head never goes to the scene", () => {
  const d = drill("mine-flood", "poor");
  const undone = d.report.findings.filter((f) => f.code === "LINKAGE_PART_UNDONE" && f.agency === "eb");

  it("is its own finding on the bureau, due 01:25 (01:10 + 15), citing 493号令 第十五条", () => {
    expect(undone).toHaveLength(1);
    expect(undone[0]!.atMs).toBe(85 * MIN);
    expect(undone[0]!.basis).toContain("第十五条");
    expect(undone[0]!.message.zh).toContain("赶赴事故现场");
  });

  it("costs points in the bureau's linkage slot, beside the late first act", () => {
    expect(undone[0]!.points).toBeGreaterThan(0);
    expect(d.report.findings.some((f) => f.code === "LINKAGE_SLOW" && f.agency === "eb")).toBe(true);
  });
});

describe("mine flood: a bureau that reports on time and sends its command vehicle has done both parts", () => {
  const told: Array<[string, string, Record<string, unknown>]> = [
    ["00:05:00", "mine", { type: "message", to: ["eb"], channel: "phone", text: "兴隆煤矿1203工作面透水，井下有人员被困" }],
    ["00:15:00", "eb", { type: "report", to: "duty", kind: "initial", mode: "oral", content: { unit: "兴隆煤矿", location: "1203工作面", scene: "透水" } }],
  ];
  it("without the command vehicle: one 职责未完成 at 00:20 (00:05 + 15)", () => {
    const d = small("mine-flood", told, 40 * MIN);
    expect(d.of("LINKAGE_PART_UNDONE", "eb").map((f) => f.atMs)).toEqual([20 * MIN]);
  });
  it("with it (00:16): none", () => {
    const d = small("mine-flood", [...told, ["00:16:00", "eb", { type: "dispatch", units: ["eb-cmd"], place: "mine", task: "command" }]], 40 * MIN);
    expect(d.of("LINKAGE_PART_UNDONE", "eb")).toEqual([]);
  });
  it("cut before the duty's deadline (00:18): not yet judged", () => {
    const d = small("mine-flood", told, 18 * MIN);
    expect(d.of("LINKAGE_PART_UNDONE", "eb")).toEqual([]);
  });
});

describe("chemical leak, poor play: the bureau activates the response but its head never goes", () => {
  it("one 职责未完成 on the bureau", () => {
    const d = drill("chemical-leak", "poor");
    expect(d.report.findings.filter((f) => f.code === "LINKAGE_PART_UNDONE" && f.agency === "eb")).toHaveLength(1);
  });
});
