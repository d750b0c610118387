/**
 * Control of the hazard (处置结果: 危险源控制; AQ/T 9009-2015 附录A 现场控制及恢复). What "controlled"
 * means and its target come from the rules profile for the hazard (issue 10 §8). A target the
 * scenario's best play cannot meet is not charged (issue 10 §6, the same principle as the school's
 * evacuation time): when the best play is in control only later, that later time, rounded up to whole
 * minutes, is the target; when it is not in control by this drill's time either, "not under control"
 * is stated without deduction (quantity 0), for nobody's response could have done it.
 */
import type { LocalText } from "../model/ids.ts";
import type { SimMs } from "../model/time.ts";
import { MINUTE } from "../model/time.ts";
import type { RubricProfile } from "../scenario/rubric-schema.ts";
import { asOf, clock, span, type EvalContext } from "./context.ts";
import { finding } from "./findings.ts";
import type { Finding, OutcomeFigures, Strength } from "./report-model.ts";

const BASIS_CONTROL = "生产安全事故应急演练评估规范（AQ/T 9009-2015）附录A 现场控制及恢复";

/** The best play's control, replayed to this drill's time: `atMs` undefined when it was not in control by then. */
export interface BestControl {
  atMs: SimMs | undefined;
}

/**
 * The control target in minutes from the accident (scenario `incidentAt`, issue 10 §5; undefined: none
 * set): the rules profile's or the rubric's, or the best play's own time rounded up to whole minutes when
 * that is later (`bestLater`); `dueMs`, the drill time it falls due.
 */
export function controlDue(x: EvalContext, rubric: RubricProfile, best?: BestControl): { dueMin: number | undefined; dueMs: number | undefined; bestLater: number | undefined } {
  const target = x.c.rules.control[x.c.scenario.kind]?.withinMin ?? rubric.targets.controlWithinMin;
  const from = x.c.incidentAtMs;
  const bestLater = best?.atMs !== undefined && target !== undefined && best.atMs > from + target * MINUTE ? Math.ceil((best.atMs - from) / MINUTE) : undefined;
  const dueMin = bestLater ?? target;
  return { dueMin, dueMs: dueMin !== undefined ? from + dueMin * MINUTE : undefined, bestLater };
}

/**
 * What "not under control" is called for each hazard (issue 10 §8: 火势未控制, not 危险源未控制); the
 * message opens with it and the report names the finding by it (cli/report/text.ts CODE_VARIANTS).
 */
export const NOT_CONTROLLED: Readonly<Record<string, LocalText>> = {
  "school-fire": { zh: "火势未控制", en: "Fire not under control" },
  "mine-flood": { zh: "水情未控制", en: "Water not under control" },
  "chemical-leak": { zh: "泄漏未控制", en: "Leak not stopped" },
};

/** The control rows and headline in each hazard's own words (review9 school 10e: no 危险源 in a fire report). */
export const CONTROL_WORDS: Readonly<Record<string, { late: LocalText; at: LocalText }>> = {
  "school-fire": { late: { zh: "火势控制超时（每分钟）", en: "Fire under control late (per minute)" }, at: { zh: "火势控制时间", en: "Fire under control at" } },
  "mine-flood": { late: { zh: "水情控制超时（每分钟）", en: "Water under control late (per minute)" }, at: { zh: "水情控制时间", en: "Water under control at" } },
  "chemical-leak": { late: { zh: "泄漏控制超时（每分钟）", en: "Leak stopped late (per minute)" }, at: { zh: "泄漏控制时间", en: "Leak stopped at" } },
};

