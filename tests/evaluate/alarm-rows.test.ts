/**
 * Every alarm row is judged on its own elements (issue 10 §4, §13; round 30): the rules profile says, per alarm row, what
 * the call must give (`alarmCheck.elements`) and the basis an evaluator cites (scenarios/rules/county-default.yaml):
 *   - the mine's call to its rescue team (LNK-MINE-MRT): what happened (透水), where, the people trapped as the caller
 *     knew them — 生产安全事故应急条例 第十七条 (向参加救援的应急救援队伍提供相关技术资料、信息; domain.md §2.5 [S]), the
 *     elements set by this county after the 矿山救援规程 (2024) survey items (domain.md §4.1 [S2 S40]);
 *   - the chemical unit's 119 call (LNK-CHEM-FIRE): what leaked, where, the substance, the people — 危化条例 第七十一、
 *     七十三条 and 应急条例 第十七条 (domain.md §5.3 enterprise row), the elements set by this county.
 * Each call is one ALARM_INACCURATE finding listing everything it left out (each fault once: issue 10 §2).
 * Expected by hand from the calls' words:
 *   mine, 01:10 「救护中队，矿上排水能力不足，请再调两台潜水泵来。」 after the mine knew six trapped (01:05:50): no 透水 word,
 *     no place (矿上 names no road or known place), no trapped → one finding: 人员…被困 + 缺少报警要素：险情（透水情况）、地点.
 *   mine, the same call saying 「兴隆煤矿1203运输顺槽突水，6人被困在1205掘进工作面」 → no finding.
 *   chemical, 00:12 「119，我们厂液氯泄漏了，有人倒地，快来。」: substance, leak and people given, no place → one finding,
 *     缺少报警要素：地点 only, citing 危化条例 第七十一条, not 消防法 (a leak is no fire).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { evaluate } from "../../engine/evaluate/evaluate.ts";
import { parseRules } from "../../engine/scenario/load.ts";
import { problemMessage } from "../../i18n/problems.ts";
import { playFromText } from "../../cli/files.ts";
import { playCommands } from "../../engine/replay.ts";
import { compiled, runPlay, SCENARIOS } from "../helpers.ts";
import { bestPlay, drill, rubric } from "./fixtures.ts";
import { playVariant } from "./play-variant.ts";

const mine = compiled("mine-flood");
const MRT_PLAY = readFileSync(new URL("./plays/mine-r29-mrt-call-unsaid.yaml", import.meta.url), "utf8");
const VAGUE = "救护中队，矿上排水能力不足，请再调两台潜水泵来。";
function mineCall(text: string) {
  const play = playFromText(MRT_PLAY.replace(VAGUE, text), "variant.yaml", mine);
  if (!play.ok) throw new Error(play.problems.map((p) => p.message).join("\n"));
  const r = runPlay(mine, playCommands(play.value), 7);
  return evaluate(mine, r.events, r.state, rubric(), undefined, bestPlay("mine-flood", mine)).findings.filter((f) => f.code === "ALARM_INACCURATE" && f.agency === "mine");
}

describe("the mine's call to its rescue team is judged on what happened, where and who is trapped (应急条例 第十七条; 本县设定)", () => {
  it("a call saying none of them is one finding listing the trapped, 险情 and 地点, citing 应急条例 第十七条, not 消防法", () => {
    const f = mineCall(VAGUE);
    expect(f.map((x) => [x.atMs, x.opportunity])).toEqual([[70 * 60_000, "alarm:mrt"]]);
    expect(f[0]!.message.zh).toContain("未说明人员倒地、被困或下落不明的情况");
    expect(f[0]!.message.zh).toContain("另缺少报警要素：险情（透水情况）、地点");
    expect(f[0]!.message.en).toContain("without what broke in, where");
    expect(f[0]!.basis).toContain("生产安全事故应急条例 第十七条");
    expect(f[0]!.basis).toContain("本县设定");
    expect(f[0]!.basis).not.toContain("消防法");
  });
  it("a call giving the inrush, its place and the six trapped draws nothing", () => {
    expect(mineCall("救护中队，兴隆煤矿1203运输顺槽突水，6人被困在1205掘进工作面，请立即增援。")).toEqual([]);
  });
});

describe("the chemical unit's 119 call is judged on its row's elements (危化条例 第七十一、七十三条; 本县设定)", () => {
  const v = playVariant("chemical-leak", (c) => c.type === "message" && c.by === "ent" && c.at === 12 * 60_000, [
    ["00:12:00", "ent", { type: "message", to: ["fire"], text: "119，我们厂液氯泄漏了，有人倒地，快来。" }],
  ]);
  it("a call naming the chlorine, the leak and the people down but no place is one finding: 缺少报警要素：地点", () => {
    const f = v.report.findings.filter((x) => x.code === "ALARM_INACCURATE" && x.opportunity === "alarm:fire");
    expect(f.map((x) => x.message.zh.replace(/^.*报警（“[^”]*”）/, ""))).toEqual(["缺少报警要素：地点"]);
    expect(f[0]!.basis.startsWith("危险化学品安全管理条例 第七十一条")).toBe(true);
    expect(f[0]!.basis).not.toContain("消防法");
  });
});

describe("the profile's alarm rows are checked when it loads (file, line, field, expected)", () => {
  const text = readFileSync(`${SCENARIOS}/rules/county-default.yaml`, "utf8");
  it("every shipped alarm row carries its elements", () => {
    const p = parseRules(text, "county-default.yaml");
    expect(p.ok).toBe(true);
    if (!p.ok) return;
    const rows = Object.values(p.value.linkage).flat().filter((r) => r.alarm).map((r) => [r.id, r.alarmCheck!.elements]);
    expect(rows).toEqual([
      ["LNK-CHEM-FIRE", ["what", "where", "substance", "people"]],
      ["LNK-CHEM-EMS", ["what", "where", "substance", "people"]],
      ["LNK-MINE-MRT", ["what", "where", "people"]],
      ["LNK-SCH-FIRE", ["unit", "where", "what", "people", "caller"]],
      ["LNK-SCH-EMS", ["unit", "where", "what", "people", "caller"]],
    ]);
  });
  it("an alarm row without `alarmCheck` is refused at its `alarm` line, in both languages", () => {
    const at = text.indexOf("- id: LNK-MINE-MRT");
    const from = text.indexOf("      alarmCheck:", at);
    const to = text.indexOf("        tag: D", from);
    const bad = text.slice(0, from) + text.slice(text.indexOf("\n", to) + 1);
    const p = parseRules(bad, "county-default.yaml");
    expect(p.ok).toBe(false);
    if (p.ok) return;
    const q = p.problems.find((x) => x.message.includes("alarmCheck"))!;
    expect(q.line).toBe(bad.slice(0, bad.indexOf("      alarm:", at)).split("\n").length + 1);
    expect(q.message).toContain("expected `alarmCheck: { elements: [unit, where, what, people, substance, caller], basis }`");
    expect(problemMessage({ ...q, path: [] }, "zh-CN")).toContain("`alarm` 与 `alarmCheck` 须同时给出");
  });
  it("`substance` in a mine row is refused at its line: a chemical alarm's element only", () => {
    const at = text.indexOf("- id: LNK-MINE-MRT");
    const el = text.indexOf("elements: [what, where, people]", at);
    const bad = `${text.slice(0, el)}elements: [what, where, people, substance]${text.slice(el + "elements: [what, where, people]".length)}`;
    const p = parseRules(bad, "county-default.yaml");
    expect(p.ok).toBe(false);
    if (p.ok) return;
    const q = p.problems.find((x) => x.message.includes("substance"))!;
    expect(q.line).toBe(bad.slice(0, el).split("\n").length);
    expect(q.message).toBe("`substance` is an element of a chemical-leak alarm only, not of a mine-flood one (expected one of unit, where, what, people, caller)");
    expect(problemMessage({ ...q, path: [] }, "zh-CN")).toContain("`substance`（泄漏介质）只是危化品泄漏报警的要素");
  });
});

/**
 * No 110 (public security) alarm row (round 31, issue 10 §4, §8, §12, §13): who must call the police, and when, read from
 * /work/shared/domain.md and drill-scripts.md — every such duty already has its one judge, so an alarm row would be the
 * same fault twice (issue 10 §2) or a duty no source gives:
 *   - chemical leak: the enterprise's duty to tell the police IS statute — 危险化学品安全管理条例 第七十一条 (the unit reports
 *     to 安全监管、环境保护、公安、卫生; domain.md §1.5, §5.2 enterprise row [S]) — and is judged once, as that report:
 *     RPT-ENT-CHEM-PSB (10 min, 本县设定), whose missing report scores while the police's LNK-CHEM-PSB notice finding is
 *     set to 0 points and caused by it. The police's cordon, traffic and evacuation (domain.md §5.2 [S2 S47 S48]) are their
 *     act after that notice, not an alarm's elements. A 110 alarm row would charge the enterprise's silence a second time.
 *   - mine flood: the police are notified by the work-safety authority (493号令 第十条, RPT-GOV-04, domain.md §1.2 [S];
 *     LNK-MINE-PSB's noticeBasis), not called by the mine: 493号令 第九条 and 煤矿条例 第五十九条 name the emergency,
 *     coal-safety and mine-safety authorities, and 应急条例 第十七条 the rescue teams (domain.md §1.5, §5.1). No mine duty.
 *   - school fire: 消防法 第四十四条 is the alarm to the fire brigade (119; domain.md §4.3, §5.3 school row [S]); the police's
 *     part at a school fire is [U] (domain.md §5.3: "powers also held by the fire commander", 消防法 第四十五条), shown
 *     unscored (LNK-SCH-PSB, tag U), and drill-scripts.md has no school calling 110 (nor any verbatim 119/110/120 call-taker
 *     dialogue, §E). A 110 duty for the school would be a county choice with no source behind it; domain.md §0 keeps [U] out
 *     of scoring until checked.
 * Pinned here: no alarm row reaches the police, and the duties that do exist stay where they are judged.
 */
