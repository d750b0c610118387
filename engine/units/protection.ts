/**
 * Whether a crew is protected for a task in the hot zone (AQ/T 9009-2015 附录A 人员保护; ERG 2024
 * guides 124/125): level-A chemical protection always; SCBA only for work its kit is made for (the
 * task is one of its capabilities: the scenario equips a water tender's SCBA crew for water curtains
 * at the tank, not for plugging a chlorine leak, which needs 一级（A级）防护); no respiratory
 * protection never. engine/evaluate/responder-safety.ts (HOT_ZONE_UNPROTECTED), harmful-orders.ts and the
 * live bots apply it.
 */
import type { UnitDef } from "../scenario/schema.ts";

export function crewProtectedFor(def: Pick<UnitDef, "protection" | "capabilities">, task: string): boolean {
  return def.protection === "levelA" || (def.protection === "scba" && def.capabilities.includes(task));
}
