/**
 * Review r28 mine (issue 10: verdicts an evaluator would sign), the three variant plays rebuilt as fixtures
 * (tests/evaluate/plays/mine-r28-*.yaml), each run at seed 7 against the best play as the shells do (mine-poor-variant.ts).
 *
 * 1. A 续报 after the central pump room floods that leaves it out (mine-r28-v1-pump-room-unsaid.yaml: the good play without
 *    the wall and the pumps, so the room floods at 03:13, inj-09 at 03:13:30; the mine's 03:25 follow-ups name it to the
 *    energy bureau and the provincial bureau, to the county bureau only the water level). The county lists
 *    `pumpRoomFlooded` (中央水泵房进水) as a development each addressee must be told within 30 min (rules county-default.yaml
 *    RPT-FU-02; 493号令 第十三条 事故报告后出现新情况的，应当及时补报; domain.md §1.4 RPT-FU-01): one 漏报 on the mine,
 *    naming the development, due 03:13:30 + 30 min = 03:43:30, worth a 续报's 4 (rubric followUpPoints). The pump room is
 *    this play's own harm (the best play saves it), so the 4 is outside W: 4 × 30 / 84 = 1.43.
 * 2. A 谎报 that keeps the township's notice from the bureau (mine-r28-v2-lie-town-late.yaml: withdrawal at 00:52, six
 *    trapped, known 01:05:50; the mine's first report to the bureau at 01:08 says 0 missing; the bureau tells the township
 *    at 01:30). A true report would have had the bureau owe the notice by 01:08 + 10 min = 01:18 (LNK-MINE-TOWN, 本县设定
 *    “立即”按10分钟计). The bureau did tell it, 12 min past that: a notice given late, 2 started 10-min windows × 2
 *    (rubric 通知迟延 2 per window) = 4, × 30 / 111 = 1.08 — what the honest twin (v2h) charges the bureau for the same
 *    12 min — on the liar, charged with its 谎报. It read 未通知（谎报所致）… 经他方获知 at the notice's whole 5 (1.35):
 *    the bureau's notice was not credited.
 * 3. The squadron's turn-out (DSP-MRT turnOutMaxS 60, turnOutFrom call; LNK-MINE-MRT actWithinMin 1: domain.md §4.1 and
 *    §5.1, duty squad leaves ≤ 1 min, AQ 1008-2007 / 矿山救援规程, the county's setting): lateness is the time past 60 s
 *    from the call, priced per started 1-min window × 2 (rubric 响应迟缓 2 per window). Out 3 min after the call is 2 min
 *    late: 2 × 2 = 4, × 30 / 111 = 1.08; out 2 min after is 1 min late: 2 × 30 / 111 = 0.54. The same delay costs the
 *    same whoever called (the mine head or its dispatch room) and whether the call itself was late (the late call is the
 *    mine's own 通知迟延). 0.54 and 1.08 were two different delays, both right.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { poor, variant } from "./mine-poor-variant.ts";
import { renderMarkdown } from "../../cli/report/markdown.ts";
import { wordReport } from "../../cli/report/worded.ts";
import type { ReportModel } from "../../engine/evaluate/report-model.ts";

const play = (name: string) => readFileSync(new URL(`./plays/${name}.yaml`, import.meta.url), "utf8");
const w30of111 = (rubric: number) => Math.round((rubric * 30) / 111 * 100) / 100;

describe("r28 mine 1: a 续报 that leaves out the pump room's flooding is found missing, naming it", () => {
  const r = variant(play("mine-r28-v1-pump-room-unsaid"));
  const pump = r.findings.filter((f) => /^RPT-FU/.test(f.ruleId ?? "") && f.message.zh.includes("中央水泵房进水"));

  it("one 漏报 on the mine to the county bureau, about 中央水泵房进水, due 03:43:30, with 第十三条 as its basis", () => {
    expect(pump.map((f) => [f.code, f.agency, f.ruleId])).toEqual([["REPORT_MISSING", "mine", "RPT-FU-02"]]);
    const f = pump[0]!;
    expect(f.message.zh).toContain("向岭北县应急管理局报告关于中央水泵房进水的续报");
    expect(f.message.zh).toContain("时限 03:43:30");
    expect(f.message.en).toContain("the follow-up on the central pump room flooding");
    expect(f.basis).toContain("第十三条");
    expect(f.rubricPoints).toBe(4);
    expect(f.points).toBe(1.43);
  });

  it("the follow-ups that named it (energy bureau, provincial bureau) draw nothing; the bureau, never told, owes no relay", () => {
    const others = r.findings.filter((f) => /^RPT-FU/.test(f.ruleId ?? "") && f !== pump[0]);
    expect(others).toEqual([]);
  });
});

describe("r28 mine 2: the township told late by the bureau after the mine's 谎报 is a late notice, on the liar", () => {
  const lie = variant(play("mine-r28-v2-lie-town-late"));
  const honest = variant(play("mine-r28-v2h-honest-town-late"));
  const town = (r: ReportModel) => r.findings.filter((f) => f.ruleId === "LNK-MINE-TOWN" && f.section === "linkage" && /NOTIFIED/.test(f.code));

  it("honest twin: the bureau, told 01:08 of the six, owes the township by 01:18 and told it at 01:30: 通知迟延 4 → 1.08", () => {
    expect(town(honest).map((f) => [f.code, f.agency, f.rubricPoints, f.points])).toEqual([["LINKAGE_NOTIFIED_LATE", "eb", 4, w30of111(4)]]);
  });

  it("with the 谎报: the same notice at the same lateness, priced the same, charged to the mine with its 谎报 (found once)", () => {
    const falseFirst = lie.findings.find((f) => f.code === "REPORT_FALSE" && f.agency === "mine" && f.message.zh.includes("01:08:00") && f.chargedWith === undefined)!;
    expect(falseFirst).toBeDefined();
    const t = town(lie);
    expect(t.map((f) => [f.code, f.agency, f.rubricPoints, f.points, f.chargedWith])).toEqual([["LINKAGE_NOTIFIED_LATE", "mine", 4, w30of111(4), falseFirst.id]]);
    expect(t[0]!.heardElsewhere).toBeUndefined();
    expect(t[0]!.message.zh).toContain("如实报告时应于 01:18:00 前通知；石门镇人民政府于 01:30:00 才获知事故信息（岭北县应急管理局通知），迟 12分钟");
    // nobody else answers for the township's notice: neither the bureau (kept from it) nor the township (told)
    expect(lie.findings.filter((f) => f.ruleId === "LNK-MINE-TOWN" && f.agency !== "mine")).toEqual([]);
  });

  it("the who-told-whom row credits the bureau's 01:30 notice as a late one, charged to the liar (not 未通知，经他方获知)", () => {
    const md = renderMarkdown(wordReport(poor.c, lie), "zh");
    const row = md.split("\n").find((l) => l.startsWith("| 石门镇人民政府 |"))!;
    expect(row).toContain("| 01:30:00 | 岭北县应急管理局 |");
    expect(row).toContain("通知迟延（岭北县应急管理局通知；记岭北县兴隆煤业有限公司（矿长、矿应急救援指挥部），时限按如实报告计）");
    expect(row).not.toContain("经他方获知");
  });

  it("the poor play's township, told only by the families at the gate (an inject), stays 未通知 on the liar at its whole 5", () => {
    const f = poor.report.findings.filter((g) => g.ruleId === "LNK-MINE-TOWN" && /NOTIFIED/.test(g.code));
    expect(f.map((g) => [g.code, g.agency, g.rubricPoints, g.points])).toEqual([["LINKAGE_NOT_NOTIFIED", "mine", 5, w30of111(5)]]);
  });
});

describe("r28 mine 3: the squadron's turn-out is priced by its delay past 1 min from the call, whoever called", () => {
  const slow = (r: ReportModel) => r.findings.filter((f) => f.ruleId === "LNK-MINE-MRT" && f.agency === "mrt").map((f) => [f.code, f.rubricPoints, f.points]);

  it("out 2 min after the call: 1 min late, one window, 2 × 30 / 111 = 0.54; out 3 min after (poor play): 2 windows, 1.08", () => {
    expect(slow(variant(play("mine-r28-v3-turnout-2min")))).toEqual([["LINKAGE_SLOW", 2, 0.54]]);
    expect(slow(poor.report)).toEqual([["LINKAGE_SLOW", 4, 1.08]]);
  });

  it("the same 3 min costs the same 1.08 called by the dispatch room, or after a call 1 min late (that lateness the mine's)", () => {
    expect(slow(variant(play("mine-r28-v3-dispatch-calls")))).toEqual([["LINKAGE_SLOW", 4, 1.08]]);
    const late = variant(play("mine-r28-v3-late-call"));
    expect(slow(late)).toEqual([["LINKAGE_SLOW", 4, 1.08]]);
    expect(late.findings.filter((f) => f.ruleId === "LNK-MINE-MRT" && f.code === "LINKAGE_NOTIFIED_LATE").map((f) => f.agency)).toEqual(["mine"]);
  });
});
