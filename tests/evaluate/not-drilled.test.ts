/**
 * Duties of agencies a scenario does not play are 未演练, never dropped (review8 chemical 9, mine 14c;
 * issue 10 §12). 493号令 第十条: the emergency bureau, reporting the accident up, notifies the public
 * security organ, the labour department (人社), the trade union (工会) and the procuratorate (检察院);
 * the shipped chemical and mine scenarios have no 工会, 检察院 or 人社 agency.
 * - declared out of scope (scenario `notDrilled:`): listed with the reason, no deduction;
 * - undeclared: a LINKAGE_NOT_NOTIFIED on the notifier (LNK-*-UNION notifiedBy: emergencyBureau) and an
 *   opportunity lost, so the good play is no longer 100.
 */
import { describe, expect, it } from "vitest";
import { compile } from "../../engine/compile.ts";
import { evaluate } from "../../engine/evaluate/evaluate.ts";
import { compiled, playOf, runPlay, SCENARIOS } from "../helpers.ts";
import { bestPlay, drill, rubric } from "./fixtures.ts";

const ART10 = ["tradeUnion", "procuratorate", "humanResources"];

describe.each(["chemical-leak", "mine-flood"])("%s: 493号令 第十条 notices", (id) => {
  it("the shipped scenario declares 工会、检察院、人社 out of scope; the report lists them as 未演练 with that reason, and the good play keeps 100", () => {
    const good = drill(id, "good").report;
    const nd = good.linkage.notDrilled ?? [];
    for (const k of ART10) {
      const d = nd.find((n) => n.agencyKind === k);
      expect(d, k).toBeDefined();
      expect(d!.declared).toBe(true);
      expect(d!.basis).toContain("第十条");
      expect(d!.reason!.zh).toContain("493号令第十条");
    }
    expect(good.findings.filter((f) => f.message.zh.startsWith("未演练"))).toEqual([]);
    expect(good.score).toBe(100);
  });

  it("undeclared, each is a finding on the emergency bureau (the notifier) and the good play is not 100", () => {
    const base = compiled(id);
    const c = compile({ ...base.scenario, notDrilled: base.scenario.notDrilled.filter((n) => !ART10.includes(n.agency)) }, base.rules);
    const r = runPlay(c, playOf(c, `${SCENARIOS}/plays/${id}.good.yaml`));
    const report = evaluate(c, r.events, r.state, rubric(), undefined, bestPlay(id, c));
    const missing = report.findings.filter((f) => f.message.zh.startsWith("未演练"));
    expect(missing.map((f) => f.ruleId).sort()).toEqual(c.rules.linkage[c.scenario.kind].filter((l) => ART10.includes(l.agency)).map((l) => l.id).sort());
    for (const f of missing) {
      expect(f.code).toBe("LINKAGE_NOT_NOTIFIED");
      expect(c.agencies.get(f.agency!)!.kind).toBe("emergencyBureau");
    }
    expect(report.score!).toBeLessThan(100);
    expect((report.linkage.notDrilled ?? []).filter((n) => ART10.includes(n.agencyKind)).every((n) => !n.declared)).toBe(true);
  });
});
