/**
 * Lateness a late report caused up the reporting chain, priced once and split by causal share (issue 10 §1, §2, §5,
 * §11; r31): a report made late to an agency that learnt of the incident only through it (the county bureau's report
 * to the county duty office, due 01:00 by CTY-01 "事发后1小时", made at 01:18) made that agency's own reports late in
 * turn. For a report its owner owes by a clock that runs from the incident (domain.md §1.2 and §1.6: the county rules
 * count from 事发后), the owner told late has the rule's span from when it was told (own-window.ts), and the stretch
 * between the deadline it would have had, told when the report below fell due, and its own deadline from its receipt
 * was charged to nobody when it was late itself too. Here each such report is measured as a late notice's are
 * (relay-lateness.ts lateBeyondOwn: started hours against the deadline had it been told in time) and its whole delay
 * is priced once, the late report below and the owner each bearing its Shapley share (relay-lateness.ts takeCaused,
 * priced-once.ts splitOnce), booked as a 迟报（他方所致） row on the reporter below (reportCaused).
 * Owners told through a linkage notice (notice-lateness.ts) or a report from the public (late-share.ts) are left to
 * those; once per owner, from the report to it that fell due first.
 *   reportChainLateness(x, all) → the rows (REPORT_LATE, section reporting, `causedOnly`); `all`: every finding the
 *   owners' own lateness is read from (reporting and linkage).
 */
import { knewAt } from "./blame.ts";
import type { EvalContext } from "./context.ts";
import { doneByAct } from "./done-by-act.ts";
import { ownWindow, shownDue } from "./own-window.ts";
import { lateBeyondOwn, relayedAgencies, reportCaused } from "./relay-lateness.ts";
import type { Finding } from "./report-model.ts";

export function reportChainLateness(x: EvalContext, all: readonly Finding[]): Finding[] {
  // owners a notice or a report from the public tells: their lateness is those links' (notice-lateness.ts, late-share.ts)
  const elsewhere = new Set([...relayedAgencies(x), ...x.obligations.filter((t) => t.ob.kind === "notified").map((t) => t.ob.agency)]);
  // per owner: the late report to it that fell due first (its reporter's own deadline, as its finding prints it)
  const first = new Map<string, { f: Finding; due: number }>();
  for (const f of all) {
    if (f.code !== "REPORT_LATE" || f.causedOnly || f.caused !== undefined || f.agency === null) continue;
    const t = x.obligationById.get(f.evidence.obligations[0] ?? "");
    if (t?.ob.kind !== "report" || t.ob.agency !== f.agency || t.ob.to === undefined || t.met === undefined || elsewhere.has(t.ob.to)) continue;
    const due = shownDue(ownWindow(x, f.agency, t, t.met.atMs), t.ob.deadlineMs);
    const was = first.get(t.ob.to);
    if (was === undefined || due < was.due) first.set(t.ob.to, { f, due });
  }
  const rows: Finding[] = [];
  for (const [to, { f, due }] of first) {
    // learnt only through the late report: told after it fell due, and not before it came
    const told = knewAt(x, to);
    const came = x.obligationById.get(f.evidence.obligations[0]!)!.met!.atMs;
    if (told === undefined || told <= due || told < came) continue;
    // its own reports made late through it, whose deadline its late receipt moved (a clock from its own receipt the late
    // report never moved); a duty of another kind is judged where its notice is (notice-lateness.ts)
    const late = lateBeyondOwn(x, to, due, told, all).flatMap((c) => doneByAct(x, c.owner, c, all)).filter((c) => c.d.code === "REPORT_LATE" && c.owner === to && c.d.wouldDue(told) > c.would);
    rows.push(...late.map((c) => reportCaused(x, f, to, f.agency!, c, "report")));
  }
  return rows;
}
