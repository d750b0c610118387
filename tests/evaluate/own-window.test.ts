/**
 * Deadlines that fell before the agency knew (issue 10 §1, §5). Source: domain.md §1.7 (the
 * county rules count from occurrence, 493号令 第九条 from receipt: keep `clockStartsAt`
 * explicit) and issue 10 §1 (a duty an agency could not meet because nobody told it is charged
 * to whoever had to tell it). The school fire is sensitive (domain.md §5.3: minors → 敏感), so the
 * county bureau owes the duty office an oral report within 30 min of occurrence (CTY-02-oral, due
 * 00:30:00); with nobody telling it, the bureau first hears at 00:40:00 (the city's spot
 * question), so its own window runs to 00:40 + 30 min = 01:10:00 (hand calculation).
 */
import { describe, expect, it } from "vitest";
import { small } from "./verdicts-support.ts";

const MIN = 60_000;
const oral = (at: string): [string, string, Record<string, unknown>] => [at, "eb", {
  type: "report", to: "duty", kind: "initial", mode: "oral",
  content: { unit: "第二实验小学", time: "10:00", location: "教学楼", scene: "教学楼着火", sequence: "三楼起火", casualties: { deaths: 0, seriousInjuries: 0, injured: 0, missing: 0 }, measures: ["消防处置中"] },
}];
const oralReport = (f: { ruleId: string; evidence: { obligations: string[] } }) => f.evidence.obligations.includes("CTY-02-oral:eb>duty");

describe("school fire: the bureau, told only at 00:40, reports orally at 01:05 (within its own window to 01:10)", () => {
  const d = small("school-fire", [oral("01:05:00")], 90 * MIN);

  it("the bureau first heard at 00:40:00, after the rule's 00:30:00 deadline", () => {
    expect(d.state.knowledge.find((k) => k.agency === "eb")?.notifiedAtMs).toBe(40 * MIN);
  });

  // the bureau is not at fault: it heard at 00:40 and reported within its own window (to 01:10). The
  // news was owed it earlier: the school had to call 119 by 00:06:30 (LNK-SCH-FIRE) and the fire
  // brigade to tell the bureau within 10 min (LNK-SCH-EB, merge notice: review8 school 1); the school
  // never called (F LNK-SCH-FIRE), so the 00:30:00 miss is that fault's consequence, on the school,
  // 0 points (issue 10 §1 blame the late notifier, §2 each fault once: cites its root, not deducted again)
  // one agency, one rule document, one clock (review20 school 2): the report is on time by the window its written report
  // is judged by too (00:40 + 30 = 01:10), so no 迟报 line at all, not a 0-point one under another agency's name; the
  // lateness of its knowledge is the school's unmade call, charged once there
  it("charges the bureau nothing for the 30-minute report: on time by its own clock (due 01:10), the miss stays with the school's unmade 119 call", () => {
    expect(d.report.findings.some((f) => f.code === "LINKAGE_NOT_NOTIFIED" && f.ruleId === "LNK-SCH-FIRE" && f.agency === "sch" && f.points > 0)).toBe(true);
    expect(d.report.findings.filter(oralReport).filter((f) => f.code === "REPORT_LATE" || f.code === "REPORT_MISSING")).toEqual([]);
    const row = d.report.reporting.obligations.find((o) => o.id === "CTY-02-oral:eb>duty")!;
    expect([row.status, row.deadlineMs]).toEqual(["met", 70 * MIN]);
    // nothing on its timing or its making; its zeros, stated on no word at all while the pupil lay dead, are its own
    // fault of care (报告失实, untrue-figures.ts, review17 school 3), not the missed 30-minute report
    expect(d.report.findings.filter((f) => f.agency === "eb" && f.code.startsWith("REPORT_")).map((f) => f.code)).toEqual(["REPORT_UNVERIFIED"]);
    expect(d.report.findings.some((f) => f.section === "reporting" && /not told in time/.test(f.message.en))).toBe(false);
  });
});

