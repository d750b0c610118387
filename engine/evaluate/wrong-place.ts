/**
 * Units sent to the wrong place (DISPATCH_WRONG_PLACE): a unit of the right type, sent for a
 * requirement's task to a place that is not the requirement's, does not meet it (AQ/T 9009-2015
 * 附录A 应急资源管理 and 4.7: the rescue plan mobilises enough resources where they are needed;
 * domain.md §3.6, §7.5 compare what was sent with what the scenario requires, type, number and place).
 * While the requirement stays unmet in time, that order is a fault of the agency that gave it, and
 * the shortfall it leaves follows from it (dispatch.ts cites it as the shortfall's root).
 *
 * A stop on the way is no wrong place (newcomer review 5): units sent for the task to a place on their
 * own road route to the requirement's place (a staging point short of a hazard zone, as the live bots
 * and cautious players do) are judged where they end up, the requirement late or short, never 派错地点.
 *
 * A unit sent to answer a request for help, at the place asked (help-requests.ts), is no wrong place either: it went
 * where it was asked to go (review15 chemical 3; 人民警察法 第二十一条), and the requirement it did not meet stays a
 * shortfall of its own.
 *
 * Same place: a destination within SAME_SITE_M of the requirement's place. The shipped scenarios'
 * closest distinct sites are a school building and its playground, 100 m apart, with different
 * requirements (suppression at the building, triage on the playground); places less than half that
 * apart are one site, so no named site is taken for another.
 */
import { distance, shortestRoute } from "../world/graph.ts";
import type { RequirementDef } from "../scenario/schema.ts";
import { asOf, clock, span, type EvalContext } from "./context.ts";
import { finding } from "./findings.ts";
import { label, labels } from "./glossary.ts";
import { answersRequest } from "./help-requests.ts";
import type { Finding, RequirementRow } from "./report-model.ts";

/** Metres within which two places are one site (see the module note). */
export const SAME_SITE_M = 50;

const AQ = "生产安全事故应急演练评估规范（AQ/T 9009-2015）附录A 应急资源管理、4.7（救援方案合理，调集力量满足需要）";

/** The two places are one site: the same place, or within SAME_SITE_M of each other. */
export function samePlace(x: EvalContext, a: string, b: string): boolean {
  if (a === b) return true;
  const p = x.c.graph.places.get(a);
  const q = x.c.graph.places.get(b);
  return p !== undefined && q !== undefined && distance(p, q) <= SAME_SITE_M;
}

/** The key a shortfall cites when the units sent elsewhere would have made up its count. */
export const wrongPlaceKey = (agency: string, atMs: number, req: string) => `misplaced:${agency}:${atMs}:${req}`;

interface Order {
  agency: string;
  atMs: number;
  place: string;
  units: string[];
  events: number[];
}

/**
 * The orders that sent units able to do `req`'s task to another place while `row` (the requirement's
 * verdict) was not met in time: one finding per order, its quantity the units in it (each a unit
 * missing where it was needed, the rubric's per-unit points). None when the requirement was met or is
 * not yet due (its deadline after the drill's last time, or its owner never told), or
 * when another requirement asks for the same task at that place (the units went where one was due).
 * `shortKey`: the key of the order that the shortfall follows from, when its units would have made it up.
 */
export function wrongPlace(x: EvalContext, req: RequirementDef, row: RequirementRow): { findings: Finding[]; shortKey?: string } {
  // judged once the requirement fell due unmet: before its deadline the units may yet be sent where it is (not-due.ts)
  if (row.status === "met" || row.deadlineMs === undefined || row.deadlineMs > x.endMs) return { findings: [] };
  const orders = new Map<string, Order>();
  x.events.forEach((e, i) => {
    if (e.type !== "unitDispatched" || e.task !== req.task || samePlace(x, e.place, req.place)) return;
    const def = x.c.units.get(e.unit);
    if (!def || !req.unitType.includes(def.type) || !def.capabilities.includes(req.task)) return;
    // sent where another requirement wants the same task, or later counted where this one is due: not misplaced
    if (x.c.scenario.requirements.some((r) => r.task === e.task && samePlace(x, e.place, r.place))) return;
    if (row.arrivals.some((a) => a.unit === e.unit)) return;
    // sent where a party at risk asked for help (help-requests.ts): it answers that request, not this requirement
    if (answersRequest(x, e)) return;
    if (onTheWay(x, e.unit, def, i, e.place, req.place)) return;
    const k = `${e.agency}|${e.at}|${e.place}`;
    const o = orders.get(k) ?? { agency: e.agency, atMs: e.at, place: e.place, units: [], events: [] };
    if (!o.units.includes(e.unit)) o.units.push(e.unit);
    o.events.push(i);
    orders.set(k, o);
  });
  const short = req.count - row.arrivals.filter((a) => a.onTime).length;
  let sent = 0;
  let shortKey: string | undefined;
  const findings = [...orders.values()].map((o) => {
    const key = wrongPlaceKey(o.agency, o.atMs, req.id);
    sent += o.units.length;
    if (shortKey === undefined && sent >= short) shortKey = key;
    return misplaced(x, req, o, key);
  });
  return { findings, ...(shortKey !== undefined ? { shortKey } : {}) };
}

