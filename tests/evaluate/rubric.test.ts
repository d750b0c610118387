/**
 * Rubrics are data: weights per section and item, items mapped to AQ/T 9009 Annex A areas,
 * an office's own deduction profile, and evaluators' observations shown beside the findings.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { evaluate } from "../../engine/evaluate/evaluate.ts";
import { finding } from "../../engine/evaluate/findings.ts";
import type { FindingCode } from "../../engine/evaluate/report-model.ts";
import { applyRubric } from "../../engine/evaluate/score.ts";
import { ANNEX_A_AREAS, FINDING_CODES, parseObservations, parseRubric } from "../../engine/scenario/rubric-schema.ts";
import { Scenario } from "../../engine/scenario/schema.ts";
import { parseYaml } from "../../engine/scenario/yaml-source.ts";
import { bestPlay, drill, rubric } from "./fixtures.ts";

const f = (code: FindingCode, quantity = 1) => finding({ code, section: "reporting", agency: "ent", atMs: 0, ruleId: "X", basis: "b", message: { zh: "z", en: "e" }, evidence: { events: [0] }, quantity });

describe("rubric profiles in scenarios/rubrics", () => {
  for (const id of ["default", "office"]) {
    it(`${id}: sections weigh 100 in all, every item maps to an Annex A area, and every finding code is scored`, () => {
      const r = rubric(id);
      expect(r.sections.reduce((s, x) => s + x.weight, 0)).toBe(100);
      for (const s of r.sections) for (const it of s.items) expect(ANNEX_A_AREAS[it.annexA]).toBeDefined();
      const scored = r.sections.flatMap((s) => s.items.flatMap((it) => it.codes));
      // every code but the ones reported without deduction by design (an indicative arrival standard, a 防护提示)
      expect([...scored].sort()).toEqual(FINDING_CODES.filter((c) => c !== "ARRIVAL_INDICATIVE" && c !== "PROTECTION_ADVISORY").sort());
    });
  }

  it("office profile: 迟报, 谎报, 漏报 and 瞒报 cost 1, 2, 3 and 4 points of the 100", () => {
    const office = rubric("office");
    const each = (code: FindingCode) => 100 - applyRubric(office, [f(code)]).score;
    expect([each("REPORT_LATE"), each("REPORT_FALSE"), each("REPORT_MISSING"), each("REPORT_CONCEALED")]).toEqual([1, 2, 3, 4]);
    const all = applyRubric(office, [f("REPORT_LATE"), f("REPORT_FALSE"), f("REPORT_MISSING"), f("REPORT_CONCEALED")]);
    expect(all.score).toBe(90);
    expect(all.sections.find((s) => s.id === "reporting")).toMatchObject({ deducted: 10, score: 66.7 });
  });

  it("caps an item at its cap and a section at its weight, and shows the points each finding actually cost", () => {
    const d = rubric();
    const many = applyRubric(d, Array.from({ length: 10 }, () => f("REPORT_LATE")));
    expect(many.sections.find((s) => s.id === "reporting")!.deducted).toBe(16);
    expect(many.findings.map((x) => x.points)).toEqual([4, 4, 4, 4, 0, 0, 0, 0, 0, 0]);
    const flood = applyRubric(d, [f("REPORT_FALSE"), f("REPORT_FALSE"), f("REPORT_FALSE"), f("REPORT_MISSING"), f("REPORT_MISSING")]);
    expect(flood.sections.find((s) => s.id === "reporting")).toMatchObject({ deducted: 30, score: 0 });
    expect(flood.score).toBe(70);
  });

  it("deducts per person for outcome quantities", () => {
    const people = applyRubric(rubric(), [finding({ code: "OUTCOME_EXPOSED_AEGL2", section: "outcomes", agency: null, atMs: 0, ruleId: "O", basis: "b", message: { zh: "z", en: "e" }, evidence: { events: [0] }, quantity: 50 })]);
    expect(people.findings[0]!.points).toBe(1);
    expect(people.score).toBe(99);
  });

  it("the same log scores differently under the office profile, with the same findings", () => {
    // the mine's poor play (its late and missing reports weigh 1 and 3 there, 4 and 8 by default); the chemical play's
    // totals now round to the same 34.8 (reporting 10.5 against 10.6)
    const { c, events, state, report } = drill("mine-flood", "poor");
    const office = evaluate(c, events, state, rubric("office"), undefined, bestPlay("mine-flood", c));
    expect(office.findings.map((x) => x.code)).toEqual(report.findings.map((x) => x.code));
    expect(office.score).not.toBe(report.score);
    expect(office.rubric.id).toBe("office");
  });

  it("rejects a profile whose weights do not add up to 100, or that scores one code twice, with the line", () => {
    const text = readFileSync("scenarios/rubrics/default.yaml", "utf8");
    const bad = parseRubric(text.replace("weight: 30\n", "weight: 35\n"), "bad.yaml");
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.problems[0]!.message).toContain("add up to 105");
    const twice = parseRubric(text.replace("codes: [REPORT_MISSING]", "codes: [REPORT_MISSING, REPORT_LATE]"), "twice.yaml");
    expect(twice.ok).toBe(false);
    if (!twice.ok) {
      expect(twice.problems[0]!.message).toContain("REPORT_LATE is already scored");
      expect(twice.problems[0]!.line).toBeGreaterThan(20);
    }
  });

  it("lets a scenario name a profile or carry one inline under `rubric:`", () => {
    const src = parseYaml(readFileSync("scenarios/chemical-leak.yaml", "utf8"), "s.yaml");
    if (!src.ok) throw new Error("yaml");
    const data = src.source.data as Record<string, unknown>;
    expect(Scenario.safeParse({ ...data, rubric: "office" }).success).toBe(true);
    expect(Scenario.safeParse({ ...data, rubric: rubric("office") }).success).toBe(true);
    expect(Scenario.safeParse({ ...data, rubric: { id: "x" } }).success).toBe(false);
  });
});

describe("evaluators' observations", () => {
  const file = `
drill: chemical-leak 2026-05-14
observations:
  - at: "01:05:00"
    evaluator: 评估员乙
    section: outcomes
    rating: notMet
    text: 公安在毒气团未过时组织群众步行疏散
    justification: 疏散路线穿过下风向，应先就地避险
  - at: "00:12:30"
    evaluator: 评估员甲
    section: dispatch
    agency: fire
    annexA: resourceManagement
    rating: notMet
    text: 消防指挥员派城东站水罐车执行堵漏
    justification: 水罐车无堵漏器材、无A级防护
`;

  it("appear in the report in time order next to the findings, and never change the score", () => {
    const obs = parseObservations(file, "obs.yaml");
    expect(obs.ok).toBe(true);
    if (!obs.ok) return;
    const plain = drill("chemical-leak", "poor");
    const withObs = evaluate(plain.c, plain.events, plain.state, rubric(), obs.value, bestPlay("chemical-leak", plain.c), { commands: plain.commands });
    expect(withObs.observations.map((o) => [o.atMs, o.evaluator])).toEqual([[750_000, "评估员甲"], [3_900_000, "评估员乙"]]);
    expect(withObs.score).toBe(plain.report.score);
    expect(withObs.findings).toEqual(plain.report.findings);
  });

  it("reject an observation without a justification or with an unknown rating, with the line", () => {
    const bad = parseObservations(file.replace("    rating: notMet\n    text: 公安", "    rating: bad\n    text: 公安").replace("    justification: 疏散路线穿过下风向，应先就地避险\n", ""), "obs.yaml");
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.problems.map((p) => p.path.join("."))).toEqual(expect.arrayContaining(["observations.0.rating", "observations.0.justification"]));
      expect(bad.problems.find((p) => p.path.join(".") === "observations.0.rating")!.line).toBe(7);
    }
  });
});

describe("the report names the rubric it was scored with (AQ/T 9009-2015 §7.2: the report states its criteria)", () => {
  it("id, title and basis of scenarios/rubrics/default.yaml", () => {
    const { report } = drill("chemical-leak", "poor");
    expect(report.rubric).toEqual({
      id: "default",
      title: { zh: "默认评估标准（信息报告、部门联动、力量调派、处置结果）", en: "Default rubric (reporting, linkage, dispatch, outcomes)" },
      basis: "生产安全事故应急演练评估规范（AQ/T 9009-2015）附录A；生产安全事故报告和调查处理条例（国务院令第493号）第四、九至十三条",
    });
  });
});
