/**
 * Review r15 chemical 6: F1 named the police for the farmer above AEGL-3 while F16 said the farmers' exposure
 * (「江湾村口田间劳作村民 35 人自 00:05:33 起暴露（见 F1）…不归于该单位」) was not the police's. One attribution per group
 * and level: the farmers passed AEGL-2 at 00:05:33, before the police's 110 call at 00:11 (inj-villager-110), so that
 * exposure is on nobody's late response; the best play (farmers moved at 00:12) leaves nobody above AEGL-3, so the
 * one farmer above it got there by staying in the cloud after the police knew, until their 01:05 order (F41).
 * In every shipped scenario's plays no agency is both named and disclaimed for the same people's harm.
 */
import { describe, expect, it } from "vitest";
import type { Finding } from "../../engine/evaluate/report-model.ts";
import { drill, WITH_PLAYS } from "./fixtures.ts";

const DISCLAIM = /不归于该单位/;

/** The contradictions in one report: a disclaimer of agency A pointing at a finding on A it does not except, or an outcome on A about people disclaimed for A. */
function contradictions(findings: readonly Finding[]): string[] {
  const out: string[] = [];
  const byId = new Map(findings.map((f) => [f.id, f]));
  for (const d of findings) {
    if (!DISCLAIM.test(d.message.zh) || d.section !== "outcomes") continue;
    if (!d.apart) { out.push(`${d.id}: disclaims in words only`); continue; }
    for (const m of d.message.zh.matchAll(/见 (F\d+)/g)) {
      const r = byId.get(m[1]!);
      if (r && r.agency === d.apart.agency && !d.apart.except.includes(r.id)) out.push(`${d.id} points at ${r.id}, on the agency it disclaims`);
    }
    for (const h of findings) {
      if (h === d || h.section !== "outcomes" || h.agency !== d.apart.agency || !(h.groups ?? []).some((g) => d.apart!.groups.includes(g))) continue;
      if (!d.apart.except.includes(h.id)) out.push(`${h.id} charges ${h.agency} with people ${d.id} disclaims`);
      else if (!d.message.zh.includes(`见 ${h.id}`)) out.push(`${d.id} excepts ${h.id} without saying so`);
    }
  }
  return out;
}

describe("chemical poor play: the farmers' exposure, one attribution", () => {
  const { report } = drill("chemical-leak", "poor");
  const f1 = report.findings.find((f) => f.code === "OUTCOME_EXPOSED_AEGL3")!;
  const f16 = report.findings.find((f) => f.code === "OUTCOME_EXPOSED_AEGL2")!;
  it("the AEGL-2 finding disclaims the farmers' exposure from 00:05:33 for the police (told 00:11) but excepts the AEGL-3 one, by name", () => {
    expect(f16.agency).toBe("police");
    expect(f16.apart).toEqual({ agency: "police", groups: ["farmers"], except: [f1.id] });
    expect(f16.message.zh).toContain(`江湾村口田间劳作村民 35 人自 00:05:33 起暴露，早于临江县公安局获知事故（00:11:00），该暴露不归于该单位；但其中超过 AEGL-3 者系临江县公安局获知后仍留在毒气中、剂量持续累积所致，归于该单位（见 ${f1.id}）`);
  });
  it("the AEGL-3 finding on the police says why: the group passed AEGL-2 before they knew, AEGL-3 after, through their late move of the farmers", () => {
    expect(f1.agency).toBe("police");
    const late = report.findings.find((f) => f.code === "PROTECTIVE_ACTION_LATE" && f.opportunity === "protect:farmers")!;
    expect(f1.message.zh).toContain(`该群体 00:05:33 起超过 AEGL-2，早于临江县公安局获知事故（00:11:00，该部分见 ${f16.id}），超过 AEGL-3 系获知后仍留在毒气中、剂量持续累积所致（${late.id}），归于该单位`);
  });
});

describe("every shipped scenario: no agency is both named and disclaimed for the same people's harm", () => {
  for (const id of WITH_PLAYS) for (const play of ["poor", "good"] as const) {
    it(`${id} ${play}`, () => {
      expect(contradictions(drill(id, play).report.findings)).toEqual([]);
    });
  }
});
