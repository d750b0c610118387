/**
 * Lateness a late notice caused downstream, charged once, on the notifier (issue 10 §1, §2; round 20 item 3), as a late
 * relay's is (relay-lateness.ts). An agency owed a notice (a linkage duty's `notifiedBy`: the mine calling its rescue
 * team, the bureau telling the 120 and the police) can act only once told; every timed linkage duty of its own (its act, the notices it owes) it then
 * started or did late ran from its late receipt. Measured against the deadline it would have had if told when the notice fell
 * due (`D`, the notice obligation's deadline), each duty's lateness T (started windows of its own limit, late-grade.ts;
 * reports in started hours) splits into what the owner's own findings count from its actual receipt (O) and the rest,
 * T − O, which is the notifier's: charged on its one notice finding (通知迟延, or 未通知 where the owner heard from
 * others) as its aggravation (`caused`: the duty's whole lateness priced once with the owner's own findings, bounded as
 * the duty's own lateness is, LATE_BOUND, and split by causal share: relay-lateness.ts takeCaused, r29). T does not
 * depend on when the notice came, so an earlier notice moves windows from the notifier to the owner and never adds any:
 * each minute is charged once, and a correction never scores below the play it corrects.
 *
 * A late notice carries only the lateness it caused (review20 mine A1): a duty already met by an act taken before the
 * owner could have been told in time (O1: the dispatch room's withdrawal at 00:05, the mine head's duty, notice due
 * 00:07) was done by that act, not at the late receipt that credits it: nothing of it is the notifier's. Done between
 * the would-be deadline and the receipt, only the windows up to that act are.
 *
 * Once per owner: the earliest-due notice finding owed to it (one delay, one agency); none where a report from the
 * public held past its limit already answers for the owner's late receipt (relay-lateness.ts), nor where the notice
 * finding is itself a consequence (`causedBy`: its root answers), nor for an owner told by no one (nothing it did late).
 *
 *   noticeLateness(x, notices, all) → `notices` (the linkage findings), each charged notice finding with `caused` and
 *   its words added, followed by a REPORT_LATE row (信息报告, on the notifier) for each report it made late; `all`: every
 *   finding the owners' own lateness is read from (reporting and linkage)
 */
import { knewAt } from "./blame.ts";
import type { EvalContext } from "./context.ts";
import { heldReports } from "./forwarding.ts";
import { doneByAct } from "./done-by-act.ts";
import { noticeDue } from "./notice-due.ts";
import { charged as chargedLate } from "./late-share.ts";
import { lateBeyondOwn, relayedAgencies } from "./relay-lateness.ts";
import type { Finding, FindingCode } from "./report-model.ts";

const NOTICE: ReadonlySet<FindingCode> = new Set(["LINKAGE_NOTIFIED_LATE", "LINKAGE_NOT_NOTIFIED"]);

export function noticeLateness(x: EvalContext, notices: readonly Finding[], all: readonly Finding[]): Finding[] {
  // the owners a held report from the public already answers for (relay-lateness.ts: told after the relay fell due)
  const relayed = new Set(relayedAgencies(x).filter((to) => heldReports(x, to).some((h) => h.due < (knewAt(x, to) ?? -Infinity))));
  // owners whose lateness a notice finding already carries (silenced-duty.ts: the silence that made their act late)
  const charged = new Set(notices.filter((f) => NOTICE.has(f.code) && f.caused !== undefined).flatMap((f) => owners(x, f)));
  // per owner: the notice finding owed to it that fell due first
  const first = new Map<string, { f: Finding; due: number }>();
  for (const f of notices) {
    if (!NOTICE.has(f.code) || f.causedBy !== undefined || f.agency === null || f.caused !== undefined) continue;
    for (const id of f.evidence.obligations) {
      const t = x.obligationById.get(id);
      if (t?.ob.kind !== "notified" || t.ob.agency === f.agency || relayed.has(t.ob.agency) || charged.has(t.ob.agency)) continue;
      const was = first.get(t.ob.agency);
      // the notice's deadline as the finding and the who-told-whom table print it (notice-due.ts), not the engine's raw
      // clock (review21 chemical 1: the 120's notice was the enterprise's report due 00:10, not 00:15:30 from the first injury)
      const due = noticeDue(x, t.ob.agency, t) ?? t.ob.deadlineMs;
      if (was === undefined || due < was.due) first.set(t.ob.agency, { f, due });
    }
  }
  // keyed by the finding itself: findings are numbered later (their ids are not yet set)
  const caused = new Map<Finding, Finding[]>();
  for (const [to, { f, due }] of first) {
    // when it knew (blame.ts knewAt): its own command about the incident caps what the late notice caused
    const told = knewAt(x, to);
    if (told === undefined || told <= due) continue;
    // its linkage duties (its act, the notices it owes) on the notice finding, in 联动; a report it made late through the
    // notice as a row of the notifier's own in 信息报告, where the report's opportunity is (late-share.ts charged; review23
    // mine N1: the bureau the brigade never told, reporting in its own window past the rule's 30 min, charged to nobody,
    // and the school telling it at 00:20 scored below the school that never did)
    const late = lateBeyondOwn(x, to, due, told, all).flatMap((c) => doneByAct(x, c.owner, c, all));
    if (late.length === 0) continue;
    // several owners on one notice: the finding carries each owner's lateness in turn, and keeps every owner's rows
    const [finding, ...rows] = caused.get(f) ?? [f];
    const [withLate, ...newRows] = chargedLate(x, finding!, to, f.agency!, late, true);
    caused.set(f, [withLate!, ...rows, ...newRows]);
  }
  return notices.flatMap((f) => caused.get(f) ?? [f]);
}

/** The agencies a notice finding's obligations say were owed the notice (other than the notifier). */
function owners(x: EvalContext, f: Finding): string[] {
  return f.evidence.obligations.flatMap((id) => {
    const t = x.obligationById.get(id);
    return t?.ob.kind === "notified" && t.ob.agency !== f.agency ? [t.ob.agency] : [];
  });
}
