/**
 * Each section's divisor W comes from the scenario, not from the play (issue 10 §11; the evaluator's
 * review of the 计分方法 paragraph: a fault folded into another section's finding collapsed W, so one
 * missing police car cost 8.33 of 25 in the mine flood). W₀ is what the scenario's opportunities are
 * worth, each at the rubric points of failing it completely (scenarios/rubrics/default.yaml: a
 * missing report 8, a spot question 2, a notice 5 and a linked agency's action 6, a missing unit 3,
 * the cordon 3, a group to protect 2, a building's evacuation 2), counted here by hand from the
 * scenario files and the rules profile (scenarios/rules/county-default.yaml).
 */
import { describe, expect, it } from "vitest";
import type { ReportModel, SectionId } from "../../engine/evaluate/report-model.ts";
import { evaluate } from "../../engine/evaluate/evaluate.ts";
import { applyChanges } from "../../engine/evaluate/whatif.ts";
import type { Command } from "../../engine/model/commands.ts";
import { runPlay } from "../helpers.ts";
import { bestPlay, drill, MIN, noResponse, rubric } from "./fixtures.ts";

/**
 * W₀ by section, by hand.
 * chemical-leak (一般, sensitive: the county's oral and written rules apply):
 *   reporting: 11 reports × 8 + 2 spot questions × 2 = 92 — eb→duty office (CTY-01/CTY-02 oral, and
 *     CTY-02-written), ent→eb, ent→eco, ent→police, ent→health (RPT-ENT-CHEM-*),
 *     eb→city (RPT-GOV-01), duty office→city (CTY-UP-02 oral and written), the follow-ups ent→eb
 *     (RPT-FU-02) and eb→duty office (RPT-FU-01); spot questions inj-06-media and inj-13-city to eb;
 *     and the enterprise's alarm call to 119 (alarm:fire, ALARM_INACCURATE 4; review15 school 3): 92 + 4 = 96.
 *   linkage: the LNK-CHEM rules whose agency the scenario has: ent (told by the scenario's own first
 *     inject: its action only, 6) and fire, eb, eco, police, health, met, town (notice 5 + action 6
 *     = 11 each): 6 + 7 × 11 = 83; and the school's 01:15 request to the police to keep order at its gate
     (inj-11-parents, HELP_REQUEST_UNANSWERED 4; help-requests.ts, review r15 chemical 2): 87; and the families at the
     plant gate at 02:00 asking the township to receive them (inj-14-families, 生产安全事故应急条例 第十八条, 4;
     review15 chemical 8c): 91; and the villager's 110 call the police pass on to the bureau (inj-04-villager-110 forwardTo,
     REPORT_NOT_FORWARDED 4; forwarding.ts, review16 chemical A2) and 华宇's question the enterprise answers (inj-03-neighbour,
     应急条例 第十七条（三）, HELP_REQUEST_UNANSWERED 4; review16 chemical A4): 99; and the plant starting its own
     plan (LNK-CHEM-PLAN, r23-mine-a: an act alone, the plant told by the scenario) 6: 105.
 *   dispatch: requirements plug 1, curtain 2, treat 3, monitor 1, traffic 1, cordon 1, weather 1 =
 *     10 units × 3 = 30; the ERG cordon 3; 5 population groups inside the zones (workers, farmers,
 *     villagers, pupils, hamlet residents) × 2 = 10: 43.
 *   outcomes: 13, what no response loses there (outcome-worth.ts): the harm item's whole 10 (602 injured
 *     beyond the best play × 0.05 + 82 only exposed × 0.02 = 31.74, bounded by its cap; the exposure is
 *     graded within it, harm-costs.ts), the leak never stopped 3.
 * mine-flood (一般):
 *   reporting: 12 × 8 + 2 × 2 = 100 — six first reports: eb→duty office (CTY-01), mine→eb (RPT-ENT-02),
 *     mine→coal supervision (RPT-MINE-01), mine→provincial mine safety (RPT-MINE-02), eb→city (RPT-GOV-01),
 *     duty office→city (CTY-UP-01); six follow-ups on new developments (493号令 第十三条, the profile's
 *     `developments`): the head hears of the second inrush (and that everyone is out) from its dispatch room
 *     at 01:32 in the best play, 2 developments × 3 addressees it had reported to (eb RPT-FU-02, coal
 *     supervision and provincial RPT-FU-MINE-01/02); spot questions inj-06-provincial (mine) and inj-10-city (eb).
 *     And the bureau passing the mine's 01:50 follow-up on both developments up to the duty office (RPT-FU-01,
 *     493号令 第十一条 逐级上报, review r16): 2 × 8 more, 100 + 16 = 116.
 *   linkage: mine, mrt, eb, police and power (its 60-min duty, review8 mine 14b) 11 each (55); the
 *     dispatcher told by the scenario's first inject 6; msp has no action deadline (actNotJudged: an
 *     outside unit): notice 5; coal supervision's going to the scene is timed (15 min, review21 mine 1):
 *     notice 5 + act 6 = 11 (16 in all): 77; the 120 (its stand-by owed from the inrush, review r15 mine 1) 11
 *     and the township 11: 99; the mine's rescue of the trapped (LNK-MINE-RESCUE, review15 mine 3) its act 6, no
 *     notice part (work in its own accident): 105; the mine manager starting the mine's own plan (LNK-MINE-PLAN,
     r23-mine-a) its act 6, no notice part (the dispatch room's word to him is timed once, by LNK-MINE-MINE): 111. The township and the rescue duty arise only once miners are trapped
 *     (the profile's workWhen); the best play withdraws everyone in time, but no response leaves six cut off, so the
 *     duties are the scenario's (review r15 mine 1: not "this play's own"). The health bureau's triage needs
 *     someone hurt, in neither reference: outside W.
 *   dispatch: mrt 1, pumps 1, water wall 1 (review r15 mine 4), ems 2, traffic 1 = 6 units × 3 = 18 (no ERG zones in a flood).
 *   outcomes: 8.72 (what no response loses there: outcome-worth.ts): the harm item's 6 × 1 (6 cut off,
 *     1 point per person left trapped) + 36 only reached by the water × 0.02 = 6.72, the central pump room lost 2.
 * school-fire (sensitive):
 *   reporting: 8 × 8 + 1 × 2 = 66 — eb→duty office oral and written (CTY-02), sch→edu (RPT-SCH-01),
 *     sch→town (RPT-SCH-02), duty office→city oral and written (CTY-UP-02), follow-ups sch→eb and
 *     eb→duty office; the spot question inj-08-city-asks to eb. (eb→city falls due at 02:05, after
 *     the drill's 02:00: not judged.) And the school's alarm calls to 119 and 120 (alarm:fire, alarm:ems,
 *     ALARM_INACCURATE 4 each, LNK-SCH-FIRE and LNK-SCH-EMS notified by the school; review15 school 3): 66 + 8 = 74;
 *     the education bureau's oral report up to the duty office (RPT-SCH-EDU, review15 school 6c) 8: 82;
 *     and the school's follow-up to the bureau on the trapped class (RPT-FU-SCH-02, inj-03 at 00:08:04 after its
 *     first report; 应对法 第六十一条, review r16) 8: 90; and the city's 00:40 demand for the written information
 *     within the hour (inj-08 reportDemand, eb→city written, due 01:40: REPORT_MISSING 8; review18 school 4): 98.
 *   linkage: the school (told by the scenario: action only) 6; the police's duty is unverified (tag U,
 *     domain.md §0: out of scoring) and told by the scenario: no opportunity; fire, ems, eb 11 each (33); edu
 *     and town unverified too (review15 school 5): their notice part alone, 5 each (10): 49; and the school
 *     telling the brigade's search crew where the trapped are (tell:<searcher>, TRAPPED_NOT_PASSED_ON 10: the
 *     best play calls the searchers before the trapped news comes; review12 school 1): 59; and the passer-by's 110 call the
 *     police pass on to 119 (inj-04-bystander-110 forwardTo, REPORT_NOT_FORWARDED 4; review16 school 4a): 63; and the
     school starting its own fire plan (LNK-SCH-PLAN, r23-mine-a: an act alone, told by the scenario) 6: 69.
 *   dispatch: the mini fire station 1 (req-mini, review16 school 4c), engines 2, rescue 1, search 1, triage 1,
 *     transport 1, police 1 = 8 units × 3 = 24; the building's evacuation 2: 26.
 *   outcomes: 13: the harm item's 10 (42 dead × 8, bounded by its cap; 12 only exposed to smoke graded
 *     within it), the fire not under control 3.
 */
