/**
 * Issue 10 §2, each fault once. Sources: 493号令 第四条 (迟报、漏报 are faults of a report, not of
 * a rule), the county rules CTY-01 / CTY-02 (domain.md §1.6: a 一般 event 1 h; a 较大 or sensitive
 * event 30 min oral, 1 h written — a sensitive 一般 event is judged as sensitive), AQ/T 9009-2015 §7
 * (the report gives problems and their causes; a consequence is not a second problem).
 */
import { describe, expect, it } from "vitest";
import { drill } from "./fixtures.ts";
import { small } from "./verdicts-support.ts";

const MIN = 60_000;
const told = (at: string): [string, string, Record<string, unknown>] => ["00:01:00", "ent", { type: "message", to: ["eb"], channel: "phone", text: `液氯泄漏 ${at}` }];

describe("one missing first report to the duty office is one finding (CTY-01 and, after the re-grade, CTY-02-oral)", () => {
  const d = small("chemical-leak", [told("00:01")], 110 * MIN);
  const toDuty = d.report.findings.filter((f) => f.section === "reporting" && f.agency === "eb" && f.evidence.obligations.some((o) => o.includes("eb>duty")));

  it("the re-grade did open both rules for the same report", () => {
    const ids = d.events.flatMap((e) => (e.type === "obligationOpened" ? [e.obligation.id] : []));
    expect(ids).toEqual(expect.arrayContaining(["CTY-01:eb>duty", "CTY-02-oral:eb>duty", "CTY-02-written:eb>duty"]));
  });

  // the 较大 rule is cited only once the bureau knew of 3 deaths (review9 chemical 3: never on figures it did not have):
  // here the enterprise's follow-up at 00:50 gives them
  const knew = small("chemical-leak", [told("00:01"), ["00:50:00", "ent", { type: "report", to: "eb", kind: "followUp", mode: "oral", content: { unit: "临江化工有限公司", casualties: { deaths: 3, seriousInjuries: 12, injured: 0, missing: 0 } } }]], 110 * MIN);
  const knewToDuty = knew.report.findings.filter((f) => f.section === "reporting" && f.agency === "eb" && f.evidence.obligations.some((o) => o.includes("eb>duty")));

  it("without a 较大 figure, the missing first report cites CTY-01 alone", () => {
    const first = toDuty.filter((f) => f.evidence.obligations.includes("CTY-01:eb>duty"));
    expect(first.map((f) => f.code)).toEqual(["REPORT_MISSING"]);
    expect(first[0]!.evidence.obligations).not.toContain("CTY-02-oral:eb>duty");
    expect(first[0]!.message.zh).not.toContain("同一报告另涉及");
  });

  it("gives one REPORT_MISSING for the first report, citing both rules, and one for the written report", () => {
    const toDuty = knewToDuty;
    const d = knew;
    const first = toDuty.filter((f) => f.evidence.obligations.includes("CTY-01:eb>duty"));
    expect(first).toHaveLength(1);
    expect(first[0]!.code).toBe("REPORT_MISSING");
    expect(first[0]!.evidence.obligations).toContain("CTY-02-oral:eb>duty");
    // the other rule by its own text and deadline, never by the profile's id (issue 10 §13: a basis a reader can look up)
    const oral = d.c.rules.reporting.find((r) => r.id === "CTY-02-oral")!;
    expect(first[0]!.message.zh).toContain(`同一报告另涉及：${oral.text.zh}`);
    expect(first[0]!.message.zh.match(/时限/g)).toHaveLength(1); // one deadline (review A4)
    expect(first[0]!.message.en).toContain(`the same report is also required by “${oral.text.en}”`);
    expect(`${first[0]!.message.zh} ${first[0]!.message.en}`).not.toMatch(/CTY-0/);
    expect(toDuty).toHaveLength(1);
  });

  // the bureau never received a figure showing 较大 (the enterprise never reported), so the written
  // 较大 report is not the bureau's fault: a consequence on the enterprise that had to report the facts
  // (issue 10 §1, §5), citing its missing report, at no cost
  // (the enterprise's 00:01 call is its first report, 493号令 第九条 prescribing no form: what it never
  // sent is the 续报 of the 3 dead it learnt at 00:45, 第十三条)
  it("charges the written 较大 report, which the bureau could not know was owed, to the enterprise's missing follow-up", () => {
    const written = d.report.findings.filter((f) => f.evidence.obligations.includes("CTY-02-written:eb>duty"));
    const root = d.report.findings.find((f) => f.code === "REPORT_MISSING" && f.evidence.obligations.includes("RPT-FU-02:ent>eb:1"))!;
    expect(written.map((f) => [f.agency, f.causedBy, f.points])).toEqual([["ent", root.id, 0]]);
  });
});

