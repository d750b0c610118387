/**
 * Golden behaviours of the evaluator on the repository's plays: a competent response scores
 * well, a poor one at least 20 points lower, and the poor chemical-leak play's problems are
 * found at the right agencies and times — each traceable to the events it rests on.
 */
import { describe, expect, it } from "vitest";
import { evaluate } from "../../engine/evaluate/evaluate.ts";
import type { EventOf } from "../../engine/model/events.ts";
import { bestPlay, drill, MIN, rubric, WITH_PLAYS } from "./fixtures.ts";

describe.each(WITH_PLAYS)("%s: good play against poor play", (id) => {
  it("scores the good play at least 75 and the poor play at least 20 points lower", () => {
    const good = drill(id, "good").report;
    const poor = drill(id, "poor").report;
    expect(good.score).toBeGreaterThanOrEqual(75);
    expect(poor.score).toBeLessThanOrEqual(good.score! - 20);
    expect(good.sections.map((s) => s.id)).toEqual(["reporting", "linkage", "dispatch", "outcomes"]);
  });

  it("finds more reporting, linkage and dispatch problems in the poor play", () => {
    const count = (which: "good" | "poor", prefix: string) => drill(id, which).report.findings.filter((f) => f.code.startsWith(prefix)).length;
    for (const prefix of ["REPORT_", "LINKAGE_", "DISPATCH_"]) expect(count("poor", prefix)).toBeGreaterThan(count("good", prefix));
  });

  it("ties every finding to events in the log: valid indexes, and the obligations it cites were opened there", () => {
    for (const which of ["good", "poor"] as const) {
      const { report, events } = drill(id, which);
      const opened = new Set(events.filter((e): e is EventOf<"obligationOpened"> => e.type === "obligationOpened").map((e) => e.obligation.id));
      for (const f of report.findings) {
        expect(f.evidence.events.length, `${f.id} ${f.code}`).toBeGreaterThan(0);
        for (const i of f.evidence.events) expect(events[i], `${f.id} cites #${i}`).toBeDefined();
        for (const o of f.evidence.obligations) expect(opened.has(o), `${f.id} cites obligation ${o}`).toBe(true);
        expect(f.basis.length).toBeGreaterThan(0);
        expect(f.message.zh.length).toBeGreaterThan(0);
        expect(f.message.en.length).toBeGreaterThan(0);
        expect(report.timeline.some((t) => t.findings.includes(f.id))).toBe(true);
      }
    }
  });

  it("is a pure projection: the same log gives the same report, and the inputs are left untouched", () => {
    const d = drill(id, "poor");
    const before = JSON.stringify([d.events, d.state]);
    const again = evaluate(d.c, d.events, d.state, rubric(), undefined, bestPlay(id, d.c), { commands: d.commands });
    expect(again).toEqual(d.report);
    expect(JSON.stringify([d.events, d.state])).toBe(before);
  });
});

