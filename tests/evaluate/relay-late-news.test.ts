/**
 * Each relay of old casualty news alike (review11 chemical 3; engine/evaluate/corrections.ts, reporting.ts). In the
 * chemical poor play the enterprise knew of 3 dead and 12 seriously injured at 00:45 (inj-07-casualties). Variant c7
 * drops its concealing 01:02 report to the bureau: its first word to the bureau is the 01:40 report (filed as 续报),
 * which lacks 时间、简要经过、已采取的措施 (493号令第十二条: a first report carries them). The bureau's 续报 at 02:20 only
 * passes that late news on, as in the poor play it passes on the correction of the 瞒报: set aside in both, earned in
 * neither. Variant c4 makes the enterprise's 01:02 and the bureau's 01:18 reports honest: the honest chain must score
 * at least the silent one in total and in 信息报告.
 */
import { describe, expect, it } from "vitest";
import { evaluate } from "../../engine/evaluate/evaluate.ts";
import type { Command } from "../../engine/model/commands.ts";
import type { ReportModel } from "../../engine/evaluate/report-model.ts";
import { ms, runPlay } from "../helpers.ts";
import { bestPlay, drill, rubric } from "./fixtures.ts";

const HONEST = { deaths: 3, seriousInjuries: 12, injured: 0, missing: 0 };

function variant(change: (cs: Command[]) => Command[]): ReportModel {
  const poor = drill("chemical-leak", "poor");
  const commands = change([...poor.commands]);
  const r = runPlay(poor.c, commands);
  return evaluate(poor.c, r.events, r.state, rubric(), undefined, bestPlay("chemical-leak", poor.c));
}
const section = (r: ReportModel) => r.sections.find((s) => s.id === "reporting")!.score;
const isEntToEb = (k: Command) => k.type === "report" && k.by === "ent" && k.to === "eb" && k.at === ms("01:02:00");

describe("the silent-until-01:40 chain (c7) against the honest one (c4)", () => {
  const c7 = variant((cs) => cs.filter((k) => !isEntToEb(k)));
  const c4 = variant((cs) => cs.map((k) => (k.type === "report" && ((k.by === "ent" && k.at === ms("01:02:00")) || (k.by === "eb" && k.at === ms("01:18:00"))) ? { ...k, content: { ...k.content, casualties: HONEST } } : k)));

  it("c7's first report to the bureau at 01:40 is judged for 第十二条's elements", () => {
    const inc = c7.findings.find((f) => f.code === "REPORT_INCOMPLETE" && f.agency === "ent" && f.atMs === ms("01:40:00"));
    expect(inc?.message.zh).toContain("缺少时间、简要经过、已采取的措施");
  });

  it("the bureau's relay of that late news earns nothing, as its relay of the 瞒报's correction does not", () => {
    const relay = (r: ReportModel) => r.sections.find((s) => s.id === "reporting")!.scoring!.items!.find((o) => /^rep:eb>duty\|fu:/.test(o.id))!;
    expect(relay(c7).correction?.late).toBe(true);
    // earned = worth − lost − set aside = 4 − 4 − 0: the bureau's own 迟报 (02:20 against 02:10, 1 started hour × 4) takes
    // the 续报's whole 4 (followUpPoints, review18 mine C), so nothing is left to set aside, and nothing is earned
    expect([relay(c7).worth, relay(c7).lost, relay(c7).unearned ?? 0]).toEqual([4, 4, 0]);
    expect(relay(drill("chemical-leak", "poor").report).correction?.late).toBeUndefined();
  });

  // review19 chemical A2 (over review11 chemical 6): its lateness is no longer free (late-correction.ts), but it is a late
  // correction, not a 续报 of a change: 01:40 against 01:32, one started 30-min window, half the 续报's 4 = 2
  it("the enterprise's own correction of its 瞒报 is one graded late correction, not a 续报 of 「伤亡人数发生变化」", () => {
    const poor = drill("chemical-leak", "poor").report;
    const late = poor.findings.filter((f) => f.opportunity === "rep:ent>eb|fu:1|any" && (f.code === "REPORT_LATE" || f.code === "REPORT_MISSING"));
    expect(late.map((f) => [f.code, f.rubricPoints])).toEqual([["REPORT_LATE", 2]]);
    expect(late[0]!.message.zh).not.toContain("伤亡人数发生变化");
  });

  it("c4 scores at least c7, in total and in 信息报告", () => {
    expect(c4.score!).toBeGreaterThanOrEqual(c7.score!);
    expect(section(c4)).toBeGreaterThanOrEqual(section(c7));
  });
});
