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

  // nobody failed: the school's notice to the bureau (LNK-SCH-EB, 60 min) was not due before 01:00:00,
  // the bureau heard at 00:40 and reported within its own window; the rule's 00:30 fell before the
  // rules themselves owed the bureau the news (issue 10: each fault on the agency that failed)
  it("charges nobody for the 30-minute report: the bureau was told before any notice to it was due, and met its own window", () => {
    expect(d.report.findings.filter(oralReport)).toEqual([]);
    expect(d.report.findings.some((f) => f.section === "reporting" && /not told in time/.test(f.message.en))).toBe(false);
  });
});

describe("school fire: the bureau, told at 00:40, reports orally only at 01:20 (10 min beyond its own window)", () => {
  const d = small("school-fire", [oral("01:20:00")], 90 * MIN);
  const late = d.report.findings.find((f) => f.code === "REPORT_LATE" && oralReport(f));

  it("is the bureau's own late report, 10 min late from 01:10:00, not 50 min from 00:30:00", () => {
    expect(late?.agency).toBe("eb");
    expect(late?.causedBy).toBeUndefined();
    expect(late?.message.en).toContain("was due at 01:10:00 (Linjiang county emergency management bureau first heard of the incident at 00:40:00; counted from then)");
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
    // review B10: told at 00:40, before the written report's 01:00:00 (occurrence + 60 min) and before any notice to it was
    // due (LNK-SCH-EB, 01:00): the deadline stays 01:00:00, not 00:40 + 60 min
    expect(d.report.findings.find((f) => f.code === "REPORT_MISSING" && f.evidence.obligations.includes("CTY-02-written:eb>duty"))?.atMs).toBe(60 * MIN);
  });
});

describe("mine flood poor play: the bureau hears at 01:10 (the scenario), the mine itself only knew at 00:15 (LNK-MINE-EB)", () => {
  // the notice to the bureau was due 01:00:00, but the mine learnt at 00:15, so its own window ran to
  // 00:15 + 60 min = 01:15:00 and the bureau heard at 01:10: the mine did not fail; the bureau's own
  // window for its 1-hour report (CTY-01) is 01:10 + 60 min = 02:10:00 and it reported at 02:05
  // (hand calculation): nobody is late, and no rule timed the dispatcher's call to the mine's leaders
  it("charges nobody: no late notice on the mine and no late report on anyone for CTY-01", async () => {
    const { drill } = await import("./fixtures.ts");
    const { report } = drill("mine-flood", "poor");
    expect(report.findings.filter((x) => x.evidence.obligations.includes("CTY-01:eb>duty"))).toEqual([]);
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
    const first = report.findings.filter((f) => f.code === "REPORT_MISSING" && f.evidence.obligations.includes("CTY-02-oral:eb>duty"));
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
    // review B10: counted from the fire (00:00), not from the school's own discovery: due 00:05:00
    expect(f?.atMs).toBe(5 * MIN);
    expect(f?.message.zh).toContain("应于 00:05:00 前通知");
    expect(f?.message.zh).not.toContain("自获知起");
  });
});

describe("mine flood poor play: the police, told only at 01:50, never send the car for the traffic control requirement (60 min)", () => {
  // the requirement's clock ran to 01:00:00 before the police knew; their own window is 01:50 + 60 min
  // = 02:50:00 (hand calculation), and they missed that too: their own fault, dated and worded from it
  it("is the police's shortfall dated 02:50:00 with their own window in the text, not a fault at 01:00:00", async () => {
    const { drill } = await import("./fixtures.ts");
    const { report, state } = drill("mine-flood", "poor");
    expect(state.knowledge.find((k) => k.agency === "police")?.notifiedAtMs).toBe(110 * MIN);
    const f = report.findings.find((x) => x.code === "DISPATCH_INSUFFICIENT" && x.agency === "police")!;
    expect(f.atMs).toBe(170 * MIN);
    expect(f.message.zh).toContain("时限 02:50:00；岭北县公安局 01:50:00 才获知事故信息，自获知起算");
  });
});

describe("school fire poor play: the school calls 120 only at 00:25 (domain.md §5 school row: call 120 if injured)", () => {
  it("the late call is the school's finding (LNK-SCH-EMS, due 5 min after the first injury, review6 B16), and 120 is never idle before it was told", async () => {
    const { drill } = await import("./fixtures.ts");
    const { report, state, events } = drill("school-fire", "poor");
    expect(state.knowledge.find((k) => k.agency === "ems")?.notifiedAtMs).toBe(25 * MIN);
    const late = report.findings.find((f) => f.code === "LINKAGE_NOTIFIED_LATE" && f.ruleId === "LNK-SCH-EMS");
    expect(late?.agency).toBe("sch");
    // owed from the first injury (00:10), when the school already knew of the fire: no window of its own to add
    const hurt = events.find((e) => e.type === "casualtiesChanged" && e.deaths + e.seriousInjuries + e.injured > 0)!.at;
    expect(late?.atMs).toBe(25 * MIN);
    expect(late?.message.zh).toContain(`时限 ${new Date(hurt + 5 * MIN).toISOString().slice(11, 19)}`);
    for (const f of report.findings.filter((x) => x.code === "DISPATCH_IDLE_UNITS" && x.agency === "ems")) expect(f.atMs).toBeGreaterThan(25 * MIN);
  });
});
