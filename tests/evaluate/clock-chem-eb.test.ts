/**
 * Review N4 (issue 10 §2, §12): 危险化学品安全管理条例 第七十一条 — the hazardous-chemical unit's
 * principal reports 立即 to the 安全生产监督管理部门 (the county emergency bureau) AND the environmental,
 * police and health authorities (domain.md §1.5). One article, one clock for its four addressees:
 * "立即" is this county's 10 min from the unit's receipt (tag D, 本县设定), within the 1 h outer limit
 * of 493号令 第九条 (domain.md §1.2, RPT-ENT-02), which stays the mine's clock (2023 矿山办法 ≤ 1 h,
 * domain.md §1.5). Hand calculation: the chemical scenario's first inject tells the enterprise at
 * 00:00:00, so its report to the bureau is due 00:00 + 10 min = 00:10:00; a report at 00:25 is 15 min
 * late. In the mine flood the dispatcher, told at 00:02, calls the mine at 00:05 about warning signs: 第九条's hour
 * runs from the accident report, so from the inrush at 00:25 (scenario incidentAt, review8 mine 5): due 00:25 + 60 min
 * = 01:25:00, and a report at 00:50 is in time.
 */
import { describe, expect, it } from "vitest";
import type { Finding } from "../../engine/evaluate/report-model.ts";
import { MIN } from "./fixtures.ts";
import { small } from "./verdicts-support.ts";

type Cmd = [string, string, Record<string, unknown>];

const content = (scene: string) => ({
  unit: "临江化工有限公司", time: "9时20分", location: "液氯罐区V-101储罐", scene, sequence: "出料阀法兰泄漏，企业已启动预案",
  casualties: { deaths: 0, seriousInjuries: 0, injured: 0, missing: 0 }, measures: ["启动企业应急预案", "厂区人员撤离"],
});
const reportTo = (at: string, to: string): Cmd => [at, "ent", { type: "report", to, kind: "initial", mode: "oral", content: content("液氯泄漏，氯气向东扩散") }];
/** as the good play reports in its first minutes: zeros with 「伤亡人数正在核实」 (review19 chemical A4), no 报告失实 */
const checkedTo = (at: string, to: string): Cmd => [at, "ent", { type: "report", to, kind: "initial", mode: "oral", content: { ...content("液氯泄漏，氯气向东扩散"), other: "罐区有员工倒地，伤亡人数正在核实" } }];

/**
 * Everything else the enterprise owes in its first minutes, in time (the good play's first seven minutes): since
 * review16 chemical A4 (4c8eb2a) that includes answering its neighbour 华宇's 00:06 question (inj-03, due 00:21),
 * which the good play does at 00:07 by a message to the director who plays 华宇; unanswered it is a 求助未响应.
 */
const restInTime: Cmd[] = [
  ["00:00:30", "ent", { type: "dispatch", units: "ent-team", place: "tank-v101", task: "rescue" }],
  ["00:00:40", "ent", { type: "evacuate", groups: ["workers"] }],
  // the plant starts its own plan in time (LNK-CHEM-PLAN, due 00:05, as the good play at 00:01:30; r23-mine-a)
  ["00:00:50", "ent", { type: "activateResponse", level: 4 }],
  ["00:01:00", "ent", { type: "message", to: "fire", channel: "phone", text: "119吗？临江化工液氯罐区V-101储罐泄漏，罐区有人员倒地，请求特勤站防化力量增援！" }],
  checkedTo("00:04:00", "police"),
  checkedTo("00:04:30", "health"),
  checkedTo("00:05:00", "eco"),
  ["00:07:00", "ent", { type: "message", to: "director", text: "华宇公司：是我厂液氯储罐泄漏，氯气随偏西风向东扩散。请立即组织东侧人员向上风向（厂区西侧）撤离，来不及撤离的关闭门窗、停止通风就地避险。" }],
];

/** Findings charged to the enterprise about its notice of, or report to, the emergency bureau (not the bureau's own duties). */
const aboutBureau = (fs: readonly Finding[]) =>
  fs.filter((f) => f.agency === "ent" && (f.evidence.obligations.some((o) => o.includes("ent>eb") || o.endsWith(":eb")) || f.opportunity === "link:LNK-CHEM-EB:eb"));

