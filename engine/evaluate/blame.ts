/**
 * Who answers for a fault (issue 10 §1): the agency that had to tell an agency left in the dark,
 * and the agency that had to take a site-wide measure nobody took. Read from the rules profile's
 * linkage table (`notifiedBy`), then from the reporting rules addressed to the agency, then the
 * lead agency (domain.md §5: the lead agency notifies the linked agencies by default).
 */
import { actionOf } from "../rules/actions.ts";
import { resolveAgencies } from "../rules/agencies.ts";
import type { Compiled } from "../compile.ts";
import type { EvalContext } from "./context.ts";

/** The agency that had to tell `agency` of the incident; null only for the incident's own agency. */
export function notifierOf(x: EvalContext, agency: string): string | null {
  return notifierIn(x.c, agency);
}

/** notifierOf from the compiled scenario and rules alone (the live deadline board names who owes each notice). */
export function notifierIn(c: Compiled, agency: string): string | null {
  const kind = c.agencies.get(agency)?.kind;
  for (const r of c.rules.linkage[c.scenario.kind]) {
    if (r.agency !== kind || r.notifiedBy === undefined) continue;
    const who = resolveAgencies(c, r.notifiedBy).find((a) => a !== agency);
    if (who) return who;
  }
  for (const r of c.rules.reporting) {
    if (r.scenarioKinds && !r.scenarioKinds.includes(c.scenario.kind)) continue;
    for (const from of resolveAgencies(c, r.from)) if (from !== agency && resolveAgencies(c, r.to, from).includes(agency)) return from;
  }
  if (agency !== c.scenario.leadAgency) return c.scenario.leadAgency;
  return agency !== c.scenario.incidentAgency ? c.scenario.incidentAgency : null;
}

/** When `agency` was first told of the incident (undefined: never). */
export function notifiedAt(x: EvalContext, agency: string): number | undefined {
  return x.state.knowledge.find((k) => k.agency === agency)?.notifiedAtMs;
}

/**
 * `agency`'s first command about the incident issued before anyone told it (a notice, report, dispatch, order: any
 * accepted command but an acknowledgement), as { atMs, event } (index); undefined when it was told first or never acted.
 */
export function actedUntold(x: EvalContext, agency: string): { atMs: number; event: number } | undefined {
  const told = notifiedAt(x, agency);
  const i = x.events.findIndex((e) => {
    const a = actionOf(e);
    return a !== undefined && a.type !== "acknowledge" && a.agency === agency && e.at >= x.c.incidentAtMs;
  });
  const e = x.events[i];
  return e !== undefined && (told === undefined || e.at < told) ? { atMs: e.at, event: i } : undefined;
}

/**
 * When `agency` demonstrably knew of the incident (review21 chemical 2): when it was told, or when it first issued a command
 * about it if that came first (the bureau that sends its notices to six agencies at 00:58 knew by 00:58, whatever relay
 * reached it later). Lateness after that point is its own, and a late relay or notice to it causes none beyond it
 * (relay-lateness.ts, late-share.ts, notice-lateness.ts, done-by-act.ts). Undefined: never told and never acted.
 */
export function knewAt(x: EvalContext, agency: string): number | undefined {
  return actedUntold(x, agency)?.atMs ?? notifiedAt(x, agency);
}

/**
 * The agency whose linkage duty lists one of `types` (e.g. cordon; evacuate or shelter), in the
 * profile's order, other than the incident's own unit; the lead agency when no duty lists it.
 */
export function dutyHolder(x: EvalContext, types: readonly string[]): string {
  return dutyHolders(x, types)[0] ?? x.c.scenario.leadAgency;
}

/**
 * Every agency whose linkage duty lists one of `types`, in the profile's order, other than the incident's own unit
 * (a cordon: the fire commander's, 消防法 第四十五条, and the police's; domain.md §5.2): a measure they jointly owe.
 */
export function dutyHolders(x: EvalContext, types: readonly string[]): string[] {
  const { c } = x;
  const out: string[] = [];
  for (const r of c.rules.linkage[c.scenario.kind]) {
    if (!r.actions.some((a) => types.includes(a.type))) continue;
    for (const who of resolveAgencies(c, r.agency)) if (who !== c.scenario.incidentAgency && !out.includes(who)) out.push(who);
  }
  return out;
}
