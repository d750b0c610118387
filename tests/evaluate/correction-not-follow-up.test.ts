/**
 * A follow-up whose only content is the correction of its sender's own 瞒报 is no 续报 duty (493号令第十三条: 续报
 * reports changes in the situation; review10 chemical 1): it is set aside whole under the 瞒报 (none earned, a late
 * one costs nothing again); the follow-up its addressee owes only because that correction reached it earns nothing
 * either (its own lateness is its own fault, the rest set aside under the 瞒报).
 * Chemical leak, poor play: the enterprise reports 0/0 to the bureau at 01:02 knowing 3 dead, 12 seriously injured
 * (the 瞒报); its 01:40 report (3/12) only corrects it, and the bureau's 02:20 report to the county duty office only
 * passes the correction on. An honest enterprise (c3) or both honest (c4) have neither follow-up, so the concealing
 * play must not earn points on them: otherwise fixing the 瞒报 lowers the score (c3 26.2 → 25.4 total, c4 17.5 →
 * 13.2 in 信息报告 before this fix).
 * A follow-up that never arose is set aside under the finding that kept its trigger from its owner (review10 school
 * 5): the school's 01:20 report hid the missing pupil from the bureau, so the bureau's follow-up to the county never
 * arose through that 瞒报 — not through the bureau's missing written report; with no change at all (c4) it is 未产生.
 */
import { describe, expect, it } from "vitest";
import { evaluate } from "../../engine/evaluate/evaluate.ts";
import { runKeepingReference } from "../../engine/evaluate/references.ts";
import type { Command } from "../../engine/model/commands.ts";
import type { ReportModel } from "../../engine/evaluate/report-model.ts";
import { ms } from "../helpers.ts";
import { bestPlay, drill, rubric } from "./fixtures.ts";

type Content = { casualties?: Record<string, number> };
const item = (r: ReportModel, id: string) => r.sections.find((s) => s.id === "reporting")!.scoring!.items!.find((o) => o.id === id)!;
const rate = (r: ReportModel) => r.sections.find((s) => s.id === "reporting")!.score;
const concealment = (r: ReportModel, by: string, at: string) => r.findings.find((f) => f.code === "REPORT_FALSE" && f.agency === by && f.atMs === ms(at))!;

