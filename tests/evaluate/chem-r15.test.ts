/**
 * Review r15, chemical leak (液氯储罐泄漏), the shipped poor play, seed 7: one duty, one deadline (item 1), and an
 * exposure charged to the agency that owed the exposed people's protection (item 6; outcome-blame.test.ts pins F1).
 */
import { describe, expect, it } from "vitest";
import { evaluate } from "../../engine/evaluate/evaluate.ts";
import type { Command } from "../../engine/model/commands.ts";
import { kindText } from "../../cli/report/text.ts";
import { outsideRow } from "../../cli/report/scoring.ts";
import { compiled, ms, playOf, runPlay, SCENARIOS } from "../helpers.ts";
import { bestPlay, drill, rubric } from "./fixtures.ts";
import { runKeepingReference } from "../../engine/evaluate/references.ts";

const MIN = 60_000;

describe("item 1: the cause analysis dates a protection fault from the deadline the finding prints", () => {
  const { report } = drill("chemical-leak", "poor");
  const byId = (id: string) => report.findings.find((f) => f.id === id)!;

  it("the village's protection is due at 00:41 (the police told by the 110 call at 00:11, ERG 2024 表3: 30 min from receipt), printed and used alike", () => {
    const village = report.findings.find((f) => f.code === "PROTECTIVE_ACTION_LATE" && f.opportunity === "protect:villagers")!;
    expect(village.message.zh).toContain("时限 00:41:00，00:11:00 获知起算");
    expect(village.dueMs).toBe(41 * MIN);
  });

  it("the preventable harm lists its causes in the order their faults began: the hazmat team due 00:40 (00:10 + 30 min, req-plug) before the village's protection due 00:41, not at 00:30 from the release", () => {
    const harm = report.findings.find((f) => f.code === "OUTCOME_PREVENTABLE_HARM")!;
    const codes = harm.causes!.map((id) => byId(id));
    const plug = codes.findIndex((f) => f.code === "DISPATCH_LATE");
    const protect = codes.findIndex((f) => f.code === "PROTECTIVE_ACTION_LATE");
    expect(plug).toBeGreaterThanOrEqual(0);
    expect(protect).toBeGreaterThan(plug);
  });
});

describe("item 3: a shelter in place never lifted is judged whether the order came in time or late", () => {
  const c = compiled("chemical-leak");
  const judge = (commands: Command[]) => {
    const r = runKeepingReference(c, 7, commands, bestPlay("chemical-leak", c));
    return evaluate(c, r.events, r.state, rubric(), undefined, bestPlay("chemical-leak", c), { commands });
  };
  // the poor play with the police sheltering the village at 00:30 (in time: due 00:41, the 110 call at 00:11 + 30 min)
  // instead of walking it out at 01:05, and never moving it after the plug at 01:18:47
  const play = (): Command[] => {
    const poor = playOf(c, `${SCENARIOS}/plays/chemical-leak.poor.yaml`).map((k) =>
      k.type === "evacuate" && (k as { by?: string }).by === "police" ? ({ ...k, groups: ["farmers"] } as unknown as Command) : k);
    const seq = Math.max(...poor.map((k) => k.seq)) + 1;
    return [...poor, { at: ms("00:30:00"), by: "police", type: "shelter", groups: ["villagers"], seq } as unknown as Command].sort((a, b) => a.at - b.at || a.seq - b.seq);
  };

  it("ERG 2024 (shelter suits a passing cloud; air or leave once it has passed): the on-time shelter never lifted is 群众防护不当 on the police, and a cause of the preventable harm", () => {
    const rep = judge(play());
    const f = rep.findings.find((x) => x.code === "PROTECTIVE_ACTION_LATE" && x.opportunity === "protect:villagers")!;
    expect(f.agency).toBe("police");
    expect(f.message.zh).toContain("群众防护不当");
    expect(f.message.zh).toContain("00:30:00 按时下令就地避险");
    expect(f.message.zh).toContain("01:18:47 泄漏切断后始终未组织通风或转移");
    expect(kindText(f).zh).toBe("群众防护不当");
    const harm = rep.findings.find((h) => h.code === "OUTCOME_PREVENTABLE_HARM")!;
    expect(harm.causes).toContain(f.id);
  });
});

describe("item 7: a duty's timeline mark names the rule its finding applies", () => {
  it("the duty office, told at 01:18 of an 一般 incident (0 dead reported, the 3 dead known to it only at 02:20), owes CTY-UP-01's report within 1 h (02:18): the opened mark F49 cites reads that rule, not the 较大 30-minute one", () => {
    const { report } = drill("chemical-leak", "poor");
    const f = report.findings.find((x) => x.code === "REPORT_MISSING" && x.agency === "duty" && x.ruleId === "CTY-UP-01")!;
    expect(f.message.zh).toContain("时限 02:18:00");
    const marks = report.timeline.filter((e) => e.event.type === "obligationOpened" && e.findings.includes(f.id));
    expect(marks.length).toBeGreaterThan(0);
    for (const m of marks) {
      const ob = (m.event as Extract<typeof m.event, { type: "obligationOpened" }>).obligation;
      expect(ob.deadlineMs).toBe(2 * 60 * MIN + 18 * MIN);
      expect(ob.text.zh).toContain("一般突发事件：县委县政府总值班室接报后1小时内");
      expect(ob.text.zh).not.toContain("30分钟内口头");
    }
  });
});

