/**
 * What each person harmed beyond the best play costs (issue 10 §9: outcomes graded per person and in
 * proportion; review 8 chemical items 3 and 6, school item 13). In points of the preventable-harm
 * rubric item (OUTCOME_PREVENTABLE_HARM, `item` points, bounded by its cap), per person and grade:
 *
 *   rel_k    = item × w_k / scale     the share of the item one person of grade k is of the harm no
 *                                     response does beyond the best play (scale = Σ w·max(0, none − best),
 *                                     harmWeights; scale 0: nothing preventable, rel_k = ∞)
 *   death    = clamp(rel, floor_death, cap)        floor: the rubric's per-death item (8)
 *   serious  = clamp(rel, floor_serious, cap)      floor: the per-serious-injury item (2.5)
 *   injured  = min(rel, ceilInjured)                in proportion across the whole gap, no floor: a floor (it was the
 *                                                  AEGL-3 exposure item, 0.05) took the item at 200 people of a
 *                                                  602-person gap, so 125 fewer injured gained nothing (review11
 *                                                  chemical 1); ceilInjured = floor_serious × w_injured / w_serious
 *                                                  (2.5 × 1/3 ≈ 0.83), so one injury beyond a one-person gap is not the whole item
 *   trapped  = max(injured, floor_trapped)          floor: the per-trapped-person item (1)
 *   exposed  = min(exp2, injured × exp2 / exp3)     people only exposed (exposed-once.ts): the lowest grade, the per-person
 *                                                  exposure item (exp2 = AEGL-2, 0.02) while an injury costs at least the
 *                                                  gravest exposure item (exp3 = AEGL-3, 0.05); below that, in the same
 *                                                  proportion to an injury (0.0166 × 0.4 = 0.0066 at the chemical leak's
 *                                                  602-person gap), so turning an exposed person into an injured one never
 *                                                  lowers the charge, and an injured person spared to mere exposure lowers it
 *                                                  (the exposure finding is then cited under the harm finding, not charged again)
 *
 * So the order of gravity holds per person: death ≥ serious ≥ injury ≥ exposure; with one cap, more
 * harm never costs less (at the cap it costs the same). The charge is
 *
 *   cost = Σ_k c_k × max(0, actual_k − best_k);   charged points = min(cap, cost);   figure = charged / cap (0–1)
 *
 * the one figure the finding and the report's headline both show (0–100 %).
 */
import type { LocalText } from "../model/ids.ts";
import type { RubricProfile } from "../scenario/rubric-schema.ts";
import type { HarmFigures } from "./references.ts";

/** The graded people: the harm figures and the people only exposed (alive, unhurt, not trapped: exposed-once.ts). */
export type Graded = HarmFigures & { exposed: number };
export type PersonCosts = Record<keyof Graded, number>;

type Weights = RubricProfile["harmWeights"];

/** Points the rubric charges per person for `code` (its absolute items), 0 when it has none. */
export function itemPoints(rubric: RubricProfile, code: string): number {
  return rubric.sections.flatMap((s) => s.items).find((it) => it.codes.includes(code as never))?.points ?? 0;
}

/** The preventable-harm item's points and cap. */
export function harmItem(rubric: RubricProfile): { points: number; cap: number } {
  const it = rubric.sections.flatMap((s) => s.items).find((i) => i.codes.includes("OUTCOME_PREVENTABLE_HARM" as never));
  return { points: it?.points ?? 0, cap: it?.cap ?? it?.points ?? 0 };
}

const clamp = (x: number, lo: number, hi: number) => Math.max(lo, Math.min(Math.max(lo, hi), x));
const r4 = (n: number) => Math.round(n * 10_000) / 10_000;

/** Each grade's cost per person (shape above), rounded to 1/10 000 of a point. */
export function personCosts(rubric: RubricProfile, w: Weights, scale: number): PersonCosts {
  const { points: item, cap } = harmItem(rubric);
  const rel = (k: keyof Weights) => (scale > 0 ? (item * w[k]) / scale : Infinity);
  const serious = itemPoints(rubric, "OUTCOME_SERIOUS_INJURIES");
  const ceilInjured = w.seriousInjuries > 0 ? (serious * w.injured) / w.seriousInjuries : cap;
  const injured = Math.min(rel("injured"), ceilInjured);
  const exposure = Math.max(itemPoints(rubric, "OUTCOME_EXPOSED_AEGL2"), itemPoints(rubric, "OUTCOME_EXPOSED"));
  const exp3 = Math.max(exposure, itemPoints(rubric, "OUTCOME_EXPOSED_AEGL3"));
  return {
    deaths: r4(clamp(rel("deaths"), itemPoints(rubric, "OUTCOME_DEATHS"), cap)),
    seriousInjuries: r4(clamp(rel("seriousInjuries"), serious, cap)),
    injured: r4(injured),
    trapped: r4(Math.max(injured, itemPoints(rubric, "OUTCOME_TRAPPED"))),
    exposed: r4(Math.min(exposure, exp3 > 0 ? (injured * exposure) / exp3 : injured)),
  };
}

export const GRADES = ["deaths", "seriousInjuries", "injured", "trapped", "exposed"] as const;

/** People beyond `best` per grade: max(0, actual − best). */
export function beyond(actual: Graded, best: Graded): Graded {
  const d = (k: keyof Graded) => Math.max(0, actual[k] - best[k]);
  return { deaths: d("deaths"), seriousInjuries: d("seriousInjuries"), injured: d("injured"), trapped: d("trapped"), exposed: d("exposed") };
}

