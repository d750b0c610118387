/**
 * Issue 10 §3, what "told" means, as one rule (engine/rules/telling.ts, the profile's `telling`): a
 * holding reply with no facts ("正在核实，稍后报告") tells nothing. Reports carry facts (493号令 第十二条;
 * "快报事实，慎报原因，续报进展", domain.md §1.3 and §1.6 CTY-04), and a spot question asks for facts
 * (AQ/T 9009-2015 附录A 2.5; the provincial bureau's question lists 入井人数、升井人数、被困人员、涌水量、措施):
 * so a holding reply is no notice of the incident, no answer to the question and meets no duty. An
 * evaluator may read it as an acknowledgement, which the finding says, never as the facts.
 */
import { describe, expect, it } from "vitest";
import { tellsText } from "../../engine/rules/telling.ts";
import { missingReportFields } from "../../engine/rules/report-fields.ts";
import { compiled } from "../helpers.ts";
import { drill, MIN } from "./fixtures.ts";
import { small } from "./verdicts-support.ts";

const notifiedAt = (d: { state: { knowledge: Array<{ agency: string; notifiedAtMs?: number }> } }, agency: string) => d.state.knowledge.find((k) => k.agency === agency)?.notifiedAtMs;
const FACTS = "省局：井下入井42人，已升井36人，1205掘进队6人被困；涌水约3000立方米每小时，水源为老窑水；已撤人并召请救护队。";

describe("the rule: holding phrases alone tell nothing (county-default.yaml `telling`)", () => {
  const rules = compiled("mine-flood").rules;
  it.each(["正在核实，稍后报告。", "我们正在了解情况，了解清楚了再报。", "收到", "We are checking, will report back later.", "",
    // newcomer trial 14: zero-width spaces, a BOM or a word joiner draw nothing (Unicode Cf; trim() keeps them), nor do they around a holding phrase
    "\u200b\u200b\u200b", "\ufeff\u2060", "\u200b收到\u200b"])("%j tells nothing", (t) => {
    expect(tellsText(rules, t)).toBe(false);
  });
  it.each([FACTS, "兴隆煤矿井下出水，请做好准备。", "兴隆煤矿\u200b井下出水", "井下6人被困，人数正在核实", "好的，马上派车"])("%j tells", (t) => {
    expect(tellsText(rules, t)).toBe(true);
  });
});

describe("a report field drawing nothing is missing (issue 10 §7; newcomer trial 14)", () => {
  it("zero-width spaces or a BOM in 事故现场情况 and a blank-looking 措施 line leave those fields missing; visible text meets them", () => {
    expect(missingReportFields({ scene: "\u200b\u200b", measures: ["\ufeff", "\u3164"], unit: "兴隆煤矿" })).toEqual(expect.arrayContaining(["scene", "measures"]));
    expect(missingReportFields({ scene: "\u200b井下出水", measures: ["撤人"], unit: "兴隆煤矿" })).not.toEqual(expect.arrayContaining(["scene"]));
    expect(missingReportFields({ scene: "\u200b井下出水", measures: ["撤人"], unit: "兴隆煤矿" })).not.toContain("measures");
  });
});

describe("mine flood, poor play: the mine's 01:05 “正在核实，稍后报告。” to the provincial bureau (F7, F8 of the session's report)", () => {
  const d = drill("mine-flood", "poor");

  it("does not answer the bureau's 00:50 spot question: unanswered (not late), and the finding reads the reply as an acknowledgement only", () => {
    const spot = d.report.findings.filter((f) => f.agency === "mine" && f.code.startsWith("SPOT_QUESTION"));
    expect(spot.map((f) => f.code)).toEqual(["SPOT_QUESTION_UNANSWERED"]);
    expect(spot[0]!.message.zh).toContain("仅回复“正在核实，稍后报告。”");
  });

  it("is no notice of the incident: the bureau was never told, charged once to the mine as not notified (with its missing report), never 'told at 01:05'", () => {
    expect(notifiedAt(d, "msp")).toBeUndefined();
    const notice = d.report.findings.filter((f) => f.code.startsWith("LINKAGE_NOT") && f.message.zh.includes("国家矿山安全监察局某省局"));
    expect(notice.map((f) => f.code)).toEqual(["LINKAGE_NOT_NOTIFIED"]);
    expect(notice[0]!.agency).toBe("mine");
    expect(d.report.linkage.rows.find((r) => r.agency === "msp")?.status).toBe("notNotified");
  });
});

describe("mine flood: the same reply with the facts asked for answers the question and tells the bureau (00:55)", () => {
  const d = small("mine-flood", [["00:55:00", "mine", { type: "message", to: "msp", channel: "phone", text: FACTS }]], 75 * MIN);

  it("no spot-question finding on the mine, and the bureau is told at 00:55", () => {
    expect(d.report.findings.filter((f) => f.agency === "mine" && f.code.startsWith("SPOT_QUESTION"))).toEqual([]);
    expect(notifiedAt(d, "msp")).toBe(55 * MIN);
  });
});

describe("mine flood: the county bureau's holding message to the police tells nobody and meets no duty (LNK-MINE-EB is started by an act it names: a report up, the response, the head to the scene, a notice that tells the police)", () => {
  const report = ["00:20:00", "mine", { type: "report", to: "eb", kind: "initial", mode: "oral", content: { unit: "兴隆煤矿", time: "8时55分", location: "井下1203工作面", scene: "突水", casualties: { deaths: 0, seriousInjuries: 0, injured: 0, missing: 6 } } }] as [string, string, Record<string, unknown>];
  const holding = small("mine-flood", [report, ["00:25:00", "eb", { type: "message", to: "police", channel: "phone", text: "正在核实情况，稍后通报。" }]], 60 * MIN);
  const facts = small("mine-flood", [report, ["00:25:00", "eb", { type: "message", to: "police", channel: "phone", text: "兴隆煤矿井下透水，6人被困，请派警力到进矿路口实施交通管制。" }]], 60 * MIN);

  it("a holding message leaves the bureau idle (联而不动 at its 00:35 deadline) and the police untold", () => {
    expect(holding.of("LINKAGE_IDLE", "eb")).toHaveLength(1);
    expect(notifiedAt(holding, "police")).toBeUndefined();
  });

  it("the same message with the facts tells the police at 00:25 and so starts the duty, which names 通知公安 (review11 mine 2; 493号令 第十条): not idle", () => {
    expect(notifiedAt(facts, "police")).toBe(25 * MIN);
    expect(facts.of("LINKAGE_IDLE", "eb")).toEqual([]);
  });
});

describe("school fire, poor play: the emergency bureau's 00:55 “我们正在了解情况，了解清楚了再报。” to the city's spot question", () => {
  const { report } = drill("school-fire", "poor");
  it("is no answer: unanswered, not answered late", () => {
    expect(report.findings.filter((f) => f.agency === "eb" && f.code.startsWith("SPOT_QUESTION")).map((f) => f.code)).toEqual(["SPOT_QUESTION_UNANSWERED"]);
  });
});
