/**
 * Outcomes (处置结果): deaths and injuries beyond those the scenario imposes whatever anyone
 * does, people exposed above AEGL-2 and AEGL-3 (toxic load ≥ the 60-min AEGL load, hazards.md
 * §1.6, counted with the same susceptibility factors the people model uses), people still
 * trapped, when the hazard came under control, and critical installations lost that the best play
 * saved (outcome-losses.ts); curves over time from casualtiesChanged.
 */
import type { DrillState } from "../model/state.ts";
import type { SimMs } from "../model/time.ts";
import type { LocalText } from "../model/ids.ts";
import type { RubricProfile } from "../scenario/rubric-schema.ts";
import { asOf, clock, people, were, type EvalContext } from "./context.ts";
import { controlFindings, type BestControl } from "./control.ts";
import { chargedExposed, exposedAbove, exposedSplit, onceText, type Above, type ExposedSplit } from "./exposed-once.ts";
import { finding } from "./findings.ts";
import { lossFindings } from "./outcome-losses.ts";
import { notReachedWords } from "./people-words.ts";
import { crewFinding, crewHarm } from "./harmful-orders.ts";
import type { Finding, FindingCode, OutcomeFigures, OutcomePoint, Strength } from "./report-model.ts";

export interface OutcomesResult {
  figures: OutcomeFigures;
  curve: OutcomePoint[];
  gradeChanges: Array<{ atMs: SimMs; from: number; to: number; event: number }>;
  findings: Finding[];
  strengths: Strength[];
  /** the population groups each exposure finding is about (toxic releases: the groups above the threshold), for its causes (causes.ts) */
  subjects: Partial<Record<FindingCode, ReadonlySet<string>>>;
}

const BASIS_CAS = "演练目标：减少人员伤亡（AQ/T 9009-2015 附录A 事故处置、人员保护、医疗救护）；伤亡计入情景设定之外由处置不当造成的部分";
const BASIS_AEGL = "美国国家研究委员会《急性暴露指导水平》（AEGL）60分钟值：毒性负荷达到AEGL-2/AEGL-3对应负荷；AQ/T 9009-2015 附录A 人员保护";
/** what "exposed to harm" means, in the hazard's own terms */
const BASIS_EXPOSED: Record<string, string> = {
  // 0.1 is this evaluation's own threshold, below ISO 13571's 0.3 design limit and 1 for incapacitation (hazards.md §2.4, §2.7; review8 school 10c)
  "school-fire": "火灾烟气：有效剂量分数（FED，ISO 13571 简化法）≥ 0.1（评估组设定的伤害阈值；ISO 13571 设计可耐受限值为0.3，丧失行动能力为1）；AQ/T 9009-2015 附录A 人员保护",
  "mine-flood": "矿井透水：人员所在巷道被涌水淹及；AQ/T 9009-2015 附录A 人员保护",
};

/**
 * The groups whose exposure is charged (issue 10 §8, §9): those with at least half a person more
 * only exposed (no worse outcome, exposed-once.ts) than in the best play (people the best play
 * leaves exposed too were beyond any response); failing that the groups above AEGL-2 with more of
 * them than in the best play; all groups above it without a best play, or when none is charged.
 */
function chargedGroups(actual: Above, own: ExposedSplit, best: Above | undefined, bestSplit: ExposedSplit | undefined): { exposure: ReadonlySet<string>; harm: ReadonlySet<string> } {
  if (!best || !bestSplit) return { exposure: actual.groups, harm: actual.groups };
  const beyond = (a: Map<string, number>, b: Map<string, number>) => new Set([...actual.groups].filter((g) => (a.get(g) ?? 0) - (b.get(g) ?? 0) >= 0.5));
  const harm = beyond(actual.per, best.per);
  const only = beyond(own.perGroup, bestSplit.perGroup);
  const orAll = (s: Set<string>) => (s.size > 0 ? s : actual.groups);
  return { exposure: only.size > 0 ? only : orAll(harm), harm: orAll(harm) };
}

