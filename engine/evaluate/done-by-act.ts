/**
 * A duty's lateness as its act dates it (review20 mine A1: a late notice or relay carries only the lateness it caused).
 * A duty met by an act taken before its owner was told (rules/obligations.ts "acted before …") is credited at the
 * receipt, but was done when the act came: measured from there, it may have been on time had the owner been told in time.
 */
import { knewAt, notifiedAt } from "./blame.ts";
import type { EvalContext } from "./context.ts";
import { firstCommandEvent } from "./duty-command.ts";
import { aloneSteps, lateSteps } from "./late-grade.ts";
import type { Caused } from "./relay-lateness.ts";
import type { Finding } from "./report-model.ts";

/**
 * Caused lateness `c` on `to`'s act duty as the act itself dates it: a duty met by an act before `to` was told (obligations.ts
 * "acted before …", credited at the receipt) was done at that act's command; [] when that was by the would-be deadline
 * (the notice made nothing late), else the windows up to the act beyond what `to`'s own findings count. Other duties as given.
 */
export function doneByAct(x: EvalContext, to: string, c: Caused, all: readonly Finding[]): Caused[] {
  const met = c.d.t.met;
  // (an act never done is not here: a late word delayed nothing its holder never did, relay-lateness.ts duties)
  if (c.d.t.ob.kind !== "act" || met === undefined) return [c];
  const rule = x.c.rules.linkage[x.c.scenario.kind].find((r) => r.id === c.d.t.ob.ruleId);
  const first = rule ? firstCommandEvent(x, to, rule) : -1;
  // begun by a command of its own before it was told (review21 chemical 2: the bureau's notices to six agencies at 00:58,
  // told only at 01:02), though the engine credits a later act: it was done then
  const untold = first >= 0 && x.events[first]!.at < (notifiedAt(x, to) ?? Infinity);
  if (first < 0 || (!/^acted before /.test(met.byEvent) && !untold)) return [c];
  const at = x.events[first]!.at;
  if (at <= c.would) return [];
  const span = c.d.t.ob.deadlineMs - c.d.t.ob.openedAtMs;
  // its own lateness: what its findings count, or (begun before it was told) none past its own window from when it knew
  const ownDue = (knewAt(x, to) ?? at) + span;
  const own = untold ? (at > ownDue ? lateSteps(at - ownDue, span) : 0)
    : all.filter((f) => f.code === c.d.code && f.agency === to && f.evidence.obligations.includes(c.d.t.ob.id)).reduce((a, f) => a + f.quantity, 0);
  const rest = Math.min(c.rest, lateSteps(at - c.would, span) - own);
  // what the word alone made late, up to the act (relay-lateness.ts takeCaused prices the two parts from it)
  const alone = aloneSteps(c.would, at, ownDue, own, (ms) => lateSteps(ms, span));
  return rest > 0 ? [{ ...c, rest, alone, game: undefined, actAtMs: at, ...(untold ? { doneAtMs: at } : {}) }] : [];
}

