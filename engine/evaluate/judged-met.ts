/**
 * A duty's timeline marks as its findings judge who began it (issue 10 §10/§13: evidence true). The engine marks an act
 * duty met by the first matching order, but an order a finding condemns (water tenders sent to plug a chlorine leak,
 * DISPATCH_WRONG_TYPE; crews sent unprotected into the hot zone) meets no duty (harmful-orders.ts judgedAct, which the
 * linkage findings use): the duty was begun by the first later command no finding condemns, or never. So the engine's
 * obligationMet event keeps its index (the findings citing the mark still find it) and
 *   - is re-dated to that command and sits on it (`on`: the command's event index; the timeline shows it after it), or
 *   - becomes the duty's missed mark, dated when its deadline passed (`missed`), when that deadline passed in the drill, or
 *   - is left out (`drop`): the duty was still open at the drill's end.
 * Any other duty is returned as it is.
 */
import type { EventOf } from "../model/events.ts";
import type { EvalContext, ObligationTrace } from "./context.ts";
import { judgedAct } from "./harmful-orders.ts";

export interface JudgedMet {
  /** the duty as judged; a met duty's `met.event` is still the engine's obligationMet event */
  t: ObligationTrace;
  /** the command the re-dated met mark sits on (event index) */
  on?: number;
  /** the engine's met mark, as the missed mark of a duty its condemned order did not meet: dated deadline + 1 s */
  missed?: EventOf<"obligationMissed">;
  /** the engine's met mark of a duty still open at the drill's end: left out */
  drop?: boolean;
}

const SECOND = 1000;

export function judgedMet(x: EvalContext, t: ObligationTrace): JudgedMet {
  const j = judgedAct(x, t);
  if (!t.met || !j || j.met?.event === t.met.event) return { t };
  const e = x.events[t.met.event]!;
  if (j.met) return { t: { ...t, met: { ...j.met, event: t.met.event } }, on: j.met.event };
  const { met: _m, ...open } = t;
  if (j.missed === undefined || e.type !== "obligationMet") return { t: open, drop: true };
  const missed: EventOf<"obligationMissed"> = { type: "obligationMissed", id: e.id, agency: e.agency, deadlineMs: t.ob.deadlineMs, text: e.text, at: t.ob.deadlineMs + SECOND };
  return { t: { ...open, missed: t.met.event }, missed };
}
