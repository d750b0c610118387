/**
 * Issue 10 §11, scores that order plays sensibly: for every shipped scenario, doing nothing scores
 * below the poor play and the poor play below the good one, in total and in every section (a
 * section with nothing to judge is 未展示, below any judged score); removing a command that a finding
 * condemns never lowers the score (AQ/T 9009-2015 §7: the report names problems so that correcting
 * them improves the drill); what-if lists the findings that appeared and disappeared.
 */
import { describe, expect, it } from "vitest";
import type { ReportModel } from "../../engine/evaluate/report-model.ts";
import { TELL_RESCUERS_RULE } from "../../engine/evaluate/told-rescuers.ts";
import { whatIf } from "../../engine/evaluate/whatif.ts";
import { bestPlay, drill, noResponse, rubric, WITH_PLAYS } from "./fixtures.ts";

/** a section's standing: 未展示 (nothing judged) ranks below every judged score */
const standing = (r: ReportModel, id: string) => {
  const s = r.sections.find((x) => x.id === id)!;
  return s.judged ? s.score : -1;
};

describe.each(WITH_PLAYS)("%s: no action < poor play < good play", (id) => {
  const good = drill(id, "good");
  const poor = drill(id, "poor");
  const none = noResponse(id).report;

  it("in total", () => {
    expect(none.score).toBeLessThan(poor.report.score!);
    expect(poor.report.score).toBeLessThan(good.report.score!);
  });

  it("in every section", () => {
    for (const s of good.report.sections.map((x) => x.id)) {
      expect(standing(none, s), s).toBeLessThan(standing(poor.report, s));
      expect(standing(poor.report, s), s).toBeLessThan(standing(good.report, s));
    }
  });

  it("never gives doing nothing points for a section it could not be judged on", () => {
    for (const s of none.sections) if (!s.judged) expect(s.score).toBe(0);
    expect(none.score).toBeLessThan(25);
  });

  it("removing any command a finding condemns never lowers the poor play's score, and what-if says which findings moved", () => {
    // condemned: the command itself should not have been given (wrong unit, false report,
    // unprotected entry, a refused order, a too-small cordon); a late or incomplete report is criticised,
    // not condemned — without it the report would be missing
    const CONDEMNS = new Set(["DISPATCH_WRONG_TYPE", "REPORT_FALSE", "REPORT_CONCEALED", "UNSAFE_ENTRY", "COMMAND_REJECTED", "CORDON_TOO_SMALL"]);
    // A call to the rescuers that hid what its caller knew (told-rescuers.ts, 报警遗漏已知情况) is criticised for what it
    // left out, not condemned: without it the rescuers are not called at all (消防法 第四十四条: 发现火灾应当立即报警),
    // which no evaluator would score above a call that understated
    // A 谎报 carried on in good faith (relayed-lie.ts, 谎报致转报失实) condemns the lie, not the relay: without the relay its
    // addressee is left wholly uninformed, a 漏报 charged with the reports it cut (blocked-report.ts, review17 mine A1: M4)
    const condemning = poor.report.findings.filter((f) => CONDEMNS.has(f.code) && f.ruleId !== TELL_RESCUERS_RULE && f.relayed !== true);
    const seqs = new Set(condemning.flatMap((f) => f.evidence.events.map((i) => (poor.events[i] as { seq?: number }).seq)).filter((s): s is number => s !== undefined));
    const positions = poor.commands.flatMap((c, i) => (seqs.has(c.seq) ? [i + 1] : []));
    expect(positions.length).toBeGreaterThan(0);
    for (const index of positions) {
      // the poor play's own report is the fixture's (the same run, rubric and best play): not replayed and evaluated again per command
      const r = whatIf(poor.c, 7, poor.commands, [{ type: "drop", index }], rubric(), undefined, bestPlay(id, poor.c), { base: poor });
      const what = `dropping command ${index} (${poor.commands[index - 1]!.type} by ${poor.commands[index - 1]!.by})`;
      // an accident unit's false report is criticised like the alarm call above: without it the unit reported the
      // accident to nobody, 瞒报 (应急管理部令第14号 第三条), which costs at least what the 谎报 did (review15 mine 1)
      if (r.variantReport.findings.some((f) => f.code === "REPORT_CONCEALED")) {
        expect(r.variant.score, what).toBeLessThanOrEqual(r.base.score!);
        continue;
      }
      expect(r.variant.score, what).toBeGreaterThanOrEqual(r.base.score!);
      if (r.variant.score !== r.base.score) expect(r.diff.findings.length, `command ${index}`).toBeGreaterThan(0);
    }
  });
});