// reporting: each 续报 owed is worth the rubric row's followUpPoints, 4, not 8 (review18 mine C): chemical 2 follow-ups
// (96 − 2 × 4 = 88), mine 8 (116 − 8 × 4 = 84), school 3 (90 − 3 × 4 = 78), and the city's demanded written report 8 (r19-school): 86,
// and the school's follow-up once the pupil is found (the demonstration play reports him found: review20 school 4) 4: 90
const W0: Record<string, Record<SectionId, number>> = {
  "chemical-leak": { reporting: 88, linkage: 105, dispatch: 43, outcomes: 13 },
  "mine-flood": { reporting: 84, linkage: 111, dispatch: 18, outcomes: 8.72 },
  "school-fire": { reporting: 90, linkage: 69, dispatch: 26, outcomes: 13 },
};
const IDS = Object.keys(W0);

const section = (r: ReportModel, id: SectionId) => r.sections.find((s) => s.id === id)!;
const planned = (r: ReportModel, id: SectionId) => (section(r, id).scoring?.items ?? []).filter((o) => o.inW).map((o) => `${o.id}=${o.worth}`).sort();

describe.each(IDS)("%s: W₀ is the scenario's, the same for no action, the poor and the good play", (id) => {
  const plays = { none: noResponse(id).report, poor: drill(id, "poor").report, good: drill(id, "good").report };

  it("each section's W₀ is the hand count above, for all three plays", () => {
    for (const [name, r] of Object.entries(plays)) {
      for (const s of r.sections) expect(s.scoring?.planned, `${name} ${s.id}`).toBeCloseTo(W0[id]![s.id], 2);
    }
  });

  it("and the opportunities behind it are the same ones, each with the same worth", () => {
    for (const s of ["reporting", "linkage", "dispatch", "outcomes"] as SectionId[]) {
      expect(planned(plays.none, s), s).toEqual(planned(plays.good, s));
      expect(planned(plays.poor, s), s).toEqual(planned(plays.good, s));
    }
  });

  it("W is W₀ (a fault outside W costs its points without adding to it), and the listed worths add up to W₀", () => {
    for (const r of Object.values(plays)) {
      for (const s of r.sections) {
        const items = s.scoring!.items!;
        const w0 = items.filter((o) => o.inW).reduce((a, o) => a + o.worth, 0);
        expect(w0).toBeCloseTo(s.scoring!.planned!, 4);
        // no E (review9 school 1: adding a fault to W diluted it to ~0.1 in a saturated section)
        expect(s.scoring!.worth).toBeCloseTo(w0, 4);
        // every extra is a cost, never a credit: worth what it lost
        for (const o of items.filter((x) => !x.inW)) expect(o.worth).toBe(o.lost);
      }
    }
  });
});

