/** Resolve a rule's agency reference (a kind, or incidentAgency / leadAgency / superior) to agency ids. */
import type { Compiled } from "../compile.ts";
import type { AgencyRef } from "../scenario/rules-schema.ts";

export function resolveAgencies(c: Compiled, ref: AgencyRef, from?: string): string[] {
  switch (ref) {
    case "incidentAgency":
      return [c.scenario.incidentAgency];
    case "leadAgency":
      return [c.scenario.leadAgency];
    case "superior": {
      const sup = from ? c.agencies.get(from)?.reportsTo : undefined;
      return sup ? [sup] : [];
    }
    default:
      return c.scenario.agencies.filter((a) => a.kind === ref).map((a) => a.id);
  }
}
