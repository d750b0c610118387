/**
 * A duty's lateness as its act dates it (review20 mine A1: a late notice or relay carries only the lateness it caused).
 * A duty met by an act taken before its owner was told (rules/obligations.ts "acted before …") is credited at the
 * receipt, but was done when the act came: measured from there, it may have been on time had the owner been told in time.
 */
import type { EvalContext } from "./context.ts";
import { firstCommandEvent } from "./duty-command.ts";
import { lateSteps } from "./late-grade.ts";
import type { Caused } from "./relay-lateness.ts";
import type { Finding } from "./report-model.ts";

/**
 * Caused lateness `c` on `to`'s act duty as the act itself dates it: a duty met by an act before `to` was told (obligations.ts
 * "acted before …", credited at the receipt) was done at that act's command; [] when that was by the would-be deadline
 * (the notice made nothing late), else the windows up to the act beyond what `to`'s own findings count. Other duties as given.
 */
export function doneByAct(x: EvalContext, to: string, c: Caused, all: readonly Finding[]): Caused[] {
  const met = c.d.t.met!;
  if (c.d.t.ob.kind !== "act" || !/^acted before /.test(met.byEvent)) return [c];
  const rule = x.c.rules.linkage[x.c.scenario.kind].find((r) => r.id === c.d.t.ob.ruleId);
  const first = rule ? firstCommandEvent(x, to, rule) : -1;
  if (first < 0) return [c];
  const at = x.events[first]!.at;
  if (at <= c.would) return [];
  const own = all.filter((f) => f.code === c.d.code && f.agency === to && f.evidence.obligations.includes(c.d.t.ob.id)).reduce((a, f) => a + f.quantity, 0);
  const rest = Math.min(c.rest, lateSteps(at - c.would, c.d.t.ob.deadlineMs - c.d.t.ob.openedAtMs) - own);
  return rest > 0 ? [{ ...c, rest }] : [];
}

