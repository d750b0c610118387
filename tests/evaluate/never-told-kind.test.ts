/**
 * A notice its notifier never sent is 未通知, charged as 未通知, though the agency heard of the incident from elsewhere
 * (review15 school 4; 突发事件应对法（2024）第十七条、第六十一条, domain.md §5.3: the county bureau is told by the
 * response chain, and a controller's spot question is no such notice). School fire, poor play, seed 7: the brigade
 * never tells the county emergency bureau (due 00:17:30); the bureau hears at 00:40 only from the city's spot
 * question. The rubric's 通知全部联动单位 item is 5 points and 及时通知联动单位 2 (scenarios/rubrics/default.yaml);
 * the linkage section's W is 63 (section-weight.test.ts: the education bureau's and the township's unverified actions
 * out of scoring; 59 + 4 for the 110 call to pass on to 119, review16 school 4a), so the 未通知 itself costs 5, not the late
 * notice's 2. r23-mine-a adds the school's own plan (LNK-SCH-PLAN, act 6): 部门联动 W 69, so 5 × 30 / 69 = 2.17.
 * Round 24 (review23 mine N1, refusing r22-clock's 「此间无从履行」): the bureau, told at 00:40 instead of 00:17:30, never
 * acted at all; had it been told at 00:17:30 it would not have acted either, so the silence delayed nothing it did: its
 * 联而不动 is its whole act part, 6 (2.61), and the brigade's 未通知 its notice part, 5 (before: 5 + 1 dark window × 2 = 7,
 * 3.04, and the bureau 6 − 2 = 4).
 * And never telling costs more than telling late: the brigade's call to the bureau at 00:30 (late, 2 points) scores higher.
 */
import { describe, expect, it } from "vitest";
import { schoolVariant } from "./school-variant.ts";

describe("school fire, poor play: the bureau never told by the brigade (review15 school 4)", () => {
  const poor = schoolVariant().report;
  const f = poor.findings.find((x) => x.opportunity === "link:LNK-SCH-EB:eb" && x.causedBy === undefined && (x.code === "LINKAGE_NOT_NOTIFIED" || x.code === "LINKAGE_NOTIFIED_LATE"))!;

  it("is headed, labelled and charged 未通知: its notice part, 5 × 30 / 69 = 2.17 (nothing of a duty the bureau never did)", () => {
    expect(f.agency).toBe("fire");
    expect(f.code).toBe("LINKAGE_NOT_NOTIFIED");
    expect(f.message.zh).toContain("始终未将事故信息通知");
    expect(f.rubricPoints).toBe(5);
    expect(f.points).toBeCloseTo((5 * 30) / 69, 2);
  });

  it("telling the bureau late (00:30) is 通知迟延 and scores above never telling it", () => {
    const late = schoolVariant(undefined, [["00:30:00", "fire", { type: "message", to: ["eb"], channel: "phone", text: "县应急局：第二实验小学教学楼火灾，消防已到场处置。" }]]).report;
    const g = late.findings.find((x) => x.opportunity === "link:LNK-SCH-EB:eb" && x.causedBy === undefined && x.agency === "fire")!;
    expect(g.code).toBe("LINKAGE_NOTIFIED_LATE");
    expect(late.score!).toBeGreaterThan(poor.score!);
  });
});
