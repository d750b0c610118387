/**
 * The note under a report's rubric table saying why some Annex A areas carry no number (rubric-schema.ts
 * annexNumbersNote): over every area the report prints, the rubric's items and the evaluators' observations.
 */
import { annexNumbersNote, type AnnexArea } from "../../engine/scenario/rubric-schema.ts";
import type { ReportModel } from "../../engine/evaluate/report-model.ts";
import type { LocalText } from "../../engine/model/ids.ts";

export function annexNote(r: Pick<ReportModel, "sections" | "observations">): LocalText | undefined {
  const areas: AnnexArea[] = [...r.sections.flatMap((s) => s.items.map((it) => it.annexA)), ...r.observations.flatMap((o) => (o.annexA ? [o.annexA] : []))];
  return annexNumbersNote(areas);
}
