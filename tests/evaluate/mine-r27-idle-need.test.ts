/**
 * r27 mine 1 (issue 10 §1, §11; domain.md §5 and §7.4 联而不动): the 120 in the mine-flood poor play is told at 01:50
 * ("做好准备", its own window for the ambulances runs to 01:50 + 60 = 02:50) and never sends one. It is the agency that
 * failed: its 联而不动 (LNK-MINE-EMS, 6 rubric points × 30 / 111 = 1.62) and the ambulances it left short (req-ems,
 * 2 ambulances × 3 rubric points = 6, × 25 / 18 = 8.33), booked with it (随 F28 计入 F28, one fault with its cost),
 * never set aside: set aside, the 120 paid 1.62 in all, less than the police that sent a cordon late (0.54 + 4.17), and
 * sending the ambulances late would have cost more than never sending them (credit.ts r24-call: never acting costs at
 * least acting late). No one was hurt, so its idleness carries no harm share (outcomes).
 */
import { describe, expect, it } from "vitest";
import { POOR, variant } from "./mine-poor-variant.ts";

const poor = variant(POOR);
/** The poor play with the 120 sending both ambulances at 02:30 (after its 02:00 duty, before its 02:50 need). */
const late = variant(`${POOR}
  - at: "02:30:00"
    by: ems
    type: dispatch
    units: [amb-1, amb-2]
    place: mine
    task: treat
`);
const short = (r: typeof poor) => r.findings.find((f) => f.code === "DISPATCH_INSUFFICIENT" && f.ruleId === "req-ems");

describe("mine flood poor play: the 120 told at 01:50 that never sends an ambulance answers for the ambulances (r27 mine 1)", () => {
  it("the shortfall is the 120's, booked with its 联而不动 at 2 × 3 rubric points (8.33), not set aside", () => {
    const idle = poor.findings.find((f) => f.code === "LINKAGE_IDLE" && f.agency === "ems")!;
    const f = short(poor)!;
    expect([f.agency, f.causedBy, f.chargedWith, f.rubricPoints, f.points]).toEqual(["ems", undefined, idle.id, 6, 8.33]);
    expect(idle.points).toBe(1.62);
    // the need is judged in 力量调派, not left attainable (不计入)
    const dispatch = poor.sections.find((s) => s.id === "dispatch")!;
    expect(dispatch.scoring!.items!.find((o) => o.id === "req:req-ems")!.lost).toBe(6);
    // W 18 (five needs: 3 + 3 + 3 + 2 × 3 + 3), nothing set aside (was S = 6, the ambulances)
    expect([dispatch.scoring!.worth, dispatch.scoring!.unearned ?? 0]).toEqual([18, 0]);
  });

  it("never sending costs at least sending late: the play whose 120 sends both ambulances at 02:30 scores no lower", () => {
    expect(short(late)).toBeUndefined();
    expect(late.score!).toBeGreaterThanOrEqual(poor.score!);
    const charged = (r: typeof poor) => r.findings.filter((f) => f.agency === "ems").reduce((a, f) => a + f.points, 0);
    expect(charged(poor)).toBeGreaterThan(charged(late));
  });
});
