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
  if (o.kind !== "report" || o.metAtMs !== undefined || o.agency !== e.from || o.to !== e.to || !casualtyDuty(c, o)) return false;
  return !withholdsFigures(s, e);
}

/**
 * Whether a casualty follow-up `o` (not a development's) is left open by report `e`, a 续报 that still states less than
 * its sender knows (issue 10 §2, §7; review r28 mine: the mine that told the bureau 0 trapped at 01:08 knowing of 6 and
 * repeated "0" in its 01:50 续报 corrected nothing: that 续报 is the same 谎报 going on, not a late correction). The duty
 * asks for the figures (493号令 第十三条); only a report stating each at least as high as the sender knows them meets it.
 * An explicit "unknown" (尚不清楚) of a figure the sender knows is no figure (honesty.ts: "not known yet" of what it knew
 * is concealment) and meets nothing either. Reports of a development, and every other duty, are untouched.
 */
export function leavesFollowUpOpen(c: Pick<Compiled, "rules">, s: Pick<DrillState, "knowledge">, o: Obligation, e: EventOf<"reportSubmitted">): boolean {
  return o.kind === "report" && o.agency === e.from && o.to === e.to && casualtyDuty(c, o) && withholdsFigures(s, e);
}

/** `o` is a follow-up rule's casualty duty (not a development's own 续报). */
function casualtyDuty(c: Pick<Compiled, "rules">, o: Obligation): boolean {
  const r = c.rules.followUp.find((x) => x.id === o.ruleId);
  return r !== undefined && !isDevelopmentDuty(r, o.id);
}

/** `e` states some casualty figure below what its sender knows now ("unknown" reads as none stated). */
function withholdsFigures(s: Pick<DrillState, "knowledge">, e: EventOf<"reportSubmitted">): boolean {
  const k = s.knowledge.find((x) => x.agency === e.from);
  if (!k) return true;
  const known = heardCasualties(k);
  const told = statedFigures(e.content?.casualties);
  return told.deaths < known.deaths || told.seriousInjuries < known.seriousInjuries || told.injured < known.injured || told.missing < known.missing;
}
