/**
 * Protective actions for the public (ERG 2024, hazards.md §1.7): people inside the initial
 * isolation circle are evacuated, and people in the downwind protective-action zone (a square
 * of side PAD whose upwind edge is centred on the spill) are told to shelter or evacuate, in
 * both cases within the first 30 minutes, the period the ERG distances cover. The protection is judged
 * on completion (issue 10 §6): the time everyone is out (`groupEvacuated`) or indoors with the windows
 * shut (`groupSheltered`), not the order's time; an order still being carried out when the drill stops
 * is late if the 30 minutes have passed, else not yet due (not-due.ts). The finding names the
 * agency whose duty it was: the incident's own unit for its people, else the agency that gave the
 * (late) order, else the linkage duty holder; a holder the group itself asked (an inject's `asksFor`) before all of
 * them. The group's late protection is that agency's own fault, whatever it did on the rest of its duty.
 */
import { windToVector } from "../model/detmath.ts";
import { formatClock, MINUTE } from "../model/time.ts";
import { distance } from "../world/graph.ts";
import { dutyHolder, dutyHolders } from "./blame.ts";
import { asOf, type EvalContext } from "./context.ts";
import { ergTable3 } from "./erg-basis.ts";
import type { Opportunity } from "./opportunity.ts";
import { dutyEvidence } from "./evidence.ts";
import { dueFromReceipt, dueWords } from "./receipt-due.ts";
import { BASIS_KEPT, type ProtectRerun } from "./protect-rerun.ts";
import { notLifted, notLiftedText } from "./shelter-lifted.ts";
import { finding } from "./findings.ts";
import { jointHolders } from "./joint-protection.ts";
import { lateShare } from "./late-grade.ts";
import type { Finding } from "./report-model.ts";

/** the ERG distances cover the first 30 minutes: the public is to be protected by then */
export const PROTECT_WITHIN_MS = 30 * MINUTE;
const WITHIN_MS = PROTECT_WITHIN_MS;

/** the ERG row as an analogy for the scenario's own tank (erg-basis.ts), then the duty to protect the public */
const basisOf = (x: EvalContext) => `《应急响应指南》（ERG 2024）${ergTable3(x)}初始隔离区与下风向防护行动区（泄漏后30分钟）；危险化学品安全管理条例 第七十二条第（一）项（组织疏散、防护）；突发事件应对法 第七十三条`;