/**
 * Whether `place` lies on the unit's quickest road route from where it was when ordered (its last arrival
 * before event index `at`, else its base) to `target`, strictly between the two: a stop on the way
 * (staging), not a wrong place.
 */
function onTheWay(x: EvalContext, unit: string, def: { base: string; speedKmh: number }, at: number, place: string, target: string): boolean {
  let from = def.base;
  for (let i = at - 1; i >= 0; i--) {
    const e = x.events[i]!;
    if (e.type === "unitArrived" && e.unit === unit) {
      from = e.place;
      break;
    }
  }
  const nodes = shortestRoute(x.c.graph, from, target, def.speedKmh)?.nodes ?? [];
  // strictly between: a unit ordered to stay where it is, or to a place off its road, is not on its way
  return nodes.slice(1, -1).includes(place);
}

function misplaced(x: EvalContext, req: RequirementDef, o: Order, key: string): Finding {
  const names = o.units.map((u) => x.unitName(u));
  const there = x.placeName(o.place);
  const due = x.placeName(req.place);
  const task = label("task", req.task);
  const type = labels("unitType", req.unitType);
  const m = Math.round(distance(x.c.graph.places.get(o.place)!, x.c.graph.places.get(req.place)!));
  // how long the units stayed at the wrong place: from their arrival to their next order or the drill's end
  const stay = o.units.map((u) => {
    const arrived = x.events.find((e) => e.type === "unitArrived" && e.unit === u && e.at >= o.atMs);
    const next = x.events.find((e) => (e.type === "unitDispatched" || e.type === "unitRecalled") && e.unit === u && e.at > o.atMs);
    return arrived && (!next || next.at > arrived.at) ? (next?.at ?? x.endMs) - arrived.at : 0;
  });
  const longest = Math.max(0, ...stay);
  // a stay that only the drill's end (or the report's time) cut short is no measured stay: say they were still there
  const movedOn = o.units.some((u) => x.events.some((e) => (e.type === "unitDispatched" || e.type === "unitRecalled") && e.unit === u && e.at > o.atMs));
  const worked = longest === 0 ? { zh: "", en: "" } : movedOn
    ? { zh: `，在该处停留 ${span(longest).zh}`, en: `, and stayed there ${span(longest).en}` }
    : asOf(x).ended ? { zh: "，至演练结束仍在该处", en: ", and were still there when the drill ended" } : { zh: `，至 ${asOf(x).now}（当前）仍在该处`, en: `, and were still there at ${asOf(x).now} (now)` };
  return finding({
    code: "DISPATCH_WRONG_PLACE", section: "dispatch", agency: o.agency, atMs: o.atMs, ruleId: req.id, key, opportunity: `req:${req.id}`,
    basis: `演练方案力量需求“${req.text.zh}”（地点：${due.zh}）；${AQ}`,
    message: {
      zh: `力量派往地点错误：${clock(o.atMs)} 派 ${names.map((n) => n.zh).join("、")}（${type.zh}）到${there.zh}执行${task.zh}任务，而该需求的地点是${due.zh}（相距约 ${m} 米），不满足“${req.text.zh}”${worked.zh}`,
      en: `Sent to the wrong place: at ${clock(o.atMs)} ${names.map((n) => n.en).join(", ")} (${type.en}) went to ${there.en} for ${task.en}, while the requirement is at ${due.en} (about ${m} m away), so it did not meet “${req.text.en}”${worked.en}`,
    },
    evidence: { events: o.events },
    quantity: o.units.length,
  });
}
