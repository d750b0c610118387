/**
 * Review17 mine A3 (493号令 第四条; issue 10 §1, §2): a knowing relay is the relaying agency's own 谎报. On the
 * mine-flood poor play, seed 7, with the mine's 续报 at 01:45 correcting its 01:20 "下落不明 0" to 6 (V7), the county
 * bureau still reports 0 to the county duty office at 02:05. Before, its finding read 「扣该报告剩余分值，谎报本身计于原谎报」:
 * the 谎报 was put on the mine, which had corrected it. Now it is the bureau's own, and the mine is not charged for it.
 * Price (r18 decision, 本县设定, relayed-lie.ts KNOWING_CAP): the duty office misinformed and the knowing relay are one
 * misinformation, charged once: what is left of the report, 8 − 4 (迟报) − 1 (要素不全) = 3, plus the correcting 续报 it
 * never sent, 8: 11 rubric points, not (10 + 8) = 18, which put V7 (8.1) below the poor play (8.9).
 */
import { describe, expect, it } from "vitest";
import { KNOWING_CAP } from "../../engine/evaluate/relayed-lie.ts";
import { POOR, poor, variant } from "./mine-poor-variant.ts";
import { pointsText } from "../../cli/report/text.ts";

const CORRECTION = [
  '  - at: "01:45:00"', "    by: mine", "    type: report", "    to: eb", "    kind: followUp", "    mode: oral", "    content:",
  "      unit: 兴隆煤矿", "      time: 8时55分", "      location: 井下1203工作面", "      scene: 1205掘进队6人被困1205回风顺槽",
  "      casualties: { deaths: 0, seriousInjuries: 0, injured: 0, missing: 6 }",
].join("\n");

describe("review17 mine A3: the bureau relaying the mine's 0 after the mine corrected it", () => {
  const v7 = variant(`${POOR.trimEnd()}\n${CORRECTION}\n`);
  const relay = v7.findings.filter((x) => x.code === "REPORT_FALSE" && x.evidence.messages.length > 0 && x.atMs === 125 * 60_000);

  it("is one 谎报, on the bureau, worded as its own knowing 谎报; the mine is not charged for it", () => {
    expect(relay.map((x) => x.agency)).toEqual(["eb"]);
    expect(relay[0]!.message.zh).toContain("明知转报，系岭北县应急管理局自身谎报");
    expect(relay[0]!.message.zh).not.toContain("谎报本身计于原谎报");
    expect(relay[0]!.message.en).toContain("a knowing relay");
  });

  // 3 left of its report + the correcting 续报 it owed, 4 (followUpPoints, review18 mine C; 8 before)
  it("is priced once with the misinformation it caused, 3 + 4 = 7, and says so in its basis (本县设定)", () => {
    expect(relay.map((x) => x.rubricPoints)).toEqual([7]);
    expect(relay[0]!.basis).toContain(KNOWING_CAP);
    expect(KNOWING_CAP).toContain("本县设定");
    // the working says why it stops at 7, not 「封顶 7（所在机会剩余的分值）」 after a 谎报 10 it never charges (W 84: review18 mine C)
    const cell = pointsText(relay[0]!, v7.sections, v7.findings);
    expect(cell.zh).toContain("（= （该报告剩余分值 3 + 未更正的续报 4） × 30 / 84，明知转报与所致失实只计一次");
    expect(cell.en).toContain("what was left of the report 3 + the uncorrected follow-up 4");
  });

  it("keeps the corrected play (V7) no lower than the poor play", () => {
    expect(v7.score!).toBeGreaterThanOrEqual(poor.report.score!);
  });
});
