/**
 * Review19 chemical A1 (issue 10 §1; AQ/T 9009-2015 §7: a problem is reported with the organisation that caused it): the
 * preventable harm several agencies' faults caused is shared by causal share even when a small part no single correction
 * avoids is set apart first. Before: the 0.099 rest switched the sharing off, and the 9.601 the brigade's (F9, F26), the
 * police's (F51) and the township's (F52) corrections avoid stayed 「计入临江县公安局」, the points cell calling it
 * 「单一更正即可避免」, and F52, a named cause, sat among the 0-point notes.
 */
import { describe, expect, it } from "vitest";
import type { Cleared } from "../../engine/evaluate/cause-reruns.ts";
import { shareByReruns } from "../../engine/evaluate/harm-share.ts";
import type { Finding } from "../../engine/evaluate/report-model.ts";
import { isNote, pointsText } from "../../cli/report/text.ts";
import { drill } from "./fixtures.ts";

const fault = (id: string, agency: string): Finding =>
  ({ id, code: "PROTECTIVE_ACTION_LATE", section: "dispatch", agency, atMs: 0, ruleId: id, basis: "", message: { zh: id, en: id }, evidence: { events: [], messages: [], obligations: [] }, quantity: 1, points: 1 }) as Finding;

describe("shareByReruns: the part single corrections avoid, of two agencies' faults, is shared by causal share", () => {
  // hand game: A (agency a) alone avoids 6, B (agency b) alone 2, both 8 (additive): Shapley A 6, B 2; the harm charged is
  // 10 (quantity 1 × 10 points), so 2 remain that neither avoids (20 % ≥ the 1 % threshold): before the fix, 8 「由 A、B 所致」
  // on no one's share
  const a = fault("F1", "a");
  const b = fault("F2", "b");
  const avoidedBy: Record<string, number> = { F1: 6, F2: 2 };
  const cleared = Object.assign((r: Finding) => avoidedBy[r.id]! > 0, {
    avoided: (r: Finding) => avoidedBy[r.id],
    together: (rs: readonly Finding[]) => rs.reduce((s, r) => s + avoidedBy[r.id]!, 0),
    itemPoints: 10,
  }) as Cleared;
  const harm = { ...fault("F9", "a"), code: "OUTCOME_PREVENTABLE_HARM", section: "outcomes" } as Finding;
  const out = shareByReruns(harm, [a, b], [a, b], cleared);

  it("gives each agency its Shapley share of the 8 avoided (a 6, b 2), not the whole to one", () => {
    expect(out.shares).toEqual([{ agency: "a", causes: ["F1"], points: 6 }, { agency: "b", causes: ["F2"], points: 2 }]);
    expect(out.agency).toBeNull();
  });
  it("no longer calls the shared part one a single correction avoids (causedPart unset)", () => {
    expect(out.causedPart).toBeUndefined();
    expect(out.message.zh).toContain("按因果份额分担");
  });
});

describe("chemical leak, poor play, seed 7: F32 shared by the brigade, the police and the township", () => {
  const r = drill("chemical-leak", "poor").report;
  const harm = r.findings.find((f) => f.code === "OUTCOME_PREVENTABLE_HARM")!;
  const town = r.findings.find((f) => f.code === "PROTECTIVE_ACTION_LATE" && f.agency === "town" && f.opportunity === "protect:villagers")!;

  it("shares it between fire, police and town, each a positive part, and no 「计入临江县公安局」", () => {
    const by = Object.fromEntries(harm.shares!.map((s) => [s.agency, s.points]));
    for (const a of ["fire", "police", "town"]) expect(by[a]).toBeGreaterThan(0.5);
    // the brigade's faults avoid the most in the replays (review19 b3: its plugging corrected alone spares 125 injured)
    expect(by.fire).toBeGreaterThan(by.police!);
    expect(harm.message.zh).not.toContain("计入临江县公安局");
  });
  it("the points cell agrees with the message: no 「单一更正」 for what needs four, and the rest has its figure", () => {
    const cell = pointsText(harm, r.sections, r.findings).zh;
    expect(cell).not.toContain("单一更正");
    // the figure the shares stand for (review22 school 3: each agency answers for at least its marginal, 连带)
    const sum = harm.sharedPoints ?? harm.shares!.reduce((s, x) => s + x.points, 0);
    expect(cell).toContain(`其余 ${Math.round(((harm.rubricPoints ?? 0) - sum) * 10_000) / 10_000} 不归于任何单位`);
  });
  it("the township's F52, a named cause bearing a share, is a finding, not a 0-point note", () => {
    expect(harm.causes).toContain(town.id);
    expect(town.points).toBe(0);
    expect(town.sharesIn).toBe(harm.id);
    expect(isNote(town)).toBe(false);
    expect(pointsText(town, r.sections, r.findings).zh).toContain(`分担 ${harm.id} 的可避免伤亡`);
  });
});
