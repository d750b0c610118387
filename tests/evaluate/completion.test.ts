/**
 * Issue 10 §6, judge completion, not only the order. Sources: 中小学幼儿园应急疏散演练指南
 * (教基一厅〔2014〕2号, domain.md §4.3; the Ministry's notice: "原则上楼层较低（4层以下）、安全出口合理、通道
 * 通畅的学校应控制在2分钟之内。要从学校实际出发，设定合理的时间要求"): ≤ 2 min where the building allows it,
 * else the building's own best (SFPE hand check below), counted from when the signal was due;
 * fire engines leave the station ≤ 1 min after the order (domain.md §4.3, [S2 S52]); GB 51080 4.1.3
 * sets 5 min to the station's district edge, so beyond it the arrival target is only indicative.
 */
import { describe, expect, it } from "vitest";
import { compile } from "../../engine/compile.ts";
import { evaluate } from "../../engine/evaluate/evaluate.ts";
import { bestLastOutMs } from "../../engine/evaluate/evacuation-best.ts";
import { formatClock } from "../../engine/model/time.ts";
import { cmd, compiled, ms, playOf, runPlay, SCENARIOS } from "../helpers.ts";
import { bestPlay, drill, MIN, rubric } from "./fixtures.ts";
import { runKeepingReference } from "../../engine/evaluate/references.ts";

// The school-fire building (scenarios/school-fire.yaml): the 404 people of the two upper floors who can walk out
// leave by two 1.8-m stairs (165/305 mm) whose ground-floor doors are 1.8 m (west) and 1.5 m (east). SFPE
// hydraulic model (hazards.md §2.5): effective widths 1.8 − 2 × 0.15 = 1.5 m (stair) and 1.5 − 0.3 = 1.2 m (east
// door); the west stair passes 1.5 × 1.09 = 1.635 p/s, the east door 1.2 × 1.32 = 1.584 p/s. Even with no
// pre-movement and both stairs full from the first second, the upper floors need 404 / 3.219 = 125.5 s > 120 s.
const UPPER_FLOORS = 4 * 44 + 5 + 43 + 4 * 45;
const FLOW_FLOOR_S = UPPER_FLOORS / ((1.8 - 0.3) * 1.09 + (1.5 - 0.3) * 1.32);
const TOLD = ms("00:01:30"); // inj-01: the science teacher reports smoke to the school

describe("the school-fire building cannot be emptied in 2 minutes, whatever the response", () => {
  const c = compiled("school-fire");
  it("SFPE hand calculation: the upper floors alone need more than 2 min of stair flow", () => {
    expect(UPPER_FLOORS).toBe(404);
    expect(FLOW_FLOOR_S).toBeGreaterThan(120);
  });

  it("so the best response (the signal the moment the school is told) empties it later than 2 min after", () => {
    const best = bestLastOutMs(c, 7, TOLD)!;
    expect(best - TOLD).toBeGreaterThan(FLOW_FLOOR_S * 1000);
  });
});

describe("school fire, good play (signal 10 s after the smoke report): not condemned for what its building cannot do", () => {
  const d = drill("school-fire", "good");
  const fig = d.c.hazard.summary(d.state.hazard, d.state.tMs, d.c.scenario).figures;

  it("the last person walked out within the building's best time, rounded up to whole minutes, after the report", () => {
    const best = bestLastOutMs(d.c, 7, TOLD)!;
    expect(fig.lastOutAtS! * 1000).toBeLessThanOrEqual(TOLD + Math.ceil((best - TOLD) / MIN) * MIN);
  });

  it("finds no EVACUATION_SLOW (it used to, against 2 min, timing the trapped class's wait as the last person out)", () => {
    expect(d.report.findings.filter((x) => x.code === "EVACUATION_SLOW")).toEqual([]);
  });
});

