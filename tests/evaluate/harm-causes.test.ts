/**
 * The causes an outcome cites are faults that could have prevented or reduced it before it happened
 * (issue 10 §1; AQ/T 9009-2015 §7 评估总结; review9 school 3, mine 7, chemical 1).
 *
 * School fire, poor play (hand-worked from its event log): the pupil in the third-floor toilet dies at 00:20:00.
 * The school signalled at 00:06:30 (due 00:03:30: LNK-SCH-SCHOOL, which also owes the 119 call) and learnt at
 * 00:12:54 that people were cut off and never told the fire brigade where (TELL-RESCUERS). The search crew's
 * requirement (15 min from the brigade's due notice 00:06:30) fell due at 00:21:30, after the death: no cause by
 * itself, only jointly with the school's signal (joint-harm.test.ts).
 */
import { describe, expect, it } from "vitest";
import { evaluate } from "../../engine/evaluate/evaluate.ts";
import { compiled, ms, playOf, runPlay, SCENARIOS } from "../helpers.ts";
import { bestPlay, drill, rubric } from "./fixtures.ts";

describe("school fire, poor play: the death's causes (review9 school 3)", () => {
  const { report } = drill("school-fire", "poor");
  const harm = report.findings.find((f) => f.code === "OUTCOME_PREVENTABLE_HARM")!;
  const byId = (id: string) => report.findings.find((f) => f.id === id)!;

  it("cites the school's late signal first, the search crew due at 00:21:30 (after the 00:20:00 death) only jointly, and not the untold location its rerun clears", () => {
    expect(harm.atMs).toBe(ms("00:20:00"));
    // the untold location (TELL-RESCUERS) is in the category, but told in time the pupil still dies (cause-reruns.test.ts, review11 school 3)
    // (the causes after it are the joint ones, joint-harm.test.ts: only with the signal corrected too do the brigade's
    // tenders and search save him; review15 school 1)
    const first = byId(harm.causes![0]!);
    expect([first.code, first.agency]).toEqual(["LINKAGE_SLOW", "sch"]);
    const search = report.findings.find((f) => f.code === "DISPATCH_LATE" && f.ruleId === "req-search")!;
    expect(search.message.zh).toContain("时限 00:21:30");
    // the search crew alone is no cause; jointly the brigade answers for the second tender and the late search crew
    // (r22-school-a: correcting its 1-minute late turnout moves only that act, slowFix, and saves no one, so the
    // turnout is not named; the faults whose corrections the joint rerun needs are)
    const engines = report.findings.find((f) => f.code === "DISPATCH_INSUFFICIENT" && f.ruleId === "req-engines")!;
    const turnout = report.findings.find((f) => f.code === "LINKAGE_SLOW" && f.agency === "fire")!;
    expect(harm.shares!.find((s) => s.agency === "fire")?.causes).toEqual([engines.id, search.id]);
    expect(harm.causes).not.toContain(turnout.id);
    expect(harm.message.zh).not.toContain(`更正${search.id}后复算可避免`);
    // review12 school 2: its correction spares only the 61 exposed (0.5795 points), the death (8) survives it: on no agency
    expect(harm.agency).toBeNull();
    expect(harm.causedPart).toBeCloseTo(0.5795, 4);
  });

  it("with the alarm sounded at 00:01:40 (the good play's time) the death stays on the school: the untold location, not the fire brigade", () => {
    const c = compiled("school-fire");
    const play = playOf(c, `${SCENARIOS}/plays/school-fire.poor.yaml`).map((k) => (k.type === "evacuate" && k.by === "sch" ? { ...k, at: ms("00:01:40") } : k)).sort((a, b) => a.at - b.at);
    const r = runPlay(c, play, 7);
    const rep = evaluate(c, r.events, r.state, rubric(), undefined, bestPlay("school-fire", c));
    const h = rep.findings.find((f) => f.code === "OUTCOME_PREVENTABLE_HARM")!;
    expect(h.agency).toBe("sch");
    // (the school's causes: the untold location, and its 119 call without name, address or caller, review15 school 3)
    expect(new Set(h.causes!.map((id) => rep.findings.find((f) => f.id === id)!.agency))).toEqual(new Set(["sch"]));
  });
});

describe("mine flood, poor play: the six cut off are the withdrawal order's (review9 mine 7)", () => {
  // review18 mine A2: the mine head's own late withdrawal (told 00:15, due 00:20) is a cause beside the dispatch room's;
  // the harm is on both jointly (mine-r19-joint.test.ts), still not on the late notice nor the late call to the rescue team
  it("cites only the late withdrawal orders (the dispatch room's, the mine head's), not the late notice to the mine head nor the late call to the rescue team", () => {
    const { report } = drill("mine-flood", "poor");
    const harm = report.findings.find((f) => f.code === "OUTCOME_PREVENTABLE_HARM")!;
    const causes = harm.causes!.map((id) => report.findings.find((f) => f.id === id)!);
    expect(causes.map((f) => [f.code, f.ruleId])).toEqual([["LINKAGE_SLOW", "LNK-MINE-DISPATCH"], ["LINKAGE_SLOW", "LNK-MINE-MINE"]]);
    expect(harm.agency).toBeNull();
  });
});
