/**
 * The drill state: plain, JSON-serialisable data. Arrays are kept sorted by id (or in creation
 * order) so iteration never depends on object key order. step() never mutates a state; it
 * returns a new one that shares what did not change.
 */
import type { ReportContent, ResponseLevel, WarningLevel, Channel, ReportKind, ReportMode } from "./commands.ts";
import type { AgencyId, GroupId, InjectId, MessageId, ObligationId, PlaceId, UnitId, XY, LocalText } from "./ids.ts";
import type { RngStreams } from "./rng.ts";
import type { SimMs } from "./time.ts";

/** 493号令 第三条: 1 = 特别重大 (I) … 4 = 一般 (IV). */
export type Grade = 1 | 2 | 3 | 4;

export interface Casualties {
  deaths: number;
  seriousInjuries: number;
  injured: number;
  missing: number;
}

export type UnitStatus =
  | "available" // at base, free
  | "turningOut" // 出动: crew boarding
  | "enRoute"
  | "settingUp" // on scene, preparing the task
  | "working"
  | "onScene" // on scene, task done or impossible, waiting for orders
  | "returning";

export interface UnitState {
  id: UnitId;
  status: UnitStatus;
  /** current position (interpolated along the route while moving) */
  pos: XY;
  /** node the unit is at or last passed */
  at: PlaceId;
  destination?: PlaceId;
  task?: string;
  /** where inside the site the task is aimed (a room, …), when the order named one */
  target?: string;
  /** route as place ids, and cumulative arrival times (ms) at each */
  route?: { nodes: PlaceId[]; arriveMs: SimMs[] };
  /** when the current phase ends (turn-out, set-up) */
  phaseEndsMs?: SimMs;
  dispatchedAtMs?: SimMs;
  arrivedAtMs?: SimMs;
  /** crew toxic load (ppm²·min) and peak (ppm) at the unit's position */
  crewToxicLoad: number;
  crewPeakPpm: number;
  exposureFlags: Array<"aegl2" | "aegl3">;
}

export type GroupStatus = "normal" | "sheltered" | "evacuating" | "evacuated";

export interface GroupState {
  id: GroupId;
  status: GroupStatus;
  count: number;
  indoors: boolean;
  /** ms at which evacuation completes, while evacuating */
  evacuationDoneMs?: SimMs;
  /** ms at which people told to shelter while outdoors are all inside (until then `indoors` stays false) */
  shelterDoneMs?: SimMs;
  /** indoor concentration (ppm), for shelter-in-place infiltration */
  indoorPpm: number;
  peakPpm: number;
  /** toxic load Σ C²·Δt (ppm²·min) of the people still there */
  toxicLoad: number;
  /** expected casualties from the toxic load alone (fractional: expected-value mode) */
  acute: { deaths: number; seriousInjuries: number; injured: number };
  /** expected deaths among serious injuries nobody treated in time */
  delayedDeaths: number;
  /** casualties set by injects (the scenario's ground truth), integers */
  scripted: { deaths: number; seriousInjuries: number; injured: number };
  /** treated by EMS: their injuries no longer progress */
  treated: number;
  /** sampled casualty mode: this group's draw in [0, 1) for stochastic rounding */
  draw?: number;
}

export interface Cordon {
  place: PlaceId;
  radiusM: number;
  by: AgencyId;
  atMs: SimMs;
}

export interface WarningNotice {
  level: WarningLevel;
  place: PlaceId;
  radiusM: number;
  by: AgencyId;
  atMs: SimMs;
}

/** A site owner's own emergency plan started (event `unitPlanActivated`): its agency, the plan's own level, when. */
export interface UnitPlan {
  agency: AgencyId;
  level: ResponseLevel;
  atMs: SimMs;
}

export type ObligationKind = "report" | "notified" | "act" | "arrive";
export type ObligationStatus = "open" | "met" | "late" | "missed";

