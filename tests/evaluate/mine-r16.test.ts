/**
 * Review16 mine (issue 10 §1, §2, §11), on the mine-flood poor play, seed 7 (scenarios/plays/mine-flood.poor.yaml), and
 * one-change variants of it (review16 table B):
 *
 * A1. A 谎报 is not free downstream. The mine told the bureau "下落不明 0" at 01:20 knowing of 6 (F9, 应急管理部令第14号
 *     第三条). Before: the township's notice part (LNK-MINE-TOWN, 5) was set aside "随 F9" and the bureau's 02:05 report to
 *     the county duty office, carrying the 0 in good faith, was nobody's fault; the mine reporting 6 (V1) scored 17.3 and
 *     correcting at 01:45 (V7) 13.8, both below the poor play's 17.7. Now the liar pays:
 *       - the notice the lie kept from the bureau: LINKAGE_NOT_NOTIFIED on the mine, its notice part (5, the township
 *         heard at 01:40 from the families), due 01:20 + 10 min = 01:30 as the honest V1 holds the bureau to it;
 *       - the duty office misinformed to the end: REPORT_FALSE (`relayed`) on the mine, a report's worth (8, as a
 *         missing report), outside W (the bureau's own report is its own and earned);
 *       - a figure the bureau passes on after the mine corrected it (V7) spoils the bureau's report only (at most what is
 *         left of it, 8 − 1 for 要素不全 = 7): the 谎报 beyond a report's worth is counted once, on its originator.
 * A3. News reaching the mine's dispatch room (its own duty room) is the mine's: the second inrush told to the room at
 *     01:30:30 starts the mine's 30-min 续报 (county RPT-FU; 493号令 第十三条), deadline 02:00:30. Before, the room sitting
 *     on it spared the mine the duty and the room telling the mine head at 01:32 (V10) cost 0.6.
 */
import { describe, expect, it } from "vitest";
import { evaluate } from "../../engine/evaluate/evaluate.ts";
import { runKeepingReference } from "../../engine/evaluate/references.ts";
import { readFileSync } from "node:fs";
import { playFromText } from "../../cli/files.ts";
import { playCommands } from "../../engine/replay.ts";
import { SCENARIOS } from "../helpers.ts";
import type { ReportModel } from "../../engine/evaluate/report-model.ts";
import { bestPlay, drill, MIN, noResponse, rubric } from "./fixtures.ts";

const poor = drill("mine-flood", "poor");
const best = bestPlay("mine-flood", poor.c);

/** The poor play's text with `change` applied (one command changed or added, as review16's variant plays), run and evaluated as the shells do. */
function variant(change: (yaml: string) => string): ReportModel {
  const text = change(readFileSync(`${SCENARIOS}/plays/mine-flood.poor.yaml`, "utf8"));
  const play = playFromText(text, "variant.yaml", poor.c);
  if (!play.ok) throw new Error(play.problems.map((p) => p.message).join("\n"));
  const commands = playCommands(play.value);
  const r = runKeepingReference(poor.c, 7, commands, best);
  return evaluate(poor.c, r.events, r.state, rubric(), undefined, best, { commands });
}

/** The mine's 01:20 report to the bureau (its casualties line), and a command appended at the end of the play. */
const MINE_FIGURES = "      casualties: { deaths: 0, seriousInjuries: 0, injured: 0, missing: 0 }\n    note: 迟报";
const append = (yaml: string, command: string) => `${yaml.trimEnd()}\n${command}\n`;

