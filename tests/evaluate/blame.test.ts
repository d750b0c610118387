/**
 * Issue 10 §1, blame where it belongs: a duty an agency could not meet because nobody told it is
 * charged to whoever had to tell it. Sources: 消防法 第四十四条 (the unit that finds the fire or
 * leak calls 119 at once), 危险化学品安全管理条例 第七十一条 (the enterprise reports to the police,
 * environment and health departments), domain.md §5.2 (linkage table) and §7.4 (notified, then acted).
 */
import { describe, expect, it } from "vitest";
import { small } from "./verdicts-support.ts";

describe("chemical leak, nobody calls 119: the enterprise answers for the fire brigade's absence", () => {
  const d = small("chemical-leak", []);

  it("charges LINKAGE_NOT_NOTIFIED for the fire brigade to the enterprise (消防法 第四十四条: the unit calls 119)", () => {
    const nn = d.report.findings.find((f) => f.code === "LINKAGE_NOT_NOTIFIED" && f.ruleId === "LNK-CHEM-FIRE");
    expect(nn?.agency).toBe("ent");
    expect(nn?.message.zh).toContain("临江县消防救援大队");
  });

  it("never charges the brigade, left in the dark, with idleness, short or late dispatch, or missing reports", () => {
    for (const code of ["LINKAGE_IDLE", "LINKAGE_SLOW", "DISPATCH_INSUFFICIENT", "DISPATCH_LATE", "DISPATCH_IDLE_UNITS", "REPORT_MISSING", "REPORT_LATE"]) {
      expect(d.of(code, "fire"), code).toEqual([]);
    }
  });

  // review16 school 1 (round 17, b6b8b2e notice-shortfall.ts): a need left unmet because its owner was never told is
  // the notifier's own 力量不足 with points (no longer a 0-point consequence following the notice finding), as the mine's
  // never-told police car is the bureau's (section-weight). The need (力量调派) and the notice (部门联动) are separate items.
  it("names the unmet fire requirements as the enterprise's own shortfall, with points, saying the brigade was never told", () => {
    const nn = d.report.findings.find((f) => f.code === "LINKAGE_NOT_NOTIFIED" && f.ruleId === "LNK-CHEM-FIRE")!;
    expect(nn.agency).toBe("ent");
    const fireReqs = d.c.scenario.requirements.filter((r) => d.c.scenario.units.some((u) => r.unitType.includes(u.type) && u.agency === "fire"));
    expect(fireReqs.length).toBeGreaterThan(0);
    for (const r of fireReqs) {
      const f = d.report.findings.find((x) => x.ruleId === r.id && x.code.startsWith("DISPATCH_"));
      expect(f?.agency, r.id).toBe("ent");
      expect(f?.points, r.id).toBeGreaterThan(0);
      expect(f?.message.zh, r.id).toContain("临江县消防救援大队未及时获知事故信息所致");
      expect(f?.message.zh, r.id).toContain("临江化工有限公司 00:00:00 已获知事故，未及时告知临江县消防救援大队");
    }
  });

  it("names a responsible agency in every finding (a missing cordon: the police, whose duty it is, domain.md §5.2)", () => {
    // every fault names its agency; only harm no fault caused (the farmers exposed at 00:05, before any duty
    // fell due) is on none, and says so (AQ/T 9009: the drill's outcome apart from participants' faults)
    for (const f of d.report.findings) {
      if (f.agency === null) expect([f.section, f.message.zh.includes("不归于任何单位")], `${f.id} ${f.code}`).toEqual(["outcomes", true]);
    }
    expect(d.report.findings.filter((f) => f.section !== "outcomes").every((f) => f.agency !== null)).toBe(true);
    expect(d.of("CORDON_LATE").map((f) => f.agency)).toEqual(["police"]);
  });

  it("addresses recommendations to the agencies that failed, not to the brigade that was never told", () => {
    const all = d.report.recommendations.flatMap((r) => r.agencies);
    expect(all).toContain("ent");
    expect(all).not.toContain("fire");
  });
});

describe("chemical leak, the brigade is called but sends nothing: now it is the brigade's fault", () => {
  const d = small("chemical-leak", [["00:01:00", "ent", { type: "message", to: ["fire"], channel: "phone", text: "119：液氯罐区泄漏，请求增援" }]], 40 * 60_000);

  it("finds the brigade idle (联而不动) and the notice given in time", () => {
    expect(d.of("LINKAGE_IDLE", "fire").length).toBe(1);
    expect(d.report.findings.filter((f) => f.ruleId === "LNK-CHEM-FIRE" && f.code.startsWith("LINKAGE_NOT"))).toEqual([]);
  });
});
