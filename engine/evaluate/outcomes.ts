/**
 * Outcomes (处置结果): deaths and injuries beyond those the scenario imposes whatever anyone
 * does, people exposed above AEGL-2 and AEGL-3 (toxic load ≥ the 60-min AEGL load, hazards.md
 * §1.6, counted with the same susceptibility factors the people model uses), people still
 * trapped, and when the hazard came under control; curves over time from casualtiesChanged.
 */
import { SUSCEPTIBILITY, thresholdLoad } from "../people/exposure.ts";
import type { SimMs } from "../model/time.ts";
import { MINUTE } from "../model/time.ts";
import type { RubricProfile } from "../scenario/rubric-schema.ts";
import { clock, span, type EvalContext } from "./context.ts";
import { finding } from "./findings.ts";
import type { Finding, OutcomeFigures, OutcomePoint, Strength } from "./report-model.ts";

export interface OutcomesResult {
  figures: OutcomeFigures;
  curve: OutcomePoint[];
  gradeChanges: Array<{ atMs: SimMs; from: number; to: number; event: number }>;
  findings: Finding[];
  strengths: Strength[];
}

const BASIS_CAS = "演练目标：减少人员伤亡（AQ/T 9009-2015 附录A 事故处置、人员保护、医疗救护）；伤亡计入情景设定之外由处置不当造成的部分";
const BASIS_AEGL = "AEGL急性暴露指导水平（60分钟值，美国国家研究委员会）：毒性负荷达到AEGL-2/AEGL-3对应负荷（hazards.md §1.6）";
const BASIS_EXPOSED = "人员保护：危害暴露按危害模型阈值计（火灾：烟气有效剂量分数 FED ≥ 0.1，hazards.md §2.5；矿井：被涌水淹及，§3.5）";
const BASIS_CONTROL = "现场控制：在评估标准规定时间内控制危险源（AQ/T 9009-2015 附录A 现场控制及恢复；评估标准 targets.controlWithinMin）";

function exposedAbove(x: EvalContext, level: "aegl2" | "aegl3"): number {
  const tox = x.c.hazard.toxicology?.(x.c.scenario);
  if (!tox) return 0;
  const tl = thresholdLoad(level === "aegl2" ? tox.aegl2 : tox.aegl3, tox);
  let n = 0;
  for (const g of x.state.groups) {
    const vul = SUSCEPTIBILITY[x.c.groups.get(g.id)?.vulnerability ?? "normal"] ?? 1;
    if (g.toxicLoad * vul >= tl) n += g.count;
  }
  return n;
}

export function evaluateOutcomes(x: EvalContext, rubric: RubricProfile): OutcomesResult {
  const cas = x.state.casualties;
  const summary = x.c.hazard.summary(x.state.hazard, x.state.tMs, x.c.scenario);
  const figures: OutcomeFigures = {
    deaths: cas.deaths,
    seriousInjuries: cas.seriousInjuries,
    injured: cas.injured,
    missing: cas.missing,
    exposedAegl2: cas.exposed,
    exposedAegl3: exposedAbove(x, "aegl3"),
    toxic: x.c.hazard.toxicology !== undefined,
    trapped: cas.trapped,
    evacuated: cas.evacuated,
    scriptedDeaths: x.state.groups.reduce((s, g) => s + g.scripted.deaths, 0),
    scriptedSeriousInjuries: x.state.groups.reduce((s, g) => s + g.scripted.seriousInjuries, 0),
    controlled: summary.controlled,
    ...(summary.controlledAtMs !== undefined ? { controlledAtMs: summary.controlledAtMs } : {}),
    grade: x.state.grade,
  };
  const curve: OutcomePoint[] = [{ atMs: 0, deaths: 0, seriousInjuries: 0, injured: 0, exposed: 0 }];
  const changes: number[] = [];
  const gradeChanges: OutcomesResult["gradeChanges"] = [];
  x.events.forEach((e, i) => {
    if (e.type === "casualtiesChanged") {
      curve.push({ atMs: e.at, deaths: e.deaths, seriousInjuries: e.seriousInjuries, injured: e.injured, exposed: e.exposed });
      changes.push(i);
    } else if (e.type === "gradeChanged") gradeChanges.push({ atMs: e.at, from: e.from, to: e.to, event: i });
  });
  curve.push({ atMs: x.endMs, deaths: cas.deaths, seriousInjuries: cas.seriousInjuries, injured: cas.injured, exposed: cas.exposed });
  return { figures, curve, gradeChanges, ...outcomeFindings(x, figures, changes, rubric) };
}

