/**
 * Review 12, chemical leak (液氯储罐泄漏), items 1, 2 and 4: verdicts checked against the engine's own reruns and the
 * agencies' own receipt. Each variant is the shipped poor play with one command changed (the reviewer's probes in
 * /tmp/rev12-chemical-leak: c1shelter, p5call), seed 7, evaluated with the scenario's best play and the play's commands
 * (so the cause reruns run, as in the CLI).
 */
import { describe, expect, it } from "vitest";
import { evaluate } from "../../engine/evaluate/evaluate.ts";
import type { Command } from "../../engine/model/commands.ts";
import { compiled, ms, playOf, SCENARIOS } from "../helpers.ts";
import { bestPlay, drill, rubric } from "./fixtures.ts";
import { runKeepingReference } from "../../engine/evaluate/references.ts";

const c = compiled("chemical-leak");
const poorPlay = () => playOf(c, `${SCENARIOS}/plays/chemical-leak.poor.yaml`);
function judge(commands: Command[]) {
  const r = runKeepingReference(c, 7, commands, bestPlay("chemical-leak", c));
  return evaluate(c, r.events, r.state, rubric(), undefined, bestPlay("chemical-leak", c), { commands });
}
const villagers = (rep: ReturnType<typeof judge>) => rep.findings.find((f) => f.code === "PROTECTIVE_ACTION_LATE" && f.opportunity === "protect:villagers")!;

describe("item 1: the police's walk-out at 01:05 is late, not wrong, when sheltering instead does more harm", () => {
  it("the poor play's village finding calls the protection late (the timing), not 不当, with the cloud's arrival", () => {
    // engine reruns (review12 table): walk-out 609 injured; shelter at 01:05 and move after the plug 621 (p11): the act is no fault
    const f = villagers(drill("chemical-leak", "poor").report);
    expect(f.message.zh).not.toContain("不当");
    expect(f.message.zh).toContain("群众防护迟延");
    // the villagers' load crossed AEGL-2 at 00:36:50 (event log), before the 01:05 order
    expect(f.message.zh).toContain("毒气团 00:36:50 已到达");
  });

  it("c1 (shelter at 01:05 under the cloud, never lifted) is condemned for keeping people in, and that finding is a cause of the harm", () => {
    // c1: 635 injured against the poor play's 609 (review12); moving them once the leak stopped (01:18:47) gives 621
    const play = poorPlay().map((k) => {
      if (k.type !== "evacuate" || (k as { by?: string }).by !== "police" || k.at !== ms("01:05:00")) return k;
      const { destination: _, ...rest } = k as Command & { destination?: string };
      return { ...rest, type: "shelter" } as unknown as Command;
    });
    const rep = judge(play);
    const f = villagers(rep);
    expect(f.message.zh).toContain("群众防护不当");
    expect(f.message.zh).toContain("01:18:47 泄漏切断后始终未组织通风或转移");
    const harm = rep.findings.find((h) => h.code === "OUTCOME_PREVENTABLE_HARM")!;
    expect(harm.causes).toContain(f.id);
  });
});

