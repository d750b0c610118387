/**
 * Causal shares that make sense (r27 school item 3; issue 10 §11 and review22 school 3: correcting one agency's fault
 * never raises another agency's charge): over the school poor play's harm finding (the pupil's death, seed 7), each
 * fault among its causes is corrected as the best play does it, one at a time, and no OTHER agency's share of the harm
 * may rise. The poor play's shares (joint-harm.test.ts, hand-worked there): the school 0.114 (its late evacuation
 * signal, LINKAGE_SLOW on LNK-SCH-SCHOOL), the brigade 5.5 (its missing second tender, DISPATCH_INSUFFICIENT on
 * req-engines, and its late search crew, DISPATCH_LATE on req-search). Each correction is the best play's act
 * (scenarios/plays/school-fire.good.yaml): the signal at 00:01:40; the second tender (城东站 cd-e1) with the first at
 * 00:09:30 (review22 v9-fix-tenders); the search crew sent at the 00:07:30 call instead of 00:22:00.
 *
 * NOT YET HOLDING (r27, measured, left for the next round — so not asserted here, and not skipped): correcting either of
 * the brigade's faults raises the SCHOOL's share 0.114 → 5.5 (the tender cd-e1 at 00:09:30, and the search crew at
 * 00:07:30, each one at a time). Cause, read from joint-share.ts: the school's share is its marginal g(N) − g(N ∖ sch);
 * with one brigade fault put right in the play, the brigade's remaining correction without the school's signal no longer
 * avoids the pupil's death, so the school's marginal becomes the whole 5.5. joint-share.ts's header claims the marginal
 * "does not change when another agency's fault is put right": that holds for the school's correction (asserted below),
 * not for the brigade's. Fixing it needs a share rule that is monotone by construction (e.g. shares measured against the
 * shipped play's corrections, not the variant's), an evaluator's decision.
 */
import { describe, expect, it } from "vitest";
import type { Command } from "../../engine/model/commands.ts";
import type { Finding } from "../../engine/evaluate/report-model.ts";
import { schoolVariant } from "./school-variant.ts";

const harmOf = (fs: readonly Finding[]) => fs.find((f) => f.code === "OUTCOME_PREVENTABLE_HARM")!;
const sharesOf = (f: Finding) => new Map((f.shares ?? []).map((s) => [s.agency, s.points]));
const by = (who: string, type: string, unit?: string) => (c: Command) => {
  const x = c as { by?: string; type?: string; units?: unknown };
  return x.by === who && x.type === type && (unit === undefined || JSON.stringify(x.units).includes(unit));
};

describe("school fire, poor play: correcting one agency's fault never raises another agency's share of the harm", () => {
  const poor = harmOf(schoolVariant(undefined, [], true).report.findings);
  const before = sharesOf(poor);

  it("the poor play's shares to compare with (joint-harm.test.ts): the school 0.114, the brigade 5.5", () => {
    expect(Object.fromEntries(before)).toEqual({ sch: 0.114, fire: 5.5 });
  });

  it.each([
    ["sch", "the evacuation signal at 00:01:40 (the school's LINKAGE_SLOW)", by("sch", "evacuate"), [["00:01:40", "sch", { type: "evacuate", place: "school", destination: "playground" }]]],
  ] as Array<[string, string, (c: Command) => boolean, Array<[string, string, Record<string, unknown>]>]>)("%s corrected (%s): no other agency's share rises", (fixed, _what, drop, extra) => {
    const after = sharesOf(harmOf(schoolVariant(drop, extra, true).report.findings));
    const rises = [...after].filter(([a, p]) => a !== fixed && p > (before.get(a) ?? 0) + 1e-4).map(([a, p]) => `${a}: ${before.get(a) ?? 0} → ${p}`);
    expect(rises).toEqual([]);
  }, 300_000);
});
