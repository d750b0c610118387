/**
 * Review22 mine B2 (issue 10: each fault once, on the agency that failed). A notice never made charges its notifier the
 * holder's whole duty (「未通知 5 + 联而不动 6」, 未通知即整项不得分); what the holder's units could not do for want of it is
 * that notice's consequence (随 Fx，不重复扣分), the same for every holder — before, the mine's never-made call to the rescue
 * team cost 3.14 on 未通知 and 4.17 more on the team's missing squad (F11), and in the no-action play the bureau's
 * never-told police cost 4.17 (F15) while its never-told 120's ambulances were already 随 its 未通知 (F14).
 *
 * Plays (seed 7): tests/evaluate/plays/mine-no-mrt-call.yaml (= /work/variants/r22/review-mine-flood/v2-no-mrt-call.yaml:
 * the poor play without the mine's 00:30 requestSupport and the team's 00:33 dispatch); no commands at all (v7-none);
 * the poor play with the call at 00:50 and the turn-out at 00:50:30 (v9-late-mrt-call). By hand:
 *   - v2: 未通知 mine → rescue team: (5 + 6) × 30 / 105 = 3.142857 → 3.14; req-mrt (1 rescue squad, due 01:20) short 1:
 *     before 1 × 3 × 25 / 18 = 4.1667 → 4.17 on the mine, now 0, causedBy that 未通知.
 *   - none: req-traffic (1 police car, due 01:25) short 1, the police never told by the bureau: 0, causedBy the bureau's
 *     未通知 to the police (before 4.17); req-ems (2 ambulances) already followed the bureau's 未通知 to the 120.
 *   - a late call never costs more than none at all: v9's 通知迟延 (capped at the duty: 10 × 30 / 105 = 2.86) < 3.14.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { POOR, poor, variant } from "./mine-poor-variant.ts";
import type { ReportModel } from "../../engine/evaluate/report-model.ts";

const NEVER = readFileSync(new URL("./plays/mine-no-mrt-call.yaml", import.meta.url), "utf8");
const NONE = "scenario: mine-flood\nseed: 7\ncommands: []\n";
const LATE = POOR.replace('- at: "00:30:00"\n    by: mine\n    type: requestSupport', '- at: "00:50:00"\n    by: mine\n    type: requestSupport')
  .replace('- at: "00:33:00"\n    by: mrt\n    type: dispatch', '- at: "00:50:30"\n    by: mrt\n    type: dispatch');

const notice = (r: ReportModel, by: string, to: string) => r.findings.find((f) => (f.code === "LINKAGE_NOT_NOTIFIED" || f.code === "LINKAGE_NOTIFIED_LATE") && f.agency === by && f.ruleId.startsWith("LNK-MINE") && r.linkage.rows.some((row) => row.ruleId === f.ruleId && row.agency === to))!;
const short = (r: ReportModel, req: string) => r.findings.find((f) => f.code === "DISPATCH_INSUFFICIENT" && f.ruleId === req)!;

describe("review22 mine B2: a shortfall left by a never-made notice follows that notice", () => {
  const v2 = variant(NEVER);
  it("the mine's never-made call to the rescue team is charged once (3.14), the missing squad 随 it", () => {
    const call = notice(v2, "mine", "mrt");
    expect([call.code, call.points]).toEqual(["LINKAGE_NOT_NOTIFIED", 3.14]);
    const f = short(v2, "req-mrt");
    expect(f.agency).toBe("mine");
    expect(f.causedBy).toBe(call.id);
    expect(f.points).toBe(0);
    expect(v2.score).toBeLessThanOrEqual(poor.report.score!);
  });

  it("in the no-action play the never-told police's traffic car follows the bureau's 未通知, as the 120's ambulances do", () => {
    const none = variant(NONE);
    const police = notice(none, "eb", "police");
    const ems = notice(none, "eb", "ems");
    expect([police.code, ems.code]).toEqual(["LINKAGE_NOT_NOTIFIED", "LINKAGE_NOT_NOTIFIED"]);
    expect([short(none, "req-traffic").causedBy, short(none, "req-traffic").points]).toEqual([police.id, 0]);
    expect([short(none, "req-ems").causedBy, short(none, "req-ems").points]).toEqual([ems.id, 0]);
  });

  it("a late call still costs the mine less than none: 2.86 < 3.14, and the late play scores at least the never-called one", () => {
    const v9 = variant(LATE);
    const late = notice(v9, "mine", "mrt");
    expect([late.code, late.points]).toEqual(["LINKAGE_NOTIFIED_LATE", 2.86]);
    expect(v9.findings.filter((f) => f.ruleId === "req-mrt" && f.points > 0)).toEqual([]);
    expect(v9.score).toBeGreaterThanOrEqual(v2.score!);
  });
});
