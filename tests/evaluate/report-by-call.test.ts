/**
 * A report duty whose rule asks for no written form is met by a call that tells (issue 10 §3, §7;
 * review8 chemical item 2). 危险化学品安全管理条例 第七十一条 says the unit's principal "报告" the police,
 * environmental and health authorities and prescribes no form, and the profile's RPT-ENT-CHEM-* rules say
 * `mode: any`: the enterprise's 110 call with the facts IS its report to the police. The who-told-whom
 * table and the findings must then agree. A rule asking for an oral report (CTY-02-oral, 县应急管理工作要点
 * "30分钟内口头报告") is met by a phone call, not by a written note; a written one (CTY-02-written) only
 * by a written report; a follow-up (续报, 493号令 第十三条) asks for the figures, i.e. a report.
 */
import { describe, expect, it } from "vitest";
import { MIN } from "./fixtures.ts";
import { small } from "./verdicts-support.ts";

const CALL_110 = "110，临江化工液氯储罐泄漏，氯气向东扩散，请求警戒和疏散。";

describe("chemical leak, variant vF: the enterprise's 00:05 110 call is its 第七十一条 report to the police", () => {
  const d = small("chemical-leak", [["00:05:00", "ent", { type: "message", to: "police", channel: "phone", text: CALL_110 }]], 30 * MIN);
  const row = d.report.reporting.obligations.find((o) => o.ruleId === "RPT-ENT-CHEM-PSB");

  it("RPT-ENT-CHEM-PSB is met at 00:05, on time (due 00:10: 10 min from the enterprise's 00:00 receipt of the alarm)", () => {
    expect(row?.status).toBe("met");
    expect(row?.metAtMs).toBe(5 * MIN);
  });

  it("no 漏报 or 迟报 of the enterprise to the police, while the who-told-whom table reads the police told by the enterprise at 00:05", () => {
    const toPolice = d.report.findings.filter((f) => f.code.startsWith("REPORT_") && f.agency === "ent" && f.message.zh.includes("临江县公安局"));
    expect(toPolice).toEqual([]);
    const told = d.report.linkage.rows.find((r) => r.agency === "police");
    expect(told?.notifiedAtMs).toBe(5 * MIN);
    expect(told?.notifiedBy).toBe("ent");
  });

  it("the enterprise's reports to the bodies it did not call are still missing (emergency bureau, ecology, health: 第七十一条, all due 00:10)", () => {
    // 第七十一条 names four addressees on one "立即" clock (RPT-ENT-CHEM-EB is 10 min, 本县设定, like the
    // other three); the 00:05 call reached only the police, so the other three stay missing within 30 min.
    const missing = d.of("REPORT_MISSING", "ent").map((f) => f.ruleId).sort();
    expect(missing).toEqual(["RPT-ENT-CHEM-EB", "RPT-ENT-CHEM-ECO", "RPT-ENT-CHEM-HEALTH"]);
  });
});

describe("a holding call is no report: “正在核实，稍后报告” to the police leaves the 第七十一条 report missing", () => {
  const d = small("chemical-leak", [["00:05:00", "ent", { type: "message", to: "police", channel: "phone", text: "正在核实，稍后报告。" }]], 30 * MIN);
  // the report is missing; made by the accident unit to nobody, it is 瞒报 (应急管理部令第14号 第三条, hidden-accident.ts):
  // a holding call that never becomes a report hides the accident as silence does (review15 mine 1). One concealment is
  // one 瞒报 (493号令 第三十六条 punishes the unit once; hidden-accident.ts): charged on the report owed to the emergency
  // bureau (RPT-ENT-CHEM-EB, the department 第14号令 第三条 names first); the police report stays a 漏报 citing it
  it("the report to the police is missing on the enterprise (RPT-ENT-CHEM-PSB), its one 瞒报 on the bureau's, as it reported the accident to nobody", () => {
    expect(d.of("REPORT_CONCEALED", "ent").map((f) => f.ruleId)).toEqual(["RPT-ENT-CHEM-EB"]);
    const psb = d.of("REPORT_MISSING", "ent").find((f) => f.ruleId === "RPT-ENT-CHEM-PSB")!;
    expect(psb.message.zh).toContain("瞒报只计一次");
  });
});

describe("school fire (sensitive): the bureau's report to the duty office, oral within 30 min and written within 1 h (CTY-02)", () => {
  const told: [string, string, Record<string, unknown>] = ["00:02:00", "sch", { type: "message", to: "eb", channel: "phone", text: "第二实验小学教学楼二楼着火，师生正在疏散。" }];
  const call = small("school-fire", [told, ["00:10:00", "eb", { type: "message", to: "duty", channel: "phone", text: "第二实验小学教学楼二楼起火，师生正在疏散，消防已出动。" }]], 70 * MIN);
  const note = small("school-fire", [told, ["00:10:00", "eb", { type: "message", to: "duty", channel: "written", text: "第二实验小学教学楼二楼起火，师生正在疏散，消防已出动。" }]], 70 * MIN);
  const status = (d: typeof call, rule: string) => d.report.reporting.obligations.find((o) => o.ruleId === rule)?.status;

  it("a phone call at 00:10 meets the oral report (due 00:30) but not the written one (due 01:00, missed)", () => {
    expect(status(call, "CTY-02-oral")).toBe("met");
    expect(status(call, "CTY-02-written")).toBe("missed");
  });

  it("a written note is no oral report: CTY-02-oral stays missed", () => {
    expect(status(note, "CTY-02-oral")).toBe("missed");
  });
});

describe("a follow-up (续报) asks for figures: a call does not meet it", () => {
  // the mine reports at 00:58 with the missing "unknown" (尚不清楚), then learns of 6 missing (00:59:50, the headcount):
  // the 续报 (493号令 第十三条) is owed; a call at 01:05 saying "6人被困" is no follow-up report
  const first: [string, string, Record<string, unknown>] = ["00:58:00", "mine", { type: "report", to: "eb", kind: "initial", mode: "oral", content: { unit: "兴隆煤矿", time: "8时55分", location: "井下1203工作面", scene: "突水", sequence: "迎头出水", measures: ["撤人"], casualties: { deaths: 0, seriousInjuries: 0, injured: 0, missing: "unknown" } } }];
  const d = small("mine-flood", [first, ["01:05:00", "mine", { type: "message", to: "eb", channel: "phone", text: "井下6人被困，正在组织救援。" }]], 150 * MIN);
  it("the follow-up duty owed to the bureau is not met by the 01:05 call", () => {
    const fu = d.report.reporting.obligations.filter((o) => o.ruleId.startsWith("RPT-FU") && o.agency === "mine" && o.to === "eb");
    expect(fu.length).toBeGreaterThan(0);
    for (const o of fu) expect(o.metAtMs).not.toBe(65 * MIN);
  });
});
