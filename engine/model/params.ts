/**
 * Codes, not sentences, leave the engine: an event, a status line or a refusal carries a stable
 * code and these parameters; the shells word them through i18n/ (zh-CN and en catalogues).
 * Values are ids, numbers (SI units or counts) and names the scenario gives in zh and en.
 */
import type { LocalText } from "./ids.ts";

export type ParamValue = string | number | LocalText;
export type Params = Readonly<Record<string, ParamValue>>;

/** A coded message: `code` names a catalogue entry, `params` fill it. */
export interface Coded {
  code: string;
  params: Params;
}

/** A change the hazard model reports: `what` is a stable name (inject conditions match it). */
export interface HazardChange {
  what: string;
  params?: Params;
}
