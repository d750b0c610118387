/**
 * A 续报 that repeats a 谎报 corrects nothing (issue 10 §2 each fault once, §7 reports as evaluators read them; review r28
 * mine). Play tests/evaluate/plays/mine-r28-relie.yaml, seed 7: the withdrawal at 00:52 leaves six trapped, which the mine
 * learns at 01:05:50 (the positioning inject); its first report to the county bureau at 01:08 says 0 trapped (谎报); its
 * 01:50 续报 of the second inrush to the bureau, the energy bureau and the provincial bureau say 0 trapped again.
 *
 * Expected by hand (493号令 第四条 不得谎报, 第十三条 伤亡人数发生变化的应当及时补报; domain.md §1, §7):
 * - the 01:08 谎报 to the bureau opens the correcting 续报 (RPT-FU-02, the county's 30 min: due 01:38). The 01:50 续报 states
 *   0 trapped while the mine knows 6: it is not that correction, so there is NO late correction (REPORT_LATE RPT-FU-02 on
 *   the mine; before this fix: 0.71, half a 续报, as if corrected 12 min late) and the 01:08 谎报 stands uncorrected to the
 *   end: one finding, marked `stood`, saying "至演练结束未向岭北县应急管理局续报更正". Before the fix the 01:08 finding
 *   read as corrected while the 01:50 one said "never corrected": the same lie told as two faults.
 * - round 29 (issue 10 §2, each fault once): the 01:50 report to the bureau repeats the 谎报 the bureau already holds and
 *   misleads nobody anew: no finding of its own (one-lie.ts foldRepeatedLies). The 01:08 finding names both reports
 *   (m23, m32) and says the repeat. The lie to the bureau costs once: the first report it spoilt (8 rubric points), the
 *   honesty points beyond it (REPORT_FALSE 10 − 8 = 2) and the correcting 续报 never made (RPT-FU-02, 4): 14. Before,
 *   the 01:50 report's second-inrush 续报 (4) was charged again for the same figure: 18. That 续报 told the second inrush on
 *   time (known 01:32, due 02:02), so it is the report's own and not lost (lost 0 on rep:mine>eb|fu:secondInrush).
 * - an explicit "unknown" of a figure the sender knows is no figure either (honesty.ts: "not known yet" of what it knew is
 *   concealment): it would leave the correction owed too. Only a 续报 stating ≥ 6 trapped corrects.
 * - the energy bureau's casualty 续报 (RPT-FU-MINE-01: trapped known 01:05:50, 30 min: due 01:35:50) is never met: the
 *   01:50 report says 0 trapped, so not "late at 01:50" (before r28: REPORT_LATE, 14 min 10 s). Round 29: nor a
 *   REPORT_MISSING beside the 谎报 (r28): the bureau, first told truly at 00:08, got its 续报 and it was false, one 谎报 on
 *   that duty (corrections.ts answeredByLie; tests/evaluate/mine-r29-lie-after-true.test.ts).
 * Play tests/evaluate/plays/mine-r28-relie-true.yaml: the same, but the 01:50 续报 to the bureau gives 6 trapped. That IS
 * the correction, 12 min after its 01:38 deadline: REPORT_LATE RPT-FU-02, one started window of 30 min → half the 续报
 * (late-correction.ts): 0.71, half of a mine 续报's whole 1.43 (its 01:50 one to the energy bureau, spoilt by its figures); the 01:08
 * 谎报 is then not `stood`.
 */
import { describe, expect, it } from "vitest";
import { evaluate } from "../../engine/evaluate/evaluate.ts";
import type { ReportModel } from "../../engine/evaluate/report-model.ts";
import { compiled, playOf } from "../helpers.ts";
import { bestPlay, rubric } from "./fixtures.ts";
import { runKeepingReference } from "../../engine/evaluate/references.ts";

const mine = compiled("mine-flood");
const best = bestPlay("mine-flood", mine);
function judge(file: string): ReportModel {
  const commands = playOf(mine, file);
  const r = runKeepingReference(mine, 7, commands, best);
  return evaluate(mine, r.events, r.state, rubric(), undefined, best, { commands });
}
const H = 3_600_000;
const MIN = 60_000;