/**
 * The charge for `extra` people (per grade) at `costs`: the finding's quantity in units of the item's
 * points, bounded by its cap (cap / points), and the one figure 0–1 (charged points / cap).
 */
export function harmCharge(rubric: RubricProfile, extra: Graded, costs: PersonCosts): { quantity: number; figure: number; points: number; capped: boolean } {
  const { points: item, cap } = harmItem(rubric);
  const cost = GRADES.reduce((s, k) => s + extra[k] * costs[k], 0);
  const points = Math.min(cap, cost);
  // the quantity to 1/1 000 000 of the item: quantity × item gives the charged points to 1/10 000, as printed (newcomer 4)
  return { quantity: item > 0 ? Math.round((r4(points) / item) * 1_000_000) / 1_000_000 : 0, figure: cap > 0 ? r4(points / cap) : 0, points: r4(points), capped: cost > cap };
}

/**
 * How each charged grade's per-person cost is found, in the report's own figures (review15 school 5: "每人 0.0095 分" could
 * not be derived): the scale from no response's and the best play's harm, then each grade as personCosts finds it. `none`,
 * `best`: the two references' harm; `grades`: the grades charged (their order). Rounded as personCosts rounds.
 */
export function costWorking(rubric: RubricProfile, w: Weights, none: Graded | HarmFigures, best: Graded | HarmFigures, grades: readonly (keyof Graded)[]): LocalText {
  const { points: item, cap } = harmItem(rubric);
  const keys = ["deaths", "seriousInjuries", "injured"] as const;
  const zhK = { deaths: "死亡", seriousInjuries: "重伤", injured: "受伤" } as const;
  const enK = { deaths: "dead", seriousInjuries: "seriously injured", injured: "injured" } as const;
  const gaps = keys.filter((k) => w[k] > 0 && none[k] - best[k] > 0);
  const scale = gaps.reduce((s, k) => s + w[k] * (none[k] - best[k]), 0);
  if (scale <= 0) return { zh: "", en: "" };
  const costs = personCosts(rubric, w, scale);
  const terms = { zh: gaps.map((k) => `${zhK[k]} (${none[k]} − ${best[k]}) × ${w[k]}`).join(" + "), en: gaps.map((k) => `${enK[k]} (${none[k]} − ${best[k]}) × ${w[k]}`).join(" + ") };
  const S = { zh: `S = 无处置较最佳处置多出的伤亡按权重合计 = ${terms.zh} = ${r4(scale)}`, en: `S = no response's harm beyond the best play, weighted = ${terms.en} = ${r4(scale)}` };
  const serious = itemPoints(rubric, "OUTCOME_SERIOUS_INJURIES");
  const exposure = Math.max(itemPoints(rubric, "OUTCOME_EXPOSED_AEGL2"), itemPoints(rubric, "OUTCOME_EXPOSED"));
  const exp3 = Math.max(exposure, itemPoints(rubric, "OUTCOME_EXPOSED_AEGL3"));
  const injuredText = {
    zh: `受伤每人 = ${item} × ${w.injured} / S 与 ${serious} × ${w.injured} / ${w.seriousInjuries} 中较小者 = ${costs.injured}`,
    en: `each injured = min(${item} × ${w.injured} / S, ${serious} × ${w.injured} / ${w.seriousInjuries}) = ${costs.injured}`,
  };
  const line: Record<keyof Graded, LocalText> = {
    deaths: { zh: `死亡每人 = ${item} × ${w.deaths} / S，不低于 ${itemPoints(rubric, "OUTCOME_DEATHS")}、不高于 ${cap} = ${costs.deaths}`, en: `each death = ${item} × ${w.deaths} / S, at least ${itemPoints(rubric, "OUTCOME_DEATHS")} and at most ${cap} = ${costs.deaths}` },
    seriousInjuries: { zh: `重伤每人 = ${item} × ${w.seriousInjuries} / S，不低于 ${serious}、不高于 ${cap} = ${costs.seriousInjuries}`, en: `each serious injury = ${item} × ${w.seriousInjuries} / S, at least ${serious} and at most ${cap} = ${costs.seriousInjuries}` },
    injured: injuredText,
    trapped: { zh: `仍被困每人 = 受伤每人与 ${itemPoints(rubric, "OUTCOME_TRAPPED")} 中较大者 = ${costs.trapped}`, en: `each still trapped = max(each injured, ${itemPoints(rubric, "OUTCOME_TRAPPED")}) = ${costs.trapped}` },
    exposed: { zh: `仅受危害暴露每人 = ${exposure} 与 受伤每人 ${costs.injured} × ${exposure} / ${exp3} 中较小者 = ${costs.exposed}`, en: `each only exposed = min(${exposure}, each injured ${costs.injured} × ${exposure} / ${exp3}) = ${costs.exposed}` },
  };
  // an exposure's or a trapped person's cost is found from an injury's: show that line too
  const shown = [...new Set([...grades.flatMap((k) => (k === "exposed" || k === "trapped" ? ["injured" as const, k] : [k]))])];
  return { zh: `每人分值：${S.zh}；${shown.map((k) => line[k].zh).join("；")}`, en: `per-person points: ${S.en}; ${shown.map((k) => line[k].en).join("; ")}` };
}
