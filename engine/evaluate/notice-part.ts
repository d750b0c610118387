/**
 * Which linkage duties have no notice part of their own (domain.md §5): nobody owes their holder a notice, or another
 * duty of the same holder times the one notice it is owed.
 */
import { resolveAgencies } from "../rules/agencies.ts";
import type { LinkageRule } from "../scenario/rules-schema.ts";
import type { EvalContext } from "./context.ts";

/**
 * A duty of the incident unit that arises with work in its own accident (`workWhen`) and that no notice rule times
 * (the mine's rescue of the miners found trapped, LNK-MINE-RESCUE): nobody owes it a notice, so it has no notice part.
 */
export function ownWork(x: EvalContext, rule: LinkageRule, agency: string): boolean {
  return agency === x.c.scenario.incidentAgency && rule.workWhen !== undefined && rule.notifiedWithinMin === undefined;
}

/**
 * Whether linkage duty `rule` of `agency` has no notice part of its own: work in its own accident (ownWork), or a duty
 * that times no notice (`notifiedWithinMin`) while another duty of the same agency does (the mine manager's plan,
 * LNK-MINE-PLAN, and the dispatch room's word to him, timed by LNK-MINE-MINE): one notice, judged once, under the
 * duty that times it (review22 mine B1; a second notice part made W 116 and the late word count in two items).
 */
export function noNoticePart(x: EvalContext, rule: LinkageRule, agency: string): boolean {
  if (ownWork(x, rule, agency)) return true;
  if (rule.notifiedWithinMin !== undefined) return false;
  return x.c.rules.linkage[x.c.scenario.kind].some((r) => r !== rule && r.notifiedWithinMin !== undefined && resolveAgencies(x.c, r.agency).includes(agency));
}
