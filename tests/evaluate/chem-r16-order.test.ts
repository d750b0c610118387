/**
 * Review 15, chemical leak (液氯储罐泄漏), seed 7: variant plays (the shipped poor play with one command changed) must
 * order as an evaluator orders them — a worse play never scores above the poor play, a better one never below.
 * Item 1: the enterprise never corrects its 01:02 谎报 (drops its 01:40 follow-up); item 3: the police answer the
 * school's 01:15 request for help (a car to the school gate at 01:17).
 */
import { describe, expect, it } from "vitest";
import { evaluate } from "../../engine/evaluate/evaluate.ts";
import type { Command } from "../../engine/model/commands.ts";
import { compiled, ms, playOf, SCENARIOS } from "../helpers.ts";
import { bestPlay, drill, rubric } from "./fixtures.ts";
import { runKeepingReference } from "../../engine/evaluate/references.ts";

const c = compiled("chemical-leak");
const poorPlay = () => playOf(c, `${SCENARIOS}/plays/chemical-leak.poor.yaml`);
const judge = (commands: Command[]) => {
  const r = runKeepingReference(c, 7, commands, bestPlay("chemical-leak", c));
  return evaluate(c, r.events, r.state, rubric(), undefined, bestPlay("chemical-leak", c), { commands });
};
const poor = drill("chemical-leak", "poor").report;

describe("item 1: a 谎报 never corrected costs at least the 续报 it owed (493号令 第四条、第十三条; 突发事件应对法 第六十一条)", () => {
  // w2: the enterprise's 01:40 follow-up (3 dead, 12 seriously injured) dropped: the 01:02 report's 0 / 0 stands to the end
  const w2 = judge(poorPlay().filter((k) => !(k.type === "report" && (k as { by?: string }).by === "ent" && k.at === ms("01:40:00"))));
  // v14: the 01:02 report tells the truth (3 / 12) instead
  const v14 = judge(poorPlay().map((k) => (k.type === "report" && (k as { by?: string }).by === "ent" && k.at === ms("01:02:00")
    ? ({ ...k, content: { ...(k as { content: object }).content, casualties: { deaths: 3, seriousInjuries: 12, injured: 0, missing: 0 }, other: "10时05分搜救出15名员工，3人无生命体征，12人重度中毒" } } as unknown as Command) : k)));

  it("the evaluator's order truthful ≥ poor (corrected late) ≥ never corrected, in total and in 信息报告", () => {
    expect(w2.score!).toBeLessThan(poor.score!);
    expect(v14.score!).toBeGreaterThanOrEqual(poor.score!);
    const info = (r: typeof poor) => r.sections.find((s) => s.id === "reporting")!.score;
    expect(info(w2)).toBeLessThan(info(poor));
  });

  // a missed 续报 weighs the rubric's followUpPoints 4 (report-weight.ts), so the correction it owed costs 4, not 8; and
  // the bureau, which reported up on its 0 / 0 at 01:18, never learnt the 3 dead and owed no casualty 续报 of its own:
  // that 续报 (eb>duty fu:1, 4, late in the poor play) is kept by the lie and charged within it (kept-by-lie.ts), so
  // the uncorrected lie takes 4 + 4 = 8 where the poor play lost 4 on the bureau's late 续报: 信息报告 falls
  it("the correction never made aggravates the one 谎报 (review16 school 3), charged its 续报's 4 and the bureau's casualty 续报 it kept (4) within it, not a second 漏报 nor set aside as 系更正本单位谎报", () => {
    expect(w2.findings.some((x) => x.code === "REPORT_MISSING" && x.message.zh.includes("续报更正"))).toBe(false);
    const f = w2.findings.find((x) => x.code === "REPORT_FALSE" && x.agency === "ent")!;
    expect(f.message.zh).toContain("谎报始终未更正（加重情节");
    expect(f.counted?.stood).toBe(4);
    expect(f.silences).toEqual(["rep:eb>duty|fu:1|any"]);
    expect(f.counted?.silenced).toBe(4);
    // the poor play corrected (late, at 01:40): no aggravation
    const p = poor.findings.find((x) => x.code === "REPORT_FALSE" && x.agency === "ent")!;
    expect(p.stood).toBeUndefined();
    expect(p.message.zh).not.toContain("未更正");
  });

  it("the bureau's written 较大 report, kept from it by the uncorrected 谎报, is failed through it (charged to the enterprise), not left out of the points attainable", () => {
    const f = w2.findings.find((x) => x.code === "REPORT_MISSING" && x.uncorrectedBy !== undefined && x.message.zh.includes("书面"))!;
    expect(f.agency).toBe("ent");
    // review16 chemical C: it reads as what the uncorrected 谎报 prevented, not as an enterprise 漏报 to the duty office
    const lie = w2.findings.find((x) => x.code === "REPORT_FALSE" && x.agency === "ent")!;
    expect(f.message.zh).toMatch(/^谎报未更正所致：临江县应急管理局向临江县委县政府总值班室的报告/);
    expect(f.message.zh).toContain(`系 ${lie.id} 的谎报始终未更正所致，未能报告`);
    expect(f.message.zh).not.toContain("非临江县应急管理局之责");
    expect(f.causedBy).toBeUndefined();
    expect(f.uncorrectedBy).toBeDefined();
    expect(f.points).toBeGreaterThan(0);
  });
});

