/**
 * Judge completion, not only the order (issue 10 §6): an evacuation is judged on when the last
 * person is out against its rule (the school rule: signal to everyone out ≤ 2 min for a low building
 * with sound exits and clear passages, 教基一厅〔2014〕2号), never below the building's own best; a unit's turn-out against its dispatch standard
 * (`turnOutMaxS`, e.g. fire engines ≤ 1 min); an arrival standard the profile calls indicative is
 * reported without deduction (ARRIVAL_INDICATIVE has no rubric item).
 */
import type { LocalText } from "../model/ids.ts";
import { MINUTE } from "../model/time.ts";
import { resolveAgencies } from "../rules/agencies.ts";
import type { LinkageRule } from "../scenario/rules-schema.ts";
import { asOf, clock, span, type EvalContext } from "./context.ts";
import type { Opportunity } from "./opportunity.ts";
import { bestLastOutMs } from "./evacuation-best.ts";
import { leftInside, type LeftInside } from "./evacuation-left.ts";
import { finding } from "./findings.ts";
import { notifyingDeliveries } from "./linkage-edges.ts";
import { arrivalClock, dispatchClock, turnOutLate, turnOutRootKey } from "./turn-out.ts";
import type { Finding } from "./report-model.ts";

/**
 * The building's evacuation, judged on the last person out on foot (figure `lastOutAtS`), against
 * the rule's minutes (`evacuateWithinMin`) or, where the building cannot be emptied that fast, its
 * best time: the same model with the signal given the moment the school learnt of the fire, rounded
 * up to whole minutes as schools set their own targets (教基一厅〔2014〕2号: "从学校实际出发，设定合理的
 * 时间要求"; evacuation-best.ts). The clock runs from the evacuation signal: the 指南 times an
 * evacuation "from the signal to everyone out" (review9 school 4). A late signal is the signal's own
 * fault (the duty's LINKAGE_SLOW, graded there) and never makes the evacuation late too; with no signal
 * the clock runs from when it was due (the school's first notice of the fire: 消防法 第四十四条, at
 * once). An evacuation still under way when the drill stops is late once the deadline has passed,
 * else not yet due (not-due.ts). Shapes: findings dated at the last person out, or at the deadline
 * when nobody was out by then.
 */
export function evacuationFindings(x: EvalContext): Finding[] {
  const fig = x.c.hazard.summary(x.state.hazard, x.state.tMs, x.c.scenario).figures;
  if (fig.selfEvacuated === undefined) return [];
  const alarm = x.events.findIndex((e) => e.type === "hazardChanged" && e.what === "alarm");
  const out: Finding[] = [];
  for (const r of x.c.rules.linkage[x.c.scenario.kind]) {
    if (r.evacuateWithinMin === undefined) continue;
    const agency = resolveAgencies(x.c, r.agency)[0] ?? x.c.scenario.incidentAgency;
    const due = clockStart(x, agency, alarm);
    if (due === undefined) continue;
    const start = alarm >= 0 ? { ms: x.events[alarm]!.at, event: alarm } : due;
    const limitMs = r.evacuateWithinMin * MINUTE;
    const lastOut = fig.lastOutAtS !== undefined ? Math.round(fig.lastOutAtS * 1000) : undefined;
    // "全部撤出" is judged on everyone: someone who never came out alive leaves it unmet (evacuation-left.ts)
    const left = leftInside(x, fig);
    // the building's own best is worked out only when the rule's minutes are not enough
    const onRule = lastOut !== undefined && lastOut <= start.ms + limitMs;
    if (onRule && !left) continue;
    // the building's own target: its best with the signal given at once (a property of the building, not of this drill)
    const best = onRule ? undefined : bestLastOutMs(x.c, x.state.seed, due.ms);
    const ownMs = best === undefined ? 0 : Math.ceil((best - due.ms) / MINUTE) * MINUTE;
    const deadline = start.ms + Math.max(limitMs, ownMs);
    if (lastOut !== undefined && lastOut <= deadline && !left) continue;
    out.push(slow(x, r, agency, { due, alarm, deadline, lastOut, left }, fig, ownMs > limitMs ? ownMs : undefined));
  }
  return out;
}

/** One opportunity per evacuation rule, once the building's evacuation has something to be judged on. */
export function evacuationOpportunities(x: EvalContext): Opportunity[] {
  const fig = x.c.hazard.summary(x.state.hazard, x.state.tMs, x.c.scenario).figures;
  if (fig.selfEvacuated === undefined) return [];
  const alarm = x.events.findIndex((e) => e.type === "hazardChanged" && e.what === "alarm");
  return x.c.rules.linkage[x.c.scenario.kind]
    .filter((r) => r.evacuateWithinMin !== undefined && clockStart(x, resolveAgencies(x.c, r.agency)[0] ?? x.c.scenario.incidentAgency, alarm) !== undefined)
    .map((r): Opportunity => ({ id: `evac:${r.id}`, section: "dispatch", failCodes: ["EVACUATION_SLOW"] }));
}

