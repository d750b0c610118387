/**
 * Who may give which command, by agency kind. Communication is open to every agency;
 * field powers follow the law: police and fire set cordons (消防法 第四十五条, 708号令 第十八条),
 * governments issue warnings and start responses (应对法 第六十三、七十一条), and so on.
 */
import type { CommandType } from "../model/commands.ts";
import type { AgencyKind } from "../scenario/schema.ts";

const SITE_OWNERS: AgencyKind[] = ["enterprise", "coalMine", "mineDispatch", "school"];
const GOVERNMENT: AgencyKind[] = ["countyGov", "emergencyBureau", "cityEmergencyBureau"];

const POWERS: Partial<Record<CommandType, readonly AgencyKind[]>> = {
  cordon: ["publicSecurity", "fireRescue", "mineRescueTeam", ...GOVERNMENT, ...SITE_OWNERS],
  evacuate: ["publicSecurity", "fireRescue", "townshipGov", "educationBureau", "mineRescueTeam", ...GOVERNMENT, ...SITE_OWNERS],
  shelter: ["publicSecurity", "fireRescue", "townshipGov", "educationBureau", ...GOVERNMENT, ...SITE_OWNERS],
  warning: ["meteorologicalBureau", "ecoEnvironmentBureau", ...GOVERNMENT],
  activateResponse: [...GOVERNMENT, ...SITE_OWNERS, "educationBureau", "healthBureau", "fireRescue"],
};

/** Whether an agency of `kind` may give a command of `type` (director commands are checked apart). */
export function mayGive(kind: string, type: CommandType): boolean {
  const allowed = POWERS[type];
  return allowed === undefined || (allowed as readonly string[]).includes(kind);
}
