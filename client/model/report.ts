/**
 * The information report form's content (493号令 第十二条): the fields as typed → the play's
 * `report.content`. A casualty figure ticked 未知 goes as `"unknown"` (engine/model/commands.ts
 * CasualtyFigure: 快报事实, a first report need not wait for a count), never as 0.
 */
import type { CasualtyFigure } from "../../engine/model/commands.ts";

export const FIGURES = ["deaths", "seriousInjuries", "injured", "missing"] as const;
export type Figure = (typeof FIGURES)[number];

/**
 * `fields`: the text fields by name (unit, time, location, scene, sequence, cause, other,
 * measures — one per line —, lossCNY); `figures`: each casualty box as typed; `unknown`: the 未知
 * ticks. Figures are sent only when at least one is filled or ticked.
 */
export function reportContent(fields: Record<string, string | undefined>, figures: Record<Figure, string>, unknown: Record<Figure, boolean>): Record<string, unknown> {
  const content: Record<string, unknown> = {};
  for (const k of ["unit", "time", "location", "scene", "sequence", "cause", "other"]) if (fields[k]?.trim()) content[k] = fields[k]!.trim();
  const measures = (fields.measures ?? "").split("\n").map((s) => s.trim()).filter(Boolean);
  if (measures.length) content.measures = measures;
  if (FIGURES.some((k) => figures[k] !== "" || unknown[k])) {
    content.casualties = Object.fromEntries(FIGURES.map((k): [Figure, CasualtyFigure] => [k, unknown[k] ? "unknown" : Math.max(0, Math.floor(Number(figures[k]) || 0))]));
  }
  if (fields.lossCNY?.trim() && Number.isFinite(Number(fields.lossCNY))) content.lossCNY = Number(fields.lossCNY);
  return content;
}
