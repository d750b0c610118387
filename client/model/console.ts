/**
 * What a console renders: plain objects, whatever their source (the live server's per-seat
 * view, or the engine run in the browser by the replay viewer). Panels read only this.
 */
import type { CommandType } from "../../engine/model/commands.ts";
import type { DrillEvent } from "../../engine/model/events.ts";
import type { UnitFailure } from "../../engine/units/failures.ts";
import { arrivalMs } from "../../protocol/views.ts";
import type { RecoveryNote } from "../../protocol/messages.ts";
import type { UnitKind } from "../../protocol/unit-kinds.ts";
import type { StartWhy } from "../../engine/evaluate/requirement-why.ts";
import type { LocalText } from "../../engine/model/ids.ts";
import { SITE_OWNER_KINDS } from "../../engine/model/site-owners.ts";
import type { AgencyKnowledge, Cordon, Message, Obligation, UnitState, WarningNotice } from "../../engine/model/state.ts";

export interface PlaceInfo { id: string; kind: string; x: number; y: number; name: LocalText }
export interface RoadInfo { from: string; to: string; name?: LocalText }
export interface AgencyInfo { id: string; kind: string; name: LocalText; simulated?: boolean }
export interface UnitInfo { id: string; name: LocalText; type: string; agency: string; capabilities: string[] }
/** A unit as a console shows it; `etaMs` is the server's arrival time at its destination (UnitRow.etaMs). */
export type UnitView = UnitState & { info: UnitInfo; etaMs?: number };

/**
 * When a unit reaches its destination (simulated ms), or undefined when it is not on its way:
 * the live server's figure, else read from the engine's route (the replay viewer).
 */
export function unitEtaMs(u: UnitView): number | undefined {
  return u.etaMs ?? arrivalMs(u);
}

export interface InjectInfo {
  id: string;
  /** scheduled drill time (ms), when the inject is timed */
  atMs?: number;
  /** a condition, in words, when it fires on one */
  when?: string;
  to: string[];
  text: LocalText;
  spotQuestion: boolean;
  fired: boolean;
}

export interface SeatInfo { seat: string; kind: "seat" | "director" | "evaluator" | "observer"; people: string[]; bot: boolean }

/**
 * Paused at T+0 and not ended: the director has not started the drill (a drill is made paused, to
 * start once the seats are in). A seat joining then is told so, not just "paused" (newcomer 17 item 6).
 * A double-blind seat on standby has no clock at all (it may not learn whether the drill runs), so it is never told this.
 */
export const notStarted = (m: Pick<ConsoleModel, "tMs" | "paused" | "ended" | "standby">): boolean => !m.standby && m.paused && !m.ended && m.tMs === 0;

export interface ConsoleModel {
  /** agency id, or "director" / "evaluator" / "observer" */
  role: string;
  omniscient: boolean;
  /** absent for a seat in a double-blind drill before its first notification */
  title?: LocalText;
  /** the drill's mode as its director chose it (NONE 公开, SINGLE_BLIND, DOUBLE_BLIND): shown beside the title, never read from it */
  mode?: string;
  /** the scenario's kind (chemical-leak, mine-flood, school-fire), known with the title: casualty and exposure labels follow it (model/labels.ts) */
  hazardKind?: string;
  startIso: string;
  /** a double-blind seat not yet told: no clock and no start reach it (the time is the scenario's), so none is shown */
  standby?: boolean;
  tMs: number;
  ended: boolean;
  paused: boolean;
  speed: number;
  agencies: AgencyInfo[];
  places: PlaceInfo[];
  roads: RoadInfo[];
  units: UnitView[];
  /** `source`: a scenario inject's in-fiction caller (protocol/views.ts MessageRow) */
  messages: Array<Message & { source?: LocalText }>;
  /** `owner`: who owes it, when the view says (the control view names a notice's notifier) */
  /** `toldBy`: for a notice met, who told its agency first (an agency id, "scenario" for an inject) */
  /** `partsLeft`: an act duty met with parts still undone (protocol/views.ts ObligationRow.partsLeft): not done yet */
  /** `why`: a requirement row on the control board, what its deadline rests on (engine/evaluate/requirement-why.ts) */
  obligations: Array<Obligation & { owner?: string; toldBy?: string; partsLeft?: Array<{ text: LocalText } | { notice: string } | { units: { types: string[]; need: number; arrived: number } }>; why?: StartWhy }>;
  cordons: Cordon[];
  warnings: WarningNotice[];
  responseLevel?: number;
  knowledge?: AgencyKnowledge;
  /** the incident's place, once this role knows of it */
  incidentPlace?: string;
  /** commands this role may give (buttons it lacks are not shown) */
  powers: CommandType[];
  tasks: string[];
  siteTargets: Array<{ id: string; name: LocalText }>;
  /** the unit kinds a support request may ask for (protocol/unit-kinds.ts): the request form lists them */
  unitKinds?: UnitKind[];
  /** the director's: the drill was recovered after its server stopped, and what it may have lost (protocol RecoveryNote) */
  recovered?: RecoveryNote;
  /** the director's: earlier recoveries not yet shown (the server stopped again before a director joined), oldest first */
  earlierRecoveries?: RecoveryNote[];
  /** the hazard model id and its overlay, where this role has eyes (omniscient: always) */
  hazardModel?: string;
  overlay?: unknown;
  /** the static site geometry the overlay is drawn on (mine nodes and segments, school rooms) */
  site?: SiteGeometry;
  /** without the geometry (a live seat): the names of the site's rooms and roadways, by id, for the site view's labels */
  spots?: Array<{ id: string; name: LocalText }>;
  /** director and evaluators: the master scenario events list */
  injects?: InjectInfo[];
  /** director and evaluators: seats and who is in them */
  seats?: SeatInfo[];
  /** director and evaluators (live): the recent engine events, codes and parameters, oldest first */
  feed?: DrillEvent[];
  /** a seat: its units' orders that could not be carried out and still stand (engine/units/failures.ts), worded beside each unit */
  unitFailures?: UnitFailure[];
  /** omniscient only: ground truth */
  truth?: { deaths: number; seriousInjuries: number; injured: number; missing: number; exposed: number; evacuated: number; grade: number };
}

