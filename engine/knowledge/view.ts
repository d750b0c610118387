/**
 * view(state, role): the only way state reaches a player (design.md). An agency sees the
 * messages addressed to it or sent by it, its own units, the public situation (cordons,
 * warnings, response level) and the facts it has learnt, with the casualties it knows (its own
 * units' observations, reliable sources) apart from those others claimed to it (possibly false).
 * It never sees other agencies'
 * private messages, the casualty truth, the hazard's internals or injects not yet delivered.
 * The director and evaluators get the omniscient view.
 */
import type { Compiled } from "../compile.ts";
import { DIRECTOR, EVALUATOR, type Role } from "../model/ids.ts";
import type { AgencyKnowledge, Cordon, DrillState, Message, Obligation, UnitState, WarningNotice } from "../model/state.ts";

export interface AgencyView {
  role: string;
  omniscient: false;
  tMs: number;
  ended: boolean;
  messages: Message[];
  units: UnitState[];
  cordons: Cordon[];
  warnings: WarningNotice[];
  responseLevel?: number;
  knowledge: AgencyKnowledge;
  /** its own obligations: what it owes, and by when */
  obligations: Obligation[];
}

export interface ControlView {
  role: string;
  omniscient: true;
  tMs: number;
  state: DrillState;
  hazard: unknown;
  /** the master scenario events list, with what has fired */
  injects: Array<{ id: string; fired: boolean; to: string[] }>;
}

export type RoleView = AgencyView | ControlView;

export function view(c: Compiled, state: DrillState, role: Role): RoleView {
  if (role === DIRECTOR || role === EVALUATOR) {
    return {
      role,
      omniscient: true,
      tMs: state.tMs,
      state,
      hazard: c.hazard.overlay?.(state.hazard, c.scenario) ?? null,
      injects: c.scenario.injects.map((i) => ({ id: i.id, fired: state.injectsFired.includes(i.id), to: i.to })),
    };
  }
  const knowledge = state.knowledge.find((k) => k.agency === role);
  if (!knowledge) throw new Error(`no role "${role}"`);
  const own = new Set(c.scenario.units.filter((u) => u.agency === role).map((u) => u.id));
  return {
    role,
    omniscient: false,
    tMs: state.tMs,
    ended: state.ended,
    messages: state.messages.filter((m) => m.from === role || m.to.includes(role)),
    units: state.units.filter((u) => own.has(u.id)),
    cordons: state.cordons,
    warnings: state.warnings,
    ...(state.responseLevel !== undefined ? { responseLevel: state.responseLevel } : {}),
    knowledge,
    obligations: state.obligations.filter((o) => o.agency === role && o.kind !== "notified"),
  };
}