describe("item 2: the enterprise's 119 wording is no cause of the late control, and no section rate falls by rounding", () => {
  it("the late control cites no ALARM_INACCURATE: with the good play's 119 wording the leak is still stopped at 01:18:47 (p5)", () => {
    const rep = drill("chemical-leak", "poor").report;
    const late = rep.findings.find((f) => f.code === "HAZARD_CONTROL_LATE")!;
    const alarm = rep.findings.find((f) => f.code === "ALARM_INACCURATE")!;
    expect(late.causes).not.toContain(alarm.id);
    expect(late.causes!.length).toBeGreaterThan(0);
  });

  // review15 school 3: the 119 call is an opportunity of 信息报告 (alarm:fire, 4), so it is in W, not outside. The two
  // 续报 (ent>eb, eb>duty) weigh followUpPoints 4, not 8 (review18 mine C): W = 96 − 2 × 4 = 88. Set aside S = 10 (the
  // correction's 2 not lost, review19 chemical A2, among them); L = 79 of which X = 7 outside W: L − X = 72;
  // attainable 30 × (88 − 10) / 88 = 26.59
  // r24-sums (credit.ts): a section deducts the sum of its findings' printed points, each rounded once, never the rounded
  // (L − X) × 30 / W: the 18 findings print 26.92, X = 7 × 30 / 88 = 2.39 of it beyond W, so 24.53 in W (72 × 30 / 88 =
  // 24.545 before each finding's rounding); rate 100 × (26.59 − 24.53) / 26.59 = 7.75 → 7.7 either way
  it("信息报告 deducts its findings' printed points: 24.53 in W (72 × 30 / 88 = 24.545 unrounded), rate 7.7, and p5 (F6 corrected) is no lower", () => {
    const rep = drill("chemical-leak", "poor").report;
    const sec = rep.sections.find((s) => s.id === "reporting")!;
    expect(sec.attainable).toBe(26.59);
    expect(Math.round((sec.deducted - (sec.outside ?? 0)) * 100) / 100).toBe(24.53);
    expect(sec.deducted).toBeCloseTo(rep.findings.filter((f) => f.section === "reporting").reduce((a, f) => a + f.points, 0), 6);
    expect(sec.score).toBe(7.7);
    const p5 = judge(poorPlay().map((k) => (k.type === "message" && k.at === ms("00:12:00") ? ({ ...k, text: "119吗？临江化工有限公司液氯罐区V-101储罐底部出料阀法兰泄漏，氯气向东扩散，罐区有人员倒地，请求特勤站防化力量立即增援！" } as Command) : k)));
    expect(p5.findings.some((f) => f.code === "ALARM_INACCURATE")).toBe(false);
    expect(p5.sections.find((s) => s.id === "reporting")!.score).toBeGreaterThanOrEqual(sec.score);
    expect(p5.score!).toBeGreaterThanOrEqual(rep.score!);
  });
});

describe("item 4: the police's cordon and protection deadlines run from their receipt (the 110 call at 00:11)", () => {
  it("cordon, 王家嘴 and the farmers are due at 00:41:00 (00:11 + 30 min), as the police's own duty", () => {
    const rep = drill("chemical-leak", "poor").report;
    const cordon = rep.findings.find((f) => f.code === "CORDON_LATE")!;
    expect(cordon.atMs).toBe(ms("00:41:00"));
    expect(cordon.message.zh).toContain("时限 00:41:00，00:11:00 获知起算");
    for (const g of ["protect:hamlet-residents", "protect:farmers"]) {
      const f = rep.findings.find((x) => x.opportunity === g);
      expect(f?.message.zh, g).toContain("时限 00:41:00，00:11:00 获知起算");
    }
  });
});

describe("item 3: the met bureau sat on the wind-shift forecast (LNK-CHEM-MET: 协助预测毒气扩散方向)", () => {
  it("told at 00:58 that the wind turns around 01:10 (inj-10-wind-shift), it reported only the current wind at 01:20: 职责未完成, due 01:10", () => {
    const rep = drill("chemical-leak", "poor").report;
    const f = rep.findings.find((x) => x.code === "LINKAGE_PART_UNDONE" && x.agency === "met")!;
    expect(f.opportunity).toBe("link:LNK-CHEM-MET:met");
    expect(f.atMs).toBe(ms("01:10:00"));
    expect(f.message.zh).toContain("只报实况");
    // the basis says the deadline is a local reading, not statute
    expect(f.basis).toContain("本县设定");
  });

  it("the good play's 00:59 forecast (“预计10时30分前后风向转为西南风”) meets it: no such finding", () => {
    const rep = drill("chemical-leak", "good").report;
    expect(rep.findings.some((x) => x.code === "LINKAGE_PART_UNDONE" && x.agency === "met")).toBe(false);
  });
});