describe("review16 mine A1: the mine's 谎报 is charged for what it did downstream", () => {
  it("the township's notice the lie kept from the bureau is the mine's: its notice part (5), due 01:30 (01:20 report + 10 min, 本县设定)", () => {
    const f = poor.report.findings.filter((x) => x.opportunity === "link:LNK-MINE-TOWN:town" && x.code === "LINKAGE_NOT_NOTIFIED");
    expect(f.map((x) => [x.agency, x.rubricPoints, x.heardElsewhere])).toEqual([["mine", 5, true]]);
    expect(f[0]!.atMs).toBe(90 * MIN);
    expect(f[0]!.message.zh).toContain("如实报告时应于 01:30:00 前通知");
    const row = poor.report.linkage.rows.find((r) => r.agency === "town")!;
    expect([row.notifyDeadlineMs, row.keptBy]).toEqual([90 * MIN, "mine"]);
    // nothing of the township's notice is set aside any more
    const opp = poor.report.sections.find((s) => s.id === "linkage")!.scoring!.items!.find((o) => o.id === "link:LNK-MINE-TOWN:town")!;
    expect(opp.unearned).toBeUndefined();
  });

  it("the duty office misinformed to the end by the bureau's good-faith 02:05 report is the mine's: a report's worth (8), outside W", () => {
    const f = poor.report.findings.filter((x) => x.code === "REPORT_FALSE" && x.relayed);
    expect(f.map((x) => [x.agency, x.rubricPoints, x.atMs])).toEqual([["mine", 8, 125 * MIN]]);
    const opp = poor.report.sections.find((s) => s.id === "reporting")!.scoring!.items!.find((o) => o.id === f[0]!.opportunity)!;
    expect(opp.inW).toBe(false);
    // the bureau itself is not charged for figures it could not know
    expect(poor.report.findings.filter((x) => x.code === "REPORT_FALSE" && x.agency === "eb")).toEqual([]);
  });

  it("V1 (the mine's 01:20 report gives 6 missing) scores no lower than the poor play", () => {
    const yaml = readFileSync(`${SCENARIOS}/plays/mine-flood.poor.yaml`, "utf8");
    expect(yaml).toContain(MINE_FIGURES);
    const v1 = variant((t) => t.replace(MINE_FIGURES, MINE_FIGURES.replace("missing: 0", "missing: 6")));
    expect(v1.score!).toBeGreaterThanOrEqual(poor.report.score!);
  });

  it("V7 (a 续报 at 01:45 correcting to 6): the bureau's 02:05 relay of the old 0 costs at most what is left of its report (3, after its 迟报) plus the correction it owed, and the play no less than the poor play", () => {
    const v7 = variant((t) => append(t, [
      '  - at: "01:45:00"', "    by: mine", "    type: report", "    to: eb", "    kind: followUp", "    mode: oral", "    content:",
      "      unit: 兴隆煤矿", "      time: 8时55分", "      location: 井下1203工作面", "      scene: 1205掘进队6人被困1205回风顺槽",
      "      casualties: { deaths: 0, seriousInjuries: 0, injured: 0, missing: 6 }",
    ].join("\n")));
    const relay = v7.findings.filter((x) => x.code === "REPORT_FALSE" && x.agency === "eb");
    // what is left of the 02:05 report: 8 − 1 (要素不全) − 4 (迟报 40 min, one started hour × 4) = 3; the bureau never
    // corrects it, so its 谎报 also carries the correcting 续报 it owed (4, a 续报's followUpPoints: review18 mine C): 3 + 4 = 7
    expect(relay.map((x) => [x.relayed, x.rubricPoints, x.stood !== undefined])).toEqual([[true, 7, true]]);
    // review17 mine A2: the 01:45 续报 is on the six trapped and says nothing of the 800 m³/h second inrush the dispatch
    // room received at 01:30:30, so it meets no second-inrush duty (493号令 第十三条: the 续报 is the new development's):
    // the poor play's missing 续报 (4, a 续报's followUpPoints: review18 mine C; due 02:00:30) stands in V7 too
    const f27 = v7.findings.filter((x) => x.code === "REPORT_MISSING" && x.opportunity === "rep:mine>eb|fu:secondInrush|any");
    expect(f27.map((x) => [x.agency, x.rubricPoints])).toEqual([["mine", 4]]);
    expect(f27[0]!.message.zh).toContain("时限 02:00:30");
    expect(v7.score!).toBeGreaterThanOrEqual(poor.report.score!);
  });

  it("review17 mine A2: a 续报 that names the second inrush (the good play's wording, 二次出水) still meets its duty", () => {
    const v7b = variant((t) => append(t, [
      '  - at: "01:45:00"', "    by: mine", "    type: report", "    to: eb", "    kind: followUp", "    mode: oral", "    content:",
      "      scene: 1205掘进队6人被困1205回风顺槽；10时00分1201综采工作面上隅角采空区二次出水，约每小时800立方米",
      "      casualties: { deaths: 0, seriousInjuries: 0, injured: 0, missing: 6 }",
    ].join("\n")));
    expect(v7b.findings.filter((x) => x.opportunity === "rep:mine>eb|fu:secondInrush|any" && (x.rubricPoints ?? 0) > 0)).toEqual([]);
  });

  it("the poor play still scores above no response, in total and in every section", () => {
    const none = noResponse("mine-flood").report;
    expect(poor.report.score!).toBeGreaterThan(none.score!);
    for (const s of poor.report.sections) expect(s.score, s.id).toBeGreaterThan(none.sections.find((n) => n.id === s.id)!.score);
  });
});

describe("review16 mine A3: the dispatch room's receipt of the second inrush is the mine's", () => {
  it("the mine's 续报 on the second inrush runs from the room's 01:30:30 receipt: missing, due 02:00:30", () => {
    const f = poor.report.findings.filter((x) => x.code === "REPORT_MISSING" && x.opportunity === "rep:mine>eb|fu:secondInrush|any");
    // a missed 续报: the rubric row's followUpPoints, 4 (review18 mine C)
    expect(f.map((x) => [x.agency, x.rubricPoints])).toEqual([["mine", 4]]);
    expect(f[0]!.message.zh).toContain("时限 02:00:30");
  });

  it("V10 (the room tells the mine head at 01:32) scores no lower than the poor play", () => {
    const v10 = variant((t) => append(t, ['  - at: "01:32:00"', "    by: dispatch", "    type: message", "    to: mine", "    channel: phone", "    text: 10时00分监控中心报告1201综采工作面上隅角采空区出水，水量约每小时800立方米，1201运输顺槽水位继续上涨。"].join("\n")));
    expect(v10.score!).toBeGreaterThanOrEqual(poor.report.score!);
  });
});

// review16 mine C (F17): the mine's rescue duty (LNK-MINE-RESCUE, workWhen: trapped) arose when the positioning system
// told it six were cut off (01:05:50, the inject at #48), not at the 00:15 call about "有点出水" that told it nothing of them
describe("review16 mine C: the idle rescue duty is timed from when the trapped were known", () => {
  it("says 01:05:50 获知人员被困 (en: learnt of people trapped at 01:05:50) and cites that inject, not the 00:15 call", () => {
    const f = poor.report.findings.find((x) => x.code === "LINKAGE_IDLE" && x.ruleId === "LNK-MINE-RESCUE")!;
    expect(f.message.zh).toContain("于 00:15:00 接报，01:05:50 获知人员被困，但");
    expect(f.message.en).toContain("learnt of people trapped at 01:05:50");
    const cited = f.evidence.events.map((i) => poor.events[i]!);
    expect(cited.some((e) => e.type === "injectDelivered" && e.at === 65 * MIN + 50_000)).toBe(true);
    expect(cited.some((e) => e.type === "messageSent" && e.at === 15 * MIN)).toBe(false);
  });
});
