/**
 * Protective actions for the public (ERG 2024, hazards.md §1.7): people inside the initial
 * isolation circle are evacuated, and people in the downwind protective-action zone (a square
 * of side PAD whose upwind edge is centred on the spill) are told to shelter or evacuate, in
 * both cases within the first 30 minutes, the period the ERG distances cover. The protection is judged
 * on completion (issue 10 §6): the time everyone is out (`groupEvacuated`) or indoors with the windows
 * shut (`groupSheltered`), not the order's time; an order still being carried out when the drill stops
 * is late if the 30 minutes have passed, else not yet due (not-due.ts). The finding names the
 * agency whose duty it was: the incident's own unit for its people, else the agency that gave the
 * (late) order, else the linkage duty holder. When that agency was told but idle or slow on its
 * duty to give the order (failedDutyKey), the late protection is a consequence of that finding.
 */
import { windToVector } from "../model/detmath.ts";
import { formatClock, MINUTE } from "../model/time.ts";
import { distance } from "../world/graph.ts";
import { dutyHolder } from "./blame.ts";
import { asOf, type EvalContext } from "./context.ts";
import type { Opportunity } from "./credit.ts";
import { dutyEvidence } from "./evidence.ts";
import { finding } from "./findings.ts";
import { failedDutyKey } from "./linkage.ts";
import type { Finding } from "./report-model.ts";

/** the ERG distances cover the first 30 minutes: the public is to be protected by then */
export const PROTECT_WITHIN_MS = 30 * MINUTE;
const WITHIN_MS = PROTECT_WITHIN_MS;
const BASIS = "《应急响应指南》（ERG 2024）表3 初始隔离区与下风向防护行动区（泄漏后30分钟）；危险化学品安全管理条例 第七十二条第（一）项（组织疏散、防护）；突发事件应对法 第七十三条";

export function evaluateProtectiveAction(x: EvalContext): Finding[] {
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
    if (doneMs !== undefined && doneMs <= WITHIN_MS) continue;
    const zone = isolate ? { zh: `初始隔离区（${isolateM} 米）`, en: `initial isolation zone (${isolateM} m)` } : { zh: `下风向防护行动区（${padM / 1000} 公里）`, en: `downwind protective-action zone (${padM / 1000} km)` };
    const action = isolate ? { zh: "疏散", en: "to evacuate" } : { zh: "就地避险或疏散", en: "to shelter or evacuate" };
    const who = { zh: `${g.name.zh}（${g.count} 人）位于${zone.zh}`, en: `${g.name.en} (${g.count}) in the ${zone.en}` };
    const message = at === undefined
      ? { zh: `群众未防护：${who.zh}，${asOf(x).never.zh}下达${action.zh}指令`, en: `Public not protected: ${who.en} ${asOf(x).ended ? "were never ordered" : "had not been ordered"} ${action.en}${asOf(x).ended ? "" : ` ${asOf(x).until.en}`}` }
      : doneMs === at
        ? { zh: `群众防护迟延：${who.zh}，${formatClock(at)} 才下达${action.zh}指令（应在30分钟内）`, en: `Public protection late: ${who.en} were ordered ${action.en} only at ${formatClock(at)} (due within 30 min)` }
        : doneMs !== undefined
        ? { zh: `群众防护迟延：${who.zh}，${formatClock(at)} 下达${action.zh}指令，${formatClock(doneMs)} 才全部完成（应在30分钟内）`, en: `Public protection late: ${who.en} were ordered ${action.en} at ${formatClock(at)}, and all of them were protected only at ${formatClock(doneMs)} (due within 30 min)` }
        : { zh: `群众防护未完成：${who.zh}，${formatClock(at)} 下达${action.zh}指令，至 ${formatClock(Math.max(WITHIN_MS, x.endMs))} 仍未全部完成（应在30分钟内）`, en: `Public protection not complete: ${who.en} were ordered ${action.en} at ${formatClock(at)}, and not all of them were protected by ${formatClock(Math.max(WITHIN_MS, x.endMs))} (due within 30 min)` };
    const agency = ownPeople(x, g.place) ? x.c.scenario.incidentAgency : order >= 0 ? (x.events[order] as { by: string }).by : dutyHolder(x, ["evacuate", "shelter"]);
    // the order's agency told but idle or slow on its duty to move or shelter people: its failure, counted there (§2)
    const orderType = order >= 0 ? (x.events[order]!.type === "shelterOrdered" ? "shelter" : "evacuate") : "evacuate";
    // only as far as the duty's delay covers the protection's (a protection never completed is covered only by a duty never met)
    const dutyKey = agency !== null ? failedDutyKey(x, agency, { type: orderType }, at, (doneMs ?? Infinity) - WITHIN_MS, WITHIN_MS) : undefined;
    out.push(
      finding({
        code: "PROTECTIVE_ACTION_LATE", section: "dispatch", opportunity: `protect:${g.id}`, agency, atMs: doneMs ?? WITHIN_MS, ruleId: isolate ? "ERG-ISOLATE" : "ERG-PAZ", basis: BASIS,
        ...(dutyKey ? { rootKey: dutyKey } : {}),
        message,
        // the agency's duty to move or shelter people, and the order and its completion (or the drill's end)
        evidence: dutyEvidence(x, agency, isolate ? ["evacuate"] : ["evacuate", "shelter"], [...(order >= 0 ? [order] : []), done >= 0 ? done : x.endEvent]),
      }),
    );
  }
  return out;
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
