/**
 * A casualty follow-up (续报, 493号令 第十三条: 伤亡人数发生变化的，应当及时补报) is owed for the figures: a report of any
 * kind to the same addressee that states them meets it (newcomer23 3: the plant's written first report at 00:06:07 carried
 * the 3 dead and 12 seriously injured the director's inject had told it of at 00:05:35, after its first word by phone;
 * the 续报 that inject opened was still charged late). Shape: the open follow-up duty `o` of rule `r` and the report `e`;
 * met when `e` states each figure at least as high as its reporter knows them now (heardCasualties). A development's
 * 续报 is another matter (telling.ts: only a report of that development meets it).
 */
import type { Compiled } from "../compile.ts";
import type { EventOf } from "../model/events.ts";
import type { DrillState, Obligation } from "../model/state.ts";
import { heardCasualties } from "../knowledge/deliver.ts";
import { isDevelopmentDuty } from "./development-news.ts";
import { statedFigures } from "./report-fields.ts";

export function reportCarriesFigures(c: Pick<Compiled, "rules">, s: Pick<DrillState, "knowledge">, o: Obligation, e: EventOf<"reportSubmitted">): boolean {
  if (o.kind !== "report" || o.metAtMs !== undefined || o.agency !== e.from || o.to !== e.to) return false;
  const r = c.rules.followUp.find((x) => x.id === o.ruleId);
  if (!r || isDevelopmentDuty(r, o.id)) return false;
  const k = s.knowledge.find((x) => x.agency === e.from);
  if (!k) return false;
  const known = heardCasualties(k);
  const told = statedFigures(e.content?.casualties);
  return told.deaths >= known.deaths && told.seriousInjuries >= known.seriousInjuries && told.injured >= known.injured && told.missing >= known.missing;
}
