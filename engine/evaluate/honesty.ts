/**
 * Honesty of a report's casualty figures (493号令 第四条: 不得迟报、漏报、谎报、瞒报).
 *
 * The engine records, with every report, what the sender knew of casualties at that moment
 * (`senderKnew`: what its own units saw and what sources the scenario marks reliable told it —
 * injects by default), what other agencies had claimed to it (`senderWasTold`, possibly false)
 * and the ground truth (`truth`). Knowing is judged on `senderKnew` only: leaving out a figure
 * someone merely claimed is not 谎报; repeating it is not 谎报 either (the sender invented nothing). The evaluator compares the reported figures with both, per category, from the
 * most to the least severe: deaths, serious injuries, injuries, missing.
 *
 *   knew ≤ reported ≤ max(knew, truth)
 *       → honest. In particular a figure below the truth is never held against the sender when
 *         it could not yet know more: 快报事实 — report what you know. A figure above what it
 *         knew but within the truth is an estimate of "可能造成的伤亡" (第十二条(四)), also honest.
 *         People may move to a more severe category (the missing found dead, the seriously
 *         injured who die): a shortfall is excused when the more severe categories report at
 *         least that many more than the sender knew there.
 *   untrue ("false", the finding REPORT_FALSE 谎报) — the report CONTRADICTS what the sender knew: a figure
 *         below it (down to a flat "0 missing" when it knew of 6; `concealed` lists those categories), or "unknown"
 *         (尚不清楚) where it knew of some (review8 school item 8), or a figure above both what it knew and the truth
 *         (an invented toll; `falsified`). 应急管理部令第14号《生产安全事故罚款处罚规定》第三条: "故意不如实报告事故发生的
 *         时间、地点、初步原因、性质、伤亡人数和涉险人数…的，属于谎报" (the wording of its 试行版 第五条(三)).
 *   left out ("omitted", REPORT_FALSE with `omission`, 漏报伤亡) — no casualty figures at all while the sender knew
 *         of some: "遗漏未报…伤亡人数" (ibid., 漏报). Blank figures the sender did not know of are honest: the blank
 *         field is then incomplete (要素不全, 第十二条; issue 10 §7).
 *   瞒报 is no verdict on a report's figures: "隐瞒已经发生的事故，超过规定时限未…报告" (ibid.) is a report never made
 *         (hidden-accident.ts, the finding REPORT_CONCEALED; review15 mine 1).
 *
 * The engine keeps deaths and injuries known as a running maximum and the missing count as the
 * latest word (engine/knowledge/deliver.ts), so a missing person reported found is not "known".
 *
 * The cause is never part of this check: 快报事实、慎报原因.
 */
import type { CasualtyFigures, Honesty } from "./report-model.ts";

export const CATEGORIES = ["deaths", "seriousInjuries", "injured", "missing"] as const;
export type Category = (typeof CATEGORIES)[number];

export interface HonestyVerdict {
  honesty: Honesty;
  /** categories reported below what the sender knew, or left out (谎报 / 漏报伤亡) */
  concealed: Category[];
  /** categories invented: above what the sender knew and the truth (谎报) */
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
 * 谎报 nor 漏报伤亡 (issue 10 §7: the follow-up owes the number), and it moves nobody between categories.
 * `heardOfPeople`: words had reached the sender that people were down, hurt or trapped (heard.ts) though no
 * figure had: the one person such words say at least (「罐区有同事倒地」) may be reported beyond what it knew
 * and the truth, as its estimate of 可能造成的伤亡人数 (493号令 第十二条（四）), not an invented toll (newcomer 18:
 * 重伤 1 on those words was charged 谎报); a number beyond that is its own. Figures below what it knew stay 谎报.
 */
export function judgeHonesty(reported: CasualtyFigures | StatedFigures | undefined, knew: CasualtyFigures, truth: CasualtyFigures, told: CasualtyFigures = NONE, heardOfPeople = false): HonestyVerdict {
  // a blank casualty field is a missing field (要素不全, 第十二条), not a false figure (issue 10 §7),
  // unless it leaves out casualties the sender knew of (漏报伤亡)
  if (!reported) {
    const left = CATEGORIES.filter((k) => knew[k] > 0);
    return { honesty: left.length > 0 ? "omitted" : "notStated", concealed: left, falsified: [] };
  }
  const concealed: Category[] = [];
  const falsified: Category[] = [];
  let moved = 0; // people reported in more severe categories beyond what the sender knew there
  // words that someone is down say at least one person: so many may be reported beyond the figures as an estimate
  let estimate = heardOfPeople ? 1 : 0;
  for (const k of CATEGORIES) {
    const r = reported[k];
    if (r === "unknown") {
      if (knew[k] > 0) concealed.push(k); // "not known yet" of what it knew is no fact (快报事实)
      continue;
    }
    const excess = r - Math.max(knew[k], truth[k], told[k]);
    if (excess > 0 && excess <= estimate) estimate -= excess;
    else if (excess > 0) falsified.push(k);
    if (r >= knew[k]) {
      moved += r - knew[k];
      continue;
    }
    const short = knew[k] - r;
    if (moved >= short) moved -= short;
    else concealed.push(k);
  }
  const honesty: Honesty = falsified.length > 0 || concealed.length > 0 ? "false" : "ok";
  return { honesty, concealed, falsified };
}

export const CATEGORY_TEXT: Record<Category, { zh: string; en: string }> = {
  deaths: { zh: "死亡", en: "deaths" },
  seriousInjuries: { zh: "重伤", en: "serious injuries" },
  injured: { zh: "受伤", en: "injuries" },
  missing: { zh: "下落不明", en: "missing" },
};