/** The groupExposed events at `level` of these groups (indexes, in log order). */
function crossings(x: EvalContext, level: "aegl2" | "aegl3", groups: ReadonlySet<string>): number[] {
  return x.events.flatMap((e, i) => (e.type === "groupExposed" && e.level === level && groups.has(e.group) ? [i] : []));
}

/** The earliest crossing time among these events. */
function firstCrossing(x: EvalContext, idx: readonly number[]): SimMs {
  return Math.min(...idx.map((i) => (x.events[i] as { crossedAtMs: SimMs }).crossedAtMs));
}

/**
 * What dates the exposure above AEGL-3: the moment a contributing group's load reached the AEGL-3
 * load (groupExposed, engine/people); failing that (only the high tail of the dose distribution
 * is above it), the moment its load reached AEGL-2, where the exposure that carried them there
 * began (loads only grow); failing both, the first casualty change beyond the scenario's own.
 */
function aegl3Dating(x: EvalContext, f: OutcomeFigures, groups: ReadonlySet<string>): { atMs: SimMs; events: number[]; how: "aegl3" | "aegl2" | "casualties" } {
  for (const level of ["aegl3", "aegl2"] as const) {
    const idx = crossings(x, level, groups);
    if (idx.length > 0) return { atMs: firstCrossing(x, idx), events: idx, how: level };
  }
  const scripted = f.scriptedDeaths + f.scriptedSeriousInjuries;
  const harmed = x.events.findIndex((e) => e.type === "casualtiesChanged" && e.deaths + e.seriousInjuries > scripted);
  return harmed >= 0 ? { atMs: x.events[harmed]!.at, events: [harmed], how: "casualties" } : { atMs: x.endMs, events: [x.endEvent], how: "casualties" };
}

/**
 * The outcome figures, curves and findings. `bestState`: the scenario's best play replayed to this
 * drill's time (references.ts); exposure the best play has too and control it does not reach are
 * stated, not charged (control.ts; issue 10 §6: never condemn what no response could achieve).
 */
