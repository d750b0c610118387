/**
 * Issue 10 §11, scores that order plays sensibly: for every shipped scenario, doing nothing scores
 * below the poor play and the poor play below the good one, in total and in every section (a
 * section with nothing to judge is 未展示, below any judged score); removing a command that a finding
 * condemns never lowers the score (AQ/T 9009-2015 §7: the report names problems so that correcting
 * them improves the drill); what-if lists the findings that appeared and disappeared. The suite drops
 * the first command of each condemning code (condemned.ts); `npm run check:long` drops every one.
 */
import { describe, expect, it } from "vitest";
import type { ReportModel } from "../../engine/evaluate/report-model.ts";
import { condemned, drop, firstOfEachCode } from "./condemned.ts";
import { drill, noResponse, WITH_PLAYS } from "./fixtures.ts";

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

  it("removing the first command each kind of finding condemns never lowers the poor play's score, and what-if says which findings moved", () => {
    // one command per condemning code in the suite (each a replay with its cause reruns); every condemned command:
    // tests/long/condemned.check.ts (npm run check:long)
    const kept = firstOfEachCode(condemned(poor));
    expect(kept.length).toBeGreaterThan(0);
    for (const { index } of kept) {
      const d = drop(id, poor, index);
      // an accident unit's false report is criticised like a call that understated: without it the unit reported the
      // accident to nobody, 瞒报 (应急管理部令第14号 第三条), which costs at least what the 谎报 did (review15 mine 1)
      if (d.concealed) {
        expect(d.variant, d.what).toBeLessThanOrEqual(d.base);
        continue;
      }
      expect(d.variant, d.what).toBeGreaterThanOrEqual(d.base);
      if (d.variant !== d.base) expect(d.moved, d.what).toBeGreaterThan(0);
    }
  });
});
