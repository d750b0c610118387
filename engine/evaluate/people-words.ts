/**
 * The word for a casualty figure's category in a finding (review22 mine B6: trapped miners were written 「下落不明 6」 in
 * the 谎报 findings, while the summary said 「仍被困 6 人」 and the mine's own positioning had them at heading 1205). The
 * report form's 下落不明 field (493号令 第十二条（四）: 伤亡人数（包括下落不明的人数）; the engine's `missing` figure) is
 * worded by the people it counts in the hazard at hand:
 *   - mine flood: every one counted in it is a miner cut off underground (engine/hazards/mine/report.ts: `missing` is the
 *     trapped not yet reached by a survey, counted within `trapped`), and the world had them trapped then
 *     (casualtiesChanged.trapped > 0): an evaluator writes 被困（涉险） (应急管理部令第14号: 涉险人数);
 *   - otherwise (a school's pupil unaccounted for, beside the trapped in fire/report.ts): 下落不明.
 *   categoryWords(x, atMs)("missing") → { zh: "被困（涉险）人员", en: "trapped", one: "trapped" } or CATEGORY_TEXT's.
 */
import type { EvalContext } from "./context.ts";
import { CATEGORY_TEXT, type Category } from "./honesty.ts";

const TRAPPED = { zh: "被困（涉险）人员", en: "trapped", one: "trapped" } as const;

/** Scenario kinds whose hazard counts its 下落不明 within the trapped (the people cut off where the hazard holds them). */
const MISSING_ARE_TRAPPED: ReadonlySet<string> = new Set(["mine-flood"]);

/**
 * How the people a hazard counts as 下落不明 are said when they are still not out at the end (outcomes.ts OUTCOME_TRAPPED,
 * the headline's 仍被困): in a mine flood they are the trapped no rescue-team survey or borehole has reached yet
 * (engine/hazards/mine/report.ts), though the positioning system had them at their heading (review23 mine B6: 「均下落不明
 * （尚未定位）」 for miners the inject located); elsewhere they are unaccounted for (下落不明). `short`: the headline's bracket.
 */
export function notReachedWords(kind: string): { zh: string; short: string; en: string; enShort: string } {
  return MISSING_ARE_TRAPPED.has(kind)
    ? { zh: "未经救护队侦察或钻孔探明", short: "未经侦察探明", en: "not yet reached by a rescue-team survey or a borehole", enShort: "not reached" }
    : { zh: "下落不明（尚未定位）", short: "下落不明", en: "not yet located", enShort: "not located" };
}

/** Whether at `atMs` the 下落不明 figure counts trapped people (see the header). */
export function missingAreTrapped(x: EvalContext, atMs: number): boolean {
  if (!MISSING_ARE_TRAPPED.has(x.c.scenario.kind)) return false;
  let last: { trapped: number } | undefined;
  for (const e of x.events) {
    if (e.at > atMs) break;
    if (e.type === "casualtiesChanged") last = e;
  }
  return last !== undefined && last.trapped > 0;
}

/** The words of each category at `atMs` (see the header); `one`: the English for a single one, when it differs. */
export function categoryWords(x: EvalContext, atMs: number): (k: Category) => { zh: string; en: string; one?: string } {
  const trapped = missingAreTrapped(x, atMs);
  return (k) => (k === "missing" && trapped ? TRAPPED : CATEGORY_TEXT[k]);
}
