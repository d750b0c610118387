/**
 * When an agency could know the incident's grade (issue 10 §5; 493号令 第三条 grades by deaths and
 * serious injuries). A rule that applies only after a re-grade (较大 and above: CTY-02, CTY-UP-02,
 * RPT-GOV-02) starts its clock for an agency when that agency received information showing the
 * higher grade, not when the engine re-graded on the ground truth. Sources, dated by their events:
 * an inject revealing casualties delivered to it, a report to it stating casualties, a report
 * from it (what it knew or had been told when it sent it). An agency whose own units counted the
 * casualties on scene (no event dates that) knew them when it was the grade, from its first rescue
 * or treatment task. Casualty figures accumulate per category (the highest heard of each).
 */
import { gradeIncident } from "../rules/grading.ts";
import { statedFigures } from "../rules/report-fields.ts";
import type { Casualties } from "../model/state.ts";
import type { EvalContext, ObligationTrace } from "./context.ts";

/** Grade names, 493号令 第三条; in English the usual renderings of 特别重大/重大/较大/一般 with the grade number (Grade I–IV). */
export const GRADE_TEXT: Record<number, { zh: string; en: string }> = {
  1: { zh: "特别重大", en: "especially serious (Grade I)" },
  2: { zh: "重大", en: "serious (Grade II)" },
  3: { zh: "较大", en: "relatively serious (Grade III)" },
  4: { zh: "一般", en: "ordinary (Grade IV)" },
};

/**
 * The grades a report obligation needs when its rule applied only after a re-grade by casualties
 * (the incident started below them, the scenario is not one the rule covers as sensitive); undefined
 * for every other obligation (its clock is the rule's own: occurrence or receipt).
 */
export function gradeClock(x: EvalContext, t: ObligationTrace): readonly number[] | undefined {
  if (t.ob.kind !== "report") return undefined;
  const rule = x.c.rules.reporting.find((r) => r.id === t.ob.ruleId);
  if (!rule || (rule.when.orSensitive && x.c.scenario.sensitive)) return undefined;
  const changes = x.events.filter((e) => e.type === "gradeChanged" && e.at <= t.ob.openedAtMs);
  const first = changes[0];
  if (first?.type !== "gradeChanged" || rule.when.grades.includes(first.from)) return undefined;
  // a re-grade by direct loss is nothing an agency hears of through casualty figures: the engine's time stands
  const last = changes[changes.length - 1]!;
  return last.type === "gradeChanged" && last.criterion !== "lossCNY" ? rule.when.grades : undefined;
}

/** When `agency` first held casualty figures that grade the incident within `grades` (undefined: never). */
export function gradeKnownAt(x: EvalContext, agency: string, grades: readonly number[]): number | undefined {
  const heard: Casualties = { deaths: 0, seriousInjuries: 0, injured: 0, missing: 0 };
  const hear = (c: Partial<Casualties> | undefined) => {
    heard.deaths = Math.max(heard.deaths, c?.deaths ?? 0);
    heard.seriousInjuries = Math.max(heard.seriousInjuries, c?.seriousInjuries ?? 0);
  };
  const within = () => grades.includes(gradeIncident(x.c.rules, heard.deaths, heard.seriousInjuries, 0).grade);
  for (const e of x.events) {
    if (e.type === "injectDelivered" && e.to.includes(agency)) hear(x.c.injects.get(e.inject)?.reveals?.casualties as Partial<Casualties> | undefined);
    else if (e.type === "reportSubmitted" && e.to === agency && e.content.casualties) hear(statedFigures(e.content.casualties));
    else if (e.type === "reportSubmitted" && e.from === agency) {
      hear(e.senderKnew);
      hear(e.senderWasTold);
    } else continue;
    if (within()) return e.at;
  }
  // counted by its own units on scene (knowledge/observe.ts): no event dates it, so from when both the grade and its count held
  const k = x.state.knowledge.find((kn) => kn.agency === agency);
  hear(k?.knownCasualties);
  if (!within()) return undefined;
  const regraded = x.events.find((e) => e.type === "gradeChanged" && grades.includes(e.to))?.at ?? 0;
  const counting = x.events.find((e) => e.type === "taskStarted" && (e.task === "rescue" || e.task === "treat") && x.c.units.get(e.unit)?.agency === agency);
  return Math.max(regraded, counting?.at ?? regraded);
}

/**
 * The report an agency owed for the grade it knew, when it was told of the incident before it knew
 * the higher grade and the engine never opened that lower-grade duty for it (the grade had already
 * risen at its receipt): e.g. the duty office told of a "一般" incident at 01:18 still owes the city
 * its 1-hour report (CTY-UP-01) by 02:18, whatever 较大 rule it learns of later. The rule with the
 * same reporter and addressee that covers the incident's first grade, in the same mode or any;
 * counted from the agency's receipt (an occurrence clock runs for it from then too, own-window.ts).
 */
export function lowerGradeDue(x: EvalContext, t: ObligationTrace, told: number | undefined): { dueMs: number; grade: number; ruleId: string } | undefined {
  const rule = x.c.rules.reporting.find((r) => r.id === t.ob.ruleId);
  const first = x.events.find((e) => e.type === "gradeChanged");
  if (!rule || told === undefined || first?.type !== "gradeChanged") return undefined;
  const lower = x.c.rules.reporting.find((r) =>
    r.from === rule.from && r.to === rule.to && r.when.grades.includes(first.from) && (r.mode === rule.mode || (r.mode === "any" && rule.mode !== "written"))
    && (!r.scenarioKinds || r.scenarioKinds.includes(x.c.scenario.kind)) && !(r.notSensitive && x.c.scenario.sensitive));
  if (!lower || x.obligations.some((o) => o.ob.ruleId === lower.id && o.ob.agency === t.ob.agency && o.ob.to === t.ob.to)) return undefined;
  return { dueMs: told + lower.withinMin * 60_000, grade: first.from, ruleId: lower.id };
}
