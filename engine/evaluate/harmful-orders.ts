/**
 * Orders that a finding condemns, and the harm they did to the crews they sent (issue 10 §1, §11).
 *
 * A dispatch order is condemned when the unit it sent
 *   - entered the hot zone (at or above the chemical's AEGL-3 or IDLH: life-threatening, hazards.md
 *     §1.9) without respiratory protection (UNSAFE_ENTRY, dispatch.ts; domain.md §7.5: no unprotected
 *     entry into the core zone),
 *   - entered the hot zone with SCBA only, for work outside its capabilities (HOT_ZONE_UNPROTECTED,
 *     responder-safety.ts), or
 *   - could not do the task it was sent for (DISPATCH_WRONG_TYPE, dispatch.ts).
 * Read from the events alone (the same tests those findings apply), so linkage can be judged before
 * the dispatch findings exist. A condemned order meets no duty (issue 10 §11: a play that only adds
 * harmful orders to no action never scores above it; §10: a condemned command is no strength). A
 * crew sent without protection into lower concentrations (AEGL-2: a township team evacuating the
 * village under the plume) still did the duty's work: its fault is the protection, charged by
 * UNSAFE_ENTRY and by its crew's harm below (a 防护提示 of no points when nobody in the crew was harmed,
 * order-faults.ts), and the duty is met.
 *
 * Harm to a crew follows from the order that put it there, not from the public's protection: the
 * crew's casualties are the engine's own (engine/people/tick.ts crewCasualties: the public's
 * dose–response on the crew's toxic load), grouped by that order and charged to the agency that
 * gave it (AQ/T 9009-2015 附录A 人员保护).
 */
import type { EventOf } from "../model/events.ts";
import { crewCasualties } from "../people/tick.ts";
import { CHEMICALS } from "../hazards/chemical/properties.ts";
import { clock, type EvalContext, type ObligationTrace } from "./context.ts";
import type { FindingInput } from "./findings.ts";
import { actionOf, meetsSpec } from "../rules/actions.ts";
import { crewProtectedFor } from "../units/protection.ts";

/** The IDLH of the scenario's chemical, ppm (undefined for other hazards). */
export function idlhPpm(x: EvalContext): number | undefined {
  const chem = (x.c.scenario.hazard as { chemical?: string }).chemical;
  return chem === "chlorine" || chem === "ammonia" ? CHEMICALS[chem].idlh : undefined;
}

const condemnedMemo = new WeakMap<EvalContext, ReadonlySet<number>>();

/** The unitDispatched events (log indexes) whose order one of the findings above condemns. */
export function condemnedOrders(x: EvalContext): ReadonlySet<number> {
  const hit = condemnedMemo.get(x);
  if (hit) return hit;
  const idlh = idlhPpm(x);
  const out = new Set<number>();
  const last = new Map<string, number>();
  x.events.forEach((e, i) => {
    if (e.type === "unitDispatched") last.set(e.unit, i);
    if (e.type !== "unitExposed" && e.type !== "taskFailed") return;
    const d = last.get(e.unit);
    const def = x.c.units.get(e.unit);
    if (d === undefined || !def) return;
    const task = e.type === "taskFailed" ? e.task : (x.events[d] as EventOf<"unitDispatched">).task;
    const capable = def.capabilities.includes(task);
    const hot = e.type === "unitExposed" && (e.level === "aegl3" || (idlh !== undefined && e.ppm >= idlh));
    const condemned = e.type === "taskFailed" ? !capable : hot && (!e.protected || !crewProtectedFor(def, task));
    if (condemned) out.add(d);
  });
  condemnedMemo.set(x, out);
  return out;
}

/**
 * An act obligation as judged once condemned orders meet nothing: when the command that met it is
 * condemned, the first later matching command that is not (late if after the deadline); none, and
 * the duty is missed once its deadline has passed (judged at the drill's end). Unchanged otherwise.
 */
export function judgedAct(x: EvalContext, t: ObligationTrace | undefined): ObligationTrace | undefined {
  if (!t?.met || t.ob.kind !== "act") return t;
  const matches = (i: number) => {
    const a = actionOf(x.events[i]!);
    return a !== undefined && meetsSpec(t.ob.actions, a, (g) => x.c.agencies.get(g)?.kind, t.ob.agency) !== undefined;
  };
  let cmd = t.met.event;
  while (cmd >= 0 && !matches(cmd)) cmd--;
  const bad = condemnedOrders(x);
  if (cmd < 0 || !bad.has(cmd)) return t;
  // one order may send several units: its sound part meets the duty (newcomer 19: a tender sent to 灭火 beside a ladder
  // that cannot fight fire had the brigade judged 联而不动 though it turned out in 35 s)
  for (let j = cmd - 1; j >= 0 && x.events[j]!.at === x.events[cmd]!.at; j--) if (matches(j) && !bad.has(j)) return t;
  for (let j = cmd + 1; j < x.events.length; j++) {
    if (!matches(j) || bad.has(j)) continue;
    const a = actionOf(x.events[j]!)!;
    // a command before the agency was told meets the duty when it is told (as the engine's "acted before being told")
    const at = Math.max(x.events[j]!.at, x.events[t.opened]!.at);
    return { ...t, met: { event: j, atMs: at, late: at > t.ob.deadlineMs, byEvent: `${a.type}${a.task ? ` ${a.task}` : ""}` } };
  }
  const { met: _m, ...rest } = t;
  return t.ob.deadlineMs <= x.endMs ? { ...rest, missed: t.missed ?? x.endEvent } : rest;
}