describe("chemical leak: a follow-up that only corrects a 谎报", () => {
  const poor = drill("chemical-leak", "poor");
  const best = bestPlay("chemical-leak", poor.c);
  /** the poor play with the reports by `by` to `to` at the given times changed by `edit` */
  const play = (edits: Array<{ by: string; to: string; at: string; edit: (k: Command) => Command }>): ReportModel => {
    const commands = poor.commands.map((k) => {
      const e = edits.find((d) => k.by === d.by && k.type === "report" && (k as { to?: string }).to === d.to && k.at === ms(d.at));
      return e ? e.edit(k) : k;
    });
    expect(commands).not.toEqual(poor.commands);
    const r = runKeepingReference(poor.c, 7, commands, best);
    return evaluate(poor.c, r.events, r.state, rubric(), undefined, best);
  };
  const honest = (k: Command) => ({ ...k, content: { ...(k as { content: Content }).content, casualties: { deaths: 3, seriousInjuries: 12, injured: 0, missing: 0 } } }) as Command;
  const entFu = "rep:ent>eb|fu:1|any";
  const ebFu = "rep:eb>duty|fu:1|any";
  const c3 = play([{ by: "ent", to: "eb", at: "01:02:00", edit: honest }]);
  const c4 = play([{ by: "ent", to: "eb", at: "01:02:00", edit: honest }, { by: "eb", to: "duty", at: "01:18:00", edit: honest }]);

  // a 续报 is worth the rubric row's followUpPoints, 4 (default.yaml; review18 mine C), not a first report's 8
  // review19 chemical A2: its lateness is priced (late-correction.ts): 01:40 against 01:32 is one started 30-min window, half
  // the 续报's 4 = 2 lost; the other 2 set aside under the 谎报, none earned
  it("the enterprise's 01:40 correction earns nothing: its lateness costs 2 (half of 4), the rest set aside under the enterprise's 谎报", () => {
    const f = concealment(poor.report, "ent", "01:02:00");
    const o = item(poor.report, entFu);
    expect(o.worth).toBe(4);
    expect(o.lost).toBe(2);
    expect(o.unearned).toBe(2);
    expect(o.follows).toEqual([f.id]);
    expect(o.correction).toEqual({ of: f.id, own: true, atMs: ms("01:02:00") });
  });

  it("the bureau's relay of the correction earns nothing: its own lateness (02:20 against 02:10) is charged, 迟报 4, the whole of the 续报's 4", () => {
    const f = concealment(poor.report, "ent", "01:02:00");
    const o = item(poor.report, ebFu);
    // earned = worth − lost − set aside = 4 − 4 − 0 = 0 (a 续报 is worth 4: the 迟报 takes it all, nothing left to set aside)
    expect(o.lost).toBe(4);
    expect(o.unearned ?? 0).toBe(0);
    expect(o.correction).toEqual({ of: f.id, own: false, atMs: ms("01:02:00") });
  });

  it("an honest enterprise (c3) scores at least the concealing play in total: fixing the 谎报 never lowers the score", () => {
    // c3: the bureau's own 01:18 0/0 report becomes the 瞒报, and its 02:20 follow-up only corrects it: set aside too
    expect(item(c3, ebFu).correction?.own).toBe(true);
    expect(c3.score!).toBeGreaterThanOrEqual(poor.report.score!);
  });

  it("both honest (c4) scores at least the poor play in total and in 信息报告; the bureau's follow-up never arose (未产生, no finding named)", () => {
    expect(c4.score!).toBeGreaterThanOrEqual(poor.report.score!);
    expect(rate(c4)).toBeGreaterThanOrEqual(rate(poor.report));
    // no change after its honest 01:18 report: not "随" its missing written report
    expect(item(c4, ebFu).unearned).toBe(4);
    expect(item(c4, ebFu).follows ?? []).toEqual([]);
  });

  it("a correction made within the follow-up's 30 minutes earns nothing either (the kind, not the lateness)", () => {
    const early = play([{ by: "ent", to: "eb", at: "01:40:00", edit: (k) => ({ ...k, at: ms("01:10:00") }) }]);
    const o = item(early, entFu);
    expect(o.lost).toBe(0);
    expect(o.unearned).toBe(4);
    expect(o.correction?.own).toBe(true);
  });
});

describe("school fire: a follow-up never arisen names the 谎报 that hid the change from its owner", () => {
  const poor = drill("school-fire", "poor");
  const best = bestPlay("school-fire", poor.c);
  // a 谎报 never corrected fails the reports it kept from its addressee through it, not set aside (kept-by-lie.ts, as
  // its written 较大 report is: review15 chemical 1): the bureau, which had reported up at 00:58, never learnt of the
  // missing pupil and so owed no casualty 续报 of its own; that 续报 (followUpPoints 4) is charged within the 谎报
  it("the bureau's follow-up to the county is failed through the school's 01:20 谎报 to the bureau, never corrected (4, within it)", () => {
    const f = concealment(poor.report, "sch", "01:20:00");
    const o = item(poor.report, "rep:eb>duty|fu:1|any");
    expect(o.lost).toBe(4);
    expect(o.unearned).toBeUndefined();
    expect(o.findings).toEqual([f.id]);
    expect(f.counted?.silenced).toBe(4);
  });
  it("with the school honest (s2honest) the bureau learns of the missing pupil and its follow-up is judged on its own", () => {
    const i = poor.commands.findIndex((k) => k.by === "sch" && k.type === "report" && (k as { to?: string }).to === "eb");
    const commands = poor.commands.map((k, j) => (j === i ? ({ ...k, content: { ...(k as { content: Content }).content, casualties: { deaths: 0, seriousInjuries: 0, injured: 0, missing: 1 } } } as Command) : k));
    const r = runKeepingReference(poor.c, 7, commands, best);
    const s2 = evaluate(poor.c, r.events, r.state, rubric(), undefined, best);
    const o = item(s2, "rep:eb>duty|fu:1|any");
    expect(o.lost).toBe(4);
    expect(o.unearned ?? 0).toBe(0);
  });
});
