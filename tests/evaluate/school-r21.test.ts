/**
 * Review20 school-fire items 2, 4 and the variant v1c (round 21), hand-worked (drill start 10:10 = 00:00:00):
 *
 * 2. One agency, one rule document, one clock: the county bureau (eb) first hears of the fire at 00:40 (the city's
 *    question). CTY-02 (县应急管理工作要点: 30 min oral, 1 h written, 事发后) then runs for it from 00:40: oral due
 *    00:40 + 30 = 01:10, written 00:40 + 60 = 01:40. Its oral report at 00:58 is on time; the 40 min lost before are the
 *    brigade's late notice (LNK-SCH-EB, 10 min), charged once there (F24 未通知). Since round 25 (notice-chain.test.ts:
 *    the school telling the bureau at 00:20 scored below the school that never did) the county report that notice made
 *    late is the brigade's too, as a chemical enterprise's late report is (clock-incident.test.ts): had the bureau been
 *    told by 00:17:30 its report was due 事发后 30 min, 00:30; made 00:58, 1 started hour × 4 × 30 / 90 = 1.33, one
 *    迟报（他方所致） row in 信息报告 on the brigade. The bureau itself carries no 迟报.
 * 4. A report's figures are facts (突发事件应对法（2024）第六十一条 客观、真实): figures left at their old value beside
 *    the report's own words that the missing pupil was found and taken to hospital, or a figure nobody told the sender,
 *    are 报告失实 (REPORT_UNVERIFIED).
 * v1c. A call never made (the school never calls the 120) is stated on the alarm-call row as 未报警, not "未产生"; review21
 *    charged it once, as the 未通知; since round 28 the row is charged in 信息报告 too, as a late vague call is charged on
 *    both (tests/evaluate/alarm-once.test.ts, alarm-order.test.ts).
 */
import { describe, expect, it } from "vitest";
import { evaluate } from "../../engine/evaluate/evaluate.ts";
import type { Command } from "../../engine/model/commands.ts";
import { run } from "../../engine/replay.ts";
import { reportDuties } from "../../cli/report/headlines.ts";
import { compiled, ms, playOf, SCENARIOS } from "../helpers.ts";
import { bestPlay, drill, rubric } from "./fixtures.ts";

/** The play `which` of the school fire, changed by `edit`, run and evaluated (seed 7). */
function variant(which: "poor" | "good", edit: (cs: Command[]) => Command[]) {
  const c = compiled("school-fire");
  const commands = edit(playOf(c, `${SCENARIOS}/plays/school-fire.${which}.yaml`));
  const r = run(c, 7, commands, {});
  return evaluate(c, r.events, r.state, rubric(), undefined, bestPlay("school-fire", c));
}

/** A report command's casualty figures replaced (the command found by sender, addressee and time). */
const figures = (by: string, to: string, at: string, casualties: Record<string, number>) => (cs: Command[]): Command[] =>
  cs.map((k) => (k.by === by && k.type === "report" && (k as { to: string }).to === to && k.at === ms(at)
    ? ({ ...k, content: { ...(k as { content: object }).content, casualties } } as Command) : k));

describe("review20 school 2: the bureau's oral report at 00:58 runs from its receipt at 00:40, as its written report does", () => {
  const { report } = drill("school-fire", "poor");

  it("files no 迟报 for it on the bureau; the lateness the brigade's missing notice caused is one 迟报（他方所致） row on the brigade, 1.33", () => {
    const late = report.findings.filter((f) => f.evidence.obligations.includes("CTY-02-oral:eb>duty") && (f.code === "REPORT_LATE" || f.code === "REPORT_MISSING"));
    expect(late.map((f) => [f.code, f.agency, f.points, f.section])).toEqual([["REPORT_LATE", "fire", 1.33, "reporting"]]);
    expect(late[0]!.message.zh).toMatch(/^迟报（他方所致）：临江县应急管理局 00:40:00 才获知（临江县消防救援大队未按时通知）/);
    expect(late[0]!.message.zh).toContain("时限 00:30:00，00:58:00 才报告");
  });

  it("shows the row met against 01:10:00 (00:40 + 30), and the headline counts it: 1 of the 9 report duties on time", () => {
    const row = report.reporting.obligations.find((o) => o.id === "CTY-02-oral:eb>duty")!;
    expect([row.status, row.deadlineMs]).toEqual(["met", ms("01:10:00")]);
    expect(reportDuties(report)).toEqual({ judged: 9, onTime: 1 });
  });

  it("keeps the lateness of its knowledge on the brigade's notice (LNK-SCH-EB, 未通知), charged", () => {
    expect(report.findings.some((f) => f.code === "LINKAGE_NOT_NOTIFIED" && f.ruleId === "LNK-SCH-EB" && f.agency === "fire" && f.points > 0)).toBe(true);
  });
});

