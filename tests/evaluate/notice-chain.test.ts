/**
 * Review8 mine 4 and school 1 (issue 10 §1, §5): a notice the chain owes is timed, and whoever had to give it answers.
 *
 * Mine flood: the dispatch room hears the warning signs at 00:02 (inj-01) and must tell the mine head "at once"
 * (493号令 第九条), 5 min (本县设定, drill-scripts B1 大贤: the dispatcher called the general manager 4 min after the
 * order), counted from the signs reaching the room (noticeFrom: found): due 00:02 + 5 = 00:07. Told at 00:15 →
 * 通知迟延 on the dispatch room. When the head is told late, its clocks run from when it should have been told: the
 * rescue-team call (10 min, 本县设定) is due 00:07 + 10 = 00:17, so a head told at 00:27 that calls at 00:30 is still
 * late (without the fix it was judged from 00:27: due 00:37, no finding, and a worse chain scored better).
 *
 * School fire: the emergency bureau is told by the 119 centre (the scenario's chain: fire reportsTo eb; domain.md
 * §5.3), within 10 min (本县设定, leaving the bureau 20 of its 30-min oral limit, CTY-02). Review8 school 1 variants:
 * p1 = the poor play without the school's 01:20 report to the bureau; p13 = p1 plus the school telling the bureau at
 * 00:20. Telling the bureau earlier must never lower the score: p13 ≥ p1.
 */
import { describe, expect, it } from "vitest";
import { evaluate } from "../../engine/evaluate/evaluate.ts";
import { runKeepingReference } from "../../engine/evaluate/references.ts";
import type { Command } from "../../engine/model/commands.ts";
import { cmd, compiled, playOf, SCENARIOS } from "../helpers.ts";
import { bestPlay, rubric } from "./fixtures.ts";
import { small } from "./verdicts-support.ts";

const MIN = 60_000;
const tellHead = (at: string): [string, string, Record<string, unknown>] => [at, "dispatch", { type: "message", to: "mine", channel: "phone", text: "矿长，1203迎头出水，水叫、挂汗，请到调度室。" }];
const callTeam: [string, string, Record<string, unknown>] = ["00:30:00", "mine", { type: "requestSupport", from: "mrt", unitType: "mineRescueTeam", count: 1, place: "mine" }];

describe("mine flood: the dispatch room's notice to the mine head", () => {
  // the signs are no accident: the dispatch room's own duty under the 细则, not 493号令 第九条 (review16 mine F1)
  it("told at 00:15: 通知迟延 on the dispatch room, citing its duty under 煤矿防治水细则 第六条 and the county's 5 minutes", () => {
    const d = small("mine-flood", [tellHead("00:15:00")], 60 * MIN);
    const f = d.report.findings.filter((x) => x.opportunity === "link:LNK-MINE-MINE:mine" && x.code === "LINKAGE_NOTIFIED_LATE");
    expect(f.map((x) => [x.agency, x.atMs])).toEqual([["dispatch", 15 * MIN]]);
    expect(f[0]!.basis).toContain("煤矿防治水细则（2018）第六条");
    expect(f[0]!.basis).not.toContain("第九条");
    expect(f[0]!.basis).toContain("本县设定");
    expect(d.report.linkage.rows.find((r) => r.agency === "mine")?.notifyDeadlineMs).toBe(7 * MIN);
  });

  it("told at 00:03: no notice finding", () => {
    const d = small("mine-flood", [tellHead("00:03:00")], 60 * MIN);
    expect(d.report.findings.filter((x) => x.opportunity === "link:LNK-MINE-MINE:mine" && x.code.startsWith("LINKAGE_NOT"))).toEqual([]);
  });

  it("head told at 00:27, team called at 00:30: the call is owed from the inrush (00:25 + 10 = 00:35, 应急条例 第十七条), on time; the head's late word is the dispatch room's own finding", () => {
    // review15 mine 4: the call counted from the signs charged the dispatch room's delay to the mine a second time
    const d = small("mine-flood", [tellHead("00:27:00"), callTeam], 60 * MIN);
    expect(d.report.findings.filter((x) => x.opportunity === "link:LNK-MINE-MRT:mrt" && x.code === "LINKAGE_NOTIFIED_LATE")).toEqual([]);
    expect(d.report.findings.filter((x) => x.opportunity === "link:LNK-MINE-MINE:mine" && x.code.startsWith("LINKAGE_NOT")).map((x) => x.agency)).toEqual(["dispatch"]);
  });
});

describe("school fire: the emergency bureau's notice", () => {
  const c = compiled("school-fire");
  const poor = playOf(c, `${SCENARIOS}/plays/school-fire.poor.yaml`);
  const best = bestPlay("school-fire", c);
  const score = (commands: Command[]) => {
    const r = runKeepingReference(c, 7, commands, best);
    return evaluate(c, r.events, r.state, rubric(), undefined, best);
  };
  const p1 = poor.filter((x) => !(x.by === "sch" && x.type === "report" && (x as { to?: string }).to === "eb"));
  const p13 = [...p1, cmd("00:20:00", "sch", { type: "message", to: "eb", channel: "phone", text: "应急局吗？第二实验小学教学楼二楼实验准备室着火，学生正在疏散，已报119。" }, 900)];

  it("the poor play: the fire brigade, which never told the bureau, answers for it (the bureau heard from the city at 00:40)", () => {
    const r = score(poor);
    const f = r.findings.filter((x) => x.opportunity === "link:LNK-SCH-EB:eb" && x.code.startsWith("LINKAGE_NOT"));
    // never sent, the bureau told only by the city's spot question: 未通知, charged as such (review15 school 4)
    expect(f.map((x) => [x.code, x.agency])).toEqual([["LINKAGE_NOT_NOTIFIED", "fire"]]);
    // the brigade had the school's late 119 call at 00:07:30, so its 10-min notice runs to 00:17:30 from its own receipt
    // (review11 chemical 5: a notice is given 接报后; the school answers for its call's minute), the deadline its finding
    // is judged by (review9 school 5: the table printed 00:10:00)
    expect(r.linkage.rows.find((x) => x.agency === "eb")?.notifyDeadlineMs).toBe(17.5 * MIN);
  });

  it("a school that tells the bureau at 00:20 scores no lower than one that never does (p13 ≥ p1)", () => {
    expect(score(p13).score!).toBeGreaterThanOrEqual(score(p1).score!);
  });
});
