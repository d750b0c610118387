/**
 * What a report duty is worth (issue 10 §2, review18 mine C: a missed 续报 weighed as much as a missed 初报). The
 * first report (初报, 493号令 第九条) puts the authorities on notice and starts the whole response; a follow-up (续报,
 * 第十三条 "及时补报") brings a picture they already have up to date (domain.md §1.4: 快报事实，续报进展). An
 * evaluator weighs a missed 续报 below a missed 初报: the rubric row that scores REPORT_MISSING names the follow-up's
 * weight (`followUpPoints`, rubric data, scenarios/rubrics/default.yaml: 4 of the first report's 8, a design choice
 * [D] — as much as a report an hour late), so every scenario weighs it alike. A row without it weighs both alike.
 *
 *   isFollowUp(id)                  → whether opportunity `id` is a follow-up report's (`rep:FROM>TO|fu:KEY|MODE`)
 *   reportPoints(item, code, id)    → the rubric points `code` costs on opportunity `id` (item: the row's points and
 *                                     followUpPoints, undefined: 0)
 */

/** A follow-up report's opportunity: `rep:<from>><to>|fu:<n or development>|<mode>` (report-groups.ts reportKey). */
export const isFollowUp = (id: string): boolean => /^(rep|withheld):[^|]*\|fu:/.test(id);

/** The rubric points `code` costs on opportunity `id`: a missing 续报 at its row's `followUpPoints` where set. */
export function reportPoints(item: { points: number; followUpPoints?: number } | undefined, code: string, id: string): number {
  if (item === undefined) return 0;
  return code === "REPORT_MISSING" && item.followUpPoints !== undefined && isFollowUp(id) ? item.followUpPoints : item.points;
}
