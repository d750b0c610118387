/**
 * Reports as evaluators read them (issue 10 §7): a 第十二条 field left blank or whitespace-only is
 * missing; casualty figures may be given one by one, and an explicit "unknown" (尚不清楚) meets the
 * field in a first report (快报事实, domain.md §1.3) — the follow-up duty then asks for the number.
 * The figures of a formal report from the accident unit itself are known to its recipient, not a mere
 * claim (review8 mine item 6): a bureau that passes up fewer than the mine reported to it conceals
 * them (瞒报, 493号令 第四条、第三十九条); other agencies' figures stay claims unless the scenario marks
 * the sender a reliable source.
 */
import { REPORT_FIELDS, type ReportContent } from "../model/commands.ts";
import type { Casualties } from "../model/state.ts";
import type { Compiled } from "../compile.ts";
import { isBlankText } from "../model/text.ts";
import { namesKnownPlace } from "./known-places.ts";

const blank = (v: unknown): boolean =>
  v === undefined || (typeof v === "string" && isBlankText(v)) || (Array.isArray(v) && v.every((x) => blank(x)));

/**
 * The 第十二条 fields a report leaves out: absent, blank, an empty list, or casualties with no figure at all. With the
 * scenario `c`, a blank 地点 is met when another field names a place the scenario knows (the school, a building, a room:
 * known-places.ts), as an alarm call's address is (review19).
 */
export function missingReportFields(content: ReportContent, c?: Compiled): string[] {
  return REPORT_FIELDS.filter((f) => {
    if (f === "casualties") {
      const cas = content.casualties;
      return cas === undefined || Object.values(cas).every((v) => v === undefined);
    }
    if (f === "location" && c && blank(content.location)) return !namesKnownPlace(c, Object.values(content).flat().filter((v): v is string => typeof v === "string").join(" "));
    return blank(content[f]);
  });
}

/** The figures a report states as numbers: "unknown" and figures left out count as nobody known. */
export function statedFigures(c: ReportContent["casualties"]): Casualties {
  const n = (v: number | "unknown" | undefined) => (typeof v === "number" ? v : 0);
  return { deaths: n(c?.deaths), seriousInjuries: n(c?.seriousInjuries), injured: n(c?.injured), missing: n(c?.missing) };
}

/** Whether the casualty figures `from` reports are known to the recipient (the accident unit, or a reliable source). */
export function reportedFiguresKnown(c: Pick<Compiled, "agencies" | "scenario">, from: string): boolean {
  return from === c.scenario.incidentAgency || c.agencies.get(from)?.reliableSource === true;
}