/** Findings and strengths on control. `best`: absent when the scenario names no best play. */
export function controlFindings(x: EvalContext, f: OutcomeFigures, rubric: RubricProfile, best?: BestControl): { findings: Finding[]; strengths: Strength[] } {
  const control = x.c.rules.control[x.c.scenario.kind];
  const meaning = control?.text ?? { zh: "危险源被控制", en: "the hazard under control" };
  const basis = control ? `${control.basis}；${BASIS_CONTROL}` : BASIS_CONTROL;
  const hazardEvents = x.events.map((e, i) => (e.type === "hazardChanged" ? i : -1)).filter((i) => i >= 0);
  const { dueMin, dueMs, bestLater } = controlDue(x, rubric, best);
  const why = bestLater !== undefined
    ? { zh: `（最佳处置于 ${clock(best!.atMs!)} 才实现控制，目标按其取整为 ${bestLater} 分钟）`, en: ` (the best play is in control only at ${clock(best!.atMs!)}, so the target is ${bestLater} min)` }
    : { zh: "", en: "" };
  const findings: Finding[] = [];
  const strengths: Strength[] = [];
  if (!f.controlled) {
    const unreachable = best !== undefined && best.atMs === undefined;
    findings.push(finding({
      // the control target not yet reached when the drill stopped is not yet due (not-due.ts)
      code: "HAZARD_NOT_CONTROLLED", section: "outcomes", opportunity: "outcomes", agency: x.c.scenario.leadAgency, atMs: Math.max(x.endMs, dueMs ?? 0), ruleId: "OUT-CONTROL", basis,
      ...(unreachable ? { quantity: 0 } : {}),
      message: prefixed(NOT_CONTROLLED[x.c.scenario.kind], unreachable
        ? { zh: `${asOf(x).until.zh}未实现控制：${meaning.zh}；最佳处置在同一时段内也未能实现，不扣分`, en: `Not under control ${asOf(x).until.en} (the target: ${meaning.en}); the best play does not reach it in this time either, so nothing is deducted` }
        : { zh: `${asOf(x).until.zh}未实现控制：${meaning.zh}${why.zh}`, en: `Not under control ${asOf(x).until.en} (the target: ${meaning.en})${why.en}` }),
      evidence: { events: [...hazardEvents, x.endEvent] },
    }));
  } else if (f.controlledAtMs !== undefined) {
    // the hazard's own change nearest the control time ("火势得到控制" at 00:17:14 for control reached at 00:17:15), not the next one after it (review8 school 12)
    const nearAt = nearest(x, hazardEvents, f.controlledAtMs);
    const near = nearAt === undefined ? [x.endEvent] : hazardEvents.filter((i) => x.events[i]!.at === x.events[nearAt]!.at);
    const late = dueMs !== undefined ? f.controlledAtMs - dueMs : 0;
    if (late > 0) {
      findings.push(finding({
        code: "HAZARD_CONTROL_LATE", section: "outcomes", opportunity: "outcomes", agency: x.c.scenario.leadAgency, atMs: f.controlledAtMs, ruleId: "OUT-CONTROL", basis, quantity: Math.ceil(late / MINUTE),
        message: { zh: `控制迟延：${clock(f.controlledAtMs)} 才实现“${meaning.zh}”，超出目标（事发后 ${dueMin} 分钟）${span(late).zh}${why.zh}`, en: `Control late: the target (${meaning.en}) was met only at ${clock(f.controlledAtMs)}, ${span(late).en} beyond the target (${dueMin} min from the incident)${why.en}` },
        evidence: { events: near },
      }));
    } else {
      // in the hazard's own words (control.<kind>.text: 火势得到控制), never a generic 危险源 (issue 10 §8)
      strengths.push({ section: "outcomes", agency: controlledBy(x, control?.tasks ?? [], f.controlledAtMs), message: { zh: `${clock(f.controlledAtMs)} 实现控制：${meaning.zh}${dueMin !== undefined ? `（目标 ${dueMin} 分钟内）` : ""}`, en: `Under control at ${clock(f.controlledAtMs)} (${meaning.en})${dueMin !== undefined ? `, within the ${dueMin}-min target` : ""}` }, evidence: { events: near, messages: [], obligations: [] }, work: [...(control?.tasks ?? [])] });
    }
  }
  return { findings, strengths };
}

/** "火势未控制：<message>" when the hazard has its own name for it. */
function prefixed(name: LocalText | undefined, m: LocalText): LocalText {
  return name ? { zh: `${name.zh}：${m.zh}`, en: `${name.en}: ${m.en}` } : m;
}

/** The event among `idx` nearest in time to `atMs` (the earlier on a tie). */
function nearest(x: EvalContext, idx: readonly number[], atMs: SimMs): number | undefined {
  let out: number | undefined;
  for (const i of idx) if (out === undefined || Math.abs(x.events[i]!.at - atMs) < Math.abs(x.events[out]!.at - atMs)) out = i;
  return out;
}

/**
 * The agency that brought the hazard under control by `atMs`: the owner of the unit that last
 * completed one of the control tasks (rules profile `control.<kind>.tasks`), else the agency with
 * the most units on scene for one (a fire is under control while suppression goes on; the first
 * to arrive on a tie); the lead agency when none was sent.
 */
function controlledBy(x: EvalContext, tasks: readonly string[], atMs: SimMs): string {
  let done: string | undefined;
  const sentFor = new Map<string, string>();
  const onScene = new Map<string, number>(); // agency → units arrived for a control task, in arrival order
  for (const e of x.events) {
    if (e.at > atMs) break;
    if (e.type === "taskCompleted" && tasks.includes(e.task)) done = e.unit;
    else if (e.type === "unitDispatched") sentFor.set(e.unit, e.task);
    else if (e.type === "unitArrived" && tasks.includes(sentFor.get(e.unit) ?? "")) {
      const a = x.c.units.get(e.unit)?.agency;
      if (a !== undefined) onScene.set(a, (onScene.get(a) ?? 0) + 1);
    }
  }
  if (done !== undefined) return x.c.units.get(done)?.agency ?? x.c.scenario.leadAgency;
  // the incident's own unit (a school's mini fire station) fights first but is not who brought it under control
  // when a responder's units were on the task too (review8 school 12: the water came from the fire engine)
  const responders = [...onScene].filter(([a]) => a !== x.c.scenario.incidentAgency);
  let best: string | undefined;
  for (const [a, n] of responders.length > 0 ? responders : [...onScene]) if (best === undefined || n > onScene.get(best)!) best = a;
  return best ?? x.c.scenario.leadAgency;
}
