/**
 * The 未到期 list as an evaluator reads it (README "Evaluate a drill": a duty whose deadline lies
 * later is listed with its deadline): each item shows its real deadline and the agency that holds
 * the duty. Sources of the right answers: the scenario's requirements (school-fire.yaml
 * req-ems-triage "救护车15分钟内到操场检伤分类", withinMin 15, counted from the incident while no notice
 * to 120 is owed yet (LNK-SCH-EMS: 学校发现有人受伤立即拨打120, owed from the first injury, workWhen casualties,
 * review6 B16; nobody is hurt at 00:01:12): 00:15:00; mine-flood.yaml req-mrt withinMin 45, counted
 * from the inrush itself (incidentAt 00:25:00, merge clock: deadlines start at the accident, issue 10 §5,
 * as req-ems 00:25 + 60 = 01:25): 00:25 + 45 = 01:10:00);
 * the linkage table (county-default.yaml LNK-CHEM-FIRE notifiedWithinMin 10: the fire brigade is
 * to be told by 00:10:00); the dispatch standard (a unit's arrival is its agency's duty).
 */
import { describe, expect, it } from "vitest";
import { rendered } from "./reports.ts";

const at = (hh: number, mm: number, ss: number) => ((hh * 60 + mm) * 60 + ss) * 1000;

describe("school fire, poor play stopped at 00:01:12", () => {
  const r = rendered("school-fire", "poor", at(0, 1, 12));
  const item = (ruleId: string) => r.worded.notYetDue.find((n) => n.ruleId === ruleId)!;

  it("a requirement shows its own window (15 min; no 120 call owed before anyone is hurt) and the agency with the ambulances, not the bureau and not the drill's end", () => {
    expect(item("req-ems-triage")).toMatchObject({ agency: "ems", dueMs: at(0, 15, 0) });
    expect(r.md.zh).toContain("未到期：临江县急救中心（120）——救护车15分钟内到学校操场检伤分类，时限 00:15:00");
  });

  it("nobody is to tell the school of its own fire: its duty is listed as its own, its clock not started", () => {
    expect(r.md.zh).not.toContain("通知临江县第二实验小学");
    const own = item("LNK-SCH-SCHOOL");
    expect(own.agency).toBe("sch");
    expect(own.dueMs).toBeUndefined();
    expect(own.message.zh).toMatch(/^未到期：临江县第二实验小学——学校发现火情立即报警.*时限自其获知事故起计（2分钟内），尚未开始/);
  });

  it("a notice no rule times says so, owed by the drill's end, instead of a made-up deadline", () => {
    expect(r.md.zh).toContain("未到期：临江县应急管理局——通知临江县公安局（城关派出所）（其职责：公安（派出所、交警）维护现场秩序、设置警戒、交通管制，配合消防调查原因），无规定时限，须在演练结束（02:00:00）前");
    // nobody is hurt yet: the school owes 120 no call (学校发现有人受伤立即拨打120), so none is listed
    expect(r.md.zh).not.toContain("通知临江县急救中心（120）");
  });
});

describe("school fire, poor play stopped at 00:10:00: a unit's arrival standard is its agency's duty, the unit named in the text", () => {
  const r = rendered("school-fire", "poor", at(0, 10, 0));

  it("held by the fire brigade, naming 城关站水罐消防车1", () => {
    const arrive = r.worded.notYetDue.filter((n) => n.code === "DISPATCH_LATE" && n.message.zh.includes("城关站水罐消防车1"));
    expect(arrive.length).toBeGreaterThan(0);
    for (const n of arrive) {
      expect(n.agency).toBe("fire");
      expect(n.message.zh).toMatch(/^未到期：临江县消防救援大队——城关站水罐消防车1：/);
    }
  });
});

describe("chemical leak, poor play stopped at 00:10:00", () => {
  const r = rendered("chemical-leak", "poor", at(0, 10, 0));

  it("the notice to the fire brigade is due at 00:10:00 (10 min), not at the drill's end", () => {
    const n = r.worded.notYetDue.find((x) => x.ruleId === "LNK-CHEM-FIRE")!;
    expect(n.dueMs).toBe(at(0, 10, 0));
    expect(n.message.zh).toContain("通知临江县消防救援大队（其职责：");
    expect(n.message.zh).toContain("时限 00:10:00");
  });
});

describe("mine flood, poor play stopped at 00:10:00", () => {
  const r = rendered("mine-flood", "poor", at(0, 10, 0));

  it("the rescue team's survey is due at 01:10:00 (the inrush at 00:25, then 45 min) and held by the rescue squadron", () => {
    expect(r.worded.notYetDue.find((n) => n.ruleId === "req-mrt")).toMatchObject({ agency: "mrt", dueMs: at(1, 10, 0) });
    expect(r.md.zh).toContain("未到期：青山市矿山救护支队岭北中队——矿山救护队到兴隆煤矿工业广场集结、入井侦察灾区，时限 01:10:00");
  });
});

describe.each([["school-fire"], ["chemical-leak"], ["mine-flood"]])("%s: every item of the 未到期 list", (id) => {
  it.each([["good", at(0, 1, 12)], ["poor", at(0, 1, 12)], ["good", at(0, 10, 0)], ["poor", at(0, 10, 0)]] as const)("%s play, stopped at %i ms: held by an agency, a requirement at its own deadline", (play, until) => {
    const r = rendered(id, play, until);
    const agencies = new Set(r.worded.agencies.map((a) => a.id));
    for (const n of r.worded.notYetDue) {
      expect(agencies.has(n.agency ?? ""), n.message.zh).toBe(true);
      const req = r.worded.dispatch.requirements.find((q) => q.id === n.ruleId);
      // the rule's deadline, or the owner's own window when it was told after the clock started (own-window.ts)
      if (req) expect(n.dueMs, n.message.zh).toBeGreaterThanOrEqual(req.deadlineMs!);
      // only the drill's scheduled end is said to be "the end", and only for a notice no rule times
      if (n.dueMs === r.worded.scenario.durationMs) expect(n.message.zh).toContain("无规定时限");
    }
  });
});
