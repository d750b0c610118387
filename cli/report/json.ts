/** The report as JSON: the whole report model (score, sections, findings with evidence, tables, timeline). */
import type { ReportModel } from "../../engine/evaluate/report-model.ts";

export function renderJson(r: ReportModel): string {
  return `${JSON.stringify(r, null, 2)}\n`;
}