describe("a sensitive 一般 incident follows the sensitive rule alone (school fire: minors, domain.md §5.3)", () => {
  const d = small("school-fire", [], 5 * MIN);
  it("opens CTY-02 oral and written for the lead agency and never CTY-01", () => {
    const rules = d.events.flatMap((e) => (e.type === "obligationOpened" ? [e.obligation.ruleId] : []));
    expect(rules).toEqual(expect.arrayContaining(["CTY-02-oral", "CTY-02-written"]));
    expect(rules).not.toContain("CTY-01");
  });
});

describe("root causes and their consequences are grouped, and deducted once", () => {
  it("two fire engines sent to plug the leak in one order are one wrong-type fault (chemical-leak poor play)", () => {
    const wrong = drill("chemical-leak", "poor").report.findings.filter((f) => f.code === "DISPATCH_WRONG_TYPE");
    expect(wrong).toHaveLength(2);
    const [root, other] = wrong;
    expect(root!.causedBy).toBeUndefined();
    expect(root!.points).toBeGreaterThan(0);
    expect(other!.causedBy).toBe(root!.id);
    expect(other!.points).toBe(0);
  });

  it("a cordon set in time but too small is the fault; the missing full cordon cites it and costs nothing", () => {
    // to 00:50: the police, told at 00:11 by a villager's 110 call, owe the full cordon by 00:41 (30 min from receipt, review12 chemical 4)
    const d = small("chemical-leak", [["00:10:00", "police", { type: "cordon", place: "tank-v101", radiusM: 300 }]], 50 * MIN);
    const small_ = d.of("CORDON_TOO_SMALL")[0]!;
    const late = d.of("CORDON_LATE")[0]!;
    expect(small_.points).toBeGreaterThan(0);
    expect(late.causedBy).toBe(small_.id);
    expect(late.points).toBe(0);
  });

  it("casualties left out of a report before the sender knew of any are a missing field (要素不全, 493号令 第十二条; issue 10 §7), not 谎报", () => {
    const content = { unit: "临江化工", time: "9时20分", location: "罐区", scene: "液氯泄漏", sequence: "法兰泄漏", measures: ["堵漏"] };
    const d = small("chemical-leak", [["00:05:00", "ent", { type: "report", to: "eb", kind: "initial", mode: "oral", content }]], 10 * MIN);
    expect(d.of("REPORT_FALSE", "ent")).toEqual([]);
    expect(d.of("REPORT_FALSE", "ent")).toEqual([]);
    expect(d.of("REPORT_INCOMPLETE", "ent").map((f) => f.message.zh)).toEqual([expect.stringContaining("伤亡人数")]);
  });

  it("casualties left out once the sender knew of 3 dead and 12 seriously injured (the 00:45 inject) are 漏报伤亡, one fault, not also 要素不全 (review8 school item 8)", () => {
    const content = { unit: "临江化工", time: "9时20分", location: "罐区", scene: "液氯泄漏", sequence: "法兰泄漏", measures: ["堵漏"] };
    const d = small("chemical-leak", [["00:50:00", "ent", { type: "report", to: "eb", kind: "initial", mode: "oral", content }]], 55 * MIN);
    expect(d.of("REPORT_FALSE", "ent").map((f) => f.message.zh)).toEqual([expect.stringContaining("未报伤亡人数，而其当时已知死亡 3、重伤 12")]);
    expect(d.of("REPORT_INCOMPLETE", "ent")).toEqual([]);
  });
});

