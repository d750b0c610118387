/**
 * The linkage section's opportunities (domain.md §7): each expected agency's duty to be told and, where its rule says,
 * to act; an absent agency's undeclared notice is one the drill could not take.
 */
import type { EvalContext } from "./context.ts";
import type { NotDrilled } from "./not-drilled.ts";
import { noNoticePart } from "./notice-part.ts";
import type { Opportunity } from "./opportunity.ts";
import { actCode } from "./own-plan.ts";
import type { LinkageRow } from "./report-model.ts";

/** The opportunities of the linkage table's `rows` and of the agencies the drill does not play (`notDrilled`), in that order. */
export function linkageOpportunities(x: EvalContext, rows: readonly LinkageRow[], notDrilled: readonly NotDrilled[]): Opportunity[] {
  const opportunities = rows.flatMap((r): Opportunity[] => {
    const rule = x.c.rules.linkage[x.c.scenario.kind].find((l) => l.id === r.ruleId)!;
    // a notice the scenario itself gave (a 110 call) is no credit to the players; only the duty to act is judged
    // nor is the incident unit "told" of work arising in its own accident (its rescue of the trapped): no notice part
    const byScenario = r.notifiedBy === "scenario" || noNoticePart(x, rule, r.agency);
    // an agency told of the incident but never of its duty's work (the 120 asked only to "做好准备") owes no action (rules/duty-work.ts)
    const actOwed = !(rule.workWhen !== undefined && r.notifiedAtMs !== undefined && r.actDeadlineMs === undefined);
    const failCodes = [...(byScenario ? [] : (["LINKAGE_NOT_NOTIFIED"] as const)), ...(rule.actWithinMin !== undefined && rule.actions.length > 0 && !r.unverified && actOwed ? [actCode(rule)] : [])];
    // an unverified duty with nothing left to judge is no opportunity (domain.md §0)
    return r.unverified && failCodes.length === 0 ? [] : [{ id: `link:${r.ruleId}:${r.agency}`, section: "linkage", failCodes, ...(r.unverified ? { unverified: true } : {}), ...(rule.actNotJudged !== undefined ? { actNotJudged: rule.actNotJudged } : {}) }];
  });
  // an absent agency's notice the scenario did not declare out of scope is an opportunity the drill could not take
  const absentOpps = notDrilled.filter((n) => !n.declared).map((n): Opportunity => ({ id: `link:${n.ruleId}:absent`, section: "linkage", failCodes: ["LINKAGE_NOT_NOTIFIED"] }));
  return [...opportunities, ...absentOpps];
}