export function evaluateProtectiveAction(x: EvalContext, rerun?: ProtectRerun): Finding[] {
  const figures = x.c.hazard.summary(x.state.hazard, x.state.tMs, x.c.scenario).figures;
  const isolateM = figures.ergIsolateM;
  const padM = figures.ergProtectM;
  if (isolateM === undefined || padM === undefined) return [];
  const out: Finding[] = [];
  for (const g of x.c.scenario.populations) {
    const { isolate, paz } = zoneOf(x, g.place, isolateM, padM);
    if (!isolate && !paz) continue;
    // inside the isolation circle only evacuation counts; in the protective-action zone shelter does too
    const order = x.events.findIndex((e) => (e.type === "evacuationOrdered" || (!isolate && e.type === "shelterOrdered")) && e.groups.includes(g.id));
    const at = order >= 0 ? x.events[order]!.at : undefined;
    // judged on completion (issue 10 §6): the people are protected once out, or indoors with the windows shut
    const done = x.events.findIndex((e) => (e.type === "groupEvacuated" || (!isolate && e.type === "groupSheltered")) && e.group === g.id);
    const doneMs = done >= 0 ? (x.events[done] as { doneMs: number }).doneMs : undefined;
    // walked out through the cloud: no protection, whenever it ended (charged as no order at all)
    // people indoors could have stayed in with the windows shut; people in the open field have only the way out
    const orderBy = order >= 0 ? (x.events[order] as { by: string }).by : undefined;
    const { owner, due: dueAt } = protectOwner(x, g.id);
    const due = dueAt.dueMs;
    const zoneText = isolate ? { zh: `初始隔离区（${isolateM} 米）`, en: `initial isolation zone (${isolateM} m)` } : { zh: `下风向防护行动区（${padM / 1000} 公里）`, en: `downwind protective-action zone (${padM / 1000} km)` };
    // the other agencies that owed it, told and silent (joint-protection.ts): the township beside the police, dated
    // when the group was at last protected (or the drill's end), after the first holder's finding (`firstAt`; a
    // millisecond after it at a tie), which keeps the points; never for the incident unit's own people (危化条例 第七十一条)
    // the group's one late protection, graded by how late (late-grade.ts): a joint holder takes only what its earlier
    // deadline adds to the first holder's share (`firstShare`), never the same lateness again (review18 chemical A2)
    const joint = (first: string | null, firstAt: number, firstShare = 1): Finding[] => (ownPeople(x, g.place) ? [] : jointHolders(x, g.id, first, WITHIN_MS)).map((j) => {
      const name = x.agencyName(j.agency);
      const d = dueWords(j.due);
      const who = { zh: `${g.name.zh}（${g.count} 人）位于${zoneText.zh}`, en: `${g.name.en} (${g.count}) in the ${zoneText.en}` };
      // the group protected at last on another agency's order: late, not left unprotected (review16 chemical C: the
      // pupils sheltered at 01:20 on the township's order read 「始终未下达…任何指令」 on the police)
      const other = order >= 0 && doneMs !== undefined && orderBy !== undefined && orderBy !== j.agency ? x.agencyName(orderBy) : undefined;
      const kind = order >= 0 && x.events[order]!.type === "shelterOrdered" ? { zh: "就地避险", en: "to shelter in place" } : { zh: "疏散", en: "to evacuate" };
      const fin = doneMs !== at ? { zh: `（${formatClock(doneMs!)} 完成）`, en: ` (done at ${formatClock(doneMs!)})` } : { zh: "", en: "" };
      const message = other
        ? {
            zh: `群众防护迟延：${who.zh}，${formatClock(at!)} 才由${other.zh}下达${kind.zh}指令${fin.zh}；${name.zh}负有组织其避险或转移之责，未下达针对该群体的指令（${d.zh}）`,
            en: `Public protection late: ${who.en} were ordered ${kind.en} only at ${formatClock(at!)}, by ${other.en}${fin.en}; ${name.en}, whose duty it was as well to shelter or move them, gave no order for them (${d.en})`,
          }
        : {
            zh: `群众未防护：${who.zh}，${name.zh}负有组织其避险或转移之责，${asOf(x).never.zh}下达针对该群体的任何指令（${d.zh}）`,
            en: `Public not protected: ${who.en}; ${name.en}, whose duty it was as well to shelter or move them, gave no order for them ${asOf(x).until.en} (${d.en})`,
          };
      const share = other ? Math.max(0, lateShare(doneMs! - Math.min(j.due.dueMs, due), WITHIN_MS, 0.5) - firstShare) : 1;
      return finding({
        code: "PROTECTIVE_ACTION_LATE", section: "dispatch", opportunity: `protect:${g.id}`, dueMs: j.due.dueMs, agency: j.agency, quantity: share,
        atMs: Math.max(j.due.dueMs, doneMs ?? x.endMs, firstAt + 1), ruleId: j.ruleId,
        basis: `${j.basis}；${basisOf(x)}`,
        message,
        evidence: dutyEvidence(x, j.agency, ["evacuate", "shelter"], [done >= 0 ? done : x.endEvent]),
      });
    });
    const through0 = !isolate && g.indoors === true && order >= 0 && x.events[order]!.type === "evacuationOrdered" ? throughCloud(x, g.id, x.events[order]!.at, doneMs) : undefined;
    // the walk-out is condemned only when sheltering instead (and moving once the release stopped), replayed, does
    // less harm: an act whose correction does not reduce the harm is no fault, only its timing is (review12 chemical 1)
    const through = through0 && rerun?.(order, g.id, [{ type: "shelter", at: x.events[order]!.at }, ...(through0.stopMs !== undefined ? [{ type: "evacuate" as const, at: through0.stopMs }] : [])]) !== false ? through0 : undefined;
    // sheltered and never moved once the release stopped: the people kept breathing what came in, whether the shelter
    // came in time or late (review r15 chemical 3; shelter-lifted.ts), when moving them then, replayed, does less harm
    const kept = !isolate && order >= 0 && x.events[order]!.type === "shelterOrdered" ? notLifted(x, g.id, order) : undefined;
    if (kept && rerun?.(order, g.id, [{ type: "shelter", at: x.events[order]!.at }, { type: "evacuate", at: kept.stopMs }]) === true) {
      const orderMs = x.events[order]!.at;
      out.push(finding({
        // a shelter given late began its fault at its deadline; one given in time, once the release stopped
        code: "PROTECTIVE_ACTION_LATE", section: "dispatch", opportunity: `protect:${g.id}`, dueMs: orderMs > due ? due : kept.stopMs, agency: orderBy!, atMs: kept.stopMs, ruleId: "ERG-PAZ", basis: `${basisOf(x)}；${BASIS_KEPT}`,
        message: notLiftedText(x, g.name, g.count, orderMs, due, kept),
        evidence: dutyEvidence(x, orderBy!, ["evacuate", "shelter"], [order, ...(kept.crossed ? [kept.crossed.event] : []), kept.stop]),
      }));
      out.push(...joint(orderBy!, kept.stopMs));
      continue;
    }
    if (through) {
      // the load's own crossing, before the order (the cloud already covered them) or on the way out
      const before = through.crossedMs < x.events[order]!.at;
      const load = before
        ? { zh: `群体负荷已于 ${formatClock(through.crossedMs)} 达到 AEGL-2（毒气团已覆盖）`, en: `their load had reached AEGL-2 at ${formatClock(through.crossedMs)} (the cloud already covered them)` }
        : { zh: `群体负荷于疏散途中 ${formatClock(through.crossedMs)} 达到 AEGL-2`, en: `their load reached AEGL-2 on the way out, at ${formatClock(through.crossedMs)}` };
      out.push(finding({
        code: "PROTECTIVE_ACTION_LATE", section: "dispatch", opportunity: `protect:${g.id}`, dueMs: due, agency: (x.events[order] as { by: string }).by, atMs: through.atMs, ruleId: "ERG-PAZ", basis: `${basisOf(x)}；${BASIS_THROUGH}`,
        message: {
          zh: `群众防护不当：${g.name.zh}（${g.count} 人）位于下风向防护行动区，${formatClock(x.events[order]!.at)} 下达疏散指令时泄漏仍在持续（${through.stopMs === undefined ? "至演练结束未切断" : `${formatClock(through.stopMs)} 才切断`}），${load.zh}：毒气团覆盖时组织步行疏散；应${before ? `在毒气团到达（${formatClock(through.crossedMs)}）前` : "先"}就地避险（关闭门窗），泄漏切断、毒气团过后再转移`,
          en: `Public protection wrong: ${g.name.en} (${g.count}) in the downwind protective-action zone were ordered to evacuate at ${formatClock(x.events[order]!.at)} while the release went on (${through.stopMs === undefined ? "never stopped" : `stopped only at ${formatClock(through.stopMs)}`}); ${load.en}: they walked out under the cloud, and should have sheltered in place (doors and windows shut)${before ? ` before the cloud arrived (at ${formatClock(through.crossedMs)})` : ""} and moved once the release was stopped and the cloud had passed`,
        },
        evidence: dutyEvidence(x, (x.events[order] as { by: string }).by, ["evacuate", "shelter"], [order, through.event]),
      }));
      out.push(...joint((x.events[order] as { by: string }).by, through.atMs));
      continue;
    }
    if (doneMs !== undefined && doneMs <= due) continue;
    const zone = isolate ? { zh: `初始隔离区（${isolateM} 米）`, en: `initial isolation zone (${isolateM} m)` } : { zh: `下风向防护行动区（${padM / 1000} 公里）`, en: `downwind protective-action zone (${padM / 1000} km)` };
    // the order actually given, by its kind (疏散 or 就地避险: review9 chem 11); with none, what was owed
    const given = order >= 0 ? x.events[order]!.type : undefined;
    const action = isolate || given === "evacuationOrdered" ? { zh: "疏散", en: "to evacuate" } : given === "shelterOrdered" ? { zh: "就地避险", en: "to shelter in place" } : { zh: "就地避险或疏散", en: "to shelter or evacuate" };
    const who = { zh: `${g.name.zh}（${g.count} 人）位于${zone.zh}`, en: `${g.name.en} (${g.count}) in the ${zone.en}` };
    // the deadline as a reader checks it: from the agency's own receipt when later than the release (review12 chemical 4)
    const dueText = dueWords(dueAt);
    // the walk-out under the cloud not condemned (its correction does no better): only the timing is the fault, and the cloud's arrival says by when
    const cloud = through0 && through0.crossedMs < (at ?? Infinity)
      ? { zh: `；毒气团 ${formatClock(through0.crossedMs)} 已到达，应在此前组织就地避险（关闭门窗），泄漏切断后再转移`, en: `; the cloud reached them at ${formatClock(through0.crossedMs)}: they should have sheltered in place (doors and windows shut) before then and moved once the release stopped` }
      : { zh: "", en: "" };
    const message = at === undefined
      ? { zh: `群众未防护：${who.zh}，${asOf(x).never.zh}下达${action.zh}指令（${dueText.zh}）`, en: `Public not protected: ${who.en} ${asOf(x).ended ? "were never ordered" : "had not been ordered"} ${action.en}${asOf(x).ended ? "" : ` ${asOf(x).until.en}`} (${dueText.en})` }
      : doneMs === at
        ? { zh: `群众防护迟延：${who.zh}，${formatClock(at)} 才下达${action.zh}指令（${dueText.zh}）${cloud.zh}`, en: `Public protection late: ${who.en} were ordered ${action.en} only at ${formatClock(at)} (${dueText.en})${cloud.en}` }
        : doneMs !== undefined
        ? { zh: `群众防护迟延：${who.zh}，${formatClock(at)} 下达${action.zh}指令，${formatClock(doneMs)} 才全部完成（${dueText.zh}）${cloud.zh}`, en: `Public protection late: ${who.en} were ordered ${action.en} at ${formatClock(at)}, and all of them were protected only at ${formatClock(doneMs)} (${dueText.en})${cloud.en}` }
        : { zh: `群众防护未完成：${who.zh}，${formatClock(at)} 下达${action.zh}指令，至 ${formatClock(Math.max(due, x.endMs))} 仍未全部完成（${dueText.zh}）`, en: `Public protection not complete: ${who.en} were ordered ${action.en} at ${formatClock(at)}, and not all of them were protected by ${formatClock(Math.max(due, x.endMs))} (${dueText.en})` };
    const agency = owner;
    // protected at last: half the group's points per started 30-minute window late (the ERG's own period), at most the
    // whole, as never protected (late-grade.ts; review18 chemical A2: 1, 32 and 102 min late all cost 1.16)
    const share = at !== undefined && doneMs !== undefined ? lateShare(doneMs - due, WITHIN_MS, 0.5) : 1;
    // the group's own shortfall, never 随 the owner's slow linkage duty (a finding on the whole duty, in 部门联动): that
    // link held only while the owner did nothing else, and then moved the group's points to a joint holder that was
    // never asked (review17 chemical A1: the pupils' 1.16 on the police in the poor play, on the township in v12)
    out.push(
      finding({
        code: "PROTECTIVE_ACTION_LATE", section: "dispatch", opportunity: `protect:${g.id}`, dueMs: due, agency, atMs: doneMs ?? due, ruleId: isolate ? "ERG-ISOLATE" : "ERG-PAZ", basis: basisOf(x), quantity: share,
        message,
        // the agency's duty to move or shelter people, and the order and its completion (or the drill's end)
        evidence: dutyEvidence(x, agency, isolate ? ["evacuate"] : ["evacuate", "shelter"], [...(order >= 0 ? [order] : []), done >= 0 ? done : x.endEvent]),
      }),
    );
    out.push(...joint(agency, doneMs ?? due, share));
  }
  return out;
}

