/**
 * The basis of a missing or late notice (LINKAGE_NOT_NOTIFIED, LINKAGE_NOTIFIED_LATE), a finding
 * charged to the notifier: the notifier's own duty to tell, never the told agency's duty to act
 * (issue 10 §12: a finding cites the duty of the agency charged, from the law that imposes it).
 */
import { resolveAgencies } from "../rules/agencies.ts";
import type { LinkageRule } from "../scenario/rules-schema.ts";
import type { EvalContext } from "./context.ts";

/**
 * In order: the rule's `noticeBasis` (the profile names the notifier's duty: the school's 119 call,
 * the mine's call to its rescue team); else the basis of a reporting rule from `notifier` to
 * `agency` (the report owed is the notice: 危化条例 第七十一条, 2023 矿山办法); else the notifier's
 * own linkage duty (the lead agency's: "通知联动单位", 493号令 第十条); else the rule's own basis.
 * Shape: a Chinese basis as `Finding.basis` carries it.
 */
export function noticeBasis(x: EvalContext, rule: LinkageRule, notifier: string | null, agency: string): string {
  if (rule.noticeBasis !== undefined) return rule.noticeBasis;
  if (notifier !== null) {
    for (const r of x.c.rules.reporting) {
      if (r.scenarioKinds && !r.scenarioKinds.includes(x.c.scenario.kind)) continue;
      if (resolveAgencies(x.c, r.from).includes(notifier) && resolveAgencies(x.c, r.to, notifier).includes(agency)) return r.basis;
    }
    const own = x.c.rules.linkage[x.c.scenario.kind].find((r) => resolveAgencies(x.c, r.agency).includes(notifier));
    if (own) return own.basis;
  }
  return rule.basis;
}
