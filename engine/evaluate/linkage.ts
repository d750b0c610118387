/**
 * Linkage (联动, domain.md §5 and §7.4): for each agency the linkage rules expect, when it was
 * first told, when it acknowledged, when it took its first required action and whether that
 * was in time. 联而不动 — told but not acting in time — is the headline share. Deadlines and
 * their outcomes come from the obligation events; the rules only say which agencies to expect.
 */
import { workAroseAt } from "../rules/duty-work.ts";
import { resolveAgencies } from "../rules/agencies.ts";
import { notifierOf } from "./blame.ts";
import { requirementNotice, requirementNoticeFinding } from "./requirement-notice.ts";
import type { Opportunity } from "./opportunity.ts";
import type { EvalContext } from "./context.ts";
import { absentDuty, notDrilledFinding, type NotDrilled } from "./not-drilled.ts";
import { headline } from "./linkage-headline.ts";
import { commandEventBefore } from "./duty-command.ts";
import { trace } from "./duty-failure.ts";
import { unowedWork } from "./unowed-work.ts";
import { slowNoticeRoot } from "./slow-by-notice.ts";
import { ownPlanPriced } from "./own-plan.ts";
import { rejections } from "./rejections.ts";
import type { Finding, LinkageEdge, LinkageHeadline, LinkageRow, Strength } from "./report-model.ts";
import { linkageEdges, notifyingDeliveries } from "./linkage-edges.ts";
import { linkageOpportunities } from "./linkage-opportunities.ts";
import { linkageRow } from "./linkage-row.ts";

export interface LinkageResult {
  rows: LinkageRow[];
  /** duties of agencies the scenario does not play, whose work arose: reported as 未演练, never silently dropped */
  notDrilled: NotDrilled[];
  edges: LinkageEdge[];
  headline: LinkageHeadline;
  findings: Finding[];
  strengths: Strength[];
  /** every expected agency's duty: to be told and, where the rule says, to act */
  opportunities: Opportunity[];
}

/** The findings on a duty's action (not on its notice): left out for an unverified duty. */
const ACT_CODES: ReadonlySet<string> = new Set(["LINKAGE_SLOW", "LINKAGE_IDLE", "LINKAGE_PART_UNDONE", "PLAN_NOT_STARTED", "PLAN_NOT_DECLARED"]);

/** The linkage section of the report: the table, its edges and headline, its findings, strengths and opportunities. */
export function evaluateLinkage(x: EvalContext): LinkageResult {
  const rows: LinkageRow[] = [];
  const findings: Finding[] = [];
  const strengths: Strength[] = [];
  const firstTold = new Map<string, { from: string; event: number }>();
  x.events.forEach((e, i) => {
    for (const d of notifyingDeliveries(x, e)) if (!firstTold.has(d.to)) firstTold.set(d.to, { from: d.from, event: i });
  });
  const seen = new Set<string>();
  const notDrilled: NotDrilled[] = [];
  for (const rule of x.c.rules.linkage[x.c.scenario.kind]) {
    const absent = absentDuty(x, rule);
    if (absent) {
      notDrilled.push(absent);
      if (!absent.declared) findings.push(notDrilledFinding(x, rule, absent));
    }
    for (const agency of resolveAgencies(x.c, rule.agency)) {
      // one judgement per duty: an agency may hold more than one (the mine's withdrawal, and its rescue of people
      // found trapped, review15 mine 3); an agency resolved under two kinds for one duty is judged once
      if (seen.has(`${rule.id}:${agency}`)) continue;
      seen.add(`${rule.id}:${agency}`);
      // a duty whose work never arose (no casualties to treat, nobody trapped, nobody moved) is owed by nobody (rules/duty-work.ts)
      const workAt = workAroseAt(rule, x.events);
      if (workAt === undefined) {
        // … but a requirement of the scenario falling due on it was owed a notice all the same (requirement-notice.ts):
        // judged, with no row and no duty (review8 mine 2: the 120's ambulances at the mine when nobody was hurt)
        const notifier = notifierOf(x, agency);
        const rn = notifier !== null ? requirementNotice(x, agency, notifier) : undefined;
        const f = rn ? requirementNoticeFinding(x, rule, agency, notifier!, rn, x.state.knowledge.find((k) => k.agency === agency)?.notifiedAtMs, firstTold.get(agency)) : undefined;
        if (f) findings.push(f);
        // work done on it all the same is credited in words, never in points (unowed-work.ts; review16 mine good 石门镇)
        const done = rule.tag !== "U" ? unowedWork(x, rule, agency) : undefined;
        if (done) strengths.push(done);
        continue;
      }
      const r = linkageRow(x, rule, agency, firstTold.get(agency), workAt, firstTold.get(notifierOf(x, agency) ?? "")?.event);
      // an unverified duty (tag U, domain.md §0) stays out of scoring until checked: its action is neither faulted nor praised
      const unverified = rule.tag === "U";
      rows.push(unverified ? { ...r.row, unverified: true } : r.row);
      findings.push(...(unverified ? r.findings.filter((f) => !ACT_CODES.has(f.code)) : r.findings));
      if (r.strength && !unverified) strengths.push(r.strength);
    }
  }
  findings.push(...rejections(x));
  // the unit's own plan priced by what its omission cost, once its other findings are known (own-plan.ts)
  ownPlanPriced(x, findings, rows);
  // a duty whose first act was a notice already judged late against the same deadline follows that notice (slow-by-notice.ts)
  for (const f of findings) {
    if (f.code !== "LINKAGE_SLOW" || f.rootKey !== undefined || f.agency === null) continue;
    const rule = x.c.rules.linkage[x.c.scenario.kind].find((l) => l.id === f.ruleId);
    const act = rule ? trace(x, rule.id, "act", f.agency) : undefined;
    const root = act?.met ? slowNoticeRoot(x, f, findings, commandEventBefore(x, act.met.event, f.agency, rule!, act.met.byEvent), act.ob.deadlineMs) : undefined;
    if (root) f.rootKey = root;
  }
  return { rows, notDrilled, edges: linkageEdges(x), headline: headline(rows.filter((r) => !r.unverified && !r.ownPlan)), findings, strengths, opportunities: linkageOpportunities(x, rows, notDrilled) };
}