describe("mine-flood poor play: the police and the 120, told late at 01:50, answer their own window from receipt", () => {
  const { report } = drill("mine-flood", "poor");
  const dispatch = section(report, "dispatch");

  // review12 mine 1: the EB told the police late (01:50, its notice finding), so the time lost before their own window
  // (01:50 + 60 = 02:50) is the EB's; no car went to the X203 junction by 02:50, nor by 04:00: the police's own 力量不足, 3
  it("the missing police car (req-traffic, 3) is the police's own from 02:50, in W and lost", () => {
    const car = report.findings.find((f) => f.code === "DISPATCH_INSUFFICIENT" && f.ruleId === "req-traffic")!;
    expect(car.agency).toBe("police");
    expect(car.atMs).toBe(170 * MIN);
    expect(car.causedBy).toBeUndefined();
    expect(dispatch.scoring!.items!.find((o) => o.id === "req:req-traffic")).toMatchObject({ inW: true, worth: 3, lost: 3 });
  });

  // review12 mine 1-2: the same for the 120 (no ambulance by 02:50 nor 04:00), never set aside under the mine's 瞒报; review
  // r15 mine 1: told at 01:50 and idle, the 120's 联而不动 (部门联动) is the fault; r27 mine 1: its ambulance shortfall
  // is booked with it (随 Fx 计入 Fx), its 6 points lost in 力量调派, no longer set aside (set aside, the 120 that never
  // sent one paid 1.62 in all, less than the police that sent a cordon late)
  it("the ambulances (req-ems, 2 × 3 = 6) are booked with the 120's own 联而不动: in W and lost", () => {
    const ems = dispatch.scoring!.items!.find((o) => o.id === "req:req-ems")!;
    const idle = report.findings.find((f) => f.code === "LINKAGE_IDLE" && f.agency === "ems")!;
    expect(ems).toMatchObject({ inW: true, worth: 6, lost: 6 });
    expect(ems.unearned ?? 0).toBe(0);
    expect(report.findings.find((f) => f.code === "DISPATCH_INSUFFICIENT" && f.ruleId === "req-ems")!.chargedWith).toBe(idle.id);
    // dispatch (moved by r27 mine 1: was L 9, S 6, score 25, attainable 16.67, deducted 12.51): pumps 3, wall 3, police
    // car 3, ambulances 6 lost of W 18, nothing set aside: base 18, attainable 25; deducted: the findings' printed points,
    // 3 × 25 / 18 = 4.1667 → 4.17 three times and 6 × 25 / 18 = 8.333 → 8.33, 3 × 4.17 + 8.33 = 20.84 (r24-sums);
    // score 100 × (25 − 20.84) / 25 = 16.64 → 16.6
    expect(dispatch.scoring).toMatchObject({ worth: 18, lost: 15 });
    expect(dispatch.scoring!.unearned ?? 0).toBe(0);
    expect(dispatch.score).toBe(16.6);
    expect(dispatch.attainable).toBeCloseTo(25, 2);
    expect(dispatch.deducted).toBe(20.84);
  });
});