const BASIS_THROUGH = "《应急响应指南》（ERG 2024）防护行动区：疏散或就地避险，毒气团已到达或疏散途中将遭遇时宜就地避险";

/**
 * An evacuation of a protective-action-zone group of people indoors (who could shelter in place) that walked them through the cloud: their load
 * reached AEGL-2 (groupExposed) after the order and before they were out (or without their ever being
 * out), while the release was still going on (before sourceStopped, or it never stopped). Or the order
 * came after the crossing with the release still on: the cloud already covered them. Returns the
 * crossing's time and event and the source's stop time, or undefined.
 */
function throughCloud(x: EvalContext, group: string, orderMs: number, doneMs: number | undefined): { atMs: number; crossedMs: number; event: number; stopMs: number | undefined } | undefined {
  const stop = x.events.find((e) => e.type === "hazardChanged" && e.what === "sourceStopped");
  const stopMs = stop?.at;
  if (stopMs !== undefined && orderMs >= stopMs) return undefined;
  const i = x.events.findIndex((e) => e.type === "groupExposed" && e.level === "aegl2" && e.group === group);
  if (i < 0) return undefined;
  const atMs = (x.events[i] as { crossedAtMs: number }).crossedAtMs;
  // crossed before the evacuation was over, the release still on at that time
  const beforeOut = doneMs === undefined || atMs <= doneMs;
  const leaking = stopMs === undefined || atMs < stopMs || orderMs < stopMs;
  return beforeOut && leaking ? { atMs: Math.max(atMs, orderMs), crossedMs: atMs, event: i, stopMs } : undefined;
}

