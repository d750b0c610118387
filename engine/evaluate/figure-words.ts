/**
 * A casualty figure as a report's sentence quotes it: a number as itself, "unknown" (the reporter's 尚不清楚,
 * engine/model/commands.ts CasualtyFigure) as 不详 / unknown, as the report's figure cells show it. Newcomer 22:
 * 「其此前所获仅为 00:01:29 临江化工有限公司报告受伤 unknown」 quoted the code, in English, inside the Chinese sentence.
 */
import type { CasualtyFigure } from "../model/commands.ts";

export function figureWords(v: CasualtyFigure): { zh: string; en: string } {
  return v === "unknown" ? { zh: "不详", en: "unknown" } : { zh: String(v), en: String(v) };
}
