/**
 * Review18 school-fire refuse items 1–4 (/work/review18/school-fire.md), each on a variant of the poor play (seed 7):
 *  1. no evacuation signal at all (w4c): the headcount its duty asked for (教基一厅〔2014〕2号: 到集合点清点人数) would
 *     have found the missing pupil, so he counts as known (应知) from when the best play's headcount found him — for
 *     passing his place on, and (review20) for its 「下落不明 0」, charged as the late evacuator's 谎报 is — and the
 *     pupils left in class at 02:00 count as left trapped in the harm — never evacuating scores below evacuating late;
 *  2. a later evacuation signal (00:09) weighs more than the poor play's 00:06:30: per started 2-min window of the duty
 *     (消防法 第四十四条第二款 “立即”, the county's 2 min): 3 min late = 2 windows = 4 points, 5.5 min = 3 windows = 6;
 *  3. vm2-notell (review17's play: school and brigade at the best play's times, the pupil's place never passed on): the
 *     serious injury graded (00:16:30) dates the cause search, so the school's silence (due 00:13:34) is tried, and its
 *     correction with the brigade's aimed search (best play 00:14 / 00:14:30) clears the harm: 由 F… 所致 on the school;
 *  4. the city's 00:40 demand for written information within the hour is a report duty due 01:40 (突发事件应对法 第十七条):
 *     the bureau that never sent it is charged 漏报.
 */
import { describe, expect, it } from "vitest";
import type { ReportModel } from "../../engine/evaluate/report-model.ts";
import { evaluate } from "../../engine/evaluate/evaluate.ts";
import { runKeepingReference } from "../../engine/evaluate/references.ts";
import { compiled, playOf } from "../helpers.ts";
import { bestPlay, drill, rubric } from "./fixtures.ts";
import { schoolVariant } from "./school-variant.ts";

const MIN = 60_000;
const evac = (c: { type: string; by?: string }) => c.type === "evacuate" && c.by === "sch";
const poor = drill("school-fire", "poor").report;
const schoolOf = (r: ReportModel) => r.findings.filter((f) => f.agency === "sch");

describe("1. a school that never sounds the alarm does not escape what its headcount would have found", () => {
  const w4c = schoolVariant(evac).report;

  it("the missing pupil's place never passed on stands, from the best play's headcount (应于…获知)", () => {
    const f = w4c.findings.find((g) => g.code === "TRAPPED_NOT_PASSED_ON" && g.agency === "sch");
    expect(f?.message.zh).toContain("应于");
    expect(f?.message.zh).toContain("到集合点清点人数");
  });

  it("its 01:20 「下落不明 0」 is charged as the late evacuator's 谎报 would be (应知视同已知), and its 00:35 report without casualties is 漏报伤亡", () => {
    // review20 school 1: the report-honest row (10) and the correcting 续报 it never sent (followUpPoints 4), as the poor
    // play's 谎报 on the same report: 14 rubric points, not the report-accurate row's 2 (no discount for the duty undone)
    const untrue = schoolOf(w4c).find((g) => g.code === "REPORT_FALSE" && g.atMs === 80 * MIN);
    expect(untrue?.message.zh).toContain("报告不实（应知未知）");
    expect(untrue?.message.zh).toContain("下落不明 0");
    expect(untrue?.message.zh).toContain("非认定故意谎报");
    expect(untrue?.counted).toMatchObject({ each: 10, stood: 4 });
    const lie = schoolOf(poor).find((g) => g.code === "REPORT_FALSE" && g.atMs === 80 * MIN);
    expect(untrue?.points).toBe(lie?.points);
    const omitted = schoolOf(w4c).find((g) => g.code === "REPORT_FALSE" && g.atMs === 35 * MIN);
    expect(omitted?.message.zh).toContain("漏报伤亡");
  });

  it("the pupils left in class at the end are charged in the harm, and never evacuating scores clearly below the poor play", () => {
    const harm = w4c.findings.find((g) => g.code === "OUTCOME_PREVENTABLE_HARM");
    expect(harm?.message.zh).toMatch(/仍被困 \d+ 人/);
    // every section judging the evacuation costs at least what evacuating late costs: reporting as the poor play's
    // (A − D = 24.67 − 26.67 both: W 90 since the demonstration play's school follows up once the pupil is found, 4 more,
    // and the bureau's 00:58 oral report on time by its own clock, 4 credited: review20 school 2, 4), dispatch (22.12 −
    // 13.46 = 20.19 − 11.54: since review20 school 3 each play's 到场迟延 on the school, 2 × 25 / 26 = 1.92, follows the
    // 通知迟延 that carries the 120's lateness and is set aside), linkage 联而不动 2.86 against 响应迟缓 1.91 (D 21.43
    // against 20.48), outcomes at the harm item's cap (10 of 13 W: 23.1) against the poor play's 8.58 (34).
    // Round 22 (review21 school 4): in both plays nobody sets a cordon, so the brigade's 「设置警戒」 part is undone in
    // both, 2 × 30 / 63 = 0.95 more in linkage (D 22.38 against 21.43).
    // Round 23 (r22-cordon, review22 school 7/8): the traffic part, due 00:14:15 + 5 min = 00:19:15, is met only by the
    // police's 00:45 car in both plays: 25 min 45 s late, 6 started 5-min windows × 0.5 part, capped at the part, 2 × 30 /
    // 63 = 0.95 more in linkage in both (D 23.33 against 22.38; the brigade's opportunity 11 not reached: 6 + 2 + 2 = 10).
    // Total (Σ A − Σ D) / Σ A = (87.03 − 75.00) / 87.03 = 13.8 against the poor play's (85.10 − 70.49) / 85.10 = 17.2
    const section = (r: ReportModel, id: string) => r.sections.find((x) => x.id === id)!;
    const kept = (r: ReportModel, id: string) => section(r, id).attainable! - section(r, id).deducted;
    // (dispatch: both keep 9 × 25 / 26 = 8.654, printed 8.65 and 8.66, each figure rounded once)
    for (const id of ["reporting", "linkage", "dispatch", "outcomes"]) expect(kept(w4c, id)).toBeLessThanOrEqual(kept(poor, id) + 0.0101);
    expect(section(w4c, "outcomes").score).toBeLessThan(section(poor, "outcomes").score);
    // r23-mine-a's LNK-SCH-PLAN (act 6, never started in either): W 69, here L 49 → 55: A 87.03 − 25.24 + 25.65 = 87.44,
    // D 75.00 − 30 × 49 / 63 + 30 × 55 / 69 = 75.00 − 23.33 + 23.91 = 75.58: 100 × 11.86 / 87.44 = 13.6 (the poor play 16.8).
    // r24-call (one late ambulance is one part, late-arrival-once.test.ts): the same late triage ambulance in both plays
    // sets aside 2 of its 3, not 3: dispatch A + 25 / 26 = 0.96 in both: 100 × (88.40 − 75.58) / 88.40 = 14.5 (poor 17.7)
    // r24-chain (notice-chain.test.ts p13 ≥ p1): the brigade's missing notice also answers for the county's oral report it made late (due 00:30 had the bureau been told by 00:17:30, made 00:58): 迟报（他方所致）, 1 started hour × 4 × 30 / 90 = 1.33 in 信息报告, the same row in both plays: D 75.58 + 1.33 = 76.91, 100 × (88.40 − 76.91) / 88.40 = 13.0 (poor 16.2)
    expect(w4c.score!).toBe(13);
    expect(poor.score! - w4c.score!).toBeGreaterThan(3);
  });
});

