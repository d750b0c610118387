/**
 * Where every point of a harm went (review17 school, refuse item 1; AQ/T 9009-2015 4.1: the report says what it found):
 * the school fire's poor play charges the pupil's death 8.5795 rubric points; the replays avoid 0.5795 by correcting F4
 * alone and 5.5 only with F4, F3 and the school's silence on the pupil's last place (未告知被困人员) corrected together —
 * that silence now replayed with the brigade's aimed search that followed the telling in the best play (00:14 / 00:14:30,
 * review18 school 3), so it is tried, not set aside; the remaining 8.5795 − 0.5795 − 5.5 = 2.5 lie on no agency. The
 * alarm call's understated fire (报警不准确) is still corrected only by its words: the replay cannot show those 2.5 points
 * unavoidable. The points cell must say so with the figure, not "其余不归于单一单位".
 */
import { describe, expect, it } from "vitest";
import { pointsText } from "../../cli/report/text.ts";
import { drill } from "./fixtures.ts";

describe("school fire, poor play: the death's share on no agency is named, with its points and why", () => {
  const d = drill("school-fire", "poor");
  const harm = d.report.findings.find((f) => f.code === "OUTCOME_PREVENTABLE_HARM")!;
  const untold = d.report.findings.find((f) => f.code === "TRAPPED_NOT_PASSED_ON")!;
  const alarm = d.report.findings.find((f) => f.code === "ALARM_INACCURATE" && f.message.zh.startsWith("报警不准确"))!;

  it("the rest is 8.5795 − 0.5795 − 5.5 = 2.5 rubric points; the pupil's place never passed on is tried (among the joint 5.5), the understated alarm is not", () => {
    const joint = harm.shares!.reduce((a, s) => a + s.points, 0);
    expect(harm.causedPart).toBeCloseTo(0.5795, 4);
    expect(joint).toBeCloseTo(5.5, 4);
    expect(harm.shares!.flatMap((s) => s.causes)).toContain(untold.id);
    expect(harm.unattributed?.points).toBeCloseTo(8.5795 - 0.5795 - 5.5, 4);
    expect(harm.unattributed?.unreplayed).toEqual([alarm.id]);
  });

  it("the points cell says 其余 2.5 不可归因 and why, in both languages", () => {
    const t = pointsText(harm, d.report.sections, d.report.findings);
    expect(t.zh).toContain("其余 2.5 不可归因");
    expect(t.zh).toContain(alarm.id);
    expect(t.zh).toContain("不能证明其不可避免");
    expect(t.en).toContain("the other 2.5 cannot be attributed");
  });
});