describe("no 110 alarm row: the police are told by report (危化条例 第七十一条) or by the bureau (493号令 第十条), never judged as an alarm", () => {
  const p = parseRules(readFileSync(`${SCENARIOS}/rules/county-default.yaml`, "utf8"), "county-default.yaml");
  if (!p.ok) throw new Error("the shipped profile loads");
  const rules = p.value;
  const psb = (k: keyof typeof rules.linkage) => rules.linkage[k].find((r) => r.agency === "publicSecurity")!;
  it("no linkage row of any kind makes a call to the police an alarm", () => {
    expect(Object.values(rules.linkage).flat().filter((r) => r.agency === "publicSecurity").map((r) => [r.id, r.alarm, r.alarmCheck])).toEqual([
      ["LNK-CHEM-PSB", undefined, undefined],
      ["LNK-MINE-PSB", undefined, undefined],
      ["LNK-SCH-PSB", undefined, undefined],
    ]);
  });
  it("chemical: the enterprise's duty to tell the police is the 第七十一条 report (10 min), its only judge", () => {
    const r = rules.reporting.find((x) => x.id === "RPT-ENT-CHEM-PSB")!;
    expect([r.from, r.to, r.withinMin, r.scenarioKinds]).toEqual(["incidentAgency", "publicSecurity", 10, ["chemical-leak"]]);
    expect(r.basis.startsWith("危险化学品安全管理条例 第七十一条")).toBe(true);
    expect(psb("chemical-leak").notifiedBy).toBeUndefined();
  });
  it("mine: the bureau tells the police (493号令 第十条), not the mine; school: the police's duty is unverified and unscored", () => {
    expect(psb("mine-flood").noticeBasis!.startsWith("生产安全事故报告和调查处理条例 第十条")).toBe(true);
    expect(rules.reporting.filter((r) => r.to === "publicSecurity" && r.from === "incidentAgency").map((r) => r.id)).toEqual(["RPT-ENT-CHEM-PSB"]);
    expect(psb("school-fire").tag).toBe("U");
  });
  it("chemical poor play: the enterprise never telling the police is charged once, as the missing report (8 points), the notice at 0", () => {
    const f = drill("chemical-leak", "poor").report.findings.filter((x) => x.agency === "ent" && x.evidence.obligations.some((o) => o.includes(">police")));
    expect(f.map((x) => [x.code, x.ruleId, x.rubricPoints ?? 0, x.points > 0])).toEqual([
      ["REPORT_MISSING", "RPT-ENT-CHEM-PSB", 8, true],
      ["LINKAGE_NOT_NOTIFIED", "LNK-CHEM-PSB", 0, false],
    ]);
    expect(f[1]!.causedBy).toBe(f[0]!.id);
    expect(drill("chemical-leak", "poor").report.findings.filter((x) => x.code.startsWith("ALARM_") && x.opportunity?.includes("police"))).toEqual([]);
  });
});
