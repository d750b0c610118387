/**
 * Each person once (issue 10 §2 and §9; AQ/T 9009-2015 附录A 人员保护 judges harm to people): the
 * people exposed above the hazard's threshold, split by their worst other outcome, so that the
 * exposure finding deducts only for people no worse outcome already counts. Order of outcomes:
 * death > serious injury > injury or trapped > exposure above the threshold.
 *
 *   with a best play (harm graded relatively, preventable.ts: deaths, serious injuries, injuries
 *   and the trapped are all in OUTCOME_PREVENTABLE_HARM):
 *     charged = max(0, only(this drill) − only(best play))
 *   without one (deaths, serious injuries and the trapped charged per person; injuries nowhere):
 *     charged = only + injured
 *
 * where `only` is the exposed whose worst outcome is the exposure and `injured` the exposed injured
 * (not seriously, not trapped). A toxic release counts per person from each group's dose
 * distribution (σ = SPREAD of ln dose, engine/people/exposure.ts); its casualties are by
 * construction among those above AEGL-2 (harm starts at 2.3 × the AEGL-2 load), so a group's own
 * expected casualties (not the scenario's scripted ones) are taken out of its exposed. Other hazards
 * say it per person (OccupantSummary.exposedOnly, exposedInjured).
 */
import { dlog, normalCdf } from "../model/detmath.ts";
import type { LocalText } from "../model/ids.ts";
import type { DrillState } from "../model/state.ts";
import { SPREAD, SUSCEPTIBILITY, thresholdLoad } from "../people/exposure.ts";
import type { EvalContext } from "./context.ts";

export interface Above {
  /** people above the level, whole (the expected count rounded) */
  n: number;
  /** the groups that put at least half a person above it */
  groups: Set<string>;
  /** each group's expected count above it */
  per: Map<string, number>;
}

/**
 * People whose own toxic load reached an AEGL level, counted per person: individual doses spread
 * log-normally around the group's load (σ = SPREAD, the people model's), so a group whose mean is
 * just under the threshold still has some people above it, and one just over has not all (issue 10 §9).
 */
export function exposedAbove(x: EvalContext, level: "aegl2" | "aegl3", state: DrillState = x.state): Above {
  const tox = x.c.hazard.toxicology?.(x.c.scenario);
  const groups = new Set<string>();
  const per = new Map<string, number>();
  if (!tox) return { n: 0, groups, per };
  const tl = thresholdLoad(level === "aegl2" ? tox.aegl2 : tox.aegl3, tox);
  let n = 0;
  for (const g of state.groups) {
    const vul = SUSCEPTIBILITY[x.c.groups.get(g.id)?.vulnerability ?? "normal"] ?? 1;
    const k = g.toxicLoad > 0 ? g.count * normalCdf(dlog((g.toxicLoad * vul) / tl) / SPREAD) : 0;
    if (k >= 0.5) groups.add(g.id);
    per.set(g.id, k);
    n += k;
  }
  return { n: Math.round(n), groups, per };
}

/** The exposed of one state, by worst outcome (shape in the module comment). */
export interface ExposedSplit {
  /** above the threshold (toxic: AEGL-2, per person; other hazards: the model's own count) */
  exposed: number;
  /** of them, alive, unhurt and not trapped: the exposure is their worst outcome */
  only: number;
  /** of them, injured (not seriously) and not trapped */
  injured: number;
  /** toxic releases: each group's expected `only` (for the groups a finding is about) */
  perGroup: Map<string, number>;
}

export function exposedSplit(x: EvalContext, state: DrillState): ExposedSplit {
  const perGroup = new Map<string, number>();
  if (x.c.hazard.toxicology) {
    const above = exposedAbove(x, "aegl2", state);
    let only = 0;
    let injured = 0;
    for (const g of state.groups) {
      const k = above.per.get(g.id) ?? 0;
      // the acute casualties (untreated serious injuries that died moved within them) are among the k
      const worse = Math.min(k, g.acute.deaths + g.acute.seriousInjuries);
      const inj = Math.min(k - worse, g.acute.injured);
      perGroup.set(g.id, k - worse - inj);
      only += k - worse - inj;
      injured += inj;
    }
    const o = Math.min(above.n, Math.round(only));
    return { exposed: above.n, only: o, injured: Math.min(above.n - o, Math.round(injured)), perGroup };
  }
  const exposed = state.casualties.exposed;
  const occ = x.c.hazard.occupants?.(state.hazard);
  if (occ?.exposedOnly !== undefined) return { exposed, only: occ.exposedOnly, injured: occ.exposedInjured ?? 0, perGroup };
  // a model that cannot tell: count the harmed as if all were among the exposed (never twice)
  const c = state.casualties;
  return { exposed, only: Math.max(0, exposed - c.deaths - c.seriousInjuries - c.injured - c.trapped), injured: 0, perGroup };
}

/** People the exposure finding charges (shape in the module comment); `best`: the best play's split, when harm is graded relatively. */
export function chargedExposed(own: ExposedSplit, best: ExposedSplit | undefined): number {
  return best ? Math.max(0, own.only - best.only) : own.only + own.injured;
}

/**
 * The clause that shows the working of the exposure finding's quantity: who of the exposed is
 * counted under a worse outcome, and who is charged here. Empty when all are charged.
 */
export function onceText(own: ExposedSplit, best: ExposedSplit | undefined): LocalText {
  const charged = chargedExposed(own, best);
  const worse = own.exposed - own.only - own.injured;
  const parts: LocalText[] = [];
  if (best && worse + own.injured > 0) {
    const who = [
      ...(own.injured > 0 ? [{ zh: `${own.injured} 人受伤`, en: `${own.injured} injured` }] : []),
      ...(worse > 0 ? [{ zh: `${worse} 人重伤、死亡或被困`, en: `${worse} seriously injured, dead or trapped` }] : []),
    ];
    parts.push({ zh: `其中 ${who.map((w) => w.zh).join("、")}，已按伤亡对照计（可避免伤亡；每人只按最重后果计一次）`, en: `of them ${who.map((w) => w.en).join(" and ")}, counted in the harm graded against the references (preventable harm; each person once, at the worst outcome)` });
  } else if (!best && worse > 0) {
    parts.push({ zh: `其中 ${worse} 人重伤、死亡或被困，已按人计入（每人只按最重后果计一次）`, en: `${worse} of them seriously injured, dead or trapped, counted there (each person once, at the worst outcome)` });
  }
  if (best && (worse + own.injured > 0 || best.exposed > 0)) {
    parts.push({ zh: `仅暴露 ${own.only} 人，最佳处置为 ${best.only} 人，超出部分 ${charged} 人计分`, en: `${own.only} only exposed against ${best.only} with the best play, so ${charged} are charged` });
  } else if (!best && worse > 0) {
    parts.push({ zh: `其余 ${charged} 人计分`, en: `the other ${charged} are charged` });
  }
  return parts.length === 0 ? { zh: "", en: "" } : { zh: `；${parts.map((p) => p.zh).join("；")}`, en: `; ${parts.map((p) => p.en).join("; ")}` };
}