export type SiteGeometry =
  | { model: "mine-flood"; nodes: Array<{ id: string; x: number; y: number; elevationM: number; kind: string; name: LocalText }>; segments: Array<{ id: string; from: string; to: string; heightM: number; name: LocalText }> }
  | { model: "building-fire"; floors: Array<{ level: number; name: LocalText }>; rooms: Array<{ id: string; floor: number; kind: string; rect: [number, number, number, number]; name: LocalText }> };

/** The agency's own id when this is a seat; undefined for control roles. */
export const isSeat = (m: ConsoleModel): boolean => !m.omniscient && m.role !== "observer";

/**
 * Who asked the spot question (随机提问) this inject message is, for `role`: the obligation the
 * engine opened for it (`SPOT:<inject>:<role>`) names the asker in `to` (the director, or the
 * agency the scenario names); undefined for any other message.
 */
export function spotAsker(m: Pick<ConsoleModel, "role" | "obligations">, x: Message): string | undefined {
  if (x.kind !== "inject" || !x.inject) return undefined;
  const o = m.obligations.find((ob) => ob.id === `SPOT:${x.inject}:${m.role}`);
  return o ? o.to ?? "director" : undefined;
}

/**
 * The board row of a request for help that scenario message `x` puts to this seat (`HELP:<inject>:<role>`,
 * engine/evaluate/seat-help-requests.ts: 华宇 asking the enterprise whether to move its people), or undefined.
 */
export function helpRow(m: Pick<ConsoleModel, "role" | "obligations">, x: Message): ConsoleModel["obligations"][number] | undefined {
  if (x.kind !== "inject" || !x.inject) return undefined;
  return m.obligations.find((ob) => ob.id === `HELP:${x.inject}:${m.role}`);
}

/**
 * Whether a scripted party still waits for this seat's answer through the director (导调), who plays it: a request
 * for help whose answer is a message to the director, not yet answered (open, or missed and still owed). The message
 * form then offers the director as a recipient (newcomer 23 item 1: it did not, so the request could not be met).
 */
export function partyAwaits(m: Pick<ConsoleModel, "role" | "obligations">): boolean {
  return m.obligations.some((o) => o.id.startsWith("HELP:") && o.agency === m.role && o.to === "director" && (o.status === "open" || o.status === "missed"));
}

/** Whom a reply to `x` goes to: a spot question's asker, the director for a party's request for help (it plays the party), else the sender. */
export function replyTarget(m: Pick<ConsoleModel, "role" | "obligations">, x: Message): string {
  return spotAsker(m, x) ?? (helpRow(m, x) ? "director" : x.from);
}

/**
 * What the line over a seat's map says (an i18n key), or undefined for none: the destination asked for while a
 * dispatch waits for it; on standby, that the map comes once told (newcomer 21 item 1: an empty map said
 * 「点地点可向该处派遣力量」); "tap a place to send units" only to a seat that has units to send.
 */
export function mapHintKey(m: Pick<ConsoleModel, "standby" | "units" | "role">, picking: boolean): string | undefined {
  // an observer (观摩) gets the map once any seat is told (README "Run a live drill"), not its own agency
  if (m.standby) return m.role === "observer" ? "standby.mapObserver" : "standby.map";
  if (picking) return "units.pickOnMap";
  return m.units.length > 0 ? "units.tapToSend" : undefined;
}

/**
 * Whether this seat's 启动应急响应 starts its own emergency plan (启动本单位应急预案): a site owner's activation is never
 * the county's response (engine/commands/apply.ts; review22 mine B1), so its measures tab and its command log say so
 * (newcomer 23 item 12: the log read 启动应急响应).
 */
export function startsOwnPlan(m: Pick<ConsoleModel, "agencies" | "role">): boolean {
  return (SITE_OWNER_KINDS as readonly string[]).includes(m.agencies.find((a) => a.id === m.role)?.kind ?? "");
}
