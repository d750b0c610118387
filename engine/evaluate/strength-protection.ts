/**
 * A strength never praises a hot-zone entry short of the protection its own rule names (issue 10 §10; review15
 * chemical 8): the chemical good play's 「临江化工有限公司接报后于 00:00:30 履行职责（调派（搜救））」 sent a team with
 * SCBA alone into 2315 ppm chlorine, while HOT_ZONE_UNPROTECTED (responder-safety.ts) cites ERG 2024 指南124
 * (「佩戴正压式空气呼吸器，穿戴化学防护服」) against SCBA-only work in the same zone. Such work within the crew's kit is
 * no fault (units/protection.ts: the scenario equips it for that), but it is no good practice either: the strength
 * keeps its timing and states the protection level and the risk, in the finding's own terms.
 *
 * Shape: `withProtectionRisk(x, strengths)` → the same strengths, each whose evidence names a unit (its dispatch or
 * arrival) that then entered the hot zone — at or above the chemical's AEGL-3, or its NIOSH IDLH (the bound
 * responder-safety.ts draws) — with less than level-A protection, with a clause appended (zh/en). Unchanged for a
 * hazard without toxicology.
 */
import type { EventOf } from "../model/events.ts";
import { clock, type EvalContext } from "./context.ts";
import { ergGuide } from "./erg-basis.ts";
import { label } from "./glossary.ts";
import { idlhPpm } from "./harmful-orders.ts";
import type { Strength } from "./report-model.ts";

/** The first hot-zone exposure of a unit short of level-A protection, at or after `fromMs` (log index), or -1. */
function hotEntry(x: EvalContext, unit: string, fromMs: number): number {
  const aegl3 = x.c.hazard.toxicology?.(x.c.scenario).aegl3;
  const idlh = idlhPpm(x);
  return x.events.findIndex((e) => e.type === "unitExposed" && e.unit === unit && e.at >= fromMs && (e.level === "aegl3" || (idlh !== undefined && e.ppm >= idlh) || (aegl3 !== undefined && e.ppm >= aegl3)));
}

export function withProtectionRisk(x: EvalContext, strengths: readonly Strength[]): Strength[] {
  if (!x.c.hazard.toxicology) return [...strengths];
  const guide = ergGuide(x) ?? "指南";
  return strengths.map((s) => {
    const entries: Array<{ unit: string; i: number }> = [];
    // one decision: a dispatch stands with the others its agency gave at the same moment (strengths.ts)
    const cited = s.evidence.events.flatMap((i) => {
      const e = x.events[i];
      if (e?.type !== "unitDispatched") return [i];
      return x.events.flatMap((d, j) => (d.type === "unitDispatched" && d.agency === e.agency && d.at === e.at ? [j] : []));
    });
    for (const i of cited) {
      const e = x.events[i];
      if (e?.type !== "unitDispatched" && e?.type !== "unitArrived") continue;
      const def = x.c.units.get(e.unit);
      if (!def || def.protection === "levelA" || entries.some((v) => v.unit === e.unit)) continue;
      const hot = hotEntry(x, e.unit, e.at);
      if (hot >= 0) entries.push({ unit: e.unit, i: hot });
    }
    if (entries.length === 0) return s;
    const first = entries.reduce((a, b) => (a.i <= b.i ? a : b));
    const ex = x.events[first.i] as EventOf<"unitExposed">;
    const kit = label("protection", x.c.units.get(first.unit)!.protection);
    const names = entries.map((v) => x.unitName(v.unit));
    return {
      ...s,
      message: {
        zh: `${s.message.zh}；但${names.map((n) => n.zh).join("、")}仅配${kit.zh}，${clock(ex.at)} 进入浓度超过 AEGL-3 或 IDLH 的热区（${ex.ppm} ppm），未穿化学防护服（《应急响应指南》（ERG 2024）${guide}：佩戴正压式空气呼吸器，穿戴化学防护服），存在人员防护风险，不作为经验推广`,
        en: `${s.message.en}; but ${names.map((n) => n.en).join(", ")} wore ${kit.en} only and entered the hot zone above AEGL-3 or IDLH at ${clock(ex.at)} (${ex.ppm} ppm) without chemical protective clothing (ERG 2024 ${guide.replace("指南", "Guide ")}: positive-pressure SCBA and chemical protective clothing): a risk to the crew, not a practice to follow`,
      },
      evidence: { ...s.evidence, events: [...s.evidence.events, ...entries.map((v) => v.i).filter((i) => !s.evidence.events.includes(i))] },
    };
  });
}
