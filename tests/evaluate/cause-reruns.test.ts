/**
 * The preventable harm's causes are the faults whose correction, replayed, reduces it (review11 chemical 1,
 * school 3; engine/evaluate/cause-reruns.ts). The reviewer's variant plays, each the poor play with one command
 * changed, are the independent values:
 *
 *   chemical c6: the enterprise also reports to the police at 00:05 (its missing police report put right):
 *                still 609 injured, so that fault is no cause;
 *   chemical c2: the water tenders sent to plug the leak set a water curtain instead: 484 injured (125 fewer),
 *                so the wrong unit type is a cause — and 处置结果 now sees it (graded across the whole gap);
 *   school s3tell: the school tells the brigade at 00:15 where the missing pupil is: he still dies at 00:20,
 *                so the untold location is no cause alone (only with the others corrected, review20 school 2); the
 *                late evacuation signal (61 exposed) is.
 */
import { describe, expect, it } from "vitest";
import { evaluate } from "../../engine/evaluate/evaluate.ts";
import type { Command } from "../../engine/model/commands.ts";
import type { ReportModel } from "../../engine/evaluate/report-model.ts";
import { ms } from "../helpers.ts";
import { bestPlay, drill, rubric } from "./fixtures.ts";
import { runKeepingReference } from "../../engine/evaluate/references.ts";

const harm = (r: ReportModel) => r.findings.find((f) => f.code === "OUTCOME_PREVENTABLE_HARM")!;
const causes = (r: ReportModel) => harm(r).causes!.map((id) => r.findings.find((f) => f.id === id)!);
const section = (r: ReportModel, id: string) => r.sections.find((s) => s.id === id)!.score;

/**
 * The poor play of `id` with `change` made, run at seed 7 and evaluated against the best play. `reruns`: the log goes to
 * the evaluator, which replays each condemned command's correction to find the harm's causes (minutes); a test that
 * reads only the variant's own casualties leaves them out (the figures are the run's, the same either way).
 */
function variant(id: "chemical-leak" | "school-fire", change: (cs: Command[]) => Command[], reruns = true): ReportModel {
  const poor = drill(id, "poor");
  const commands = change([...poor.commands]).sort((a, b) => a.at - b.at || a.seq - b.seq);
  const r = runKeepingReference(poor.c, 7, commands, bestPlay(id, poor.c));
  return evaluate(poor.c, r.events, r.state, rubric(), undefined, bestPlay(id, poor.c), reruns ? { commands } : {});
}

describe("chemical leak, poor play: F31 names only faults whose correction reduces the injured", () => {
  const poor = drill("chemical-leak", "poor").report;

  it("the enterprise's missing police report is no cause: reported at 00:05 (c6) the injured stay 609", () => {
    const c6 = variant("chemical-leak", (cs) => {
      const eb = cs.find((k) => k.type === "report" && k.by === "ent" && k.kind === "initial")!;
      return [...cs, { ...eb, to: "police", at: ms("00:05:00"), seq: 1000 } as Command];
    }, false);
    expect(poor.outcomes.figures.injured).toBe(609);
    expect(c6.outcomes.figures.injured).toBe(609);
    const missing = poor.findings.find((f) => f.code === "REPORT_MISSING" && f.ruleId === "RPT-ENT-CHEM-PSB")!;
    expect(harm(poor).causes).not.toContain(missing.id);
  });

  it("the water tenders sent to plug the leak (wrong type) are a cause: as a water curtain (c2) 125 fewer are injured, and 处置结果 rises", () => {
    const c2 = variant("chemical-leak", (cs) => cs.map((k) => (k.type === "dispatch" && k.task === "plugLeak" && k.at === ms("00:13:00") ? { ...k, task: "waterCurtain" } : k)));
    expect(c2.outcomes.figures.injured).toBe(484);
    expect(causes(poor).map((f) => [f.code, f.ruleId])).toContainEqual(["DISPATCH_WRONG_TYPE", "req-plug"]);
    // across the whole gap (602 = 637 − 35): 574 × 10/602 ≈ 9.5 + 26 exposed vs 449 × 10/602 ≈ 7.5 + exposed: fewer injured costs less
    expect(section(c2, "outcomes")).toBeGreaterThan(section(poor, "outcomes"));
    expect(c2.score!).toBeGreaterThan(poor.score!);
  });
});

