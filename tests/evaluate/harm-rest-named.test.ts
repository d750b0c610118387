/**
 * Where every point of a harm went (review17 school, refuse item 1; AQ/T 9009-2015 4.1: the report says what it found).
 * Review20 school 2: the poor play's death is now wholly on the school and the brigade (joint-harm.test.ts); the part no
 * correction explains is shown on review18's w4 (the evacuation signal at 00:09, so the headcount finds the pupil missing
 * only at 00:15:54 and the school's silence falls due at 00:20:54, after his 00:20:00 death: no cause in this play). It
 * charges 0.8114 × 10 = 8.114 rubric points (8 for the death, 12 exposed × 0.0095 = 0.114); the replays avoid 0.114 by
 * correcting the late signal alone and 5.5 (death → serious injury, 8 − 2.5) only with the signal, the mini fire station
 * and the brigade's turnout together; the remaining 8.114 − 0.114 − 5.5 = 2.5 lie on no agency. Review24 school (r27):
 * the reason is not that the understated 119 call's correction "only sends a message": those 2.5 (a serious injury where
 * the best play has a light one) are avoided only with the best play's aerial ladder, which no finding asks for (req-rescue
 * was met by a tender; school-r20-harm's hand check). The points cell says so with the figure, not "其余不归于单一单位".
 */
import { describe, expect, it } from "vitest";
import type { Command } from "../../engine/model/commands.ts";
import { pointsText } from "../../cli/report/text.ts";
import { schoolVariant } from "./school-variant.ts";

describe("school fire, evacuation signal at 00:09 (w4): the death's share on no agency is named, with its points and why", () => {
  const evac = (c: Command) => c.type === "evacuate" && (c as { by?: string }).by === "sch";
  const d = schoolVariant(evac, [["00:09:00", "sch", { type: "evacuate", place: "school", destination: "playground" }]], true).report;
  const harm = d.findings.find((f) => f.code === "OUTCOME_PREVENTABLE_HARM")!;
  const alarm = d.findings.find((f) => f.code === "ALARM_INACCURATE" && f.atMs === 7.5 * 60_000)!;

  it("the rest is 8.114 − 0.114 − 5.5 = 2.5 rubric points, left because the best play avoids it by acts no finding requires", () => {
    // the figure the shares stand for (review22 school 3: each agency answers for its marginal, the shares may add up to more)
    const joint = harm.sharedPoints ?? harm.shares!.reduce((a, s) => a + s.points, 0);
    expect(harm.causedPart).toBeCloseTo(0.114, 4);
    expect(joint).toBeCloseTo(5.5, 4);
    expect(harm.unattributed?.points).toBeCloseTo(8.114 - 0.114 - 5.5, 4);
    expect(harm.unattributed?.reason).toBe("BEYOND_FINDINGS");
    expect(alarm).toBeDefined();
  });

  it("the points cell gives the 2.5 and the true reason (the best play's acts no finding requires), not 'only a message', in both languages", () => {
    const t = pointsText(harm, d.sections, d.findings);
    expect(t.zh).toContain("其余 2.5 分在各相关问题均按最佳处置的做法和时机更正后的复算中仍未避免：最佳处置避免这部分所靠的做法，本报告认定的任何问题都未要求，不是任何单位的缺陷，不归于任何单位");
    expect(t.en).toContain("the other 2.5 points remain in the replay with every fault bearing on the harm corrected as the best play does it: the best play avoids them by acts that none of this report's findings requires");
    expect(t.zh).not.toContain("只是发出消息");
    expect(t.en).not.toContain("only sends a message");
  });
});