describe("school fire: the bureau, told at 00:40, reports orally only at 01:20 (10 min beyond its own window)", () => {
  const d = small("school-fire", [oral("01:20:00")], 90 * MIN);
  const late = d.report.findings.find((f) => f.code === "REPORT_LATE" && oralReport(f));

  it("is the bureau's own late report, 10 min late from 01:10:00, not 50 min from 00:30:00", () => {
    expect(late?.agency).toBe("eb");
    expect(late?.causedBy).toBeUndefined();
    expect(late?.message.en).toContain("was due at 01:10:00 (Linjiang County Emergency Management Bureau first heard of the incident at 00:40:00; counted from then)");
    expect(late?.message.en).toContain("10 min late");
    expect(late?.message.zh).toContain("时限 01:10:00（临江县应急管理局 00:40:00 才获知事故信息，自获知起算）");
  });
});

describe("school fire: the bureau, told at 00:40, never reports", () => {
  const d = small("school-fire", [], 90 * MIN);
  const missing = d.report.findings.find((f) => f.code === "REPORT_MISSING" && oralReport(f));

  it("is a missing report of the bureau dated at the end of its own window (01:10:00), not at 00:30:00 before it knew", () => {
    expect(missing?.agency).toBe("eb");
    expect(missing?.atMs).toBe(70 * MIN);
  });

  it("the written report's own window (00:40 + 60 min = 01:40:00) lies beyond a drill stopped at 01:30: not yet due", () => {
    // review8 school 2: one rule for the oral and the written report of CTY-02 — told at 00:40, the bureau has each
    // rule's span from then (oral 01:10, written 01:40), so at 01:30 the written report is not yet due: no finding
    expect(d.report.findings.find((f) => f.code === "REPORT_MISSING" && f.evidence.obligations.includes("CTY-02-written:eb>duty"))).toBeUndefined();
  });
});

describe("mine flood poor play: the bureau hears at 01:10 (the scenario), the mine itself only knew at 00:15 (LNK-MINE-EB)", () => {
  // the mine's report to the bureau, which is its notice (RPT-ENT-02, 1 h from the head's receipt of the inrush at
  // 00:27), was due 01:27:00, so nobody failed to tell the bureau; but it heard at 01:10, 15 min before CTY-01's
  // 00:25 + 60 = 01:25, time enough to report at once (立即 = 10 min, 本县设定): review16 mine A2, the rule's deadline
  // stands and its 02:05 report is 40 min late, its own fault; still no late notice on the mine.
  it("charges the bureau a 40-min-late CTY-01 report (due 01:25, made 02:05), and no late notice on the mine", async () => {
    const { drill } = await import("./fixtures.ts");
    const { report } = drill("mine-flood", "poor");
    const cty = report.findings.filter((x) => x.evidence.obligations.includes("CTY-01:eb>duty"));
    expect(cty.filter((f) => f.code === "REPORT_LATE").map((f) => [f.agency, f.message.zh.includes("超时 40分钟")])).toEqual([["eb", true]]);
    expect(report.findings.filter((x) => x.code === "LINKAGE_NOTIFIED_LATE" && (x.ruleId === "LNK-MINE-EB" || x.ruleId === "LNK-MINE-MSP"))).toEqual([]);
  });
});

describe("chemical leak, no action: the bureau first hears at 01:30 (the city's call) and never reports to the duty office", () => {
  // CTY-01 (1 h) and CTY-02-oral (30 min, opened at the re-grade) ask for the same first report; the
  // bureau never receives a figure showing 较大, so only CTY-01 is its own duty: 01:30 + 60 min =
  // 02:30:00 (hand calculation; the 较大 rule's clock starts when it could know the grade, issue 10 §5)
  it("is one missing first report of the bureau, dated 02:30:00", async () => {
    const { compiled, runPlay } = await import("../helpers.ts");
    const { evaluate } = await import("../../engine/evaluate/evaluate.ts");
    const { rubric } = await import("./fixtures.ts");
    const c = compiled("chemical-leak");
    const r = runPlay(c, []);
    const report = evaluate(c, r.events, r.state, rubric());
    expect(r.state.knowledge.find((k) => k.agency === "eb")?.notifiedAtMs).toBe(90 * MIN);
    const first = report.findings.filter((f) => f.code === "REPORT_MISSING" && f.evidence.obligations.includes("CTY-01:eb>duty") && !f.evidence.obligations.includes("CTY-02-oral:eb>duty"));
    expect(first.map((f) => [f.agency, f.atMs])).toEqual([["eb", 150 * MIN]]);
  });
});

