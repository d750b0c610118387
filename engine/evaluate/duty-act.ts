/**
 * The act part of a linkage duty (联动, domain.md §5 and §7.4): met in time (a strength, duty-prompt.ts), met late
 * (响应迟缓, duty-slow.ts) or never met (联而不动, duty-idle.ts), and the table row's status that says which.
 */
import type { LocalText } from "../model/ids.ts";
import type { LinkageRule } from "../scenario/rules-schema.ts";
import { knewAt } from "./blame.ts";
import { clock, type EvalContext, type ObligationTrace } from "./context.ts";
import { firstCommandEvent } from "./duty-command.ts";
import { workLearnt } from "./duty-known.ts";
import { idleFinding } from "./duty-idle.ts";
import { promptStrength } from "./duty-prompt.ts";
import { slowFinding } from "./duty-slow.ts";
import type { Evidence, Finding, LinkageRow, Strength } from "./report-model.ts";

/** One agency's act duty as its findings word it: who, when told ("于 00:05:00 接报"), when it learnt of its work, the evidence. */
export interface DutyAct {
  rule: LinkageRule;
  agency: string;
  name: LocalText;
  act: ObligationTrace;
  /** when the agency was told (sim ms) */
  notifiedAtMs: number;
  knew: LocalText;
  heard: LocalText;
  evidence: Evidence;
}

/**
 * The judgement of `agency`'s act obligation `act` under linkage duty `rule`: the row status it sets (none when the duty
 * is still open), its findings and, met in time, its strength. `told` is the event that first told the agency; `notice`
 * its notifier, its notice trace and `should` (the notice's deadline when it was told late: linkage.ts).
 */
export function judgeAct(
  x: EvalContext, rule: LinkageRule, agency: string, act: ObligationTrace, notifiedAtMs: number, told: { event: number } | undefined,
  notice: { notifier: string | null; notify: ObligationTrace | undefined; should: number | undefined },
): { status?: LinkageRow["status"]; findings: Finding[]; strength?: Strength } {
  const name = x.agencyName(agency);
  // the holder's duty met late by its organ's command (`by`) is its own fault beside the organ's: two posts, two duties,
  // each told in time to give the order (review18 mine A2: the mine head told at 00:15 withdrew the miners at 00:52;
  // the harm they caused together is shared by causal share, causal-share.ts), never 「随」 the organ's
  // a duty whose clock ran from its work (people found trapped) cites when the holder learnt of it, not the notice (duty-known.ts)
  const work = workLearnt(x, rule, agency, notifiedAtMs, act);
  const heard = work ? { zh: `，${clock(work.atMs)} 获知${work.what.zh}`, en: ` and learnt of ${work.what.en} at ${clock(work.atMs)}` } : { zh: "", en: "" };
  const toldEvent = work ? work.event : told?.event;
  // what an agency knew is what reached it (tests/knowledge/known-by-act.test.ts): it was told
  const knew = { zh: `于 ${clock(notifiedAtMs)} 接报`, en: ` was told at ${clock(notifiedAtMs)}` };
  const evidence = { events: [act.opened, ...(act.missed !== undefined ? [act.missed] : []), ...(act.met ? [act.met.event] : []), ...(toldEvent !== undefined ? [toldEvent] : [])], messages: [], obligations: [act.ob.id] };
  if (act.met && !act.met.late) {
    const strength = promptStrength(x, rule, agency, { ...act, met: act.met }, told, evidence);
    return { status: "prompt", findings: [], ...(strength ? { strength } : {}) };
  }
  const d: DutyAct = { rule, agency, name, act, notifiedAtMs, knew, heard, evidence };
  // begun by its own command before anyone told it, within its limit from then (it knew by that command: blame.ts knewAt,
  // review21 chemical 2): not late, though the engine credits a later act; the notifier's delay is the notice finding's
  const untold = firstCommandEvent(x, agency, rule);
  if (act.met?.late && untold >= 0 && x.events[untold]!.at < notifiedAtMs && x.events[untold]!.at <= (knewAt(x, agency) ?? Infinity) + act.ob.deadlineMs - act.ob.openedAtMs) {
    return { status: "prompt", findings: [] };
  }
  if (act.met?.late) return { status: "late", findings: [slowFinding(x, d, notice)] };
  if (act.missed !== undefined) return { status: "idle", findings: [idleFinding(x, d)] };
  return { findings: [] };
}
