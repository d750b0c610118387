/**
 * Where every point of a harm went (review17 school, refuse item 1; AQ/T 9009-2015 4.1: the report says what it found):
 * the school fire's poor play charges the pupil's death 8.5795 rubric points; the replays avoid 0.5795 by correcting F4
 * alone and 5.5 only with F4, F3 and F18 corrected together; the remaining 8.5795 − 0.5795 − 5.5 = 2.5 lie on no agency.
 * The replay corrects the school's silence on the pupil's last place (未告知被困人员) only by sending the message: the play
 * has no brigade command that could act on it, so the replay cannot show those 2.5 points unavoidable. The points cell
 * must say so with the figure, not "其余不归于单一单位".
 */
import { describe, expect, it } from "vitest";
import { pointsText } from "../../cli/report/text.ts";
import { drill } from "./fixtures.ts";

describe("school fire, poor play: the death's share on no agency is named, with its points and why", () => {
  const d = drill("school-fire", "poor");
  const harm = d.report.findings.find((f) => f.code === "OUTCOME_PREVENTABLE_HARM")!;
  const untold = d.report.findings.find((f) => f.code === "TRAPPED_NOT_PASSED_ON")!;

  it("the rest is 8.5795 − 0.5795 − 5.5 = 2.5 rubric points, and the pupil's place never passed on is among what the replay could not test", () => {
    const joint = harm.shares!.reduce((a, s) => a + s.points, 0);
    expect(harm.causedPart).toBeCloseTo(0.5795, 4);
    expect(joint).toBeCloseTo(5.5, 4);
    expect(harm.unattributed?.points).toBeCloseTo(8.5795 - 0.5795 - 5.5, 4);
    expect(harm.unattributed?.unreplayed).toContain(untold.id);
  });

  it("the points cell says 其余 2.5 不可归因 and why, in both languages", () => {
    const t = pointsText(harm, d.report.sections, d.report.findings);
    expect(t.zh).toContain("其余 2.5 不可归因");
    expect(t.zh).toContain(untold.id);
    expect(t.zh).toContain("不能证明其不可避免");
    expect(t.en).toContain("the other 2.5 cannot be attributed");
  });
});
