/**
 * The leaking medium at a chemical release, as reports and calls name it (told-rescuers.ts, chem-report-content.ts):
 * its name (液氯 / liquid chlorine, from hazards/chemical/properties.ts) and the words that name it in a text.
 */
import type { LocalText } from "../model/ids.ts";
import { CHEMICALS } from "../hazards/chemical/properties.ts";
import type { EvalContext } from "./context.ts";

/** The chemical's name at a chemical release (氯气), undefined for other hazards. */
export function mediumName(x: EvalContext): LocalText | undefined {
  const h = x.c.scenario.hazard as { model: string; chemical?: string };
  return h.model === "chemical-release" && h.chemical ? CHEMICALS[h.chemical as keyof typeof CHEMICALS]?.name : undefined;
}

/** The medium's words at a chemical release (its name without 液/气: 氯, 氨), undefined for other hazards. */
export function mediumWords(x: EvalContext): RegExp | undefined {
  const name = mediumName(x);
  if (!name) return undefined;
  const core = name.zh.replace(/[液气]/g, "");
  return new RegExp(`${core || name.zh}|${name.en}`, "i");
}
