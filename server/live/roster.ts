/**
 * The county roster (scenarios/roster/county.yaml, under LIANYAN_SCENARIOS when set): the real names of the county's
 * standing agencies by kind, one list shared by every scenario. A double-blind seat not yet told of the incident is
 * shown its agency by the roster's name for its kind (else by the kind, i18n agencyKind: 应急管理局), so its standby
 * console names "青石县应急管理局" and is still byte for byte the same whichever scenario will run
 * (tests/server/standby-frames.test.ts): the name comes from the county, not from the scenario. Kinds an incident
 * names (the enterprise, the mine and its dispatch room, the school, the township: INCIDENT_KINDS) may not be listed,
 * since which one it is would tell the scenario. Once told, the seat sees the scenario's own names.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { z } from "zod";
import { LocalText } from "../../engine/scenario/common.ts";
import { AGENCY_KINDS, type AgencyKind } from "../../engine/scenario/schema.ts";
import { scenariosDir } from "./scenario.ts";

/** kinds whose agency is the incident's own or its place's: a roster name for them would name the scenario */
export const INCIDENT_KINDS: ReadonlySet<AgencyKind> = new Set(["enterprise", "coalMine", "mineDispatch", "school", "townshipGov"]);

const STANDING = AGENCY_KINDS.filter((k) => !INCIDENT_KINDS.has(k)) as [AgencyKind, ...AgencyKind[]];
const RosterFile = z.object({ agencies: z.partialRecord(z.enum(STANDING), LocalText) }).strict();

export type Roster = z.infer<typeof RosterFile>;
export const NO_ROSTER: Roster = { agencies: {} };

/** the county the shipped roster names as an example, to be replaced by the county that runs the drills */
export const EXAMPLE_COUNTY = "青石县";

/**
 * The start-up line asking for the county's own names while `roster` (read from `file`) still names the example
 * county (EXAMPLE_COUNTY), else undefined. Newcomer 21 item 2: a seat on standby showed 青石县 and then, once told,
 * the scenario's 临江县, and the only word to replace the example sat deep in the README's room protocol.
 */
export function exampleCountyLine(roster: Roster, file: string): string | undefined {
  if (!Object.values(roster.agencies).some((n) => n?.zh.includes(EXAMPLE_COUNTY))) return undefined;
  return `county roster: ${file} still names the example county ${EXAMPLE_COUNTY} (Qingshi): a double-blind seat shows its agency by that name until it is told; put your county's agency names there and restart. 本县参演单位名册仍是示例县${EXAMPLE_COUNTY}：请改为本县单位名称后重启。`;
}

/** the roster file in scenarios folder `dir` */
export const rosterFile = (dir = scenariosDir()): string => join(dir, "roster", "county.yaml");

const cache = new Map<string, Roster>();

/**
 * The county roster of scenarios folder `dir`, read once per process: NO_ROSTER when the file is missing. Throws an
 * Error naming the file and the first problem (a kind an incident names, an unknown kind, a name without zh or en),
 * which main.ts lets stop the start.
 */
export function countyRoster(dir = scenariosDir()): Roster {
  const file = rosterFile(dir);
  const known = cache.get(file);
  if (known) return known;
  const roster = existsSync(file) ? readRoster(readFileSync(file, "utf8"), file) : NO_ROSTER;
  cache.set(file, roster);
  return roster;
}

/** Roster YAML text → roster; throws an Error naming `file`, the entry and what is wrong with it. */
export function readRoster(text: string, file: string): Roster {
  const r = RosterFile.safeParse(parse(text) ?? {});
  if (r.success) return r.data;
  const i = r.error.issues[0]!;
  const keys = i.code === "unrecognized_keys" || i.code === "invalid_key" ? ("keys" in i ? i.keys : [String(i.path.at(-1))]) : [];
  const incident = keys.find((k) => INCIDENT_KINDS.has(k as AgencyKind));
  const why = incident ? `an incident's own agency (${incident}) would name the scenario; leave it out` : i.message;
  throw new Error(`${file}: ${i.path.join(".") || "(top)"}: ${why}`);
}
