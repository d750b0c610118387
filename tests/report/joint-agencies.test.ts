/**
 * A harm charged jointly names every agency it is on, in its 单位 cell and in 不足 (review16 chemical 3). Chemical leak,
 * poor play, seed 7: F30 (可避免伤亡) is 9.601 of its 9.7 points avoided by correcting F9, F24 (the fire brigade), F49
 * (the police) and F50 (the township, 江湾镇, which never sheltered the village or the hamlet, joint-protection.ts); the
 * 0.0726 left only the enterprise's, the brigade's and the police's corrections together avoid (joint-share.ts). The cell
 * read only those three: the township, among the main causes, was missing.
 */
import { describe, expect, it } from "vitest";
import { findingAgencyText } from "../../cli/report/text.ts";
import { countByCode } from "../../cli/report/headlines.ts";
import { drill } from "../evaluate/fixtures.ts";

describe("chemical leak poor play: the preventable harm charged jointly", () => {
  const { report } = drill("chemical-leak", "poor");
  const harm = report.findings.find((f) => f.code === "OUTCOME_PREVENTABLE_HARM" && f.agency === null && (f.shares?.length ?? 0) > 0)!;

  it("its 单位 cell names the causes' agencies, then those sharing the joint part: the township among them", () => {
    expect(findingAgencyText(report, harm).zh).toBe("临江县消防救援大队、临江县公安局、江湾镇人民政府、临江化工有限公司（共同）");
  });

  it("不足 names the same four agencies", () => {
    const line = countByCode(report).find((x) => x.code === "OUTCOME_PREVENTABLE_HARM")!;
    expect(line.agencies).toEqual(["fire", "police", "town", "ent"]);
  });
});
