/** Ids are the strings the scenario file gives; aliases say which namespace a string belongs to. */
export type AgencyId = string;
export type UnitId = string;
export type PlaceId = string;
export type GroupId = string;
export type InjectId = string;
export type MessageId = string;
export type ObligationId = string;

/** The omniscient roles: they are not agencies and see the whole drill. */
export const DIRECTOR = "director";
export const EVALUATOR = "evaluator";
export type Role = AgencyId | typeof DIRECTOR | typeof EVALUATOR;

export interface XY {
  /** metres east of the map origin */
  x: number;
  /** metres north of the map origin */
  y: number;
}

export interface LocalText {
  zh: string;
  en: string;
}