describe("chemical leak: the enterprise reports to the emergency bureau at 00:25, everything else in time", () => {
  const d = small("chemical-leak", [...restInTime, reportTo("00:25:00", "eb")], 40 * MIN);

  it("owes the bureau its report under 第七十一条 from its receipt at 00:00, due 00:10:00, and not the 1 h of 493号令 第九条 as well", () => {
    const opened = d.state.obligations.filter((o) => o.kind === "report" && o.agency === "ent" && o.to === "eb");
    expect(opened.map((o) => [o.ruleId, o.openedAtMs, o.deadlineMs])).toEqual([["RPT-ENT-CHEM-EB", 0, 10 * MIN]]);
  });

  it("is one 迟报 on the enterprise: due 00:10:00, came 00:25:00, 15 min late, citing 第七十一条 and the county's 10 min", () => {
    const late = d.of("REPORT_LATE", "ent");
    expect(late.map((f) => f.ruleId)).toEqual(["RPT-ENT-CHEM-EB"]);
    expect(late[0]!.message.zh).toContain("时限 00:10:00，实际 00:25:00 报告（00:00:00 接报后 25分钟），超时 15分");
    expect(late[0]!.basis).toContain("危险化学品安全管理条例 第七十一条");
    expect(late[0]!.basis).toContain("“立即”按10分钟计（本县设定）");
    expect(late[0]!.points).toBeGreaterThan(0);
  });

  it("the bureau's late notice is the same fault: it cites the 迟报 and costs nothing, and nothing else costs the enterprise", () => {
    const late = d.of("REPORT_LATE", "ent")[0]!;
    const rest = aboutBureau(d.report.findings).filter((f) => f !== late);
    expect(rest.map((f) => [f.code, f.agency, f.causedBy, f.points])).toEqual([["LINKAGE_NOTIFIED_LATE", "ent", late.id, 0]]);
    // beside the clock, one fault of the report's content, not of its time: 受伤 0 at 00:25 after its own 119 call said
    // 「罐区有人员倒地」, with people hurt by then (报告失实, review18 chemical 4, untrue-figures.ts)
    const untrue = d.of("REPORT_UNVERIFIED", "ent");
    expect(untrue.map((f) => f.message.zh.includes("00:25:00") && f.message.zh.includes("受伤 0"))).toEqual([true]);
    expect(d.report.findings.filter((f) => f.agency === "ent" && f.points > 0).map((f) => f.id)).toEqual([late.id, untrue[0]!.id]);
    expect(d.report.linkage.rows.find((r) => r.agency === "eb")?.notifyDeadlineMs).toBe(10 * MIN);
  });

  it("a report at 00:08 is in time: nothing on the enterprise about the bureau", () => {
    const ok = small("chemical-leak", [...restInTime, reportTo("00:08:00", "eb")], 40 * MIN);
    expect(aboutBureau(ok.report.findings)).toEqual([]);
  });
});

describe("mine flood: the mine's report to the emergency bureau keeps the 1 h of 493号令 第九条", () => {
  const mineReport = (at: string, to: string): Cmd => [at, "mine", {
    type: "report", to, kind: "initial", mode: "oral",
    content: { unit: "岭北煤矿", time: "事发时", location: "1203掘进工作面", scene: "迎头透水", sequence: "探放水钻孔出水增大后透水", casualties: { deaths: 0, seriousInjuries: 0, injured: 0, missing: 0 }, measures: ["撤出受威胁区域人员"] },
  }];
  const d = small("mine-flood", [
    ["00:05:00", "dispatch", { type: "message", to: ["mine"], channel: "phone", text: "1203迎头透水征兆，已通知撤人" }],
    mineReport("00:50:00", "eb"),
  ], 70 * MIN);

  // review12 mine 10 (rules/accident-told.ts): 第九条's hour runs from the head's receipt of the accident; told of the signs at
  // 00:05 but never of the inrush, the head should have heard of it by 00:25 + 5 (the dispatch room's 5-min notice) = 00:30
  it("owes it from when the head should have heard of the inrush, 00:30 (told of the signs at 00:05), under RPT-ENT-02, due 01:30:00 (no 10-min chemical rule)", () => {
    const followUps = new Set(d.c.rules.followUp.map((r) => r.id));
    const opened = d.state.obligations.filter((o) => o.kind === "report" && o.agency === "mine" && o.to === "eb" && !followUps.has(o.ruleId));
    expect(opened.map((o) => [o.ruleId, o.openedAtMs, o.deadlineMs])).toEqual([["RPT-ENT-02", 30 * MIN, 90 * MIN]]);
  });

  it("a report at 00:50 is in time: no 迟报 on the mine's report to the bureau", () => {
    expect(d.report.findings.filter((f) => f.evidence.obligations.some((o) => o.includes("mine>eb")))).toEqual([]);
  });
});