/**
 * Who owes a group's protection and when it falls due: the incident's unit for its own people, else the agency that
 * gave the (first) order, else the linkage duty holder; due 30 minutes from when that agency knew, never before 30
 * minutes from the release (receipt-due.ts; review12 chemical 4: the police told by the 110 call at 00:11, 00:41).
 */
export function protectOwner(x: EvalContext, group: string): { owner: string | null; due: { dueMs: number; from: number | undefined } } {
  const g = x.c.scenario.populations.find((p) => p.id === group);
  const order = x.events.find((e) => (e.type === "evacuationOrdered" || e.type === "shelterOrdered") && e.groups.includes(group)) as { by: string } | undefined;
  const owner = g !== undefined && ownPeople(x, g.place) ? x.c.scenario.incidentAgency : askedFor(x, group) ?? order?.by ?? dutyHolder(x, ["evacuate", "shelter"]);
  return { owner, due: dueFromReceipt(x, owner, ["evacuate", "shelter"], PROTECT_WITHIN_MS) };
}

/**
 * The holder of the public's protection that the group itself asked first (an inject's `asksFor` delivered to it: the
 * head teacher asking the township at 00:18 whether the pupils stay in class), or undefined. It answers for them before
 * any other holder, whoever else gave an order and whatever it did for other groups (review17 chemical A1: the pupils'
 * 1.16 moved between the police, who heard of the school only at 01:15, and the township with the township's unrelated
 * order for the village).
 */