describe("a notice owed before the notifier itself knew (linkage: LNK-SCH-FIRE, the school calls 119 within 5 min of the fire)", () => {
  // the school discovers the fire at 00:01:30 (scenario inject), so its own window to call 119 ends
  // 00:01:30 + 5 min = 00:06:30, not 00:05:00 (hand calculation; issue 10 §5)
  const d = small("school-fire", [], 20 * MIN);
  const f = d.report.findings.find((x) => x.code === "LINKAGE_NOT_NOTIFIED" && x.ruleId === "LNK-SCH-FIRE");

  it("is the school's own fault (it never called), dated at the end of its own window", () => {
    expect(d.state.knowledge.find((k) => k.agency === "sch")?.notifiedAtMs).toBe(90_000);
    expect(f?.agency).toBe("sch");
    // review8 school 6: one deadline, counted from the school finding the fire (消防法 第四十四条第一款 "发现火灾";
    // scenario incidentFoundAt 00:01:30): due 00:06:30 in the finding, the table and the requirements alike
    expect(f?.atMs).toBe(6.5 * MIN);
    expect(f?.message.zh).toContain("应于 00:06:30 前通知");
    expect(f?.message.zh).not.toContain("自获知起");
  });
});

describe("mine flood poor play: the police, told only at 01:50, never send the car for the traffic control requirement (60 min)", () => {
  // req-traffic runs from the inrush (incidentAt 00:25:00, merge clock) to 00:25 + 60 = 01:25:00, before the police
  // knew (told 01:50 by the bureau): the time lost up to their own window (01:50 + 60 = 02:50) is the bureau's late
  // notice; no car by 02:50, nor by 04:00, is the police's own (review12 mine 1), in the need beside their 响应迟缓
  // for the 02:40 cordon (the cordon's 20 min do not explain a car never sent)
  it("is the police's own-window fault from 02:50:00, the time before it the bureau's notice", async () => {
    const { drill } = await import("./fixtures.ts");
    const { report, state } = drill("mine-flood", "poor");
    expect(state.knowledge.find((k) => k.agency === "police")?.notifiedAtMs).toBe(110 * MIN);
    const fs = report.findings.filter((x) => x.code === "DISPATCH_INSUFFICIENT" && x.ruleId === "req-traffic");
    expect(fs.map((f) => ({ agency: f.agency, atMs: f.atMs, causedBy: f.causedBy }))).toEqual([{ agency: "police", atMs: 170 * MIN, causedBy: undefined }]);
    expect(fs[0]!.points).toBeGreaterThan(0);
    expect(fs[0]!.message.zh).toContain("时限 02:50:00");
    expect(fs[0]!.message.zh).toContain("自获知起算");
    expect(report.findings.some((x) => x.agency === "eb" && x.code === "LINKAGE_NOTIFIED_LATE" && x.ruleId === "LNK-MINE-PSB")).toBe(true);
  });
});

describe("school fire poor play: the school calls 120 only at 00:25 (domain.md §5 school row: call 120 if injured)", () => {
  it("the late call is the school's finding (LNK-SCH-EMS, due 5 min after the first injury, review15 school 1), and 120 is never idle before it was told", async () => {
    const { drill } = await import("./fixtures.ts");
    const { report, state, events } = drill("school-fire", "poor");
    expect(state.knowledge.find((k) => k.agency === "ems")?.notifiedAtMs).toBe(25 * MIN);
    const late = report.findings.find((f) => f.code === "LINKAGE_NOTIFIED_LATE" && f.ruleId === "LNK-SCH-EMS");
    expect(late?.agency).toBe("sch");
    // owed in a fire where people are hurt, from the first injury (00:10:00, after the fire was found at 00:01:30): 00:10 + 5 = 00:15:00
    expect(events.find((e) => e.type === "casualtiesChanged" && e.deaths + e.seriousInjuries + e.injured > 0)?.at).toBe(10 * MIN);
    expect(late?.atMs).toBe(25 * MIN);
    expect(late?.message.zh).toContain("时限 00:15:00");
    for (const f of report.findings.filter((x) => x.code === "DISPATCH_IDLE_UNITS" && x.agency === "ems")) expect(f.atMs).toBeGreaterThan(25 * MIN);
  });
});
