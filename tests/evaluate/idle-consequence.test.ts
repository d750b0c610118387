/**
 * Issue 10 §2, each fault once: an agency told of the incident that never took its required action
 * (联而不动, LINKAGE_IDLE; domain.md §5 and §7.4) also left the requirements of that duty unmet. The
 * shortfall (DISPATCH_INSUFFICIENT) is the idleness's consequence, grouped with it (随 Fx 计入 Fx, chargedWith) and
 * booked once at its own points in 力量调派 (r27 mine 1: set aside, never acting cost less than acting late; credit.ts
 * r24-call); its idle units (DISPATCH_IDLE_UNITS) follow it at no cost again. An agency that did act answers for its own shortfall.
 */
import { describe, expect, it } from "vitest";
import type { Finding, ReportModel } from "../../engine/evaluate/report-model.ts";
import { drill, noResponse } from "./fixtures.ts";

/** The root a finding follows from (its causedBy chain to the end). */
const rootOf = (r: ReportModel, f: Finding): Finding => {
  let x = f;
  while (x.causedBy !== undefined) x = r.findings.find((y) => y.id === x.causedBy)!;
  return x;
};

describe("chemical leak, no action: the police, told at 00:11 and never acting (LNK-CHEM-PSB: cordon, traffic control)", () => {
  const { report } = noResponse("chemical-leak");
  const idle = report.findings.find((f) => f.code === "LINKAGE_IDLE" && f.agency === "police")!;

  it("is charged once, for the idleness", () => {
    expect(idle).toBeDefined();
    expect(idle.points).toBeGreaterThan(0);
  });

  it("its cordon and traffic-control shortfalls are booked with it (cited, their own rubric points, 3 a unit); their idle units cost nothing again", () => {
    for (const req of ["req-cordon", "req-traffic"]) {
      const short = report.findings.find((f) => f.code === "DISPATCH_INSUFFICIENT" && f.ruleId === req)!;
      expect(short.agency, req).toBe("police");
      expect(short.causedBy, req).toBeUndefined();
      expect(short.chargedWith, req).toBe(idle.id);
      expect(short.rubricPoints, req).toBe(3 * short.quantity);
      const units = report.findings.filter((f) => f.code === "DISPATCH_IDLE_UNITS" && f.ruleId === req);
      expect(units.length, req).toBeGreaterThan(0);
      for (const u of units) {
        expect([idle.id, short.id], req).toContain(rootOf(report, u).id);
        expect(u.points, req).toBe(0);
      }
    }
  });
});

describe("chemical leak, poor play", () => {
  const { report } = drill("chemical-leak", "poor");

  // review9 chemical 8: the monitoring due 00:55 was missed before eco was told (the enterprise's late notice, its own
  // finding); told at 00:58, eco had its own 45 min to 01:43 and sent nothing in 3 h: the shortfall from then is eco's,
  // booked with its 联而不动 at its own points (r27 mine 1; was 0, set aside)
  it("the environment bureau, told at 00:58 and never monitoring (LNK-CHEM-ECO), answers for its idleness and for the monitoring it left short after its own window (00:58 + 45 = 01:43), booked with it; the enterprise's late notice (危化条例 第七十一条, due 00:10) stands on its own", () => {
    const idle = report.findings.find((f) => f.code === "LINKAGE_IDLE" && f.agency === "eco")!;
    const short = report.findings.find((f) => f.code === "DISPATCH_INSUFFICIENT" && f.ruleId === "req-monitor")!;
    const notice = report.findings.find((f) => f.code === "LINKAGE_NOTIFIED_LATE" && f.opportunity === "link:LNK-CHEM-ECO:eco")!;
    expect(notice.agency).toBe("ent");
    expect([short.agency, short.causedBy, short.chargedWith, short.rubricPoints]).toEqual(["eco", undefined, idle.id, 3 * short.quantity]);
    expect(idle.points).toBeGreaterThan(0);
  });

  it("an agency that met its duty (the police act in time) answers for a requirement it left short on its own", () => {
    expect(report.findings.some((f) => f.agency === "police" && (f.code === "LINKAGE_IDLE" || f.code === "LINKAGE_SLOW"))).toBe(false);
    const short = report.findings.find((f) => f.code === "DISPATCH_INSUFFICIENT" && f.ruleId === "req-cordon")!;
    expect(short.agency).toBe("police");
    expect(short.causedBy).toBeUndefined();
    expect(short.points).toBeGreaterThan(0);
  });
});
