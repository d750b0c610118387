/**
 * Review22 mine B6 (issue 10: wording true to the hazard). The mine-flood poor play (seed 7): the mine's 01:20 report to
 * the county bureau gave 「下落不明 0」 while it knew of the 6 men of heading 1205 cut off underground (#48: 「1205掘进队6人仍在
 * 1205回风顺槽迎头附近」); the world had them trapped (engine/hazards/mine/report.ts counts the mine's 下落不明 within the
 * trapped), and the summary says 「仍被困 6 人」. An evaluator writes the 谎报 as 「报告被困（涉险）人员 0，而其当时已知被困（涉险）
 * 人员 6」 (应急管理部令第14号: 伤亡人数和涉险人数), in the mine's own finding (F9) and in the relayed one (F29), never 下落不明.
 */
import { describe, expect, it } from "vitest";
import { poor } from "./mine-poor-variant.ts";

describe("review22 mine B6: trapped miners are worded 被困（涉险）, not 下落不明, in the 谎报 findings", () => {
  const lies = poor.report.findings.filter((f) => f.code === "REPORT_FALSE" && f.agency === "mine");
  it("the mine's own 谎报 and its relay both say 被困（涉险）人员 0 against 6 known", () => {
    expect(lies.length).toBe(2);
    const own = lies.find((f) => f.relayed !== true)!;
    const relayed = lies.find((f) => f.relayed === true)!;
    expect(own.message.zh).toContain("报告被困（涉险）人员 0，而其当时已知被困（涉险）人员 6");
    expect(relayed.message.zh).toContain("谎报被困（涉险）人员 0（其时已知被困（涉险）人员 6）");
    for (const f of lies) expect(f.message.zh).not.toContain("下落不明");
    expect(own.message.en).toContain("gave 0 trapped while the sender already knew of 6 trapped");
  });
});