export function evaluateOutcomes(x: EvalContext, rubric: RubricProfile, bestState?: DrillState): OutcomesResult {
  const cas = x.state.casualties;
  const summary = x.c.hazard.summary(x.state.hazard, x.state.tMs, x.c.scenario);
  const aegl2 = exposedAbove(x, "aegl2");
  const aegl3 = exposedAbove(x, "aegl3");
  const figures: OutcomeFigures = {
    deaths: cas.deaths,
    seriousInjuries: cas.seriousInjuries,
    injured: cas.injured,
    missing: cas.missing,
    // toxic releases: per person from the dose distribution; other hazards: the model's own count
    exposedAegl2: x.c.hazard.toxicology ? aegl2.n : cas.exposed,
    exposedAegl3: aegl3.n,
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
  const bestAegl2 = bestState && x.c.hazard.toxicology ? exposedAbove(x, "aegl2", bestState) : undefined;
  // each person once, at the worst outcome: the exposed split by what else befell them (exposed-once.ts)
  const split = exposedSplit(x, x.state);
  const bestSplit = bestState ? exposedSplit(x, bestState) : undefined;
  const best = bestState && bestSplit && {
    atMs: ((at) => (at !== undefined && at <= x.state.tMs ? at : undefined))(x.c.hazard.summary(bestState.hazard, bestState.tMs, x.c.scenario).controlledAtMs),
    exposed: bestSplit.exposed,
    split: bestSplit,
    aegl3: x.c.hazard.toxicology ? exposedAbove(x, "aegl3", bestState).n : 0,
  };
  // a toxic release harms through the dose: the groups above AEGL-2 beyond the best play are those the harm is about
  const charged = chargedGroups(aegl2, split, bestAegl2, bestSplit);
  // the people above AEGL-3 are the high tail of their own groups: only those groups' protection can have caused it
  const subjects = x.c.hazard.toxicology ? { OUTCOME_EXPOSED_AEGL2: charged.exposure, OUTCOME_EXPOSED_AEGL3: aegl3.groups, OUTCOME_PREVENTABLE_HARM: charged.harm } : {};
  const judged = outcomeFindings(x, figures, changes, rubric, { aegl2: charged.exposure, aegl3: aegl3.groups }, split, best);
  // critical installations lost that the best play saved (a flooded pump room: outcome-losses.ts)
  return { figures, curve, gradeChanges, subjects, findings: [...judged.findings, ...lossFindings(x, bestState)], strengths: judged.strengths };
}

function outcomeFindings(x: EvalContext, f: OutcomeFigures, changes: number[], rubric: RubricProfile, above: { aegl2: ReadonlySet<string>; aegl3: ReadonlySet<string> }, split: ExposedSplit, best?: BestControl & { exposed: number; split: ExposedSplit; aegl3: number }): { findings: Finding[]; strengths: Strength[] } {
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
  // responders' crews harmed where an order sent them: charged to that order's agency (harmful-orders.ts)
  const crews = crewHarm(x);
  for (const g of crews) {
    if (g.deaths > 0) findings.push(finding(crewFinding(x, g, "OUTCOME_DEATHS", g.deaths, BASIS_CAS)));
    if (g.seriousInjuries > 0) findings.push(finding(crewFinding(x, g, "OUTCOME_SERIOUS_INJURIES", g.seriousInjuries, BASIS_CAS)));
  }
  const crewSum = (k: "deaths" | "seriousInjuries") => crews.reduce((s, g) => s + g[k], 0);
  const avoidableDeaths = f.deaths - f.scriptedDeaths - crewSum("deaths");
  if (avoidableDeaths > 0) {
    const idx = ev((e) => e.deaths);
    findings.push(finding({
      code: "OUTCOME_DEATHS", section: "outcomes", opportunity: "outcomes", agency: x.c.scenario.leadAgency, atMs: lastAt(idx), ruleId: "OUT-DEATHS", basis: BASIS_CAS, quantity: avoidableDeaths,
      message: { zh: `死亡 ${f.deaths} 人，其中情景设定 ${f.scriptedDeaths} 人${crewSum("deaths") > 0 ? `、救援人员 ${crewSum("deaths")} 人（另计）` : ""}，处置过程中新增 ${avoidableDeaths} 人`, en: `${f.deaths} dead, of whom ${f.scriptedDeaths} were set by the scenario${crewSum("deaths") > 0 ? `, ${crewSum("deaths")} were responders (charged apart)` : ""} and ${avoidableDeaths} died during the response` },
      evidence: { events: idx.length > 0 ? idx : [x.endEvent] },
    }));
  }
  const avoidableSerious = f.seriousInjuries - f.scriptedSeriousInjuries - crewSum("seriousInjuries");
  if (avoidableSerious > 0) {
    const idx = ev((e) => e.seriousInjuries);
    findings.push(finding({
      code: "OUTCOME_SERIOUS_INJURIES", section: "outcomes", opportunity: "outcomes", agency: x.c.scenario.leadAgency, atMs: lastAt(idx), ruleId: "OUT-SERIOUS", basis: BASIS_CAS, quantity: avoidableSerious,
      message: { zh: `重伤（含急性中毒）${f.seriousInjuries} 人，其中处置过程中新增 ${avoidableSerious} 人`, en: `${f.seriousInjuries} seriously injured (incl. acute poisoning), ${avoidableSerious} of them during the response` },
      evidence: { events: idx.length > 0 ? idx : [x.endEvent] },
    }));
  }
  if (f.exposedAegl2 > 0) {
    // dated by the first exposure among the people charged (issue 10 §8): a toxic release by their groups'
    // crossings (groupExposed); other hazards by the first casualty record beyond what the best play has too
    const crossed = f.toxic ? crossings(x, "aegl2", above.aegl2) : [];
    const changed = ev((e) => e.exposed);
    const beyondBest = changed.filter((i) => (x.events[i] as unknown as { exposed: number }).exposed > (best?.exposed ?? 0));
    const idx = crossed.length > 0 ? crossed : beyondBest.length > 0 ? beyondBest : changed;
    const atMs = crossed.length > 0 ? firstCrossing(x, crossed) : idx.length > 0 ? x.events[idx[0]!]!.at : x.endMs;
    const evidence = { events: idx.length > 0 ? idx : [x.endEvent] };
    // each person once: people hurt, trapped or dead are counted there, not again here; exposure the best
    // play has too happened before any response could prevent it: stated, charged only beyond it
    const charged = chargedExposed(split, best?.split);
    const also = onceText(split, best?.split);
    // the count grows (8 reached by the water at 00:25, 14 by 00:52:10): the finding is dated by the first, so it names
    // both, never the final count at the first time (review16 mine F2)
    const counts = changed.map((i) => ({ at: x.events[i]!.at, n: (x.events[i] as unknown as { exposed: number }).exposed }));
    const firstN = counts.find((c) => c.at === atMs)?.n;
    const lastAt = counts.find((c) => c.n >= f.exposedAegl2)?.at;
    const grew = firstN !== undefined && firstN < f.exposedAegl2 && lastAt !== undefined
      ? { zh: `（${clock(atMs)} 时 ${firstN} 人，至 ${clock(lastAt)} 共 ${f.exposedAegl2} 人）`, en: ` (${firstN} at ${clock(atMs)}, ${f.exposedAegl2} by ${clock(lastAt)})` }
      : { zh: "", en: "" };
    findings.push(f.toxic
      ? finding({
          code: "OUTCOME_EXPOSED_AEGL2", section: "outcomes", opportunity: "outcomes", agency: x.c.scenario.leadAgency, atMs, ruleId: "OUT-AEGL2", basis: BASIS_AEGL, quantity: charged, evidence, key: "aegl2",
          message: { zh: `${f.exposedAegl2} 人的毒性负荷超过 AEGL-2（不可逆或严重健康影响；按各群体内的剂量分布逐人计，时间线记的是群体平均负荷达到阈值的时刻），自 ${clock(atMs)} 起${also.zh}`, en: `${people(f.exposedAegl2)} took a toxic load above AEGL-2 (irreversible or serious effects; counted person by person from each group's dose distribution, while the timeline marks when a group's mean load reached it), from ${clock(atMs)}${also.en}` },
        })
      : finding({
          code: "OUTCOME_EXPOSED", section: "outcomes", opportunity: "outcomes", agency: x.c.scenario.leadAgency, atMs, ruleId: "OUT-EXPOSED", basis: BASIS_EXPOSED[x.c.scenario.kind] ?? BASIS_CAS, quantity: charged, evidence,
          message: x.c.scenario.kind === "mine-flood"
            ? { zh: `${f.exposedAegl2} 人被涌水淹及${grew.zh}${also.zh}`, en: `${people(f.exposedAegl2)} ${were(f.exposedAegl2)} reached by the inrush water${grew.en}${also.en}` }
            : { zh: `${f.exposedAegl2} 人吸入烟气达到伤害阈值（FED ≥ 0.1）${grew.zh}${also.zh}`, en: `${people(f.exposedAegl2)} took a harmful smoke dose (FED ≥ 0.1)${grew.en}${also.en}` },
        }));
  }
  if (f.exposedAegl3 > 0) {
    const when = aegl3Dating(x, f, above.aegl3);
    // dated when the exposure that carried them there began (review9 chemical 9: the farmers from 00:05:33, not at the
    // drill's end): the group's AEGL-3 crossing, else (only the high tail of its dose distribution is above AEGL-3, so
    // the moment of AEGL-3 is unknown: review8 chemical 16) its AEGL-2 crossing, stated as the start of the exposure
    const atMs = when.how === "casualties" ? x.endMs : when.atMs;
    const since = when.how === "aegl3"
      ? { zh: `群体毒性负荷于 ${clock(atMs)} 达到 AEGL-3`, en: `the group's load reached AEGL-3 at ${clock(atMs)}` }
      : when.how === "aegl2"
        ? { zh: `所在群体自 ${clock(when.atMs)} 起暴露（群体负荷超过 AEGL-2），按群体剂量分布的高端个体计（群体负荷未达到 AEGL-3，超过 AEGL-3 的时刻不详）`, en: `their group exposed from ${clock(when.atMs)} (its load above AEGL-2), counted from the high end of the group's dose distribution (the group's load stayed below AEGL-3, so the moment AEGL-3 was passed is not known)` }
        : { zh: `至 ${clock(atMs)} 的累计负荷`, en: `the load accumulated by ${clock(atMs)}` };
    // those the best play leaves above AEGL-3 too were beyond any response (issue 10 §9): stated, on nobody (causes.ts)
    const unavoidable = Math.min(f.exposedAegl3, best?.aegl3 ?? 0);
    const alsoBest = unavoidable > 0 ? { zh: `，其中 ${unavoidable} 人最佳处置下也超过`, en: `, ${unavoidable} of whom the best play leaves above it too` } : { zh: "", en: "" };
    findings.push(finding({
      code: "OUTCOME_EXPOSED_AEGL3", section: "outcomes", opportunity: "outcomes", agency: x.c.scenario.leadAgency, atMs, ruleId: "OUT-AEGL3", basis: BASIS_AEGL, quantity: f.exposedAegl3 - unavoidable, rootKey: "aegl2",
      message: { zh: `${f.exposedAegl3} 人的毒性负荷超过 AEGL-3（危及生命），${since.zh}${alsoBest.zh}，已计入超过 AEGL-2 的人数`, en: `${people(f.exposedAegl3)} took a toxic load above AEGL-3 (life-threatening), ${since.en}${alsoBest.en}; also counted among those above AEGL-2` },
      evidence: { events: when.how === "aegl3" ? when.events : [...when.events, x.endEvent] },
    }));
  }
  // people still trapped or unaccounted for (下落不明) at the end: both are people the response has not brought out
  // the same people are often both (cut off and not yet located): count each once
  const notOut = Math.max(f.trapped, f.missing);
  if (notOut > 0) {
    findings.push(finding({
      code: "OUTCOME_TRAPPED", section: "outcomes", opportunity: "outcomes", agency: x.c.scenario.leadAgency, atMs: x.endMs, ruleId: "OUT-TRAPPED", basis: BASIS_CAS, quantity: notOut,
      message: trappedText(notOut, f.missing, asOf(x), notReachedWords(x.c.scenario.kind)),
      evidence: { events: [x.endEvent] },
    }));
  }
  const control = controlFindings(x, f, rubric, best);
  findings.push(...control.findings);
  strengths.push(...control.strengths);
  return { findings, strengths };
}

/**
 * "6 people were still trapped…, none of them located yet": 下落不明 are counted within the trapped
 * (engine/hazards/mine/report.ts), once, and worded as the hazard counts them (`not`: people-words.ts notReachedWords:
 * a mine's are not yet reached by a survey, not unlocated). `ended` false (a running drill's live findings): "at HH:MM:SS (now)".
 */
function trappedText(n: number, missing: number, at: { ended: boolean; now: string }, not: { zh: string; en: string }): LocalText {
  const who = `${people(n)} ${were(n)}`;
  const zhWhen = at.ended ? "演练结束时" : `至 ${at.now}（当前）`;
  const enWhen = at.ended ? "when the drill ended" : `at ${at.now} (now, the drill still running)`;
  if (missing === 0) return { zh: `${zhWhen}仍有 ${n} 人被困`, en: `${who} still trapped ${enWhen}` };
  if (missing >= n) return { zh: `${zhWhen}仍有 ${n} 人被困，均${not.zh}`, en: `${who} still trapped ${enWhen}, ${n === 1 ? not.en : `none of them ${not.en.replace(/^not yet /, "yet ")}`}` };
  return { zh: `${zhWhen}仍有 ${n} 人被困，其中 ${missing} 人${not.zh}`, en: `${who} still trapped ${enWhen}, ${missing} of them ${not.en}` };
}
