/**
 * The one interface every hazard model implements (design.md "Hazards are models behind one
 * interface"). A model owns its state (plain JSON data), advances it one tick from the weather
 * and the units working on it, and exposes what can be observed and what harms people.
 * Models never import step.ts or another subsystem's internals.
 */
import type { LocalText, UnitId, XY, PlaceId } from "../model/ids.ts";
import type { Coded, HazardChange } from "../model/params.ts";
import type { RngStreams } from "../model/rng.ts";
import type { SimMs } from "../model/time.ts";
import type { Scenario, WeatherDef } from "../scenario/schema.ts";

/** A unit working a task on scene this tick (status "working"). */
export interface Worker {
  unit: UnitId;
  type: string;
  task: string;
  place: PlaceId;
  /** the spot inside the site the order named (a room, …), if any: see HazardModel.siteTargets */
  target?: string;
  pos: XY;
  crew: number;
  capabilities: readonly string[];
  protection: "none" | "scba" | "levelA";
  /** when it started working this task */
  sinceMs: SimMs;
}

export interface HazardTickContext {
  scenario: Scenario;
  tMs: SimMs;
  dtMs: SimMs;
  weather: WeatherDef;
  workers: readonly Worker[];
  seed: number;
  rng: RngStreams;
}

/** What a tick produced, besides the new state. */
export interface HazardTickResult<S> {
  state: S;
  rng?: RngStreams;
  /** finite tasks finished this tick (the unit becomes free on scene) */
  completed?: Array<{ unit: UnitId; task: string }>;
  /** tasks that cannot go on (e.g. the unit's position flooded); the unit stops */
  failed?: Array<{ unit: UnitId; task: string; reason: Coded }>;
  /** noteworthy changes, for the timeline and inject conditions: `what` is a stable name */
  changes?: HazardChange[];
}

/** People the model tracks itself (miners in a mine, pupils in a school). */
export interface OccupantSummary {
  total: number;
  deaths: number;
  seriousInjuries: number;
  injured: number;
  /** ground truth: alive and unable to get out (found or not) */
  trapped: number;
  evacuated: number;
  /** people exposed to harm, as the model defines it (fire: FED ≥ 0.1; mine: reached by the water) */
  exposed: number;
  /** what the agencies know: people unaccounted for (下落不明), possibly among the trapped */
  missing: number;
  /**
   * Of the `exposed`, those whose worst outcome is the exposure itself (alive, not injured in any
   * degree, not trapped), and those injured (not seriously) and not trapped: so the evaluator counts
   * each person once, at the worst outcome (issue 10 §2, §9). Absent: the model cannot tell.
   */
  exposedOnly?: number;
  exposedInjured?: number;
}

/** Airborne toxicity for map-level population groups and responders (chemical models). */
export interface Toxicology {
  /** 60-minute AEGL values, ppm */
  aegl1: number;
  aegl2: number;
  aegl3: number;
  /** lethality probit Pr = a + b·ln(Σ Cⁿ·Δt[min]) */
  probitA: number;
  probitB: number;
  probitN: number;
}

export interface HazardSummary {
  /** the hazard is under control: source stopped, water held, fire out */
  controlled: boolean;
  controlledAtMs?: SimMs;
  /** a short status line for the timeline and the director (catalogue `status.<code>`) */
  status: Coded;
  /** model-specific figures to show (release rate, water level, fire size …) */
  figures: Record<string, number>;
}

/**
 * A critical installation the hazard put out of action (a flooded pump room: the mine's main
 * drainage). The evaluator charges a loss the scenario's best play avoided by the same drill time
 * (engine/evaluate/outcome-losses.ts; issue 10 §9). Codes and the scenario's own names only.
 */
export interface InstallationLoss {
  /** the installation's id in the scenario (a pump room's `id`) */
  id: string;
  /** its kind, a code the label tables word (evaluator and shells): "pumpRoom" */
  kind: string;
  /** the scenario's name for it, as the hazardChanged event that recorded the loss carries it (`params.place`) */
  name: LocalText;
  /** when it was lost (simulated ms) */
  atMs: SimMs;
  /** the hazardChanged `what` that recorded the loss (one of the model's `changes`) */
  what: string;
}

export interface HazardModel<S = unknown> {
  id: string;
  /** tasks this model gives meaning to; "finite" tasks complete, "continuous" ones run while staffed */
  tasks: Readonly<Record<string, "finite" | "continuous">>;
  /** every `what` its hazardChanged events can carry: the names an inject's `when: { event: hazard, what }` may use */
  changes: readonly string[];
  init(scenario: Scenario): S;
  tick(state: S, ctx: HazardTickContext): HazardTickResult<S>;
  summary(state: S, tMs: SimMs, scenario: Scenario): HazardSummary;
  /**
   * True when only units' work on the model's tasks brings the hazard under control (nothing in
   * the scenario does it alone), so a run with no command never reaches control: units start
   * available and only commands send them (engine/init.ts, engine/units). The evaluator's
   * score-only path relies on it (engine/evaluate/outcome-worth.ts).
   */
  controlNeedsWork?(scenario: Scenario): boolean;
  /** critical installations lost so far, in scenario order (none: the model tracks none) */
  losses?(state: S, scenario: Scenario): InstallationLoss[];
  /** quantised, canonical view of the state for the state hash */
  hashable(state: S): unknown;
  /** ground-level air concentration (ppm) at a point: only models with airborne toxics */
  concentrationAt?(state: S, p: XY): number;
  toxicology?(scenario: Scenario): Toxicology;
  /** people inside the hazard site that the model moves and harms itself */
  occupants?(state: S): OccupantSummary;
  /**
   * The scenario place a task of this model works on (the leaking tank, the burning building, the
   * mine's site); undefined for a task not bound to one. A unit works it only from a place within
   * reach (engine/units/reach.ts): elsewhere its task fails ("outOfReach").
   */
  workPlace?(task: string, scenario: Scenario): PlaceId | undefined;
  /** spots inside the site a dispatch may aim a task at (rooms of a building, …), for validation */
  siteTargets?(scenario: Scenario): Array<{ id: string; name: LocalText }>;
  /** what a unit on scene at `place` can observe (fact ids) */
  observe?(state: S, place: PlaceId, task: string, scenario: Scenario): string[];
  /** what the director's and evaluator's map draws: zones, water levels, smoke … */
  overlay?(state: S, scenario: Scenario): unknown;
  /** inputs outside the model's range of validity: warnings, the drill still runs */
  warnings?(scenario: Scenario): Array<{ path: Array<string | number>; message: string; expected?: string }>;
  /** an evacuation or shelter order that reaches the people the model tracks (withdraw miners, evacuate pupils) */
  order?(state: S, order: SiteOrder): { state: S; changes?: HazardChange[] };
}

export interface SiteOrder {
  type: "evacuate" | "shelter";
  by: string;
  place?: PlaceId;
  radiusM?: number;
  tMs: SimMs;
}
