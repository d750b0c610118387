/**
 * The information report form's content (493号令 第十二条): the fields as typed → the play's
 * `report.content`. A casualty figure ticked 未知 goes as `"unknown"` (engine/model/commands.ts
 * CasualtyFigure: 快报事实, a first report need not wait for a count), never as 0.
 */
import type { CasualtyFigure } from "../../engine/model/commands.ts";
import { isBlankText, trimInvisible } from "../../engine/model/text.ts";
import type { ConsoleModel } from "./console.ts";

export const FIGURES = ["deaths", "seriousInjuries", "injured", "missing"] as const;
export type Figure = (typeof FIGURES)[number];

/**
 * `fields`: the text fields by name (unit, time, location, scene, sequence, cause, other,
 * measures — one per line —, lossCNY); `figures`: each casualty box as typed; `unknown`: the 未知
 * ticks. Figures are sent only when each is filled or ticked (a blank box is never 0: the form says it
 * beside the box, form-checks.ts reportNumberProblems); a typed figure goes as typed (never rounded or clamped: the form checks it first,
 * model/form-checks.ts figureProblem, and the room refuses what is not a whole count).
 */
export function reportContent(fields: Record<string, string | undefined>, figures: Record<Figure, string>, unknown: Record<Figure, boolean>): Record<string, unknown> {
  const content: Record<string, unknown> = {};
  for (const k of ["unit", "time", "location", "scene", "sequence", "cause", "other"]) if (fields[k] && !isBlankText(fields[k]!)) content[k] = trimInvisible(fields[k]!);
  const measures = (fields.measures ?? "").split("\n").map(trimInvisible).filter(Boolean);
  if (measures.length) content.measures = measures;
  // the element only whole: a figure left blank is never sent as 0 (form-checks.ts says it beside its box)
  if (FIGURES.every((k) => figures[k]!.trim() !== "" || unknown[k])) {
    content.casualties = Object.fromEntries(FIGURES.map((k): [Figure, CasualtyFigure] => [k, unknown[k] ? "unknown" : Number(figures[k])]));
  }
  if (fields.lossCNY?.trim()) content.lossCNY = Number(fields.lossCNY);
  return content;
}

/**
 * Whom the rules have this seat report to: the addressee of its report duty (the open one due
 * first, else any it has had), e.g. the emergency bureau's to the county duty office. Undefined when
 * the seat owes no report: the form then has no default and asks for a choice (newcomer 17: it
 * defaulted to the first agency and sent the bureau's report to the chemical company).
 */
export function reportAddressee(m: Pick<ConsoleModel, "role" | "obligations">): string | undefined {
  const own = m.obligations.filter((o) => o.kind === "report" && o.agency === m.role && o.to && o.to !== m.role);
  const open = own.filter((o) => o.status === "open").sort((a, b) => a.deadlineMs - b.deadlineMs);
  return (open[0] ?? own[0])?.to;
}