function outcomeFindings(x: EvalContext, f: OutcomeFigures, changes: number[], rubric: RubricProfile): { findings: Finding[]; strengths: Strength[] } {
  const findings: Finding[] = [];
  const strengths: Strength[] = [];
  const ev = (pick: (e: { deaths: number; seriousInjuries: number; exposed: number }) => number) => {
    const out: number[] = [];
    let prev = 0;
    for (const i of changes) {
      const e = x.events[i]! as unknown as { deaths: number; seriousInjuries: number; exposed: number };
      if (pick(e) !== prev) out.push(i);
      prev = pick(e);
    }
    return out;
  };
  const lastAt = (idx: number[]) => (idx.length > 0 ? x.events[idx[idx.length - 1]!]!.at : x.endMs);
  const avoidableDeaths = f.deaths - f.scriptedDeaths;
  if (avoidableDeaths > 0) {
    const idx = ev((e) => e.deaths);
    findings.push(finding({
      code: "OUTCOME_DEATHS", section: "outcomes", agency: x.c.scenario.leadAgency, atMs: lastAt(idx), ruleId: "OUT-DEATHS", basis: BASIS_CAS, quantity: avoidableDeaths,
      message: { zh: `死亡 ${f.deaths} 人，其中情景设定 ${f.scriptedDeaths} 人，处置过程中新增 ${avoidableDeaths} 人`, en: `${f.deaths} dead, of whom ${f.scriptedDeaths} were set by the scenario and ${avoidableDeaths} died during the response` },
      evidence: { events: idx.length > 0 ? idx : [x.endEvent] },
    }));
  }
  const avoidableSerious = f.seriousInjuries - f.scriptedSeriousInjuries;
  if (avoidableSerious > 0) {
    const idx = ev((e) => e.seriousInjuries);
    findings.push(finding({
      code: "OUTCOME_SERIOUS_INJURIES", section: "outcomes", agency: x.c.scenario.leadAgency, atMs: lastAt(idx), ruleId: "OUT-SERIOUS", basis: BASIS_CAS, quantity: avoidableSerious,
      message: { zh: `重伤（含急性中毒）${f.seriousInjuries} 人，其中处置过程中新增 ${avoidableSerious} 人`, en: `${f.seriousInjuries} seriously injured (incl. acute poisoning), ${avoidableSerious} of them during the response` },
      evidence: { events: idx.length > 0 ? idx : [x.endEvent] },
    }));
  }
  if (f.exposedAegl2 > 0) {
    const idx = ev((e) => e.exposed);
    const atMs = idx.length > 0 ? x.events[idx[0]!]!.at : x.endMs;
    const evidence = { events: idx.length > 0 ? idx : [x.endEvent] };
    findings.push(f.toxic
      ? finding({
          code: "OUTCOME_EXPOSED_AEGL2", section: "outcomes", agency: x.c.scenario.leadAgency, atMs, ruleId: "OUT-AEGL2", basis: BASIS_AEGL, quantity: f.exposedAegl2, evidence, key: "aegl2",
          message: { zh: `${f.exposedAegl2} 人的毒性负荷超过 AEGL-2（不可逆或严重健康影响）`, en: `${f.exposedAegl2} people took a toxic load above AEGL-2 (irreversible or serious effects)` },
        })
      : finding({
          code: "OUTCOME_EXPOSED", section: "outcomes", agency: x.c.scenario.leadAgency, atMs, ruleId: "OUT-EXPOSED", basis: BASIS_EXPOSED, quantity: f.exposedAegl2, evidence,
          message: { zh: `${f.exposedAegl2} 人暴露于危害（火灾烟气、涌水等，按危害模型的阈值）`, en: `${f.exposedAegl2} people were exposed to harm (smoke, water …, by the hazard model's thresholds)` },
        }));
  }
  if (f.exposedAegl3 > 0) {
    findings.push(finding({
      code: "OUTCOME_EXPOSED_AEGL3", section: "outcomes", agency: x.c.scenario.leadAgency, atMs: x.endMs, ruleId: "OUT-AEGL3", basis: BASIS_AEGL, quantity: f.exposedAegl3, rootKey: "aegl2",
      message: { zh: `${f.exposedAegl3} 人的毒性负荷超过 AEGL-3（危及生命），已计入上项`, en: `${f.exposedAegl3} people took a toxic load above AEGL-3 (life-threatening); also counted above` },
      evidence: { events: [x.endEvent] },
    }));
  }
  if (f.trapped > 0) {
    findings.push(finding({
      code: "OUTCOME_TRAPPED", section: "outcomes", agency: x.c.scenario.leadAgency, atMs: x.endMs, ruleId: "OUT-TRAPPED", basis: BASIS_CAS, quantity: f.trapped,
      message: { zh: `演练结束时仍有 ${f.trapped} 人被困`, en: `${f.trapped} people were still trapped when the drill ended` },
      evidence: { events: [x.endEvent] },
    }));
  }
  const target = rubric.targets.controlWithinMin;
  const hazardEvents = x.events.map((e, i) => (e.type === "hazardChanged" ? i : -1)).filter((i) => i >= 0);
  if (!f.controlled) {
    findings.push(finding({
      code: "HAZARD_NOT_CONTROLLED", section: "outcomes", agency: x.c.scenario.leadAgency, atMs: x.endMs, ruleId: "OUT-CONTROL", basis: BASIS_CONTROL,
      message: { zh: "至演练结束危险源未被控制", en: "The hazard was not brought under control by the end of the drill" },
      evidence: { events: [...hazardEvents, x.endEvent] },
    }));
  } else if (f.controlledAtMs !== undefined) {
    const near = hazardEvents.find((i) => x.events[i]!.at >= f.controlledAtMs!) ?? x.endEvent;
    const late = target !== undefined ? f.controlledAtMs - target * MINUTE : 0;
    if (late > 0) {
      findings.push(finding({
        code: "HAZARD_CONTROL_LATE", section: "outcomes", agency: x.c.scenario.leadAgency, atMs: f.controlledAtMs, ruleId: "OUT-CONTROL", basis: BASIS_CONTROL, quantity: Math.ceil(late / MINUTE),
        message: { zh: `危险源于 ${clock(f.controlledAtMs)} 才被控制，超出目标（${target} 分钟）${span(late).zh}`, en: `The hazard was controlled at ${clock(f.controlledAtMs)}, ${span(late).en} beyond the ${target}-minute target` },
        evidence: { events: [near] },
      }));
    } else {
      strengths.push({ section: "outcomes", agency: x.c.scenario.leadAgency, message: { zh: `危险源于 ${clock(f.controlledAtMs)} 得到控制${target !== undefined ? `（目标 ${target} 分钟内）` : ""}`, en: `The hazard was under control at ${clock(f.controlledAtMs)}${target !== undefined ? ` (target: ${target} min)` : ""}` }, evidence: { events: [near], messages: [], obligations: [] } });
    }
  }
  return { findings, strengths };
}