describe("school fire, poor play (signal 5 min after the smoke report): the evacuation is timed from the signal (review9 school 4)", () => {
  const d = drill("school-fire", "poor");
  const fig = d.c.hazard.summary(d.state.hazard, d.state.tMs, d.c.scenario).figures;
  const best = bestLastOutMs(d.c, 7, TOLD)!;
  // 指南 (教基一厅〔2014〕2号): "from the signal to everyone out"; the building's own target is its best with a signal at
  // once, rounded up to whole minutes (5 min here, more than the 2-min principle)
  const own = Math.max(2 * MIN, Math.ceil((best - TOLD) / MIN) * MIN);

  it("signal 00:06:30, last pupil out 00:09:13 (2 min 43 s later) is within the 5-min target: the walkers' time is no fault", () => {
    const signal = d.events.find((e) => e.type === "hazardChanged" && e.what === "alarm")!.at;
    expect(signal).toBe(ms("00:06:30"));
    expect(own).toBe(5 * MIN);
    expect(fig.lastOutAtS! * 1000).toBe(ms("00:09:13"));
    expect(fig.lastOutAtS! * 1000).toBeLessThanOrEqual(signal + own);
    // it used to be judged from discovery (00:01:30 + 5 min = 00:06:30) and read 超时 2分43秒: F2 restated; no finding is
    // dated at the last walker out (a late walker's finding is)
    expect(d.report.findings.filter((x) => x.code === "EVACUATION_SLOW" && x.atMs === fig.lastOutAtS! * 1000)).toEqual([]);
    // the late signal stays its own fault (the school's duty, LINKAGE_SLOW)
    expect(d.report.findings.some((x) => x.code === "LINKAGE_SLOW" && x.agency === "sch")).toBe(true);
  });

  // review11 school 5: the line reads "楼内人员按时全部撤出" and said 已完成 while 王小明 (class 3-2, hiding in the
  // third-floor toilets, scenarios/school-fire.yaml) never came out and died inside, and class 3-1 (40 pupils and
  // their teacher, 41) waited for rescue until 00:28:51. Judged on everyone (issue 10 §6 "judge completion"): not met.
  // review17 school 2: the walkers were out in time (2 min 43 s < 5 min), the late signal is already the school's
  // LINKAGE_SLOW, and the best play's evacuation did not get 王小明 out either (the brigade carried him out at 00:16:13).
  // The only thing left unmet is the death, which the harm finding grades: one fault, one charge (AQ/T 9009).
  it("the evacuation is judged on everyone: one pupil died inside, so 全部撤出 is not met, stated at its deadline (00:06:30 + 5 min) and following the death at 0 points", () => {
    const f = d.report.findings.filter((x) => x.code === "EVACUATION_SLOW");
    const death = d.report.findings.find((x) => x.code === "OUTCOME_PREVENTABLE_HARM")!;
    // it used to cost 1.92 (= 2 rubric points × 25 / 26) on top of the death's 8 in the harm item
    expect(f.map((x) => [x.agency, x.atMs, x.points, x.causedBy])).toEqual([["sch", ms("00:11:30"), 0, death.id]]);
    expect(f[0]!.message.zh).toContain("1 人未能撤出，死于楼内");
    expect(f[0]!.message.zh).toContain("另 41 人被困待救，00:28:51 才全部救出");
    // it restates the death, never its cause: the death's causes stay the late signal and the untold pupil
    expect(death.causes).not.toContain(f[0]!.id);
  });

  // the same kind when the signal meets the linkage rule: v7 of review17 (signal at 00:03:00, 1 min 30 s after the 00:01:30
  // smoke report, within the 2 min of LNK-SCH-SCHOOL): walkers out 4 min 48 s after it (< 5 min), the pupil still dies
  it("with the signal given in time (00:03:00) the pupil's death inside is still not charged again to the evacuation", () => {
    const c = compiled("school-fire");
    const commands = playOf(c, `${SCENARIOS}/plays/school-fire.poor.yaml`).map((k) => (k.type === "evacuate" ? { ...k, at: ms("00:03:00") } : k));
    const best = bestPlay("school-fire", c);
    const r = runKeepingReference(c, 7, commands, best);
    const report = evaluate(c, r.events, r.state, rubric(), undefined, best, { commands });
    const death = report.findings.find((x) => x.code === "OUTCOME_PREVENTABLE_HARM")!;
    expect(r.state.casualties.deaths).toBe(1);
    const f = report.findings.filter((x) => x.code === "EVACUATION_SLOW");
    expect(f.map((x) => [x.points, x.causedBy])).toEqual([[0, death.id]]);
    // the evacuation's 2 points are neither earned nor lost: they follow the death (credit.ts consequences)
    const evac = report.sections.find((s) => s.id === "dispatch")!.scoring!.items!.find((o) => o.id === "evac:LNK-SCH-SCHOOL")!;
    expect([evac.lost, evac.follows]).toEqual([0, [death.id]]);
  });
});

describe("school fire, good play: everyone came out alive (王小明 found and carried out), so 全部撤出 is met", () => {
  const d = drill("school-fire", "good");
  const fig = d.c.hazard.summary(d.state.hazard, d.state.tMs, d.c.scenario).figures;
  it("all occupants out alive and no EVACUATION_SLOW", () => {
    expect(fig.evacuated).toBe(fig.pupils! + fig.staff!);
    expect(d.report.findings.filter((x) => x.code === "EVACUATION_SLOW")).toEqual([]);
  });
});

