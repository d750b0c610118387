/**
 * Protective actions for the public (ERG 2024, hazards.md §1.7): people inside the initial
 * isolation circle are evacuated, and people in the downwind protective-action zone (a square
 * of side PAD whose upwind edge is centred on the spill) are told to shelter or evacuate, in
 * both cases within the first 30 minutes, the period the ERG distances cover. The finding names the
 * agency whose duty it was: the incident's own unit for its people, else the linkage duty holder.
 */
import { windToVector } from "../model/detmath.ts";
import { formatClock, MINUTE } from "../model/time.ts";
import { distance } from "../world/graph.ts";
import { dutyHolder } from "./blame.ts";
import type { EvalContext } from "./context.ts";
import { firstEventAtOrAfter } from "./cordon.ts";
import { finding } from "./findings.ts";
import type { Finding } from "./report-model.ts";

const WITHIN_MS = 30 * MINUTE;
const BASIS = "ERG 2024 初始隔离区与下风向防护行动区（hazards.md §1.7）；危险化学品安全管理条例 第七十二条第（一）项（组织疏散、防护）；突发事件应对法 第七十三条";

export function evaluateProtectiveAction(x: EvalContext): Finding[] {
  const figures = x.c.hazard.summary(x.state.hazard, x.state.tMs, x.c.scenario).figures;
  const isolateM = figures.ergIsolateM;
  const padM = figures.ergProtectM;
  if (isolateM === undefined || padM === undefined) return [];
  const source = x.c.graph.places.get(x.c.scenario.incidentPlace)!;
  const [ex, ny] = windToVector(x.c.scenario.weather[0]!.windFromDeg);
  const out: Finding[] = [];
  for (const g of x.c.scenario.populations) {
    const p = x.c.graph.places.get(g.place)!;
    const dx = p.x - source.x;
    const dy = p.y - source.y;
    const downwind = dx * ex + dy * ny;
    const crosswind = -dx * ny + dy * ex;
    const isolate = distance(p, source) <= isolateM;
    const paz = downwind >= 0 && downwind <= padM && Math.abs(crosswind) <= padM / 2;
    if (!isolate && !paz) continue;
    // inside the isolation circle only evacuation counts; in the protective-action zone shelter does too
    const order = x.events.findIndex((e) => (e.type === "evacuationOrdered" || (!isolate && e.type === "shelterOrdered")) && e.groups.includes(g.id));
    const at = order >= 0 ? x.events[order]!.at : undefined;
    if (at !== undefined && at <= WITHIN_MS) continue;
    const zone = isolate ? { zh: `初始隔离区（${isolateM} 米）`, en: `initial isolation zone (${isolateM} m)` } : { zh: `下风向防护行动区（${padM / 1000} 公里）`, en: `downwind protective-action zone (${padM / 1000} km)` };
    const action = isolate ? { zh: "疏散", en: "evacuation" } : { zh: "就地避险或疏散", en: "shelter or evacuation" };
    out.push(
      finding({
        code: "PROTECTIVE_ACTION_LATE", section: "dispatch", agency: ownPeople(x, g.place) ? x.c.scenario.incidentAgency : dutyHolder(x, ["evacuate", "shelter"]), atMs: at ?? WITHIN_MS, ruleId: isolate ? "ERG-ISOLATE" : "ERG-PAZ", basis: BASIS,
        message: at !== undefined
          ? { zh: `群众防护迟延：${g.name.zh}（${g.count} 人）位于${zone.zh}，${formatClock(at)} 才下达${action.zh}指令（应在30分钟内）`, en: `Public protection late: ${g.name.en} (${g.count}) in the ${zone.en} was ordered ${action.en} only at ${formatClock(at)} (due within 30 min)` }
          : { zh: `群众未防护：${g.name.zh}（${g.count} 人）位于${zone.zh}，始终未下达${action.zh}指令`, en: `Public not protected: ${g.name.en} (${g.count}) in the ${zone.en} was never ordered ${action.en}` },
        evidence: { events: order >= 0 ? [order] : [0, ...firstEventAtOrAfter(x, WITHIN_MS)] },
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
