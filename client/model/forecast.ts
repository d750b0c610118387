/**
 * The director's look-ahead (推演预测) as lines: each scripted inject and each deadline that would pass unmet,
 * worded as the duty board words it. The server sends every row with its words, because a duty opened only
 * inside the window (a spot question's `SPOT:<inject>:<agency>`) is on no board yet and its id is no text.
 */
import type { LocalText } from "../../engine/model/ids.ts";
import { agencyName, wall } from "../i18n/describe.ts";
import { local, t } from "../i18n/index.ts";
import type { ConsoleModel } from "./console.ts";

export interface ForecastResult {
  fromMs: number;
  toMs: number;
  casualties: Record<string, number>;
  grade: number;
  injects: Array<{ id: string; atMs: number; text?: LocalText }>;
  missed: Array<{ id: string; agency: string; deadlineMs: number; text?: LocalText }>;
  ended: boolean;
}

/** One line per inject ahead (⚑) and per deadline that would be missed (✖), in the current language. */
export function forecastLines(m: ConsoleModel, f: ForecastResult): { injects: string[]; missed: string[] } {
  return {
    injects: f.injects.map((l) => `${wall(m, l.atMs)} ⚑ ${local(l.text ?? m.injects?.find((x) => x.id === l.id)?.text, t("director.forecastInject")).slice(0, 60)}`),
    missed: f.missed.map((o) => `✖ ${wall(m, o.deadlineMs)} ${agencyName(m, o.agency)}${t("punct.colon")}${local(o.text ?? m.obligations.find((x) => x.id === o.id)?.text, t("director.forecastDuty"))}`),
  };
}
