/**
 * A 续报 that states fewer casualties than its sender knows, to an office first told a TRUE figure, is one 谎报, not a
 * 漏报 of the casualty 续报 beside a 谎报 (issue 10 §2 each fault once; round 29 decision). Play
 * tests/evaluate/plays/mine-r29-lie-after-true.yaml, seed 7: the mine's first reports say 0 trapped truly (county bureau
 * 00:07, energy bureau 00:08, provincial bureau 00:09); the withdrawal at 00:52 leaves six trapped, which the mine learns
 * at 01:05:50; its 01:50 续报 of the second inrush to all three say 0 trapped again.
 *
 * Expected by hand (493号令 第四条 不得谎报, 第十三条 伤亡人数发生变化的应当及时补报; 应急管理部令第14号 第三条: 故意不如实报告
 * 伤亡人数和涉险人数的，属于谎报; domain.md §1.2, §1.4, §7.3 FALSE = the report contradicts what the engine knows):
 * - each office was owed a casualty 续报 within 30 min of 01:05:50 (county bureau RPT-FU-02, energy bureau RPT-FU-MINE-01,
 *   provincial bureau RPT-FU-MINE-02: due 01:35:50). Each got a 续报, at 01:50, and it was false: the office was not left
 *   without a follow-up, so no REPORT_MISSING on these rules (before the fix: three, one per office, each beside a 谎报).
 * - each 续报 is one REPORT_FALSE on the duty it spoilt (rep:mine>X|fu:1|any), naming that duty (its rule, due 01:35:50)
 *   and the report (m32, m33, m34). Price (rubric points): the spoilt 续报 is a mine 续报's worth, 4 each; the honesty
 *   points beyond it (REPORT_FALSE 10 − 4 = 6) once for the mine (one-lie.ts beyondOnce: its first 谎报, the county
 *   bureau's): 10 + 4 + 4 = 18. Before the fix: 3 × 4 (REPORT_MISSING) + 3 × 4 (the second-inrush 续报 spoilt) + 6 = 30.
 * - the second-inrush 续报 (known 01:32, due 02:02) each report carried on time is the report's own: lost 0.
 */
import { describe, expect, it } from "vitest";
import { evaluate } from "../../engine/evaluate/evaluate.ts";
import { compiled, playOf } from "../helpers.ts";
import { bestPlay, rubric } from "./fixtures.ts";
import { runKeepingReference } from "../../engine/evaluate/references.ts";

const mine = compiled("mine-flood");
const best = bestPlay("mine-flood", mine);
const commands = playOf(mine, "tests/evaluate/plays/mine-r29-lie-after-true.yaml");
const run = runKeepingReference(mine, 7, commands, best);
const r = evaluate(mine, run.events, run.state, rubric(), undefined, best, { commands });
const H = 3_600_000;
const MIN = 60_000;
const RULES = { eb: "RPT-FU-02", coalsup: "RPT-FU-MINE-01", msp: "RPT-FU-MINE-02" } as const;
const items = r.sections.flatMap((s) => s.scoring?.items ?? []);

describe("a false 续报 to an office first told the truth is one 谎报, not a 漏报 besides", () => {
  it("no casualty 续报 is found missing: each office got one, false", () => {
    for (const rule of Object.values(RULES)) expect(r.findings.filter((f) => f.ruleId === rule && f.agency === "mine")).toEqual([]);
  });

  for (const [to, rule] of Object.entries(RULES)) {
    it(`${to}: one REPORT_FALSE at 01:50 on the casualty 续报 it spoilt (${rule}, due 01:35:50)`, () => {
      const lies = r.findings.filter((f) => f.code === "REPORT_FALSE" && f.agency === "mine" && f.opportunity?.startsWith(`rep:mine>${to}|`) === true);
      expect(lies).toHaveLength(1);
      expect(lies[0]!.atMs).toBe(H + 50 * MIN);
      expect(lies[0]!.opportunity).toBe(`rep:mine>${to}|fu:1|any`);
      expect(lies[0]!.evidence.obligations).toEqual([`${rule}:mine>${to}:1`]);
      expect(lies[0]!.message.zh).toContain("报告被困（涉险）人员 0，而其当时已知被困（涉险）人员 6");
      expect(lies[0]!.message.zh).toContain(`（${rule}，时限 01:35:50），已续报而不实，计谎报一次，不另计漏报`);
      // the 续报 of the second inrush it carried on time is not lost
      expect(items.find((o) => o.id === `rep:mine>${to}|fu:secondInrush|any`)!.lost).toBe(0);
    });
  }

  it("priced once: 4 per spoilt 续报, the 6 honesty points beyond once for the mine: 18 rubric points in all", () => {
    const lies = r.findings.filter((f) => f.code === "REPORT_FALSE" && f.agency === "mine" && f.relayed !== true);
    expect(lies.map((f) => f.evidence.messages[0])).toEqual(["m32", "m33", "m34"]);
    expect(lies.map((f) => f.rubricPoints)).toEqual([10, 4, 4]);
    // everything the mine's 续报 to the three offices cost (lies and missing 续报 alike): 18, not 30
    const fu = r.findings.filter((f) => f.agency === "mine" && /^rep:mine>(eb|coalsup|msp)\|fu:/.test(f.opportunity ?? ""));
    expect(fu.reduce((a, f) => a + (f.rubricPoints ?? 0), 0)).toBe(18);
  });
});