describe("chemical leak, poor play: the problems an evaluator must find", () => {
  const { report, events, state, c } = drill("chemical-leak", "poor");
  const findings = (code: string, agency: string) => report.findings.filter((f) => f.code === code && f.agency === agency);
  const opened = (ruleId: string, agency: string) =>
    events.find((e): e is EventOf<"obligationOpened"> => e.type === "obligationOpened" && e.obligation.ruleId === ruleId && e.obligation.agency === agency)?.obligation;

  // 危化条例 第七十一条: 立即, this county's 10 min from the enterprise's receipt at 00:00 (review N4); it came at 01:02
  it("finds the enterprise's late report to the emergency bureau (due 00:10:00 under 第七十一条), at the time it finally came", () => {
    const late = findings("REPORT_LATE", "ent").find((f) => f.ruleId === "RPT-ENT-CHEM-EB");
    const report = events.find((e): e is EventOf<"reportSubmitted"> => e.type === "reportSubmitted" && e.from === "ent" && e.to === "eb");
    expect(late).toBeDefined();
    expect(report).toBeDefined();
    expect(late!.atMs).toBe(report!.at);
    expect(opened("RPT-ENT-CHEM-EB", "ent")!.deadlineMs).toBe(10 * MIN);
    expect(report!.at).toBeGreaterThan(opened("RPT-ENT-CHEM-EB", "ent")!.deadlineMs);
    expect(late!.message.zh).toContain("时限 00:10:00，实际 01:02:00 报告（00:00:00 接报后 1小时2分钟），超时 52分");
    expect(late!.evidence.events).toContain(events.indexOf(report!));
    expect(late!.evidence.messages).toContain(report!.id);
  });

  it("finds the reports the enterprise never made (漏报) to the ecology bureau and the police, at their deadlines", () => {
    const missing = findings("REPORT_MISSING", "ent");
    expect(missing.map((f) => f.ruleId).sort()).toEqual(["RPT-ENT-CHEM-ECO", "RPT-ENT-CHEM-PSB"]);
    for (const f of missing) expect(f.atMs).toBe(opened(f.ruleId, "ent")!.deadlineMs);
  });

  it("calls the enterprise's '0 dead' report, given when it knew of 3 deaths, 谎报 (第14号令 第三条: 故意不如实报告伤亡人数)", () => {
    // (the other: its 00:12 119 call withholding the chlorine and the people down, told-rescuers.ts)
    const f = findings("REPORT_FALSE", "ent").filter((x) => x.ruleId === "RPT-HONEST-FALSE");
    expect(f).toHaveLength(1);
    // its evidence: the report itself, beside the events that told the sender what it concealed (review9 mine 10)
    const e = f[0]!.evidence.events.map((i) => events[i]!).find((x): x is EventOf<"reportSubmitted"> => x.type === "reportSubmitted")!;
    expect(e).toBeDefined();
    expect(e.content.casualties?.deaths).toBe(0);
    expect(e.senderKnew.deaths).toBe(3);
  });

  it("finds the ecology bureau told but idle (联而不动) when its 30 minutes to act run out", () => {
    const idle = findings("LINKAGE_IDLE", "eco");
    const told = state.knowledge.find((k) => k.agency === "eco")!.notifiedAtMs!;
    const actWithin = c.rules.linkage["chemical-leak"].find((r) => r.agency === "ecoEnvironmentBureau")!.actWithinMin!;
    expect(idle).toHaveLength(1);
    expect(idle[0]!.atMs).toBe(told + actWithin * MIN);
    expect(report.linkage.rows.find((r) => r.agency === "eco")!.status).toBe("idle");
    // 联而不动 counts only the linked agencies that never acted (review6 A2, domain.md §7.4): the ecology bureau alone; the
    // plant's own plan never started (LNK-CHEM-PLAN) is its own finding, 未启动预案, not a linked agency idle (review23
    // chemical §2 / §5 item 7; engine/evaluate/own-plan.ts): its row is marked ownPlan and left out of the card
    expect(report.linkage.rows.filter((r) => r.status === "idle" && !r.ownPlan).map((r) => r.ruleId)).toEqual(["LNK-CHEM-ECO"]);
    expect(report.linkage.rows.find((r) => r.ruleId === "LNK-CHEM-PLAN")!.ownPlan).toBe(true);
    expect(report.linkage.headline.idle).toBe(1);
    expect(report.linkage.headline.idleShare).toBeCloseTo(1 / report.linkage.headline.withActDeadline, 10);
  });

  it("finds the fire brigade's ordinary water tenders sent to plug the leak (wrong unit type) when they fail on scene", () => {
    const wrong = findings("DISPATCH_WRONG_TYPE", "fire");
    const failed = events.filter((e): e is EventOf<"taskFailed"> => e.type === "taskFailed" && e.task === "plugLeak");
    expect(failed.length).toBeGreaterThanOrEqual(1);
    expect(wrong.map((f) => f.atMs).sort()).toEqual(failed.map((e) => e.at).sort());
    for (const f of wrong) {
      expect(f.ruleId).toBe("req-plug");
      const dispatched = f.evidence.events.map((i) => events[i]!).find((e) => e.type === "unitDispatched");
      expect(dispatched).toMatchObject({ type: "unitDispatched", agency: "fire", task: "plugLeak" });
      expect(c.units.get((dispatched as EventOf<"unitDispatched">).unit)!.type).toBe("fireEngine");
    }
  });

  it("finds the leak plugged late by the hazmat team and the requirement for it met late", () => {
    const plug = report.dispatch.requirements.find((r) => r.id === "req-plug")!;
    expect(plug.status).toBe("late");
    expect(findings("DISPATCH_LATE", "fire").some((f) => f.ruleId === "req-plug")).toBe(true);
  });

  it("counts more people exposed above AEGL-2 than the good play", () => {
    expect(report.outcomes.figures.exposedAegl2).toBeGreaterThan(drill("chemical-leak", "good").report.outcomes.figures.exposedAegl2);
  });
});

describe("chemical leak, good play", () => {
  const { report } = drill("chemical-leak", "good");

  it("meets every reporting deadline and has no honesty, idle-agency or wrong-type findings", () => {
    expect(report.reporting.obligations.every((o) => o.status === "met")).toBe(true);
    const codes = report.findings.map((f) => f.code);
    for (const bad of ["REPORT_LATE", "REPORT_MISSING", "REPORT_FALSE", "REPORT_CONCEALED", "LINKAGE_IDLE", "LINKAGE_NOT_NOTIFIED", "DISPATCH_WRONG_TYPE"]) expect(codes).not.toContain(bad);
    expect(report.linkage.headline.idleShare).toBe(0);
  });

  it("records the hazard controlled within the rubric's target and says so among the strengths", () => {
    expect(report.outcomes.figures.controlled).toBe(true);
    expect(report.outcomes.figures.controlledAtMs!).toBeLessThanOrEqual(60 * MIN);
    expect(report.strengths.some((s) => s.section === "outcomes")).toBe(true);
  });
});
