/**
 * Every point lost is lost once, on a named finding (issue 10 §2, §11; review9 school 1, 2 and 4, chemical 2 and
 * 10, mine 1, 3, 4 and 7; credit.ts): a part left undone only as a consequence, never arisen or done by the
 * scenario's inject is set aside (S: out of W − S, deducted from nothing); a fault outside W costs its own points
 * at the section's scale, taken off the total, never diluted by adding to W; a cut drill judges only what was due.
 */
import { describe, expect, it } from "vitest";
import { scoreByOpportunity } from "../../engine/evaluate/credit.ts";
import { evaluate } from "../../engine/evaluate/evaluate.ts";
import { finding } from "../../engine/evaluate/findings.ts";
import type { ReportModel } from "../../engine/evaluate/report-model.ts";
import type { Command } from "../../engine/model/commands.ts";
import { runKeepingReference } from "../../engine/evaluate/references.ts";
import { compiled, ms, playOf, SCENARIOS } from "../helpers.ts";
import { bestPlay, rubric } from "./fixtures.ts";

function run(id: string, edit: (cs: Command[]) => Command[], until?: string, none = false): ReportModel {
  const c = compiled(id);
  const best = bestPlay(id, c);
  const play = none ? [] : edit(playOf(c, `${SCENARIOS}/plays/${id}.poor.yaml`));
  // a drill the director ends at `until` (as --until judges it)
  const commands = until === undefined ? play : [...play.filter((k) => k.at <= ms(until)), { at: ms(until), by: "director", seq: 1_000_000, type: "end" } as Command];
  const r = runKeepingReference(c, 7, commands, best);
  return evaluate(c, r.events, r.state, rubric(), undefined, best);
}
const same = (cs: Command[]) => cs;
const section = (r: ReportModel, id: string) => r.sections.find((s) => s.id === id)!;
const W = (r: ReportModel, id: string) => section(r, id).scoring!.worth;

describe("a fault outside W costs its own points, never diluted (review9 school 1)", () => {
  it("school: F29-like 谎报 to the bureau (a report no rule owed) prints (10 + 4 uncorrected + 4 kept) × 30 / W and dropping it raises the total by that", () => {
    const poor = run("school-fire", same);
    const lie = poor.findings.find((f) => f.code === "REPORT_FALSE" && f.opportunity === undefined && f.ruleId === "RPT-HONEST-FALSE")!;
    // to the cent, give or take the one cent the section's apportioning may move so its findings add up to its deduction (credit.ts)
    // (never corrected to the end: 谎报 10 + the correcting 续报 it owed, 4 (followUpPoints, review18 mine C), in one finding; review16 school 3)
    // (+ the bureau's casualty 续报 to the duty office it kept, 4: the bureau reported up at 00:58 and never learnt the
    // missing pupil, kept-by-lie.ts): 10 + 4 + 4 = 18
    expect(Math.abs(lie.points - ((10 + 4 + 4) * 30) / W(poor, "reporting"))).toBeLessThanOrEqual(0.0101);
    // a missing report in the same section prints 8 × 30 / W: the lie costs more
    const missing = poor.findings.find((f) => f.code === "REPORT_MISSING" && f.points > 0)!;
    expect(lie.points).toBeGreaterThan(missing.points);
    const dropped = run("school-fire", (cs) => cs.filter((c) => !(c.type === "report" && c.by === "sch" && c.to === "eb" && c.at === ms("01:20:00"))));
    // the total rises by at least the points printed on the lie out of the points attainable, 100 × points / A (rounding 0.1)
    const A = poor.sections.reduce((a, s) => a + (s.attainable ?? 0), 0);
    // (its own 10 outside W; the correction's 8 is in W, and with no report it never arises and is set aside, leaving A)
    expect(dropped.score! - poor.score!).toBeGreaterThanOrEqual((100 * ((10 * 30) / W(poor, "reporting"))) / A - 0.1);
  }, 120_000);

  it("every finding's printed points come off the points attainable once: 100 × (A − Σ points) / A", () => {
    for (const id of ["school-fire", "chemical-leak", "mine-flood"]) {
      const r = run(id, same);
      const sum = r.findings.reduce((a, f) => a + f.points, 0);
      // A: each section's weight × (W − S) / W (a not-applicable item leaves the full mark)
      for (const s of r.sections) expect(s.attainable!, `${id} ${s.id}`).toBeCloseTo((s.weight * (s.scoring!.worth - (s.scoring!.unearned ?? 0))) / s.scoring!.worth, 2);
      const A = r.sections.reduce((a, s) => a + s.attainable!, 0);
      // each finding's points are its exact product rounded once (review22 mine B8: never the section's cents apportioned,
      // 1.72 beside 1.71 for the same 6 × 30 / 105), half a cent each at most off it, and each section's deduction is
      // rounded once too: the score from the printed points is within 100 × (n × 0.005 + 4 × 0.005) / A, and 0.05 of rounding
      const charged = r.findings.filter((f) => f.points > 0).length;
      expect(Math.abs(r.score! - (100 * (A - sum)) / A), id).toBeLessThanOrEqual((100 * (charged + 4) * 0.005) / A + 0.05);
      // and a section's rows add up to its deduction
      for (const s of r.sections) expect(Math.round(s.items.reduce((a, it) => a + it.deducted * 100, 0)) / 100, `${id} ${s.id}`).toBeCloseTo(s.deducted, 2);
    }
  }, 180_000);
});