interface Start {
  ms: number;
  /** the event that started the clock: the alarm, or the first report of the fire to the school */
  event: number;
}

/** When the signal was due: the school's first notice of the fire, or the alarm if it came first. */
function clockStart(x: EvalContext, agency: string, alarm: number): Start | undefined {
  const told = x.state.knowledge.find((k) => k.agency === agency)?.notifiedAtMs;
  const alarmAt = alarm >= 0 ? x.events[alarm]!.at : undefined;
  if (told !== undefined && (alarmAt === undefined || told < alarmAt)) return { ms: told, event: Math.max(0, x.events.findIndex((e) => e.at >= told)) };
  return alarmAt !== undefined ? { ms: alarmAt, event: alarm } : undefined;
}

/** What the evacuation finding is about: when the clock started, the signal, the deadline, the last walker out, who was left. */
interface Judged {
  due: Start;
  alarm: number;
  deadline: number;
  lastOut: number | undefined;
  left: LeftInside | undefined;
}

function slow(x: EvalContext, r: LinkageRule, agency: string, j: Judged, fig: Record<string, number>, ownMs?: number): Finding {
  const { due: start, alarm, deadline, lastOut, left } = j;
  const limit = r.evacuateWithinMin!;
  const signal = alarm >= 0 ? { zh: `${clock(x.events[alarm]!.at)} 发出疏散信号`, en: `the signal was given at ${clock(x.events[alarm]!.at)}` } : (asOf(x).ended ? { zh: "始终未发出疏散信号", en: "no evacuation signal was ever given" } : { zh: `${asOf(x).never.zh}发出疏散信号`, en: `no evacuation signal had been given ${asOf(x).until.en}` });
  const from = alarm >= 0 ? { zh: "自疏散信号起", en: "from the signal" } : { zh: "自应发出疏散信号时起", en: "from when the signal was due" };
  const target = ownMs !== undefined
    // the building's own best sets the limit when it exceeds the principle (review15 school 6: say which limit applies and why)
    ? { zh: `${from.zh} ${ownMs / MINUTE} 分钟的时限；原则要求 ${limit} 分钟，本楼即使立即发出信号也需 ${ownMs / MINUTE} 分钟才能全部撤出，故按 ${ownMs / MINUTE} 分钟计`, en: `the limit of ${ownMs / MINUTE} min ${from.en}; the principle is ${limit} min, but this building needs ${ownMs / MINUTE} min to empty even with an immediate signal, so ${ownMs / MINUTE} min applies` }
    : { zh: `${from.zh} ${limit} 分钟的要求`, en: `the ${limit}-minute requirement ${from.en}` };
  const inside = (fig.pupils ?? 0) + (fig.staff ?? 0) - (fig.selfEvacuated ?? 0);
  const waiting = left ? leftText(left) : inside > 0 ? { zh: `；另有 ${inside} 人未能自行撤出（待救援，其救出见救人力量需求和处置结果）`, en: `; ${inside} more could not get out by themselves (left for rescue: their rescue is judged under the rescue requirement and the outcome)` } : { zh: "", en: "" };
  const head = { zh: `${clock(start.ms)} 学校获知火情，${signal.zh}`, en: `the school learnt of the fire at ${clock(start.ms)}; ${signal.en}` };
  const walkStart = alarm >= 0 ? x.events[alarm]!.at : start.ms;
  const message = lastOut !== undefined && lastOut <= deadline
    ? {
        zh: `疏散未全部完成：${head.zh}，自行撤出者于 ${clock(lastOut)} 撤完（用时 ${span(lastOut - walkStart).zh}，未超过${target.zh}）${waiting.zh}`,
        en: `Evacuation not completed: ${head.en}; those who walked out were all out at ${clock(lastOut)} (${span(lastOut - walkStart).en}, within ${target.en})${waiting.en}`,
      }
    : lastOut !== undefined
    ? {
        zh: `疏散未按时完成：${head.zh}，最后一名自行撤出者于 ${clock(lastOut)} 撤出，应在 ${clock(deadline)} 前（${target.zh}），超时 ${span(lastOut - deadline).zh}${waiting.zh}`,
        en: `Evacuation not completed in time: ${head.en}; the last person out unaided left at ${clock(lastOut)}, due by ${clock(deadline)} (${target.en}), ${span(lastOut - deadline).en} late${waiting.en}`,
      }
    : {
        zh: `疏散未完成：${head.zh}，至 ${clock(Math.max(deadline, x.endMs))} 楼内仍有人员未撤出，应在 ${clock(deadline)} 前（${target.zh}）`,
        en: `Evacuation not completed: ${head.en}; people were still inside at ${clock(Math.max(deadline, x.endMs))}, due out by ${clock(deadline)} (${target.en})`,
      };
  const orders = x.events.flatMap((e, i) => (e.type === "evacuationOrdered" && e.by === agency ? [i] : []));
  const at = lastOut !== undefined && (lastOut > deadline || !left) ? lastOut : deadline;
  const near = x.events.flatMap((e, i) => (e.type === "hazardChanged" && e.at >= at - 1000 && e.at <= at + x.c.tickMs ? [i] : []));
  return finding({
    code: "EVACUATION_SLOW", section: "dispatch", agency, atMs: at, dueMs: deadline, ruleId: r.id, basis: r.evacuateBasis ?? r.basis, opportunity: `evac:${r.id}`,
    message,
    evidence: { events: [...new Set([start.event, ...(alarm >= 0 ? [alarm] : []), ...orders, ...near])].sort((a, b) => a - b).slice(0, 8) },
  });
}