describe("chemical leak, poor play: the police answer for exposure only from when they knew (review11 chemical 1, F18)", () => {
  it("the 35 farmers exposed from 00:05:33 are stated apart: the police learnt of the leak at 00:11:00 (the villager's 110 call)", () => {
    const poor = drill("chemical-leak", "poor").report;
    const f = poor.findings.find((x) => x.code === "OUTCOME_EXPOSED_AEGL2")!;
    expect(f.agency).toBe("police");
    expect(f.message.zh).toContain("其中江湾村口田间劳作村民 35 人自 00:05:33 起暴露");
    // the wording says which exposure: the AEGL-2 crossing is not theirs; the AEGL-3 tail is (exposure-one-attribution.test.ts)
    expect(f.message.zh).toContain("早于临江县公安局获知事故（00:11:00），该暴露不归于该单位");
  });
});

describe("school fire, poor play: the death is not on the untold location (review11 school 3)", () => {
  it("cites the late evacuation signal alone, and jointly the brigade's search and water (F11, F18), not its turnout (F8)", () => {
    const poor = drill("school-fire", "poor").report;
    // the single cause (the 61 exposed: 0.5795); the others follow it as joint causes only (joint-harm.test.ts). Review21
    // school 1: the brigade's fault named is what its correction changes — its search and its water, not its turnout. F8
    // (turnout 1 min late), corrected alone, moves only its 00:09:30 dispatch of cg-e1 to when it was told (00:07:30);
    // the pupil still dies. F11 (one tender, not two, by 00:16:30) and F18 (no search crew by 00:21:30), corrected by the
    // best play's dispatches for those tasks from 00:07:30, together with the signal on time, turn his death (8) into a
    // serious injury (2.5): 8 − 2.5 = 5.5 avoided jointly. Alone, the telling saves nobody (s3tell below). Review22 school 3:
    // each agency answers for the most of the 5.5 its corrections make the difference to over every state of the other's
    // (joint-harm.test.ts, r28: the brigade 5.5 beside the school's signal; the school 5.5 beside the brigade's search crew)
    expect(causes(poor).map((f) => [f.code, f.agency])).toEqual([["LINKAGE_SLOW", "sch"], ["DISPATCH_INSUFFICIENT", "fire"], ["DISPATCH_LATE", "fire"]]);
    expect(causes(poor).some((f) => f.code === "LINKAGE_SLOW" && f.agency === "fire")).toBe(false);
    expect(harm(poor).shares).toEqual([{ agency: "sch", causes: [causes(poor)[0]!.id], points: 5.5 }, { agency: "fire", causes: [causes(poor)[1]!.id, causes(poor)[2]!.id], points: 5.5 }]);
    expect(harm(poor).causedPart).toBe(0.5795);
    // the poor play's first evaluation in this file (its reruns): minutes on a shared, loaded machine
  }, 300_000);

  it("s3tell: telling the brigade at 00:15 where the pupil is, alone, still leaves him dead", () => {
    const s3 = variant("school-fire", (cs) => [...cs, { at: ms("00:15:00"), by: "sch", type: "message", to: ["fire"], channel: "inPerson", text: "清点人数发现三年级二班学生王小明下落不明，最后有人看见他去了三楼卫生间，请搜救组重点搜索三楼西侧卫生间！", seq: 1000 } as Command], false);
    expect(s3.outcomes.figures.deaths).toBe(1);
  });

  it("with the signal on time (00:01:40) no single fault's correction saves him: on no agency, saying which were corrected", () => {
    const r = variant("school-fire", (cs) => cs.map((k) => (k.type === "evacuate" && k.by === "sch" ? { ...k, at: ms("00:01:40") } : k)));
    expect(r.outcomes.figures.deaths).toBe(1);
    expect(harm(r).agency).toBeNull();
    expect(harm(r).message.zh).toContain("后复算（同一情景、种子），伤亡均未减少");
    // review21 school 1: with the school's signal on time, the death (8) turned into a serious injury (2.5) is the
    // brigade's alone — its one tender of two and its search crew sent at 00:22 (the best play's, from its 00:07:30 call,
    // corrected together): 8 − 2.5 = 5.5, on the brigade; its 1-minute-late turnout is no cause
    const named = harm(r).causes!.map((id) => r.findings.find((f) => f.id === id)!);
    expect(named.map((f) => [f.code, f.agency])).toEqual([["DISPATCH_INSUFFICIENT", "fire"], ["DISPATCH_LATE", "fire"]]);
    expect(harm(r).shares).toEqual([{ agency: "fire", causes: named.map((f) => f.id), points: 5.5 }]);
  });
});
