/**
 * Responders in the hot zone without the protection the work there needs (人员保护, AQ/T 9009-2015
 * 附录A; hazards.md §1.9 scoring hook: "responders inside the AEGL-3/IDLH zone without Level A/B
 * PPE"). The hot zone is where the engine's exposure events put a crew at or above the chemical's
 * 60-min AEGL-3, or at or above its NIOSH IDLH (whichever is lower: chlorine IDLH 10 ppm < AEGL-3
 * 20 ppm). A crew there is protected enough when it wears level-A chemical protection, or when it
 * does the work its kit is made for (the task is one of its capabilities: the scenario equips a
 * water tender's SCBA crew for water curtains at the tank). A crew with SCBA alone sent to do what
 * it is not equipped for — plugging a chlorine leak, which the scenario's own requirement gives to
 * "具备一级（A级）防护的防化救援力量" — works unprotected for that work: a fault of the agency that
 * sent it. Crews with no protection at all are UNSAFE_ENTRY (dispatch.ts), not counted again here.
 * The crew is exposed only because the order gave it a task outside its capabilities: when that order
 * is judged a wrong-type dispatch (DISPATCH_WRONG_TYPE, dispatch.ts), the hot-zone finding cites it and
 * costs nothing again (issue 10 §2: one command condemned once).
 *
 * The engine reports a crew's concentration only when it first reaches AEGL-2 and AEGL-3 (unitExposed,
 * with the ppm then), so a crew that crossed AEGL-2 below IDLH and rose above IDLH later is judged
 * only once it reaches AEGL-3.
 */
import type { EventOf } from "../model/events.ts";
import { crewProtectedFor } from "../units/protection.ts";
import { clock, type EvalContext } from "./context.ts";
import { ergGuide } from "./erg-basis.ts";
import { finding, wrongOrderKey } from "./findings.ts";
import { label, labels } from "./glossary.ts";
import { idlhPpm } from "./harmful-orders.ts";
import type { Finding } from "./report-model.ts";

/** the scenario's own chemical's ERG guide (erg-basis.ts: chlorine 124, ammonia 125), never both */
const basisOf = (x: EvalContext) =>
  `生产安全事故应急演练评估规范（AQ/T 9009-2015）附录A 人员保护；《应急响应指南》（ERG 2024）${ergGuide(x) ?? "指南"}：佩戴正压式空气呼吸器，穿戴化学防护服；演练方案力量需求（带压堵漏须具备一级（A级）防护）；热区以AEGL-3或IDLH为界（评估组设定）`;

interface Entry {
  unit: string;
  dispatch: number;
  arrived?: number;
  exposed: number;
}

/**
 * HOT_ZONE_UNPROTECTED findings: one per dispatch order that put SCBA-only crews in the hot zone
 * for work outside their capabilities; agency = the agency that sent them; quantity = the units;
 * evidence = the order, each unit's arrival and its exposure event.
 */
export function evaluateResponderSafety(x: EvalContext): Finding[] {
  const idlh = idlhPpm(x);
  const seen = new Set<string>();
  const byOrder = new Map<number, Entry[]>();
  x.events.forEach((e, i) => {
    if (e.type !== "unitExposed" || seen.has(e.unit)) return;
    if (!(e.level === "aegl3" || (idlh !== undefined && e.ppm >= idlh))) return;
    seen.add(e.unit);
    const def = x.c.units.get(e.unit);
    if (!def || def.protection !== "scba") return;
    const dispatch = lastBefore(x, i, (d): d is EventOf<"unitDispatched"> => d.type === "unitDispatched" && d.unit === e.unit);
    if (dispatch < 0) return;
    const task = (x.events[dispatch] as EventOf<"unitDispatched">).task;
    if (crewProtectedFor(def, task)) return;
    const arrived = lastBefore(x, i, (a) => a.type === "unitArrived" && a.unit === e.unit && a.at >= x.events[dispatch]!.at);
    // units sent by one order are one finding (the command's log sequence number)
    const key = (x.events[dispatch] as EventOf<"unitDispatched">).seq;
    byOrder.set(key, [...(byOrder.get(key) ?? []), { unit: e.unit, dispatch, ...(arrived >= 0 ? { arrived } : {}), exposed: i }]);
  });
  return [...byOrder.values()].map((entries) => hotZoneFinding(x, entries, idlh));
}

function hotZoneFinding(x: EvalContext, entries: Entry[], idlh: number | undefined): Finding {
  const first = entries[0]!;
  const order = x.events[first.dispatch] as EventOf<"unitDispatched">;
  const exposed = entries.map((en) => x.events[en.exposed] as EventOf<"unitExposed">);
  const ppm = Math.max(...exposed.map((e) => e.ppm));
  const names = entries.map((en) => x.unitName(en.unit));
  const types = labels("unitType", [...new Set(entries.map((en) => x.c.units.get(en.unit)!.type))]);
  const task = label("task", order.task);
  const sender = x.agencyName(order.agency);
  const aegl3 = x.c.hazard.toxicology?.(x.c.scenario).aegl3;
  const limits = [...(idlh !== undefined ? [`IDLH（${idlh} ppm）`] : []), ...(aegl3 !== undefined ? [`AEGL-3（${aegl3} ppm）`] : [])];
  const bound = { zh: limits.join("或"), en: limits.join(" or ").replace(/（/g, " (").replace(/）/g, ")") };
  const n = entries.length;
  return finding({
    code: "HOT_ZONE_UNPROTECTED", section: "dispatch", agency: order.agency, atMs: exposed[0]!.at, ruleId: "ZONE-HOT-PPE", basis: basisOf(x), quantity: n,
    // the exposure follows from the order's wrong task: one fault, charged as the wrong-type dispatch (§2)
    rootKey: wrongOrderKey(x.c.units.get(first.unit)?.agency ?? null, order.at, order.task),
    message: {
      zh: `热区防护不足：${sender.zh} ${clock(order.at)} 派 ${names.map((u) => u.zh).join("、")}（${types.zh}，仅配${label("protection", "scba").zh}）执行${task.zh}任务，${clock(exposed[0]!.at)} 进入浓度超过${bound.zh}的热区（${ppm} ppm），该任务不在其装备能力之内，应由具备${label("protection", "levelA").zh}的力量执行`,
      en: `Hot zone without the protection it needs: ${sender.en} sent ${names.map((u) => u.en).join(", ")} (${types.en}, ${label("protection", "scba").en} only) at ${clock(order.at)} to ${task.en}; at ${clock(exposed[0]!.at)} ${n === 1 ? "it was" : "they were"} inside the hot zone above ${bound.en} at ${ppm} ppm, doing work ${n === 1 ? "its" : "their"} kit is not made for, which needs ${label("protection", "levelA").en}`,
    },
    evidence: { events: entries.flatMap((en) => [en.dispatch, ...(en.arrived !== undefined ? [en.arrived] : []), en.exposed]) },
  });
}

function lastBefore(x: EvalContext, i: number, match: (e: (typeof x.events)[number]) => boolean): number {
  for (let j = i - 1; j >= 0; j--) if (match(x.events[j]!)) return j;
  return -1;
}