describe("a 续报 repeating the 谎报 is the same lie going on, not a late correction", () => {
  const r = judge("tests/evaluate/plays/mine-r28-relie.yaml");
  const lies = r.findings.filter((f) => f.code === "REPORT_FALSE" && f.ruleId === "RPT-HONEST-FALSE" && f.agency === "mine");

  it("no late correction of the 01:08 谎报: the 01:50 '0 trapped' corrects nothing", () => {
    expect(r.findings.filter((f) => f.code === "REPORT_LATE" && f.ruleId === "RPT-FU-02" && f.agency === "mine")).toEqual([]);
  });

  it("the 01:08 谎报 to the bureau stands uncorrected, found once", () => {
    const first = lies.find((f) => f.atMs === H + 8 * MIN)!;
    expect(first.message.zh).toContain("向岭北县应急管理局的初报报告被困（涉险）人员 0，而其当时已知被困（涉险）人员 6");
    expect(first.message.zh).toContain("至演练结束未向岭北县应急管理局续报更正");
    expect(first.stood).toBeDefined();
    // one 谎报 left standing: the repeat at 01:50 is no second uncorrected lie
    expect(lies.filter((f) => f.stood !== undefined)).toHaveLength(1);
    // the 01:50 repeat to the bureau is no second finding: the one 谎报 names both reports and says the repeat
    expect(lies.filter((f) => f.opportunity?.startsWith("rep:mine>eb|") === true).map((f) => f.id)).toEqual([first.id]);
    expect(first.evidence.messages).toEqual(["m23", "m32"]);
    expect(first.message.zh).toContain("01:50:00 向岭北县应急管理局的续报重复该谎报，未作更正，仍为同一谎报，只计一次");
  });

  it("the lie to the bureau costs once: first report 8 + honesty beyond 2 + the correction never made 4, not the 01:50 续报 again", () => {
    const first = lies.find((f) => f.atMs === H + 8 * MIN)!;
    expect(first.rubricPoints).toBe(14);
    const items = r.sections.flatMap((s) => s.scoring?.items ?? []);
    const second = items.find((o) => o.id === "rep:mine>eb|fu:secondInrush|any")!;
    expect(second.lost).toBe(0);
    expect(second.findings).toEqual([]);
  });

  it("the energy bureau's casualty 续报 (due 01:35:50) is not met late by a report of 0 trapped: that report is its 谎报", () => {
    expect(r.findings.filter((f) => f.ruleId === "RPT-FU-MINE-01" && f.agency === "mine")).toEqual([]);
    const fu = r.findings.filter((f) => f.opportunity === "rep:mine>coalsup|fu:1|any");
    expect(fu.map((f) => f.code)).toEqual(["REPORT_FALSE"]);
    expect(fu[0]!.atMs).toBe(H + 50 * MIN);
  });
});

describe("a 续报 giving the true figure late is still a late correction, priced as before", () => {
  const r = judge("tests/evaluate/plays/mine-r28-relie-true.yaml");

  it("REPORT_LATE RPT-FU-02 on the mine: due 01:38, made 01:50, half the 续报", () => {
    const late = r.findings.filter((f) => f.code === "REPORT_LATE" && f.ruleId === "RPT-FU-02" && f.agency === "mine");
    expect(late).toHaveLength(1);
    expect(late[0]!.message.zh).toContain("时限 01:38:00，实际 01:50:00 报告，超时 12分钟");
    expect(late[0]!.quantity).toBe(0.5);
    // a whole follow-up of the mine's is 1.43 (its 01:50 one to the energy bureau, spoilt whole by its false figures): half
    const whole = r.findings.find((f) => f.code === "REPORT_FALSE" && f.agency === "mine" && f.atMs === H + 50 * MIN && f.message.zh.includes("向岭北县能源局"))!;
    expect(whole.points).toBeCloseTo(1.43, 2);
    expect(late[0]!.points).toBeCloseTo(whole.points / 2, 1);
  });

  it("the 01:08 谎报 is corrected, so not left standing", () => {
    const first = r.findings.find((f) => f.code === "REPORT_FALSE" && f.agency === "mine" && f.atMs === H + 8 * MIN)!;
    expect(first.stood).toBeUndefined();
    expect(first.message.zh).not.toContain("未更正");
  });
});