describe("item 3: a unit sent where a party at risk asked for help answers that request (人民警察法 第二十一条), no 派错地点", () => {
  const seq = Math.max(...poorPlay().map((k) => k.seq)) + 1;
  const v11 = judge([...poorPlay(), { at: ms("01:17:00"), by: "police", type: "dispatch", units: ["pol-2"], place: "school", task: "cordonGuard", seq } as unknown as Command]
    .sort((a, b) => a.at - b.at || a.seq - b.seq));

  it("the car sent to the school gate at 01:17 is no wrong-place dispatch against the 南环路口 checkpoint, whose shortfall stays charged on its own", () => {
    expect(v11.findings.some((f) => f.code === "DISPATCH_WRONG_PLACE")).toBe(false);
    const checkpoint = v11.findings.find((f) => f.code === "DISPATCH_INSUFFICIENT" && f.message.zh.includes("南环路口"))!;
    expect(checkpoint.causedBy).toBeUndefined();
    expect(checkpoint.points).toBe(poor.findings.find((f) => f.code === "DISPATCH_INSUFFICIENT" && f.message.zh.includes("南环路口"))!.points);
    // the school's request to the police is answered (the families' request at 02:00 is the township's, review15 chemical 8c)
    expect(v11.findings.some((f) => f.code === "HELP_REQUEST_UNANSWERED" && f.agency === "police")).toBe(false);
  });
});

describe("item 2: lateness costs more the longer it is (rubric: 4 per started hour late, 本县设定, never above the missing report, 493号令 第三十五条)", () => {
  // w4: the bureau's 01:18 report to the duty office dropped, so its first report comes at 02:20 (due 01:00: 1 h 20 min late)
  const w4 = judge(poorPlay().filter((k) => !(k.type === "report" && (k as { by?: string }).by === "eb" && k.at === ms("01:18:00"))));
  const late = (r: typeof poor) => r.findings.find((f) => f.code === "REPORT_LATE" && f.agency === "eb" && f.message.zh.includes("县委县政府总值班室的报告（一般"))!;

  it("18 min late is one started hour (4 points); 1 h 20 min late is two (8, capped at the 7 left of the 8-point report after its 要素不全 1)", () => {
    expect(late(poor).quantity).toBe(1);
    expect(late(poor).rubricPoints).toBe(4);
    expect(late(w4).quantity).toBe(2);
    expect(late(w4).rubricPoints).toBe(7);
  });

  it("the bureau reporting 1 h 20 min late scores below the poor play's 18 min, in total and in 信息报告", () => {
    expect(w4.score!).toBeLessThan(poor.score!);
    const info = (r: typeof poor) => r.sections.find((s) => s.id === "reporting")!.score;
    expect(info(w4)).toBeLessThan(info(poor));
  });
});

describe("item 4: the township, told at 00:18, owed the village's and the hamlet's protection too (LNK-CHEM-TOWN: 乡镇政府组织受威胁群众疏散转移, 市危化品事故应急预案 乡镇职责)", () => {
  const onTown = (g: string) => poor.findings.find((f) => f.code === "PROTECTIVE_ACTION_LATE" && f.agency === "town" && f.opportunity === `protect:${g}`);

  it("a 群众未防护 finding on 江湾镇 for the village (600) and for 王家嘴 (180), due 00:48 (00:18 receipt + ERG 30 min), on the township duty's basis", () => {
    for (const g of ["villagers", "hamlet-residents"]) {
      const f = onTown(g)!;
      expect(f.dueMs).toBe(ms("00:48:00"));
      expect(f.message.zh).toContain("江湾镇人民政府负有组织其避险或转移之责");
      expect(f.basis).toContain("市危化品事故应急预案（乡镇、民政职责）");
    }
  });

  it("the preventable harm names the township among its causes (a township shelter order at 00:25 cuts injuries 609 → 550)", () => {
    const harm = poor.findings.find((f) => f.code === "OUTCOME_PREVENTABLE_HARM")!;
    const causes = harm.causes!.map((id) => poor.findings.find((f) => f.id === id)!);
    expect(causes.some((f) => f.agency === "town")).toBe(true);
  });

});
