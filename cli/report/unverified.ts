/**
 * The linkage duties left out of scoring because their rule is tagged U (unverified, domain.md §0:
 * "keep out of scoring until someone checks it"): named in the linkage section so a reader knows
 * why an agency's action there is neither faulted nor credited.
 */
import type { LocalText } from "../../engine/model/ids.ts";
import type { ReportModel } from "../../engine/evaluate/report-model.ts";
import { agencyText } from "./text.ts";

/** One line naming each unverified duty, or undefined when there is none. */
export function unverifiedNote(r: ReportModel): LocalText | undefined {
  const rows = r.linkage.rows.filter((l) => l.unverified);
  if (rows.length === 0) return undefined;
  const zh = rows.map((l) => `${agencyText(r, l.agency).zh}（${l.text.zh}）`).join("；");
  const en = rows.map((l) => `${agencyText(r, l.agency).en} (${l.text.en})`).join("; ");
  return {
    zh: `依据未核实的职责不计分（核实前不纳入评分）：${zh}`,
    en: `Duties whose basis is unverified are not scored (until it is checked): ${en}`,
  };
}
