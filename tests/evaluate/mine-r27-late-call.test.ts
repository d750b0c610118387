/**
 * r27 mine 3 (issue 10 §11: a correction never raises another's charge; notice-lateness.ts): a late call is priced by
 * the delay it caused, measured against its addressee doing its part on time, never by what the addressee's own
 * lateness left of the duty. Mine flood (LNK-MINE-MRT: the mine calls the rescue team by 00:35, the team turns out
 * within 1 min of the call, county-default; 矿山救援规程 2024 行车 ≤ 30 min). Variant of the poor play: the mine calls
 * at 00:50 (通知迟延, 15 min: 2 windows × 2 = 4), and the team, turning out at once, would have done its part by
 * 00:36 had it been called in time: 14 one-minute windows × 2 caused, capped at the duty's act part 6, so the call is
 * 4 + 6 = 10 rubric points, × 30 / 111 = 2.70, whether the team then turns out at 00:53 (its own 2 min, which the
 * capped part leaves at 0) or at once at 00:50. Before the fix the late team's own 2 min took the act part first and
 * the call read 1.62 (6 × 30 / 111), rising to 2.70 when the team was corrected.
 */
import { describe, expect, it } from "vitest";
import { POOR, variant } from "./mine-poor-variant.ts";

const lateCall = POOR.replace('- at: "00:30:00"\n    by: mine\n    type: requestSupport', '- at: "00:50:00"\n    by: mine\n    type: requestSupport');
const teamLate = lateCall.replace('- at: "00:33:00"\n    by: mrt', '- at: "00:53:00"\n    by: mrt');
const teamOnTime = lateCall.replace('- at: "00:33:00"\n    by: mrt', '- at: "00:50:00"\n    by: mrt');
const call = (r: ReturnType<typeof variant>) => r.findings.find((f) => f.code === "LINKAGE_NOTIFIED_LATE" && f.opportunity === "link:LNK-MINE-MRT:mrt")!;

describe("mine flood: the mine's late call to the rescue team costs the same whether the team is late on its own or not (r27 mine 3)", () => {
  const late = variant(teamLate);
  const fixed = variant(teamOnTime);

  it("the variants are what they say (the call at 00:50; the team at 00:53 or 00:50)", () => {
    expect(teamLate).not.toBe(POOR);
    expect(teamOnTime).not.toBe(teamLate);
    expect(late.findings.some((f) => f.code === "LINKAGE_SLOW" && f.agency === "mrt")).toBe(true);
    expect(fixed.findings.some((f) => f.code === "LINKAGE_SLOW" && f.agency === "mrt")).toBe(false);
  });

  it("the call is on the mine, 4 + 6 = 10 rubric points (2.70) both ways: correcting the team never raises it", () => {
    for (const r of [late, fixed]) expect([call(r).agency, call(r).rubricPoints, call(r).points]).toEqual(["mine", 10, 2.7]);
    expect(call(fixed).points).toBeLessThanOrEqual(call(late).points);
  });

  it("correcting the team never lowers the score", () => {
    expect(fixed.score!).toBeGreaterThanOrEqual(late.score!);
  });
});