/** Casualties among the crews one order sent. */
export interface CrewHarm {
  /** the agency that gave the order */
  agency: string;
  /** its unitDispatched event(s): one per unit, same order */
  orders: number[];
  units: string[];
  /** the crews' exposure events */
  exposures: number[];
  deaths: number;
  seriousInjuries: number;
  injured: number;
}

/**
 * Casualties among responders' crews at the drill's end, grouped by the order (command sequence
 * number) that sent them where they took their dose: the order before each unit's first exposure.
 * Whole people per order (expected values rounded); orders that harmed nobody are left out.
 */
export function crewHarm(x: EvalContext): CrewHarm[] {
  const tox = x.c.hazard.toxicology?.(x.c.scenario);
  if (!tox) return [];
  const byOrder = new Map<number, CrewHarm & { d: number; s: number; i: number }>();
  for (const u of x.state.units) {
    const def = x.c.units.get(u.id);
    if (!def || u.crewToxicLoad <= 0) continue;
    const c = crewCasualties(u, def.crew, tox);
    if (c.deaths + c.seriousInjuries + c.injured <= 0) continue;
    const exposures = x.events.flatMap((e, i) => (e.type === "unitExposed" && e.unit === u.id ? [i] : []));
    const before = exposures[0] ?? x.events.length;
    let d = before - 1;
    while (d >= 0 && !(x.events[d]!.type === "unitDispatched" && (x.events[d] as EventOf<"unitDispatched">).unit === u.id)) d--;
    if (d < 0) continue;
    const order = x.events[d] as EventOf<"unitDispatched">;
    const g = byOrder.get(order.seq) ?? { agency: order.agency, orders: [], units: [], exposures: [], deaths: 0, seriousInjuries: 0, injured: 0, d: 0, s: 0, i: 0 };
    g.orders.push(d);
    g.units.push(u.id);
    g.exposures.push(...exposures);
    g.d += c.deaths;
    g.s += c.seriousInjuries;
    g.i += c.injured;
    byOrder.set(order.seq, g);
  }
  return [...byOrder.values()]
    .map(({ d, s, i, ...g }) => ({ ...g, deaths: Math.round(d), seriousInjuries: Math.round(s), injured: Math.round(i) }))
    .filter((g) => g.deaths + g.seriousInjuries + g.injured > 0);
}

/** The rule id of an outcome finding about crews' harm (causes.ts finds its cause by the order). */
export const CREW_RULE = "OUT-CREW";

/**
 * An outcome finding (`code`: OUTCOME_PREVENTABLE_HARM, or OUTCOME_DEATHS / OUTCOME_SERIOUS_INJURIES
 * without a best play) for the crews one order harmed, on the agency that gave it; evidence: the
 * order and the crews' exposure. Its cause (the finding condemning the order) is named by causes.ts.
 */
export function crewFinding(x: EvalContext, g: CrewHarm, code: "OUTCOME_PREVENTABLE_HARM" | "OUTCOME_DEATHS" | "OUTCOME_SERIOUS_INJURIES", quantity: number, basis: string): FindingInput {
  const order = x.events[g.orders[0]!]!;
  const sender = x.agencyName(g.agency);
  const units = g.units.map((u) => x.unitName(u));
  return {
    code, section: "outcomes", opportunity: "outcomes", agency: g.agency, atMs: x.events[g.exposures[0] ?? g.orders[0]!]!.at, ruleId: CREW_RULE, basis, quantity,
    message: {
      zh: `救援人员伤亡：${sender.zh} ${clock(order.at)} 派 ${units.map((u) => u.zh).join("、")} 进入危险浓度区域，乘员死亡 ${g.deaths}、重伤 ${g.seriousInjuries}、受伤 ${g.injured}，由该派遣指令所致`,
      en: `Responders harmed: ${sender.en} sent ${units.map((u) => u.en).join(", ")} into a dangerous concentration at ${clock(order.at)}; among the crews ${g.deaths} dead, ${g.seriousInjuries} seriously injured, ${g.injured} injured, caused by that order`,
    },
    evidence: { events: [...g.orders, ...g.exposures] },
  };
}

/** `all` without the crews' harm: the public's figures (never below 0). */
export function withoutCrews<T extends { deaths: number; seriousInjuries: number; injured: number }>(all: T, crews: readonly CrewHarm[]): T {
  const sum = (k: "deaths" | "seriousInjuries" | "injured") => Math.max(0, all[k] - crews.reduce((s, g) => s + g[k], 0));
  return { ...all, deaths: sum("deaths"), seriousInjuries: sum("seriousInjuries"), injured: sum("injured") };
}
