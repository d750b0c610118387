/**
 * The leaking medium at a chemical release, as reports and calls name it (told-rescuers.ts, chem-report-content.ts):
 * its name (液氯 / liquid chlorine, from hazards/chemical/properties.ts). The words that name it in a text are the rules
 * profile's (`alarmWords.chemical-release.substance`: alarm-call.ts substanceWords).
 */
import type { LocalText } from "../model/ids.ts";
import { CHEMICALS } from "../hazards/chemical/properties.ts";
import type { EvalContext } from "./context.ts";

/** The chemical's name at a chemical release (氯气), undefined for other hazards. */
export function mediumName(x: EvalContext): LocalText | undefined {
  const h = x.c.scenario.hazard as { model: string; chemical?: string };
  return h.model === "chemical-release" && h.chemical ? CHEMICALS[h.chemical as keyof typeof CHEMICALS]?.name : undefined;
}
