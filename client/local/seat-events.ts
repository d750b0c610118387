/**
 * The replay's recent-events list as the chosen role saw it at the scrubbed time (newcomer 22 #14: with the fire seat
 * chosen, the list showed other agencies' events and injects, and the drill's last ones whatever the time). The
 * director (omniscient) sees every event up to `tMs`; a seat only those about itself: what it did (`by`, `from`), what
 * reached it (`to`: messages, reports, injects, acknowledgements, support requests), its own units' moves and its own
 * duties (`agency`, or the unit's agency in the scenario). Shapes: engine/model/events.ts.
 */
import type { Compiled } from "../../engine/compile.ts";
import type { DrillEvent } from "../../engine/model/events.ts";

/** Whether `role` (an agency id, or "director") saw `e` on its console. */
export function seatSaw(c: Compiled, role: string, e: DrillEvent): boolean {
  if (role === "director") return true;
  const x = e as DrillEvent & { by?: string; from?: string; to?: string | string[]; agency?: string; unit?: string; obligation?: { agency: string } };
  if (x.by === role || x.from === role || x.agency === role) return true;
  if (Array.isArray(x.to) ? x.to.includes(role) : x.to === role) return true;
  if (x.unit !== undefined && c.units.get(x.unit)?.agency === role) return true;
  return x.obligation?.agency === role;
}

/** The newest `n` of `events` up to `tMs` that `role` saw, oldest first. */
export function seenEvents(c: Compiled, role: string, events: readonly DrillEvent[], tMs: number, n = 12): DrillEvent[] {
  return events.filter((e) => e.at <= tMs && seatSaw(c, role, e)).slice(-n);
}
