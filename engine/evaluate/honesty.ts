/**
 * Honesty of a report's casualty figures (493号令 第四条: 不得迟报、漏报、谎报、瞒报).
 *
 * The engine records, with every report, what the sender knew of casualties at that moment
 * (`senderKnew`: what its own units saw and what sources the scenario marks reliable told it —
 * injects by default), what other agencies had claimed to it (`senderWasTold`, possibly false)
 * and the ground truth (`truth`). Knowing is judged on `senderKnew` only: leaving out a figure
 * someone merely claimed is not 瞒报; repeating it is not 谎报 either (the sender invented nothing). The evaluator compares the reported figures with both, per category, from the
 * most to the least severe: deaths, serious injuries, injuries, missing.
 *
 *   knew ≤ reported ≤ max(knew, truth)
 *       → honest. In particular a figure below the truth is never held against the sender when
 *         it could not yet know more: 快报事实 — report what you know. A figure above what it
 *         knew but within the truth is an estimate of "可能造成的伤亡" (第十二条(四)), also honest.
 *         People may move to a more severe category (the missing found dead, the seriously
 *         injured who die): a shortfall is excused when the more severe categories report at
 *         least that many more than the sender knew there.
 *   REPORT_CONCEALED (瞒报) — the sender UNDERSTATED casualties it knew of (issue 4's definition:
 *         "a report that understates casualties the agency already knew of is concealment"):
 *         reported < knew, down to a flat "0 dead" when it knew of 3. Leaving out a category it knew
 *         of is the same fault (漏报伤亡, review8 school item 8: the school's report that says nothing of
 *         the missing pupil it knew of): casualty figures left blank, or "unknown" (尚不清楚), while
 *         the sender knew of some there. Blank or "unknown" figures the sender did not know of are
 *         honest: the blank field is then incomplete (要素不全, 第十二条; issue 10 §7), "unknown" meets it.
 *   REPORT_FALSE (谎报) — the report CONTRADICTS what the sender knew: a figure above both what
 *         it knew and the truth (an invented toll: more than it knew and more than there were).
 *
 * The engine keeps deaths and injuries known as a running maximum and the missing count as the
 * latest word (engine/knowledge/deliver.ts), so a missing person reported found is not "known".
 *
 * So the line between the two is understating what was known (瞒报) versus stating what was
 * neither known nor true (谎报). Official definitions differ in
 * wording (《生产安全事故罚款处罚规定》: 谎报 = 故意不如实报告伤亡人数等内容; 瞒报 = 隐瞒已经发生的事故);
 * a rubric can weight the two codes as the office sees fit. The cause is never part of this
 * check: 快报事实、慎报原因.
 */
import type { CasualtyFigures, Honesty } from "./report-model.ts";

export const CATEGORIES = ["deaths", "seriousInjuries", "injured", "missing"] as const;
export type Category = (typeof CATEGORIES)[number];

export interface HonestyVerdict {
  honesty: Honesty;
  /** categories withheld (瞒报) */
  concealed: Category[];
  /** categories invented (谎报) */
  falsified: Category[];
}

const NONE: CasualtyFigures = { deaths: 0, seriousInjuries: 0, injured: 0, missing: 0 };

/** A report's figures as stated: a number, or "unknown" (尚不清楚, issue 10 §7) — never read as 0. */
export type StatedFigures = Record<Category, number | "unknown">;

/** The figures a report's casualties state, "unknown" kept; a figure left out counts as 0 (none given). */
export function stated(c: Partial<Record<Category, number | "unknown">>): StatedFigures {
  return { deaths: c.deaths ?? 0, seriousInjuries: c.seriousInjuries ?? 0, injured: c.injured ?? 0, missing: c.missing ?? 0 };
}

/**
 * `reported` may say "unknown" for a category: an honest 尚不清楚 (nobody known there) is judged neither
 * 瞒报 nor 谎报 (issue 10 §7: the follow-up owes the number), and it moves nobody between categories.
 */
export function judgeHonesty(reported: CasualtyFigures | StatedFigures | undefined, knew: CasualtyFigures, truth: CasualtyFigures, told: CasualtyFigures = NONE): HonestyVerdict {
  // a blank casualty field is a missing field (要素不全, 第十二条), not a false figure (issue 10 §7),
  // unless it leaves out casualties the sender knew of (漏报伤亡)
  if (!reported) {
    const left = CATEGORIES.filter((k) => knew[k] > 0);
    return { honesty: left.length > 0 ? "concealed" : "notStated", concealed: left, falsified: [] };
  }
  const concealed: Category[] = [];
  const falsified: Category[] = [];
  let moved = 0; // people reported in more severe categories beyond what the sender knew there
  for (const k of CATEGORIES) {
    const r = reported[k];
    if (r === "unknown") {
      if (knew[k] > 0) concealed.push(k); // "not known yet" of what it knew is no fact (快报事实)
      continue;
    }
    if (r > Math.max(knew[k], truth[k], told[k])) falsified.push(k);
    if (r >= knew[k]) {
      moved += r - knew[k];
      continue;
    }
    const short = knew[k] - r;
    if (moved >= short) moved -= short;
    else concealed.push(k);
  }
  const honesty: Honesty = falsified.length > 0 ? "false" : concealed.length > 0 ? "concealed" : "ok";
  return { honesty, concealed, falsified };
}

export const CATEGORY_TEXT: Record<Category, { zh: string; en: string }> = {
  deaths: { zh: "死亡", en: "deaths" },
  seriousInjuries: { zh: "重伤", en: "serious injuries" },
  injured: { zh: "受伤", en: "injuries" },
  missing: { zh: "下落不明", en: "missing" },
};