describe("item 5: a fault outside every opportunity says why it is in no section's rate", () => {
  // review r15 school 3 made each alarm call the scenario plans an opportunity of 信息报告 (alarm:<rescuer>)
  it("the enterprise's 119 call leaving out 氯气 and the people down (ALARM_INACCURATE, 消防法 第四十四条) now counts in 信息报告, on the alarm to the fire brigade, and the row of faults outside names it not", () => {
    const { report } = drill("chemical-leak", "poor");
    const alarm = report.findings.find((f) => f.code === "ALARM_INACCURATE")!;
    expect(alarm.opportunity).toBe("alarm:fire");
    expect(alarm.section).toBe("reporting");
    expect(outsideRow(report.sections)?.deducted.zh ?? "").not.toContain(alarm.id);
  });

  it("a fault the scenario set no opportunity for (the school's concealing report, school-fire poor play) is named in that row with the reason", () => {
    const { report } = drill("school-fire", "poor");
    const out = report.findings.filter((f) => f.opportunity === undefined && f.causedBy === undefined && f.code === "REPORT_FALSE");
    expect(out.length).toBeGreaterThan(0);
    const row = outsideRow(report.sections)!;
    for (const f of out) {
      expect(row.deducted.zh).toMatch(new RegExp(`${f.id}[^；（]* 不属于情景设定的评分机会`));
      expect(row.deducted.en).toMatch(new RegExp(`${f.id}[^;(]*: outside the scenario's opportunities`));
    }
  });

  // r19-words: the row repeated each arising duty's whole label ("…follow-up 1 (arising from this response) F9"),
  // which a reader of a score table takes for jargon; it names the findings by why they are unplanned
  it("the row names the mine's unplanned faults by id under one short reason each, without the duties' labels", () => {
    const { report } = drill("mine-flood", "poor");
    const row = outsideRow(report.sections)!;
    expect(row.deducted.zh).toMatch(/F\d+(、F\d+)* 为本次处置自身引起的事项/);
    expect(row.deducted.en).not.toMatch(/arising from this response|follow-up|Lingbei/);
    expect(row.deducted.zh).not.toMatch(/续报|岭北/);
  });
});

describe("item 2: a request for help from people at risk is a duty on the agency asked", () => {
  it("the school's 01:15 request (inj-11-parents) asks the police to keep order at its gate; the poor play sends nobody: 求助未响应 on the police at 01:30 (15 min, 本县设定), on 人民警察法 第二十一条", () => {
    const { report } = drill("chemical-leak", "poor");
    // the school's request alone (the families' 02:00 request to the township is another: families-request.test.ts)
    const f = report.findings.filter((x) => x.code === "HELP_REQUEST_UNANSWERED" && x.opportunity === "help:inj-11-parents:police");
    expect(f.length).toBe(1);
    expect(f[0]!.agency).toBe("police");
    expect(f[0]!.atMs).toBe(90 * MIN);
    expect(f[0]!.basis).toContain("人民警察法 第二十一条");
    expect(f[0]!.basis).toContain("本县设定");
    expect(f[0]!.section).toBe("linkage");
  });

  it("the good play's 01:16 special-police van to the school (drill plan: 学校门口维持秩序) meets it, and a dispatch there at 01:40 is 求助响应迟延 at half the points", () => {
    const good = drill("chemical-leak", "good").report;
    expect(good.findings.some((x) => x.code.startsWith("HELP_REQUEST"))).toBe(false);
    const c = compiled("chemical-leak");
    const poor = playOf(c, `${SCENARIOS}/plays/chemical-leak.poor.yaml`);
    const seq = Math.max(...poor.map((k) => k.seq)) + 1;
    const late = [...poor, { at: ms("01:40:00"), by: "police", type: "dispatch", units: ["pol-swat"], place: "school", task: "cordonGuard", seq } as unknown as Command];
    const r = runPlay(c, late, 7);
    const rep = evaluate(c, r.events, r.state, rubric(), undefined, bestPlay("chemical-leak", c));
    const f = rep.findings.find((x) => x.code === "HELP_REQUEST_LATE")!;
    expect(f.agency).toBe("police");
    expect(f.quantity).toBe(0.5);
    expect(rep.findings.some((x) => x.code === "HELP_REQUEST_UNANSWERED" && x.opportunity === "help:inj-11-parents:police")).toBe(false);
    const poorRep = drill("chemical-leak", "poor").report;
    expect(rep.sections.find((s) => s.id === "linkage")!.score!).toBeGreaterThan(poorRep.sections.find((s) => s.id === "linkage")!.score!);
  });
});