describe("one act earns or loses once: a consequence is set aside, not deducted again (review9 chemical 2, school 2)", () => {
  it("chemical: the duty office's missing city report is F (8) once; its written copy is set aside, named 随 F", () => {
    const poor = run("chemical-leak", same);
    const oral = poor.findings.find((f) => f.code === "REPORT_MISSING" && f.opportunity === "rep:duty>cityduty|first|any")!;
    const written = section(poor, "reporting").scoring!.items!.find((o) => o.id === "rep:duty>cityduty|first|written")!;
    expect(written.unearned).toBe(8);
    expect(written.follows).toEqual([oral.id]);
    // 8 × 30 / W: the set-aside 8 is out of the points attainable (30 × (W − S) / W), not in the deduction
    expect(oral.points).toBeCloseTo((8 * 30) / W(poor, "reporting"), 2);
    const rep = section(poor, "reporting");
    expect(rep.attainable).toBeCloseTo((30 * (rep.scoring!.worth - rep.scoring!.unearned!)) / rep.scoring!.worth, 2);
  }, 120_000);

  it("school: the school's report to the education bureau at 00:25, inside its 00:31:30 limit, scores above the shipped 3½-min-late one", () => {
    const poor = run("school-fire", same);
    const edu = run("school-fire", (cs) => cs.map((c) => (c.type === "report" && c.by === "sch" && c.to === "edu" ? { ...c, at: ms("00:25:00") } : c)));
    // before: 24.0 both (the late report's 4 set against the notice U the inject left either way); r14: both leave out the
    // pupil (漏报伤亡), priced at most 8 − 4 (REPORT_LATE) within the report, so the on-time one keeps the 4 of timeliness
    expect(edu.score!).toBeGreaterThan(poor.score!);
  }, 120_000);
});

describe("a cut drill judges only what was due (review9 chemical 10, mine 4)", () => {
  it("chemical --until 00:30:00, no action: 部门联动 0 — the police's action (due 00:41) neither earned nor lost", () => {
    const r = run("chemical-leak", same, "00:30:00", true);
    const police = section(r, "linkage").scoring!.items!.find((o) => o.id === "link:LNK-CHEM-PSB:police")!;
    // notice 5 only (its action not due), set aside: the 110 call came late because the enterprise never reported
    expect(police.worth).toBe(5);
    expect(section(r, "linkage").score).toBe(0);
  }, 120_000);

  it("mine --until 01:00:00: 信息报告 has nothing due and says 未展示", () => {
    expect(section(run("mine-flood", same, "01:00:00"), "reporting").judged).toBe(false);
  }, 120_000);
});

describe("unplanned faults cost no more than their section's W in all (credit.ts)", () => {
  // by hand: reporting has one report owed (W = 8, REPORT_MISSING's 8 points, met); two 瞒报 in reports nobody owed,
  // 10 rubric points each, outside W: the first takes 8 (the section's budget W), the second 0, both capped "section";
  // at 30 / 8 the first prints 30, the whole section's weight, and no more
  const lie = (id: string) => ({ ...finding({ code: "REPORT_FALSE", section: "reporting", agency: "ent", atMs: 60_000, ruleId: "RPT-HONEST-FALSE", basis: "493号令 第四条", message: { zh: "谎报", en: "false" }, evidence: {} }), id });
  const scored = scoreByOpportunity(rubric(), [lie("F1"), lie("F2")], [{ id: "rep:ent>police|first|any", section: "reporting", failCodes: ["REPORT_MISSING"] }]);
  const [a, b] = scored.findings;

  it("the first takes the budget, 8 rubric points × 30 / 8 = 30; the second nothing, capped by the section", () => {
    expect(a!.rubricPoints).toBe(8);
    expect(a!.counted?.cap).toEqual({ by: "section", at: 8 });
    expect(a!.points).toBe(30);
    expect(b!.rubricPoints).toBe(0);
    expect(b!.counted?.cap?.by).toBe("section");
  });

  it("the section keeps its rate (nothing of W lost) and the total loses its attainable 30: 100 × (30 − 30) / 30 = 0", () => {
    const rep = scored.sections.find((s) => s.id === "reporting")!;
    expect(rep.score).toBe(100);
    expect(rep.attainable).toBe(30);
    expect(rep.outside).toBe(30);
    expect(scored.score).toBe(0);
  });
});