/**
 * One fault more never scores higher in any section (issue 10 §11: a worse play must not dilute its
 * own deductions). A fault the scenario did not plan (a command refused: an agency dispatching a
 * unit it does not own, rubric valid-commands 1; a unit sent to a task no requirement asks for and it cannot do, right-type 5)
 * adds its own points to W and to the points lost alike, so W₀ stays the scenario's and the section
 * falls: (L + U + p) / (W + p) > (L + U) / W.
 */
const EXTRA: Array<[string, string, Omit<Command, "seq">, SectionId]> = [
  ["mine-flood", "COMMAND_REJECTED", { at: 60 * MIN, by: "town", type: "dispatch", units: ["mrt-sq2"], place: "mine", task: "rescue" } as Omit<Command, "seq">, "linkage"],
  // a task no requirement of the scenario asks for (a wrong type sent for one of its needs is judged on that need: wrong-type-need.test.ts)
  ["mine-flood", "DISPATCH_WRONG_TYPE", { at: 60 * MIN, by: "mine", type: "dispatch", units: ["mine-wall"], place: "mine", task: "drillBorehole" } as Omit<Command, "seq">, "dispatch"],
  ["chemical-leak", "COMMAND_REJECTED", { at: 60 * MIN, by: "town", type: "dispatch", units: ["amb-3"], place: "plant", task: "treat" } as Omit<Command, "seq">, "linkage"],
  ["school-fire", "COMMAND_REJECTED", { at: 20 * MIN, by: "town", type: "dispatch", units: ["cg-e2"], place: "school", task: "suppression" } as Omit<Command, "seq">, "linkage"],
];

const variant = (id: string, changes: Parameters<typeof applyChanges>[1]) => {
  const poor = drill(id, "poor");
  const r = runPlay(poor.c, applyChanges(poor.commands, changes));
  return evaluate(poor.c, r.events, r.state, rubric(), undefined, bestPlay(id, poor.c));
};

describe.each(EXTRA)("%s poor play with one %s more", (id, code, command, hit) => {
  const base = drill(id, "poor").report;
  const worse = variant(id, [{ type: "add", command }]);

  it(`scores no higher in any section and lower in total by its own points × weight / W in ${hit}; W is unchanged`, () => {
    const added = worse.findings.filter((f) => f.code === code).length - base.findings.filter((f) => f.code === code).length;
    expect(added).toBe(1);
    for (const s of base.sections) {
      const v = section(worse, s.id);
      expect(v.score, s.id).toBeLessThanOrEqual(s.score);
      expect(v.scoring!.planned, s.id).toBe(s.scoring!.planned);
    }
    const p = rubric().sections.flatMap((s) => s.items).find((it) => it.codes.includes(code as never))!.points;
    // outside W: W unchanged, the fault's own points at the section's scale come off the total (credit.ts)
    const h = section(worse, hit);
    expect(h.scoring!.worth).toBeCloseTo(section(base, hit).scoring!.worth, 4);
    expect((h.outside ?? 0) - (section(base, hit).outside ?? 0)).toBeCloseTo((p * h.weight) / h.scoring!.worth, 1);
    expect(worse.score!).toBeLessThan(base.score!);
  });
});