export interface Obligation {
  id: ObligationId;
  ruleId: string;
  kind: ObligationKind;
  /** the agency that owes it (for "notified": the agency that must be reached) */
  agency: AgencyId;
  /** report: the recipient */
  to?: AgencyId;
  mode?: ReportMode | "any";
  reportKind?: ReportKind;
  /** act: command types (and tasks) that count */
  actions?: Array<{ type: string; task?: string; to?: readonly string[]; by?: readonly string[] }>;
  /** arrive: the unit */
  unit?: UnitId;
  openedAtMs: SimMs;
  deadlineMs: SimMs;
  status: ObligationStatus;
  metAtMs?: SimMs;
  basis: string;
  text: LocalText;
}

/** A delivered communication: message, report, inject, acknowledgement or support request. */
export interface Message {
  id: MessageId;
  atMs: SimMs;
  kind: "message" | "report" | "inject" | "ack" | "request";
  from: AgencyId | "scenario";
  to: AgencyId[];
  channel: Channel;
  text?: string;
  localText?: LocalText;
  report?: { kind: ReportKind; mode: ReportMode; content: ReportContent };
  /** a support request: what is asked for (the shells word it, `request.text`) */
  request?: { unitType: string; count: number; place?: PlaceId };
  inject?: InjectId;
}

export interface AgencyKnowledge {
  agency: AgencyId;
  /** first time anything about the incident reached this agency */
  notifiedAtMs?: SimMs;
  /** first command it gave after being notified */
  firstActionAtMs?: SimMs;
  /**
   * the kinds of action it has taken so far ("dispatch", "dispatch:monitor", "cordon", …), each with when it first
   * took it: a duty opened later is met by it, before or after the agency was told (rules/obligations.ts openAct)
   */
  acted: Record<string, SimMs>;
  inbox: MessageId[];
  /**
   * casualties this agency knows: what its own units saw, and what a source the scenario marks
   * reliable told it (injects by default, agencies with `reliableSource`). Its honesty is judged
   * against this, never against claims.
   */
  knownCasualties: Casualties;
  /** casualty figures others claimed to it (reports, unreliable injects): possibly false, kept apart */
  claimedCasualties: Casualties;
  /**
   * work it was told of without figures (rules/duty-work.ts bits: casualties 1, trapped 2): by a message
   * from an agency that had heard of it, or an inject's `reveals.work`. Absent: none.
   */
  toldWork?: number;
  /** fact ids revealed to it (by injects or its own units' observations) */
  facts: string[];
  /** the latest measurement by each of its units working monitor, detect or weatherObs */
  readings: Reading[];
}

export interface Reading {
  unit: UnitId;
  place: PlaceId;
  atMs: SimMs;
  /** air concentration at the unit, ppm (monitor, detect) */
  ppm?: number;
  /** wind as observed (weatherObs) */
  windFromDeg?: number;
  windSpeedMs?: number;
}

export interface DrillState {
  scenarioId: string;
  seed: number;
  tick: number;
  tMs: SimMs;
  ended: boolean;
  /** "duration" (the drill ran its length) or "director" (an `end` command) */
  endReason?: "duration" | "director";
  /** the director's own words when ending, if any (user text, shown as given) */
  endNote?: string;
  rng: RngStreams;
  nextMessage: number;
  units: UnitState[];
  groups: GroupState[];
  /** the hazard model's own state, opaque to the other subsystems */
  hazard: unknown;
  cordons: Cordon[];
  warnings: WarningNotice[];
  /** the county's response level: started only by a government seat (commands/field.ts) */
  responseLevel?: ResponseLevel;
  /** the site owners' own plans started, in order (absent until one is; never the county's level) */
  unitPlans?: UnitPlan[];
  /**
   * Ground truth casualties, integers (expected values rounded), incl. the hazard model's occupants.
   * `exposed`: people exposed to harm — above the AEGL-2 toxic load for a chemical release,
   * and as the hazard model defines it for its own occupants.
   */
  casualties: Casualties & { exposed: number; evacuated: number; trapped: number };
  lossCNY: number;
  grade: Grade;
  obligations: Obligation[];
  knowledge: AgencyKnowledge[];
  messages: Message[];
  injectsFired: InjectId[];
  /** injects whose condition has been met, with the time they become due */
  injectsPending: Array<{ inject: InjectId; dueMs: SimMs }>;
}
