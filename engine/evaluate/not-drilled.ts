/**
 * Duties of agencies the scenario does not play (未演练; review8 chemical 9, mine 14c; issue 10 §12): the rules
 * profile expects, say, the 工会、人民检察院 and 人社部门 to be notified under 493号令 第十条, and a county drill
 * seldom plays them. Such a duty, when its work arose, is never dropped silently: the report lists it as
 * 未演练, with the scenario's reason when the scenario declares the kind out of scope (`notDrilled:`);
 * undeclared, it is a LINKAGE_NOT_NOTIFIED finding on the notifier and an opportunity lost, so that no
 * play is rated 100 on duties nobody could drill.
 */
import type { LocalText } from "../model/ids.ts";
import { workAroseAt } from "../rules/duty-work.ts";
import { resolveAgencies } from "../rules/agencies.ts";
import type { LinkageRule } from "../scenario/rules-schema.ts";
import type { EvalContext } from "./context.ts";
import { finding } from "./findings.ts";
import { label } from "./glossary.ts";
import type { Finding } from "./report-model.ts";

/** A duty of an agency the scenario does not play (未演练): `declared` out of scope by the scenario, with its reason. */
export interface NotDrilled {
  ruleId: string;
  agencyKind: string;
  text: LocalText;
  basis: string;
  declared: boolean;
  reason?: LocalText;
}

/**
 * Whether the scenario plays agencies of `kind` through another agency's seat (`plays:` on an
 * agency: the health bureau that runs the county 120 centre, the 120 centre that stands for the
 * health bureau). Such a kind is drilled: its work is that seat's, judged by the seat's own duties.
 */
export function playedThrough(x: EvalContext, kind: string): boolean {
  return x.c.scenario.agencies.some((a) => a.plays.includes(kind as never));
}

/**
 * A duty of a kind of agency the profile expects and the scenario does not play (no agency of that
 * kind, none playing it through its seat), whose work arose; undefined for an agency the scenario
 * has or plays through another seat, or a reference (incidentAgency).
 */
export function absentDuty(x: EvalContext, rule: LinkageRule): NotDrilled | undefined {
  const kind = rule.agency;
  if (resolveAgencies(x.c, kind).length > 0 || playedThrough(x, kind) || workAroseAt(rule, x.events) === undefined) return undefined;
  const declared = x.c.scenario.notDrilled.find((n) => n.agency === kind);
  return { ruleId: rule.id, agencyKind: kind, text: rule.text, basis: rule.basis, declared: declared !== undefined, ...(declared ? { reason: declared.reason } : {}) };
}

/** 未演练, undeclared: the notifier's notice to an agency the scenario cannot play was never tested. */
export function notDrilledFinding(x: EvalContext, rule: LinkageRule, n: NotDrilled): Finding {
  const notifier = rule.notifiedBy !== undefined ? resolveAgencies(x.c, rule.notifiedBy)[0] ?? x.c.scenario.leadAgency : x.c.scenario.leadAgency;
  const who = label("agencyKind", n.agencyKind);
  return finding({
    code: "LINKAGE_NOT_NOTIFIED", section: "linkage", opportunity: `link:${rule.id}:absent`, agency: notifier, atMs: x.endMs, ruleId: rule.id, basis: rule.basis,
    message: {
      zh: `未演练：情景未设${who.zh}，其职责（${rule.text.zh}）无法演练，情景亦未声明其不在本次演练范围内`,
      en: `Not drilled: the scenario has no ${who.en}, so its duty (${rule.text.en}) could not be drilled, and the scenario does not declare it out of scope`,
    },
    evidence: { events: [x.endEvent] },
  });
}
