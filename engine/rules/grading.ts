/**
 * Incident grading per 493号令 第三条: each criterion (deaths, serious injuries, direct loss)
 * gives a grade; "以上" includes the boundary number; the highest grade (lowest number) wins.
 */
import type { Grade } from "../model/state.ts";
import type { RulesProfile } from "../scenario/rules-schema.ts";

export type Criterion = "deaths" | "seriousInjuries" | "lossCNY";

export function gradeIncident(rules: RulesProfile, deaths: number, seriousInjuries: number, lossCNY: number): { grade: Grade; criterion: Criterion } {
  let best: { grade: Grade; criterion: Criterion } = { grade: 4, criterion: "deaths" };
  for (const t of rules.grading.thresholds) {
    const hits: Criterion[] = [];
    if (deaths >= t.deaths) hits.push("deaths");
    if (seriousInjuries >= t.seriousInjuries) hits.push("seriousInjuries");
    if (lossCNY >= t.lossCNY) hits.push("lossCNY");
    if (hits.length > 0 && t.grade < best.grade) best = { grade: t.grade as Grade, criterion: hits[0]! };
  }
  return best;
}

