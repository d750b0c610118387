/**
 * Who may give which command, by agency kind. Communication is open to every agency;
 * field powers follow the law: police and fire set cordons (消防法 第四十五条, 708号令 第十八条),
 * governments issue warnings and start responses (应对法 第六十三、七十一条), and so on.
 */
import type { CommandType } from "../model/commands.ts";
import { SITE_OWNER_KINDS, type AgencyKind } from "../scenario/schema.ts";

const SITE_OWNERS: readonly AgencyKind[] = SITE_OWNER_KINDS;

/**
 * Whether an agency of `kind` owns the incident's site (the enterprise, the mine and its dispatch room, the school): its
 * `activateResponse` starts ITS OWN emergency plan (生产安全事故应急条例 第十七条: 生产经营单位应当立即启动生产安全事故应急
 * 救援预案; 493号令 第十四条; GB/T 29639-2020 the unit's own 响应分级), never the county's response level, which only a
 * government seat starts (应对法 第七十一、七十二条). commands/field.ts applies it so; rules/actions.ts calls it `activatePlan`.
 */
export function isSiteOwner(kind: string | undefined): boolean {
  return kind !== undefined && (SITE_OWNERS as readonly string[]).includes(kind);
}
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