function askedFor(x: EvalContext, group: string): string | undefined {
  const holders = dutyHolders(x, ["evacuate", "shelter"]);
  for (const e of x.events) {
    if (e.type !== "injectDelivered") continue;
    if (!x.c.scenario.injects.find((i) => i.id === e.inject)?.asksFor?.includes(group)) continue;
    const asked = e.to.find((a) => holders.includes(a));
    if (asked !== undefined) return asked;
  }
  return undefined;
}

/** People at the incident's own site (its place or its unit's base) are that unit's to move (危化条例 第七十一条). */
function ownPeople(x: EvalContext, place: string): boolean {
  const s = x.c.scenario;
  return place === s.incidentPlace || place === s.agencies.find((a) => a.id === s.incidentAgency)?.base;
}

/** Where a place lies: inside the ERG isolation circle, or in the downwind protective-action square. */
function zoneOf(x: EvalContext, place: string, isolateM: number, padM: number): { isolate: boolean; paz: boolean } {
  const source = x.c.graph.places.get(x.c.scenario.incidentPlace)!;
  const [ex, ny] = windToVector(x.c.scenario.weather[0]!.windFromDeg);
  const p = x.c.graph.places.get(place)!;
  const dx = p.x - source.x;
  const dy = p.y - source.y;
  const downwind = dx * ex + dy * ny;
  const crosswind = -dx * ny + dy * ex;
  return { isolate: distance(p, source) <= isolateM, paz: downwind >= 0 && downwind <= padM && Math.abs(crosswind) <= padM / 2 };
}

/** Each group inside either zone is one opportunity to protect people in time. */
export function protectiveOpportunities(x: EvalContext): Opportunity[] {
  const f = x.c.hazard.summary(x.state.hazard, x.state.tMs, x.c.scenario).figures;
  if (f.ergIsolateM === undefined || f.ergProtectM === undefined) return [];
  return x.c.scenario.populations
    .filter((g) => {
      const z = zoneOf(x, g.place, f.ergIsolateM!, f.ergProtectM!);
      return z.isolate || z.paz;
    })
    .map((g): Opportunity => ({ id: `protect:${g.id}`, section: "dispatch", failCodes: ["PROTECTIVE_ACTION_LATE"] }));
}