describe("mine-flood poor play without the emergency bureau's 01:50 notice to the police and 120, nor the police's 02:40 cordon (both then never told)", () => {
  const poor = drill("mine-flood", "poor");
  const index = poor.commands.findIndex((c) => c.type === "message" && c.by === "eb" && (c.to as string[]).includes("police")) + 1;
  // the police's own cordon would show they knew by 02:40 (blame.ts knewAt): the car due 03:40 would then be their own
  // shortfall, not the never-made notice's; without it the police never learn of the flood
  const cordon = poor.commands.findIndex((c) => c.type === "cordon" && c.by === "police") + 1;
  const worse = variant("mine-flood", [{ type: "drop", index }, { type: "drop", index: cordon }]);

  // review12 mine 1 (the lead's ruling): told late, the police and 120 answer their own idle window in the poor play;
  // never told, nobody can blame them. Review12 set their needs aside under the bureau's 未通知, and the dispatch section
  // rose (20 → 50); review16 school 1 (round 17): a need left unmet because its owner was never told is the notifier's
  // fault with points (dispatch.ts, notice-shortfall.ts), so the police car's 3 points are lost on the bureau's own
  // 力量不足, not set aside, and no section rises
  it("the police car and the ambulances are the bureau's shortfall, with points: W₀ stays 18, the total falls, no section rises", () => {
    expect(index).toBeGreaterThan(0);
    expect(cordon).toBeGreaterThan(0);
    const d = section(worse, "dispatch");
    expect(d.scoring!.planned).toBe(18);
    const car = d.scoring!.items!.find((o) => o.id === "req:req-traffic")!;
    expect(car).toMatchObject({ worth: 3, lost: 3 });
    const short = worse.findings.find((f) => f.code === "DISPATCH_INSUFFICIENT" && f.ruleId === "req-traffic")!;
    expect(short.agency).toBe("eb");
    expect(short.points).toBeGreaterThan(0);
    expect(worse.score!).toBeLessThan(poor.report.score!);
    for (const s of poor.report.sections) expect(section(worse, s.id).score, s.id).toBeLessThanOrEqual(s.score);
  });
});

describe("the rubric table lists only the rows that apply to the scenario's hazard, in its words (issue 10 §8)", () => {
  const rows = (id: string) => drill(id, "poor").report.sections.flatMap((s) => s.items.map((it) => it.text.zh));
  const ERG = ["及时划定足够的警戒区（ERG初始隔离距离）", "及时组织群众就地避险或疏散（ERG防护行动区；迟延每超过 30 分钟扣一半，不超过未防护，本县设定）", "热区作业人员防护等级与任务相符"];

  it("a mine flood: no ERG cordon, no protective-action zone, no AEGL; exposure is being reached by the water", () => {
    const r = rows("mine-flood");
    for (const t of ERG) expect(r).not.toContain(t);
    expect(r.some((t) => t.includes("AEGL"))).toBe(false);
    expect(r).toContain("人员被涌水淹及（每人）");
    expect(r.some((t) => t.includes("疏散完成"))).toBe(false);
  });

  it("a school fire: no ERG rows, no AEGL; a harmful smoke dose, and everyone out of the building in time", () => {
    const r = rows("school-fire");
    for (const t of ERG) expect(r).not.toContain(t);
    expect(r.some((t) => t.includes("AEGL"))).toBe(false);
    expect(r).toContain("人员吸入烟气达到伤害阈值（FED ≥ 0.1，每人）");
    expect(r).toContain("楼内人员按时全部撤出（疏散完成时间）");
  });

  it("a chlorine leak: the ERG cordon and zone, AEGL-2 and AEGL-3; no building evacuation, no flood or smoke wording", () => {
    const r = rows("chemical-leak");
    for (const t of ERG) expect(r).toContain(t);
    expect(r).toContain("群众暴露超过AEGL-2（每人）");
    expect(r).toContain("群众暴露超过AEGL-3（每人）");
    expect(r.some((t) => t.includes("涌水") || t.includes("烟气") || t.includes("疏散完成"))).toBe(false);
  });
});
