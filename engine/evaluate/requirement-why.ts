/**
 * Why a resource requirement's deadline is where it is on the live board, and whether it can still move (round 22
 * item 3: the school fire's 120 triage need read 10:25 at T+00:10 and 10:30 at T+00:20 on the director's board with
 * nothing said; a director must be able to trust a deadline). The deadline is requirementStart + withinMin, exactly
 * as the report computes it (requirement-owner.ts); this says what that start rests on and whether a fact not yet
 * known can still move it, so the board marks it 暂定 with the reason instead of moving it silently.
 *
 * Shapes: `from` "notice" — the start is when an owner should have been told (a notice obligation owed to it is open,
 * `owner`, `notifier` its notifier, `rule`); "told" — no notice is owed and the owner, told before the need fell due
 * from the incident, counts from its receipt; "incident" — from the accident. `pending`: what can still move it, if
 * anything: "notice" — a linkage rule times a notice to an owner (`notifiedWithinMin`) whose obligation has not opened
 * (it opens on its trigger, e.g. the first injury for LNK-SCH-EMS, and then the start becomes its due time);
 * "notifier" — the open notice's notifier has not been told yet (its due runs from its receipt when told late);
 * "told" — the owner is not told yet, with the need not yet due from the incident. A drill that ended has nothing
 * pending: the board then reads what the report reads. Pure.
 */
import { MINUTE } from "../model/time.ts";
import type { RequirementDef } from "../scenario/schema.ts";
import { resolveAgencies } from "../rules/agencies.ts";
import type { EvalContext } from "./context.ts";
import { knewAt, notifierOf } from "./blame.ts";
import { noticeDue } from "./notice-due.ts";
import { owners, requirementStart } from "./requirement-owner.ts";

export interface StartWhy {
  from: "notice" | "told" | "incident";
  /** the owner the start is about (for "notice", the one the earliest notice is owed to) */
  owner?: string;
  /** "notice": the agency that owed it the notice, and the rule */
  notifier?: string;
  rule?: string;
  /** the start (ms), = requirementStart */
  startMs: number;
  pending?: { what: "notice" | "notifier" | "told"; agency: string; rule?: string };
}

export function requirementWhy(x: EvalContext, req: RequirementDef): StartWhy {
  const own = owners(x, req);
  const startMs = requirementStart(x, req);
  const ended = x.state.ended;
  const traces = x.obligations.filter((t) => t.ob.kind === "notified" && own.includes(t.ob.agency));
  // a notice rule to an owner whose obligation has not opened: when it opens its due time becomes (or lowers) the start
  const opened = new Set(traces.map((t) => `${t.ob.ruleId}\u0000${t.ob.agency}`));
  const rules = x.c.rules.linkage[x.c.scenario.kind] ?? [];
  const waiting = ended ? undefined : rules.flatMap((r) => (r.notifiedWithinMin === undefined ? [] : resolveAgencies(x.c, r.agency).filter((a) => own.includes(a) && !opened.has(`${r.id}\u0000${a}`)).map((a) => ({ what: "notice" as const, agency: a, rule: r.id }))))[0];
  if (traces.length > 0) {
    const due = traces.map((t) => ({ t, due: noticeDue(x, t.ob.agency, t) ?? t.ob.deadlineMs })).sort((a, b) => a.due - b.due)[0]!;
    const notifier = notifierOf(x, due.t.ob.agency);
    const untold = !ended && notifier !== null && knewAt(x, notifier) === undefined ? { what: "notifier" as const, agency: notifier } : undefined;
    const pending = untold ?? waiting;
    return { from: "notice", owner: due.t.ob.agency, ...(notifier !== null ? { notifier } : {}), rule: due.t.ob.ruleId, startMs, ...(pending ? { pending } : {}) };
  }
  const told = own.map((a) => ({ a, at: knewAt(x, a) })).filter((o): o is { a: string; at: number } => o.at !== undefined).sort((p, q) => p.at - q.at)[0];
  const dueFromIncident = x.c.incidentAtMs + req.withinMin * MINUTE;
  // an owner not told yet while the need is not yet due from the incident: told now, it would count from then
  const untold = !ended && told === undefined && x.state.tMs < dueFromIncident && own[0] !== undefined ? { what: "told" as const, agency: own[0] } : undefined;
  const pending = waiting ?? untold;
  if (told && startMs === told.at && startMs !== x.c.incidentAtMs) return { from: "told", owner: told.a, startMs, ...(pending ? { pending } : {}) };
  return { from: "incident", startMs, ...(pending ? { pending } : {}) };
}