describe("2. a later evacuation signal never scores above an earlier one", () => {
  const w4 = schoolVariant(evac, [["00:09:00", "sch", { type: "evacuate", place: "school", destination: "playground" }]]).report;
  const slow = (r: ReportModel) => r.findings.find((f) => f.code === "LINKAGE_SLOW" && f.agency === "sch");

  it("weighs per started 2-min window: poor 3 min late = 2, 00:09 (5.5 min late) = 3", () => {
    expect(slow(poor)?.quantity).toBe(2);
    expect(slow(w4)?.quantity).toBe(3);
  });

  it("00:09 scores below 00:06:30", () => {
    expect(w4.score!).toBeLessThan(poor.score!);
  });
});

describe("4. the city's demand for written information within the hour", () => {
  it("is owed by the emergency bureau by 01:40 and, never sent, is its 漏报", () => {
    const f = poor.findings.find((g) => g.code === "REPORT_MISSING" && g.agency === "eb" && g.message.zh.includes("一小时内报送书面信息"));
    expect(f?.atMs).toBe(100 * MIN);
  });

  it("the good play's 00:55 written report to the city meets it: the duty met, no such finding", () => {
    const good = drill("school-fire", "good").report;
    expect(good.reporting.obligations.filter((o) => o.ruleId === "DEMAND").map((o) => o.status)).toEqual(["met"]);
    expect(good.findings.some((g) => g.message.zh.includes("一小时内报送书面信息"))).toBe(false);
  });
});

describe("3. vm2-notell: the pupil's serious injury is put on the school's silence about where he was", () => {
  const c = compiled("school-fire");
  const commands = playOf(c, "tests/evaluate/plays/school-vm2-notell.yaml");
  const best = bestPlay("school-fire", c);
  const r = runKeepingReference(c, 7, commands, best);
  const report = evaluate(c, r.events, r.state, rubric(), undefined, best, { commands });
  const harm = report.findings.find((f) => f.code === "OUTCOME_PREVENTABLE_HARM")!;
  const untold = report.findings.find((f) => f.code === "TRAPPED_NOT_PASSED_ON")!;

  it("the harm is dated by the serious injury it prices (00:16:30), not by his first injury at 00:12", () => {
    expect(harm.atMs).toBe(16.5 * MIN);
  });

  it("the school's silence (due 00:13:34) is its cause, corrected with the brigade's aimed search: on the school", () => {
    expect(untold.atMs).toBe(13 * MIN + 34_000);
    expect(harm.causes).toContain(untold.id);
    expect(harm.agency).toBe("sch");
  });
});
