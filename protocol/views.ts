/**
 * What one seat sees, as plain data (shared by the server and the browser client). The server
 * projects the engine's view(state, role) into these rows; the synced state (schema.ts) carries
 * the rows that change often as fields and the rest as JSON text re-sent only when it changes.
 */
import type { UnitFailure } from "../engine/units/failures.ts";
import type { DrillEvent } from "../engine/model/events.ts";
import type { StartWhy } from "../engine/evaluate/requirement-why.ts";

export interface LocalText {
  zh: string;
  en: string;
}

export interface UnitRow {
  id: string;
  status: string;
  /** metres east / north of the map origin, rounded to 1 m */
  x: number;
  y: number;
  at: string;
  destination: string;
  task: string;
  target: string;
  /** simulated ms the unit reaches its destination (turning out, en route, returning); -1 otherwise */
  etaMs: number;
}

/** The part of the engine's unit state an arrival time is read from (engine/model/state.ts UnitState). */
interface Moving {
  status: string;
  route?: { arriveMs: readonly number[] };
  phaseEndsMs?: number;
}

/**
 * When a unit reaches its destination, in simulated ms, or undefined when it is not on its way.
 * The engine keeps the route's arrival times relative to departure while the unit turns out
 * (engine/units/dispatch.ts) and absolute once it has left (engine/units/advance.ts), so a unit
 * turning out arrives at the end of its turn-out plus the route's last arrival time.
 */
export function arrivalMs(u: Moving): number | undefined {
  const last = u.route?.arriveMs[u.route.arriveMs.length - 1];
  if (last === undefined) return undefined;
  if (u.status === "turningOut") return (u.phaseEndsMs ?? 0) + last;
  return u.status === "enRoute" || u.status === "returning" ? last : undefined;
}

export interface ObligationRow {
  id: string;
  kind: string;
  agency: string;
  to: string;
  /** simulated ms from the drill's start */
  openedAtMs: number;
  deadlineMs: number;
  status: "open" | "met" | "late" | "missed";
  /** -1 while not met */
  metAtMs: number;
  text: LocalText;
  basis: string;
  /** who owes it: the agency itself, or for a notice (kind "notified") the agency that must give it; "" when none */
  owner: string;
  /** a notice (kind "notified") once its agency was told: who told it first (an agency id, "scenario" for an inject); "" otherwise */
  toldBy: string;
  /**
   * an act duty met whose other parts are still undone (engine/evaluate/board-parties.ts partsLeft): a part's words,
   * or a notice to an agency its holder still owes; a resource requirement not met, the units of its types still to
   * arrive (`arrived` of `need`); [] when none. The board shows it done only when this is empty.
   */
  partsLeft: Array<{ text: LocalText } | { notice: string } | { units: { types: string[]; need: number; arrived: number } }>;
  /**
   * the control view's requirement rows (力量需求) only: what the deadline's start rests on and what may still move
   * it (engine/evaluate/requirement-why.ts), so the director's board says 暂定 and why rather than moving silently
   */
  why?: StartWhy;
}

export interface MessageRow {
  id: string;
  atMs: number;
  kind: "message" | "report" | "inject" | "ack" | "request";
  from: string;
  to: string[];
  channel: string;
  text?: string;
  localText?: LocalText;
  report?: { kind: string; mode: string; content: Record<string, unknown> };
  /** a support request: what, how many, where (newcomer 22 #11: the inboxes showed none of it) */
  request?: { unitType: string; count: number; place?: string };
  inject?: string;
  /** a scenario inject's in-fiction caller (the inject's `source`: 临江日报记者, 中控室班长), shown as its sender on seats */
  source?: LocalText;
}

export interface Casualties {
  deaths: number;
  seriousInjuries: number;
  injured: number;
  missing: number;
}

/** The public situation: cordons, warnings and the response level. */
export interface Situation {
  cordons: Array<{ place: string; radiusM: number; by: string; atMs: number }>;
  warnings: Array<{ level: string; place: string; radiusM: number; by: string; atMs: number }>;
  responseLevel?: number;
}

/** An agency seat's slow-changing picture (the `info` JSON of its view). */
export interface SeatInfo extends Situation {
  seat: string;
  /** whether anything about the incident has reached this agency yet */
  told: boolean;
  notifiedAtMs?: number;
  /** scenario title, incident place and hazard: in a double-blind drill only once told */
  brief?: { title: LocalText; incidentPlace: string; hazard: string; kind: string };
  knownCasualties: Casualties;
  /** figures it was told by sources that may be wrong (claims, kept apart from what it knows) */
  claimedCasualties: Casualties;
  facts: string[];
  readings: Array<{ unit: string; place: string; atMs: number; ppm?: number; windFromDeg?: number; windSpeedMs?: number }>;
  /** its own units' orders that could not be carried out and still stand (engine/units/failures.ts), as codes */
  unitFailures?: UnitFailure[];
}

/** The director's and evaluators' picture (the control view's `info`): the ground truth. */
export interface ControlInfo extends Situation {
  seat: "control";
  brief: { title: LocalText; incidentPlace: string; hazard: string; kind: string };
  casualties: Casualties & { exposed: number; evacuated: number; trapped: number };
  grade: number;
  lossCNY: number;
  ended: boolean;
  endReason?: string;
  injects: Array<{ id: string; fired: boolean; atMs?: number; to: string[]; spotQuestion: boolean; text: LocalText }>;
  groups: Array<{ id: string; status: string; count: number }>;
  agencies: Array<{ id: string; notifiedAtMs?: number; firstActionAtMs?: number; knownCasualties: Casualties }>;
  /** who is on each seat now (display names), for the director's presence board */
  people: Record<string, string[]>;
}

/** The control view's event feed: the last FEED_SIZE engine events, oldest first. */
export const FEED_SIZE = 40;
/** …and at most this many characters of JSON (oldest events dropped first) */
export const FEED_MAX_CHARS = 64_000;

/** One seat's whole projection at one moment. */
export interface Projection<I> {
  units: UnitRow[];
  obligations: ObligationRow[];
  messages: MessageRow[];
  info: I;
  /**
   * control view only (director, evaluators): the recent engine events as codes and parameters,
   * worded in the client by i18n/describe.ts. Never in a seat's or the public projection.
   */
  feed?: DrillEvent[];
}