describe("an evacuation still under way when the drill stops", () => {
  const stopped = (which: "good" | "poor", at: string) => {
    const c = compiled("school-fire");
    const play = playOf(c, `${SCENARIOS}/plays/school-fire.${which}.yaml`).filter((k) => k.at < ms(at));
    const r = runPlay(c, play, 7, ms(at));
    return evaluate(c, r.events, r.state, rubric());
  };

  it("with no signal at all the clock runs from when it was due: poor play without its evacuation order, stopped at 00:08:00, late since 00:06:30 (00:01:30 + 5 min)", () => {
    const c = compiled("school-fire");
    const play = playOf(c, `${SCENARIOS}/plays/school-fire.poor.yaml`).filter((k) => k.at < ms("00:08:00") && k.type !== "evacuate");
    const run = runPlay(c, play, 7, ms("00:08:00"));
    const r = evaluate(c, run.events, run.state, rubric());
    const f = r.findings.filter((x) => x.code === "EVACUATION_SLOW");
    expect(f.map((x) => [x.agency, x.atMs])).toEqual([["sch", ms("00:06:30")]]);
    expect(f[0]!.message.zh).toContain("自应发出疏散信号时起");
  });

  it("is listed as not yet due before it: poor play stopped at 00:08:00, due out by 00:11:30 (signal 00:06:30 + 5 min), not 00:06:30 (discovery + 5)", () => {
    const r = stopped("poor", "00:08:00");
    expect(r.findings.filter((x) => x.code === "EVACUATION_SLOW")).toEqual([]);
    expect(r.notYetDue.filter((n) => n.ruleId === "LNK-SCH-SCHOOL" && n.code === "EVACUATION_SLOW").map((n) => n.dueMs)).toEqual([ms("00:11:30")]);
  });

  it("good play stopped at 00:05:00: due out by 00:06:40 (its signal 00:01:40 + 5 min)", () => {
    const r = stopped("good", "00:05:00");
    expect(r.findings.filter((x) => x.code === "EVACUATION_SLOW")).toEqual([]);
    expect(r.notYetDue.filter((n) => n.ruleId === "LNK-SCH-SCHOOL").map((n) => [n.code, n.dueMs])).toEqual([["EVACUATION_SLOW", ms("00:06:40")]]);
  });
});

describe("map-level groups: an evacuation still under way when the drill stops (ERG initial isolation, 30 min)", () => {
  // the plant's 40 shift workers take 10 min to get out (scenarios/chemical-leak.yaml): ordered at 00:25:00, out at 00:35:00
  const c = compiled("chemical-leak");
  const stopped = (at: string) => {
    const r = runPlay(c, [cmd("00:25:00", "ent", { type: "evacuate", groups: ["workers"] }, 1)], 7, ms(at));
    return evaluate(c, r.events, r.state, rubric());
  };

  it("is late at 00:30:00 when the drill runs past it", () => {
    const f = stopped("00:32:00").findings.filter((x) => x.ruleId === "ERG-ISOLATE");
    expect(f.map((x) => [x.code, x.atMs])).toEqual([["PROTECTIVE_ACTION_LATE", ms("00:30:00")]]);
    expect(f[0]!.message.en).toContain("not all of them were protected by");
  });

  it("is not yet due when the drill stops before 00:30:00", () => {
    const r = stopped("00:28:00");
    expect(r.findings.filter((x) => x.ruleId === "ERG-ISOLATE")).toEqual([]);
    expect(r.notYetDue.filter((n) => n.ruleId === "ERG-ISOLATE").map((n) => n.dueMs)).toEqual([ms("00:30:00")]);
  });
});

describe("fire engines: turn-out checked, an indicative arrival target reported without deduction", () => {
  const base = compiled("school-fire");
  // a slow crew (2 min to leave) on a slow engine (10 km/h): both standards are missed
  const units = base.scenario.units.map((u) => (u.id === "cg-e1" ? { ...u, turnOutS: 120, speedKmh: 10 } : u));
  const c = compile({ ...base.scenario, units }, base.rules);
  const r = runPlay(c, [cmd("00:03:00", "fire", { type: "dispatch", units: ["cg-e1"], place: "school", task: "suppression" }, 1)], 7, 40 * 60_000);
  const report = evaluate(c, r.events, r.state, rubric());

  it("finds DISPATCH_TURNOUT_SLOW on the brigade: left 2 min after the order against ≤ 60 s", () => {
    const f = report.findings.filter((x) => x.code === "DISPATCH_TURNOUT_SLOW");
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ agency: "fire", ruleId: "DSP-FIRE", atMs: 5 * 60_000 });
    expect(f[0]!.points).toBeGreaterThan(0);
  });

  it("reports the late arrival as ARRIVAL_INDICATIVE with no points, never as DISPATCH_LATE", () => {
    const f = report.findings.filter((x) => x.ruleId === "DSP-FIRE" && x.code !== "DISPATCH_TURNOUT_SLOW");
    expect(f.map((x) => [x.code, x.points])).toEqual([["ARRIVAL_INDICATIVE", 0]]);
  });
});