describe("review20 school 4: figures as told, brought up to date", () => {
  it("the demonstration play's reports carry no untrue figure: 100 with no reporting finding", () => {
    const { report } = drill("school-fire", "good");
    expect(report.findings.filter((f) => f.section === "reporting")).toEqual([]);
    expect(report.score).toBe(100);
  });

  // the demonstration play as it was (review20 school 4): nobody tells the bureau the pupil is found (neither the brigade's
  // 00:17 report nor the school's 00:18:20 follow-up), and its 00:41 call to
  // the city says 「下落不明的学生王小明已在三楼卫生间找到…已由120送县人民医院救治」 beside 受伤 0、下落不明 1 (it knew of
  // no injury and of 1 missing: no 谎报, but the figures contradict its own words)
  it("a report saying the missing pupil was found and taken to hospital while stating 受伤 0、下落不明 1 is 报告失实", () => {
    const r = variant("good", (cs) => figures("eb", "city", "00:41:00", { deaths: 0, seriousInjuries: 0, injured: 0, missing: 1 })(cs.filter((k) => !(k.type === "report" && (k.by === "fire" || (k.by === "sch" && k.at === ms("00:18:20")))))));
    const f = r.findings.filter((x) => x.code === "REPORT_UNVERIFIED" && x.agency === "eb" && x.atMs === ms("00:41:00"));
    expect(f).toHaveLength(1);
    expect(f[0]!.message.zh).toContain("受伤 0、下落不明 1，与本报告自身所述");
    expect(r.score).toBeLessThan(100);
  });

  // the duty office at 01:00 was told by the bureau's 00:50 report 「…找到下落不明学生」: 下落不明 1 then contradicts what it
  // was told, though its own words (here cut to the class rescued) say nothing of the pupil
  it("a duty office repeating 下落不明 1 after the bureau told it the pupil was found is 报告失实, citing what it was told", () => {
    const r = variant("good", (cs) => figures("duty", "cityduty", "01:00:00", { deaths: 0, seriousInjuries: 0, injured: 1, missing: 1 })(cs.map((k) => (k.by === "duty" && k.at === ms("01:00:00")
      ? ({ ...k, content: { ...(k as { content: object }).content, sequence: "学校及时疏散，消防救出被困班级" } } as Command) : k))));
    const f = r.findings.filter((x) => x.code === "REPORT_UNVERIFIED" && x.agency === "duty");
    expect(f.map((x) => x.atMs)).toEqual([ms("01:00:00")]);
    expect(f[0]!.message.zh).toContain("与其此前所获信息（00:50:00 临江县应急管理局告知");
  });

  // the education bureau at 00:07 was told only the school's zeros (00:04): a 下落不明 1 then is a number nobody gave it
  it("an education bureau reporting 下落不明 1 at 00:07, told only the school's zeros, states a figure nobody gave it", () => {
    const r = variant("good", figures("edu", "duty", "00:07:00", { deaths: 0, seriousInjuries: 0, injured: 0, missing: 1 }));
    const f = r.findings.filter((x) => x.code === "REPORT_UNVERIFIED" && x.agency === "edu");
    expect(f.map((x) => x.atMs)).toEqual([ms("00:07:00")]);
    expect(f[0]!.message.zh).toContain("其此前所获仅为 00:04:00 临江县第二实验小学报告下落不明 0");
  });
});

describe("variant v1c: the school never calls the 120 (poor play without its 00:25 call)", () => {
  const never = variant("poor", (cs) => cs.filter((k) => !(k.by === "sch" && k.type === "message" && (k as { to: string[] }).to.includes("ems"))));
  const late = variant("poor", (cs) => cs.map((k) => (k.by === "sch" && k.type === "message" && (k as { to: string[] }).to.includes("ems") ? { ...k, at: ms("00:50:00") } : k)));
  const poor = drill("school-fire", "poor").report;

  it("states the alarm-call row on the school as 未报警, not as 未产生", () => {
    const f = never.findings.filter((x) => x.code === "ALARM_INACCURATE" && x.opportunity === "alarm:ems");
    expect(f.map((x) => [x.agency, x.message.zh.slice(0, 4)])).toEqual([["sch", "未报警："]]);
  });

  it("scores never <= late <= poor (a silence never beats a late call)", () => {
    expect(never.score!).toBeLessThanOrEqual(late.score!);
    expect(late.score!).toBeLessThanOrEqual(poor.score!);
  });
});
