/**
 * The report model's section rows: the reporting, linkage, dispatch and outcome tables
 * (report-model.ts re-exports them). Plain JSON data, times in integer simulated ms.
 */
import type { LocalText } from "../model/ids.ts";
import type { ObligationKind } from "../model/state.ts";
import type { SimMs } from "../model/time.ts";
import type { HarmFigures } from "./references.ts";

export type ObligationOutcome = "met" | "late" | "missed" | "open";

export interface ObligationRow {
  id: string;
  ruleId: string;
  kind: ObligationKind;
  agency: string;
  to?: string;
  mode?: string;
  /** arrive obligations: the unit */
  unit?: string;
  openedAtMs: SimMs;
  deadlineMs: SimMs;
  status: ObligationOutcome;
  metAtMs?: SimMs;
  /** met late: by how much */
  lateByMs?: SimMs;
  /** report obligations: the report they ask for (report-groups.ts groupKey); rows sharing it are one report duty */
  report?: string;
  basis: string;
  text: LocalText;
  /** opened, missed, met */
  events: number[];
}

/** a report's casualty figures: truthful, untrue (谎报), left out though known (漏报伤亡), or none stated (honesty.ts) */
export type Honesty = "ok" | "omitted" | "false" | "notStated";

export interface CasualtyFigures {
  deaths: number;
  seriousInjuries: number;
  injured: number;
  missing: number;
}

export interface ReportRow {
  message: string;
  event: number;
  atMs: SimMs;
  from: string;
  to: string;
  kind: "initial" | "followUp" | "final";
  mode: "oral" | "written";
  /** 第十二条 fields the engine found missing, and those this evaluator holds against the report */
  missingFields: string[];
  requiredMissing: string[];
  hasCause: boolean;
  /** the figures as stated: "unknown" where the report said 尚不清楚 (never 0) */
  reported?: Record<"deaths" | "seriousInjuries" | "injured" | "missing", number | "unknown">;
  senderKnew: CasualtyFigures;
  truth: CasualtyFigures;
  honesty: Honesty;
}

export type LinkageStatus = "prompt" | "late" | "idle" | "notNotified" | "notifiedOnly" | "acted" | "notActed";

export interface LinkageRow {
  agency: string;
  ruleId: string;
  text: LocalText;
  basis: string;
  notifiedAtMs?: SimMs;
  /** who told it first ("scenario" for an inject) and by which event */
  notifiedBy?: string;
  notifiedEvent?: number;
  /** the inject's source when `notifiedBy` is "scenario" (育才路过路群众（110报警）) */
  notifiedBySource?: LocalText;
  /** who had to tell it (blame.ts notifierOf), when not the agency that did */
  notifier?: string;
  /** the agency whose 谎报 kept the notice from its notifier (kept-notice.ts): `notifyDeadlineMs` is then the deadline a true report would have set */
  keptBy?: string;
  /** it is the incident unit itself: it found the incident, nobody had to tell it */
  incidentUnit?: true;
  notifyDeadlineMs?: SimMs;
  /** it issued a command about the incident (timeline event `event`) before anyone told it: it knew then (blame.ts actedUntold) */
  knewByAct?: { atMs: SimMs; event: number };
  acknowledgedAtMs?: SimMs;
  firstRequiredActionAtMs?: SimMs;
  actDeadlineMs?: SimMs;
  status: LinkageStatus;
  /** the duty's rule is tagged U (unverified, domain.md §0): its action is shown but not judged or scored until checked */
  unverified?: true;
  /** the incident unit's own plan (own-plan.ts): its own duty, not a linked agency's, so out of the 联而不动 headline */
  ownPlan?: true;
  /** the duty has no act deadline: why its act is not judged (the rule's `actNotJudged`); never read as done (review21 mine 1) */
  actNotJudged?: LocalText;
}

export interface LinkageEdge {
  from: string;
  to: string;
  firstAtMs: SimMs;
  firstEvent: number;
  count: number;
  kinds: string[];
}

export interface LinkageHeadline {
  /** agencies the linkage rules expect, present in the scenario */
  expected: number;
  notified: number;
  /** notified agencies with a time limit to act, judged by the end: one that acted in time before a deadline the drill never reached is not counted */
  withActDeadline: number;
  actedInTime: number;
  /** 联而不动 (domain.md §5, §7.4; LINKAGE_IDLE): judged agencies told that took no required action at all by the drill's end */
  idle: number;
  /** 响应迟缓 (LINKAGE_SLOW): judged agencies that acted, but after their deadline — a separate finding, not 联而不动 */
  late: number;
  /** 联而不动 share: idle / withActDeadline, 0–1 (late responders are not counted) */
  idleShare: number;
  notNotified: string[];
}

export type RequirementStatus = "met" | "late" | "insufficient";

export interface RequirementRow {
  id: string;
  text: LocalText;
  unitTypes: string[];
  task: string;
  count: number;
  place: string;
  /** the owning agency's first notification + withinMin; undefined if no owner was ever told */
  deadlineMs?: SimMs;
  arrivals: Array<{ unit: string; atMs: SimMs; event: number; onTime: boolean }>;
  status: RequirementStatus;
}

export interface UnitLeg {
  task: string;
  place: string;
  dispatchedAtMs: SimMs;
  departedAtMs?: SimMs;
  arrivedAtMs?: SimMs;
  workFromMs?: SimMs;
  endMs: SimMs;
  end: "completed" | "failed" | "recalled" | "redispatched" | "working" | "onScene" | "enRoute";
  dispatchEvent: number;
}

export interface UnitRow {
  unit: string;
  name: LocalText;
  agency: string;
  type: string;
  legs: UnitLeg[];
}

export interface OutcomePoint {
  atMs: SimMs;
  deaths: number;
  seriousInjuries: number;
  injured: number;
  exposed: number;
}

/**
 * Harm graded against the scenario's references (issue 10 §9): this drill, the best play and no
 * response, same scenario, seed and drill time. `noBestPlay`: the scenario names none, so nothing
 * is graded relatively and the absolute casualty findings stand.
 */
export interface HarmGrading {
  status: "graded" | "noBestPlay";
  /** the best play as the scenario names it */
  bestPlay?: string;
  actual: HarmFigures;
  best?: HarmFigures;
  none?: HarmFigures;
  weights: { deaths: number; seriousInjuries: number; injured: number };
  /** the share of the preventable harm this drill did not prevent, 0–1 (graded only) */
  share?: number;
  /** what the harm finding charges, in units of its rubric item (the share, or the per-person floor when larger; preventable.ts) */
  charged?: number;
  basis: string;
  /** what the report says about it, one line */
  note: LocalText;
}

export interface OutcomeFigures {
  deaths: number;
  seriousInjuries: number;
  injured: number;
  missing: number;
  /** exposed to harm: above the AEGL-2 toxic load for an airborne toxic, otherwise as the hazard model defines it */
  exposedAegl2: number;
  exposedAegl3: number;
  /** whether the hazard is an airborne toxic (the exposure figures are then AEGL-based) */
  toxic: boolean;
  trapped: number;
  evacuated: number;
  /** casualties the scenario's injects impose whatever the players do */
  scriptedDeaths: number;
  scriptedSeriousInjuries: number;
  controlled: boolean;
  controlledAtMs?: SimMs;
  grade: number;
}