describe("a follow-up owed only because a report concealed known figures follows from the 谎报 (493号令 第四条、第十三条; issue 10 §2)", () => {
  // review19 chemical A2 (over review11 chemical 6): the correction's lateness is not free, or correcting later scored
  // higher; it is graded as its own late correction (late-correction.ts), never worded as a 续报 of a change
  it("chemical-leak poor play: ent's follow-up owed only to correct its 谎报, made late (01:40, due 01:32), is one graded late correction: half the 续报's 4 for one started 30-min window = 2, not 「伤亡人数发生变化」; the 谎报 is charged", async () => {
    const { report } = drill("chemical-leak", "poor");
    // the casualty follow-up (RULE:from>to:N); a follow-up on a later development is news of its own (below)
    const correction = (f: (typeof report.findings)[number]) => f.evidence.obligations.some((o) => /:\d+$/.test(o));
    const late = report.findings.filter((f) => f.code === "REPORT_LATE" && f.agency === "ent" && f.ruleId.startsWith("RPT-FU") && correction(f));
    expect(late.map((f) => f.rubricPoints)).toEqual([2]);
    expect(late[0]!.message.zh).toContain("更正其谎报伤亡人数的续报");
    expect(late[0]!.message.zh).not.toContain("伤亡人数发生变化");
    expect(report.findings.some((f) => f.code === "REPORT_FALSE" && f.agency === "ent" && f.points > 0)).toBe(true);
  });

  // review16 school 3: a 谎报 never corrected is one finding, the 谎报, with 「至演练结束未更正」 as its aggravation; the
  // correcting 续报 it owed (8, a missing report) is charged within it (review15 chemical 1: never correcting must cost
  // more than correcting late), never as a second 漏报 "未续报更正其谎报"
  it.each([["mine-flood", "mine"], ["school-fire", "sch"]] as const)(
    "%s poor play: %s never corrects its 01:20 谎报: one 谎报 finding naming the uncorrected figures, 10 + 4 rubric points, no 漏报 of the correction", async (s, agency) => {
      const { report } = drill(s, "poor");
      expect(report.findings.filter((f) => f.code === "REPORT_MISSING" && f.agency === agency && f.message.zh.includes("续报更正"))).toEqual([]);
      const lie = report.findings.filter((f) => f.code === "REPORT_FALSE" && f.agency === agency && f.atMs === 80 * 60_000);
      expect(lie).toHaveLength(1);
      expect(lie[0]!.message.zh).toContain("谎报始终未更正（加重情节");
      // 谎报 10 (rubric) + the missing 续报 it owed, 4 (rubric REPORT_MISSING's followUpPoints, review18 mine C): 14 in one finding
      expect(lie[0]!.counted?.stood).toBe(4);
      expect(lie[0]!.rubricPoints).toBeGreaterThan(8);
    });

  it("mine poor play: the pump room flooding (inj-09 to the mine at 03:13:30) after the concealing 01:20 report owes its own follow-up, charged once (493号令 第十三条 新情况)", () => {
    const { report } = drill("mine-flood", "poor");
    // the correction of the 01:20 谎报 never made is the 谎报's aggravation (review16 school 3, above), not this development's
    const fu = report.findings.filter((f) => f.agency === "mine" && f.ruleId.startsWith("RPT-FU") && !f.message.zh.includes("续报更正"));
    // (and the second inrush, told to the mine's own dispatch room at 01:30:30, owes its own: review16 mine A3)
    expect(fu.map((f) => [f.code, f.evidence.obligations])).toEqual([["REPORT_MISSING", ["RPT-FU-02:mine>eb:secondInrush"]], ["REPORT_MISSING", ["RPT-FU-02:mine>eb:pumpRoomFlooded"]]]);
    // the finding names its news, in the profile's words (developments.pumpRoomFlooded)
    expect(fu[1]!.message.zh).toContain("始终未向岭北县应急管理局报告关于中央水泵房进水的续报");
  });

  it("a follow-up owed after an honest report stays its own fault (chemical leak poor play: the emergency bureau to the duty office)", async () => {
    const { report } = drill("chemical-leak", "poor");
    const fu = report.findings.find((f) => f.code === "REPORT_LATE" && f.agency === "eb" && f.ruleId.startsWith("RPT-FU"))!;
    expect(fu.causedBy).toBeUndefined();
    expect(fu.points).toBeGreaterThan(0);
  });
});

describe("school fire poor play: a late evacuation signal is one fault (issue 10 §2; review9 school 4)", () => {
  it("the signal 3 min late is the school's LINKAGE_SLOW; the evacuation timed from the signal (2 min 43 s, within 5) is no second fault", async () => {
    const { drill } = await import("./fixtures.ts");
    const { report } = drill("school-fire", "poor");
    const root = report.findings.find((f) => f.code === "LINKAGE_SLOW" && f.agency === "sch")!;
    expect(root.points).toBeGreaterThan(0);
    // the one EVACUATION_SLOW left is the pupil who never came out (review11 school 5), dated at the 00:11:30 deadline
    expect(report.findings.filter((f) => f.code === "EVACUATION_SLOW").map((f) => f.atMs)).toEqual([11 * 60_000 + 30_000]);
  });
});

describe("the report says why a finding costs nothing (the newcomer's review: 0-point rows looked like a cap reached)", () => {
  it("a consequence names its root, a fact no response could avoid says so", async () => {
    const { drill } = await import("./fixtures.ts");
    const { renderMarkdown } = await import("../../cli/report/markdown.ts");
    const { wordReport } = await import("../../cli/report/worded.ts");
    const school = drill("school-fire", "poor");
    const evac = school.report.findings.find((f) => f.causedBy !== undefined && f.section !== "outcomes")!;
    const md = renderMarkdown(wordReport(school.c, school.report), "zh");
    expect(md.split("\n").find((l) => l.startsWith(`| ${evac.id} |`))).toContain(`0（随 ${evac.causedBy}，不重复扣分）`);
    const mine = drill("mine-flood", "good");
    // by its finding number (a report prints no finding code): no row under 发现的问题 but a line of its 情况说明, which
    // says why it costs nothing (review16: a fact no response could avoid is a note, not a finding)
    const hnc = mine.report.findings.find((f) => f.code === "HAZARD_NOT_CONTROLLED")!;
    const lines = renderMarkdown(wordReport(mine.c, mine.report), "zh").split("\n");
    expect(lines.find((l) => l.startsWith(`| ${hnc.id} |`))).toBeUndefined();
    expect(lines.find((l) => l.startsWith(`- ${hnc.id} `))).toContain("最佳处置在同一时段内也未能实现，不扣分");
  });
});