/** Who was not brought out, in words: the reason "全部撤出" is not met. */
function leftText(l: LeftInside): LocalText {
  const zh = [l.dead > 0 ? `${l.dead} 人未能撤出，死于楼内` : "", l.inside > 0 ? `${l.inside} 人至演练结束仍在楼内` : ""].filter(Boolean).join("，");
  const en = [l.dead > 0 ? `${l.dead} did not come out and died inside` : "", l.inside > 0 ? `${l.inside} were still inside when the drill ended` : ""].filter(Boolean).join("; ");
  const resc = l.rescued > 0 && l.rescuedLastMs !== undefined
    ? { zh: `；另 ${l.rescued} 人被困待救，${clock(l.rescuedLastMs)} 才全部救出（其救出见救人力量需求）`, en: `; ${l.rescued} more were trapped and brought out by rescuers, the last at ${clock(l.rescuedLastMs)} (judged under the rescue requirement)` }
    : { zh: "", en: "" };
  return { zh: `；但楼内人员未全部撤出：${zh}${resc.zh}`, en: `; but not everyone got out: ${en}${resc.en}` };
}

/**
 * Units that left their base later than their dispatch standard's turn-out limit, counted from the
 * order or from the call as the standard says (turn-out.ts: the clock the timeline's mark reads). A
 * late turn-out counted from the call that the agency's late linkage duty explains (its first order
 * came late: LNK-MINE-MRT, the same minute) is grouped under that finding, not deducted again (issue 10 §2).
 */
export function turnOutFindings(x: EvalContext): Finding[] {
  const out: Finding[] = [];
  x.events.forEach((e, i) => {
    if (e.type !== "unitDispatched") return;
    const k = dispatchClock(x, i);
    if (!k || !turnOutLate(k)) return;
    const took = k.departedMs! - k.startMs;
    const un = x.unitName(e.unit);
    const root = turnOutRootKey(x, i);
    const arrive = x.obligations.find((t) => t.ob.kind === "arrive" && arrivalClock(x, t)?.dispatchEvent === i);
    const limit = { zh: `${k.from === "call" ? "接警后" : "接到出动指令后"} ≤ ${k.std.turnOutMaxS} 秒`, en: `≤ ${k.std.turnOutMaxS} s from the ${k.from === "call" ? "call" : "order"}` };
    const message = k.from === "call"
      ? { zh: `出动超时：${x.agencyName(e.agency).zh} ${clock(k.startMs)} 接警，${clock(e.at)} 才下达 ${un.zh} 出动指令，用时 ${span(took).zh}（标准 ${limit.zh}）`, en: `Slow turn-out: ${x.agencyName(e.agency).en} took the call at ${clock(k.startMs)} and ordered ${un.en} out only at ${clock(e.at)}, ${span(took).en} (standard ${limit.en})` }
      : { zh: `出动超时：${un.zh} ${clock(e.at)} 接到出动指令，${clock(k.departedMs!)} 才出动，用时 ${span(took).zh}（标准 ${limit.zh}）`, en: `Slow turn-out: ${un.en} was ordered out at ${clock(e.at)} and left at ${clock(k.departedMs!)}, ${span(took).en} (standard ${limit.en})` };
    out.push(finding({
      code: "DISPATCH_TURNOUT_SLOW", section: "dispatch", agency: e.agency, atMs: k.departedMs!, ruleId: k.std.id, basis: k.std.basis,
      ...(root === `turnout:${i}` ? { key: root } : { rootKey: root! }),
      message,
      evidence: { events: [...new Set([...(k.from === "call" ? notifyEvent(x, e.agency) : []), i, k.departEvent!])].sort((a, b) => a - b), obligations: arrive ? [arrive.ob.id] : [] },
    }));
  });
  return out;
}

/** The event that first told `agency` of the incident (its call), as the timeline shows it. */
function notifyEvent(x: EvalContext, agency: string): number[] {
  const at = x.state.knowledge.find((k) => k.agency === agency)?.notifiedAtMs;
  const i = at === undefined ? -1 : x.events.findIndex((e) => e.at === at && notifyingDeliveries(x, e).some((d) => d.to === agency));
  return i >= 0 ? [i] : [];
}
