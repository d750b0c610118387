/**
 * Issue 10 §5, deadlines that start late. Sources: 493号令 第九条 counts 1 h from receipt and
 * 第十、十一条 raise the addressees with the grade (domain.md §1.2, §7.2: re-grade → re-derive the
 * escalation and its deadlines); a requirement's window counts from the incident or from when the
 * owner should have been told (domain.md §5: the notice deadline), not from a notice given late.
 */
import { describe, expect, it } from "vitest";
import { compile } from "../../engine/compile.ts";
import type { EventOf } from "../../engine/model/events.ts";
import type { RulesProfile } from "../../engine/scenario/rules-schema.ts";
import { compiled, runPlay } from "../helpers.ts";
import { small } from "./verdicts-support.ts";

const MIN = 60_000;

describe("a receipt-clocked rule that applies only from 较大 opens at the re-grade for an agency told earlier", () => {
  const base = compiled("chemical-leak");
  const larger: RulesProfile["reporting"][number] = {
    id: "T-LARGER-UP", text: { zh: "较大事故接报后1小时内上报", en: "Larger: report up within 1 h of receipt" }, when: { grades: [1, 2, 3], orSensitive: false }, notSensitive: false,
    from: "incidentAgency", to: "emergencyBureau", mode: "any", withinMin: 60, clockStartsAt: "receipt", basis: "493号令 第十条", tag: "S",
  };
  const c = compile(base.scenario, { ...base.rules, reporting: [...base.rules.reporting, larger] });
  const { events } = runPlay(c, [], 7, 60 * MIN);
  const regrade = events.find((e): e is EventOf<"gradeChanged"> => e.type === "gradeChanged" && e.to === 3)!;
  const opened = events.find((e): e is EventOf<"obligationOpened"> => e.type === "obligationOpened" && e.obligation.ruleId === "T-LARGER-UP")?.obligation;

  it("the enterprise was told at 00:00 and the grade rose later", () => {
    expect(regrade.at).toBeGreaterThan(0);
  });

  it("opens the duty at the re-grade, due one hour after it (the later of receipt and re-grade)", () => {
    expect(opened).toMatchObject({ agency: "ent", to: "eb", openedAtMs: regrade.at, deadlineMs: regrade.at + 60 * MIN });
  });
});

describe("a requirement's window counts from when its owner should have been told", () => {
  // the enterprise calls 119 only at 00:30, though the brigade should have been told by 00:10 (LNK-CHEM-FIRE)
  const d = small("chemical-leak", [
    ["00:30:00", "ent", { type: "message", to: ["fire"], channel: "phone", text: "119：液氯罐区泄漏" }],
    ["00:38:00", "fire", { type: "dispatch", units: ["hz-chem1"], place: "tank-v101", task: "plugLeak" }],
  ], 70 * MIN);
  const plug = d.report.dispatch.requirements.find((r) => r.id === "req-plug")!;

  it("dates req-plug from 00:10 (the notice deadline), not from the late notice at 00:30", () => {
    expect(plug.deadlineMs).toBe(10 * MIN + 30 * MIN);
  });

  it("charges the late plugging to the enterprise that called late, as a consequence of its late notice", () => {
    const late = d.report.findings.find((f) => f.ruleId === "req-plug" && f.code.startsWith("DISPATCH_"))!;
    const notice = d.report.findings.find((f) => f.code === "LINKAGE_NOTIFIED_LATE" && f.ruleId === "LNK-CHEM-FIRE")!;
    expect(late.agency).toBe("ent");
    // ed2b2d7 (review16 school 1): the shortfall a late notifier caused is its own fault with points, no longer a
    // zero-point consequence linked by causedBy; the finding names the late notice as its cause instead
    // (00:38 dispatch, met 00:41:48 > 00:40:00; the brigade told at 00:30, it would have had to hear by 00:36:12)
    expect(notice).toBeDefined();
    // since review20 school 3 the late notice carries the brigade's lateness it caused (notice-lateness.ts), so the late
    // plugging follows it at 0 (随 …，不重复扣分: notice-shortfall.ts onceWithNotice), charged once on the enterprise
    expect(notice.agency).toBe("ent");
    expect(notice.caused?.length ?? 0).toBeGreaterThan(0);
    expect([late.causedBy, late.points]).toEqual([notice.id, 0]);
    expect(late.message.zh).toContain("迟延系其未能及时获知所致");
    expect(late.message.zh).toContain("临江化工有限公司 00:00:00 已获知事故，未及时告知临江县消防救援大队");
  });
});

describe("a requirement whose owner no rule owes a notice counts from the incident (issue 10 §5: a late notice never moves the deadline)", () => {
  // the incident is the accident (scenario incidentAt), not the drill's start: the inrush at 00:25 + 60 = 01:25:00 (review8 mine 1)
  it("mine flood poor play: the 120 ambulance standby (within 60 min) is due 01:25:00, not an hour after 120 finally heard at 01:50:00", async () => {
    const { drill } = await import("./fixtures.ts");
    const { report } = drill("mine-flood", "poor");
    const row = report.dispatch.requirements.find((q) => q.id === "req-ems")!;
    expect(row.deadlineMs).toBe(85 * 60_000);
  });
});
