/**
 * Whether correcting one fault would have reduced the harm (review11 chemical 1, school 3; issue 10 §1:
 * a cause a reader can check). The engine is deterministic (whatif.ts), so a fault is named as a cause
 * of the preventable harm only when the drill replayed with that fault corrected — its command put
 * right as the scenario's best play gives it, everything else unchanged — does less harm. A fault whose
 * correction leaves the harm as it was (the enterprise telling the police at 00:05: still 609 injured)
 * or makes it worse is no cause, whatever its category.
 *
 * The correction of a fault, built from the play's own commands and the best play's (none invented):
 *   notice or report missing/late   the best play's first report or message from the owner to the
 *     (an obligation)               addressee, added no later than the obligation's deadline;
 *   a requirement's need            the play's dispatches for the requirement's task replaced by the
 *     (DISPATCH_*)                  best play's dispatches for it;
 *   a linkage duty                  the agency's commands of the duty's types replaced by the best play's;
 *   the public's protection         the best play's protective orders for the group (whoever gave them),
 *                                   given by the agency that owed them, no earlier than it knew;
 *   a call that withheld facts      the concealing call replaced, at its own time, by the best play's
 *     (TELL-RESCUERS, a message)    first call of the same kind from the caller to the same rescuer;
 *   the trapped never passed on     the best play's first telling from the unit after it knew, with the
 *                                   rescuers' search and rescue orders that follow it there (untoldFix);
 *   told where, not searching there the searcher's aimed search given as long after being told as the best
 *     (SEARCH_NOT_AIMED)            play's aimed search after its telling (cd-e1 30 s after the 00:14 message):
 *                                   its own late aimed order moved, else the best play's aimed at the room (aimFix).
 * A fault with no correction to build (none of these) is judged as before, by its category alone
 * (undefined below).
 *
 * Shapes: `cleared(root)` → true (the correction reduces the harm: a cause), false (it does not),
 * undefined (no correction built). `measure(commands)`: the harm a play does by this drill's time, in
 * the grading's per-person points (preventable.ts), uncapped so a smaller harm always measures less.
 */
import type { Command } from "../model/commands.ts";
import type { EvalContext } from "./context.ts";
import type { BestPlay } from "./references.ts";
import type { Finding } from "./report-model.ts";
import { TELL_RESCUERS_RULE } from "./told-rescuers.ts";
import { TOLD_SEARCH_RULE, namedRooms } from "./told-search.ts";
import { notifiedAt } from "./blame.ts";
import { resolveAgencies } from "../rules/agencies.ts";

const NOTICE = new Set(["LINKAGE_NOT_NOTIFIED", "LINKAGE_NOTIFIED_LATE", "REPORT_MISSING", "REPORT_CONCEALED", "REPORT_LATE"]);
const REQUIREMENT = new Set(["DISPATCH_INSUFFICIENT", "DISPATCH_LATE", "DISPATCH_IDLE_UNITS", "DISPATCH_WRONG_TYPE", "DISPATCH_WRONG_PLACE"]);
const PROTECT = ["evacuate", "shelter"];

type Cmd = Command & { by?: string; to?: string | string[]; task?: string; groups?: string[] };
const tos = (c: Cmd): string[] => (c.to === undefined ? [] : Array.isArray(c.to) ? c.to : [c.to]);

/** The play with `add` appended (fresh seq numbers, after every existing one) and `drop` left out (protect-rerun.ts too). */
export function amend(commands: readonly Command[], drop: (c: Cmd) => boolean, add: readonly Command[]): Command[] {
  let seq = commands.reduce((m, c) => Math.max(m, c.seq), 0);
  return [...commands.filter((c) => !drop(c as Cmd)), ...add.map((c) => ({ ...c, seq: ++seq }) as Command)];
}

/** A notice or report owed (its obligations): the best play's first from the owner to the addressee, by the deadline. */
function noticeFix(x: EvalContext, f: Finding, commands: readonly Command[], best: readonly Command[]): Command[] | undefined {
  const add: Command[] = [];
  for (const id of f.evidence.obligations) {
    const ob = x.obligationById.get(id)?.ob;
    if (ob === undefined) continue;
    const [from, to] = ob.kind === "notified" ? [f.agency, ob.agency] : [ob.agency, ob.to];
    if (from === null || to === undefined) continue;
    const fit = best.find((c) => (c as Cmd).by === from && (c.type === "report" || c.type === "message") && tos(c as Cmd).includes(to) && (ob.reportKind === undefined || c.type !== "report" || c.kind === ob.reportKind));
    if (fit) add.push({ ...fit, at: Math.min(fit.at, ob.deadlineMs) });
  }
  return add.length > 0 ? amend(commands, () => false, add) : undefined;
}

/**
 * When `agency` is first told in `play`: the drill's own receipt (an inject, the play's calls), or a call the
 * corrections added (the school's 119 call moved to 00:01:50). An agency acts only on what it knows (issue 10 §1):
 * the best play's orders are given no earlier than that, so the brigade's two tenders, corrected, leave only once
 * the school has called (review15 school 1: the early 119 call is needed with them).
 */
function toldIn(x: EvalContext, agency: string | undefined, play: readonly Command[]): number {
  if (agency === undefined) return 0;
  const calls = play.filter((c) => (c.type === "message" || c.type === "report") && tos(c as Cmd).includes(agency)).map((c) => c.at);
  return Math.min(notifiedAt(x, agency) ?? Infinity, ...calls);
}
const noEarlier = (x: EvalContext, add: readonly Command[], play: readonly Command[]): Command[] =>
  add.map((c) => {
    const t = toldIn(x, (c as Cmd).by, play);
    return Number.isFinite(t) && t > c.at ? ({ ...c, at: t } as Command) : c;
  });

/**
 * The best play's orders aimed on what another agency told it (a dispatch with a `target`, given within 5 min after a
 * message from another agency reached its sender: cd-e1 aimed at the third-floor toilets at 00:14:30, 30 s after the
 * school's 00:14 telling). They belong to that telling's correction (untoldFix), never to the sender's own, unless the
 * play itself told it then: the brigade corrected alone cannot aim at a place nobody told it of (review20 school 2: its
 * turnout's correction carried the aim and cleared the school's silence about the pupil). `play`: the play corrected.
 */
const toldAim = (c: Command, best: readonly Command[], play: readonly Command[] = []): boolean => {
  const by = (c as Cmd).by ?? "";
  const told = (m: Command, from: string) => m.type === "message" && (m as Cmd).by === from && tos(m as Cmd).includes(by) && m.at < c.at && c.at <= m.at + REACT_MS;
  return c.type === "dispatch" && (c as Cmd & { target?: string }).target !== undefined
    && best.some((m) => (m as Cmd).by !== by && told(m, (m as Cmd).by ?? "") && !play.some((p) => told(p, (m as Cmd).by ?? "")));
};

/** An aimed order a telling's correction put in (toldAim, untoldFix's reaction): another correction keeps it. */
const aimKept = (c: Command, best: readonly Command[]): boolean => {
  const aim = (d: Command) => (d as Cmd & { target?: string }).target;
  return aim(c) !== undefined && best.some((b) => toldAim(b, best) && aim(b) === aim(c) && JSON.stringify((b as Cmd & { units?: unknown }).units) === JSON.stringify((c as Cmd & { units?: unknown }).units));
};

/** A requirement's need: its task's dispatches as the best play gives them, none before its sender knew. */
function requirementFix(x: EvalContext, f: Finding, commands: readonly Command[], best: readonly Command[]): Command[] | undefined {
  const task = x.c.scenario.requirements.find((r) => r.id === f.ruleId)?.task;
  if (task === undefined) return undefined;
  const mine = (c: Cmd) => c.type === "dispatch" && c.task === task;
  const add = best.filter((c) => mine(c as Cmd) && !toldAim(c, best, commands));
  return add.length > 0 ? amend(commands, (c) => mine(c) && !aimKept(c, best), noEarlier(x, add, commands)) : undefined;
}

/**
 * A duty of command types (a linkage duty): the agency's such commands as the best play gives them, none before it knew.
 * A duty its holder meets through its organ's order (an action spec's `by`: the mine head has the dispatch room withdraw
 * the miners) is corrected by the best play's order from that organ, given no earlier than the holder knew (review18
 * mine A2: the head told at 00:15 has the room order the withdrawal then, not at 00:52).
 */
function dutyFix(x: EvalContext, f: Finding, types: readonly string[], commands: readonly Command[], best: readonly Command[], organs: ReadonlySet<string> = new Set()): Command[] | undefined {
  const mine = (c: Cmd) => c.by === f.agency && types.includes(c.type);
  const organ = (c: Cmd) => c.by !== undefined && organs.has(c.by) && types.includes(c.type);
  const own = best.filter((c) => mine(c as Cmd) && !toldAim(c, best, commands));
  const via = own.length > 0 ? [] : best.filter((c) => organ(c as Cmd) && !toldAim(c, best, commands));
  const told = toldIn(x, f.agency ?? undefined, commands);
  const add = [...noEarlier(x, own, commands), ...via.map((c) => (Number.isFinite(told) && told > c.at ? ({ ...c, at: told } as Command) : c))];
  return add.length > 0 ? amend(commands, (c) => mine(c) && !aimKept(c, best), add) : undefined;
}

/**
 * The public's protection of a group (`protect:<group>`): the best play's protective orders for it (whoever gave
 * them there: the town shelters the village in the chemical best play), given by the agency that owed them, no
 * earlier than its duty opened (when it knew); the agency's own orders for the group left out.
 */
function protectFix(x: EvalContext, f: Finding, commands: readonly Command[], best: readonly Command[]): Command[] | undefined {
  if (f.agency === null) return undefined;
  const group = f.opportunity?.startsWith("protect:") ? f.opportunity.slice("protect:".length) : undefined;
  const covers = (c: Cmd) => PROTECT.includes(c.type) && (group === undefined || c.groups === undefined || c.groups.includes(group));
  const opened = Math.max(0, ...f.evidence.obligations.map((id) => x.obligationById.get(id)?.ob.openedAtMs ?? 0));
  const add = best.filter((c) => covers(c as Cmd)).map((c) => ({ ...c, by: f.agency, at: Math.max(c.at, opened), ...(group !== undefined && (c as Cmd).groups ? { groups: [group] } : {}) }) as Command);
  return add.length > 0 ? amend(commands, (c) => c.by === f.agency && covers(c), add) : undefined;
}

/** How long after being told where the trapped are the best play's rescuers may act on it and still be its reaction. */
const REACT_MS = 5 * 60_000;
/** 立即 for passing on where the trapped are (told-rescuers.ts: 5 min, 本县设定): a TRAPPED_NOT_PASSED_ON is due this long after the unit knew. */
const TELL_WITHIN_MS = 5 * 60_000;
const RESCUE_TASKS = ["search", "rescue"];

/**
 * The rescuers' reaction to the best play's telling `fit` (sent at `at` in the corrected play): the search and rescue
 * orders its addressees give in the best play within 5 minutes after it, each as long after `at` as after the best
 * play's telling. A message alone changes nothing in a replay, so the telling is tried with what it let the rescuers
 * do (review18 school 3: the best play's 00:14 message and cd-e1 aimed at toilet-3 at 00:14:30 find the pupil at
 * 00:16:13; the message without the aimed search leaves him as he was, and the harm was on no one).
 */
function reaction(fit: Command, at: number, best: readonly Command[], play: readonly Command[]): Command[] {
  const to = tos(fit as Cmd);
  // only a crew the play had already sent is re-aimed: sending one it never sent is the rescuers' own fault to correct
  // (the brigade's late search, F18 in the poor play), not the telling's
  const units = (c: Command): string[] => (c.type === "dispatch" ? (Array.isArray(c.units) ? c.units : [c.units]) : []);
  const sent = new Set(play.filter((c) => c.type === "dispatch" && to.includes((c as Cmd).by ?? "") && c.at <= at).flatMap(units));
  return best
    .filter((c) => c.type === "dispatch" && to.includes((c as Cmd).by ?? "") && RESCUE_TASKS.includes((c as Cmd).task ?? "") && c.at > fit.at && c.at <= fit.at + REACT_MS && units(c).every((u) => sent.has(u)))
    .map((c) => ({ ...c, at: at + (c.at - fit.at) }) as Command);
}

/** What the rescuers were told: the concealing call replaced by the best play's, or the best play's telling added. */
function tellFix(x: EvalContext, f: Finding, commands: readonly Command[], best: readonly Command[]): Command[] | undefined {
  const m = f.evidence.messages[0];
  // the trapped never passed on: its calls are cited, but what it owed is a telling of its own (told-rescuers.ts)
  if (f.code === "TRAPPED_NOT_PASSED_ON") return untoldFix(f, commands, best);
  if (m !== undefined) {
    const e = x.events[x.messageEvent.get(m) ?? -1];
    const call = e !== undefined && "seq" in e ? commands.find((c) => c.seq === e.seq) : undefined;
    if (call === undefined) return undefined;
    const fit = best.find((c) => c.type === call.type && (c as Cmd).by === (call as Cmd).by && tos(c as Cmd).some((t) => tos(call as Cmd).includes(t)));
    return fit ? amend(commands, (c) => c === call, [{ ...fit, at: call.at }]) : undefined;
  }
  const fit = best.find((c) => (c as Cmd).by === f.agency && (c.type === "message" || c.type === "report") && c.at >= f.atMs);
  return fit ? amend(commands, () => false, [fit]) : undefined;
}

/**
 * Where the trapped are, never passed on (due `f.atMs`, 5 min after the unit knew: told-rescuers.ts): the best play's
 * first telling from the unit to a rescuer, sent no earlier than the unit knew, that its rescuers act on (a search or
 * rescue order within 5 min after it, re-aiming a crew the play had sent), else its first such telling; with that reaction. The best play's earlier call
 * about the trapped class is not the telling of the missing pupil learnt at 00:08:34 (review18 school 3, vm2-notell).
 */
function untoldFix(f: Finding, commands: readonly Command[], best: readonly Command[]): Command[] | undefined {
  const knewAt = f.atMs - TELL_WITHIN_MS;
  const tellings = best.filter((c) => (c as Cmd).by === f.agency && (c.type === "message" || c.type === "report") && c.at >= knewAt && tos(c as Cmd).some((t) => best.some((d) => d.type === "dispatch" && (d as Cmd).by === t && RESCUE_TASKS.includes((d as Cmd).task ?? ""))));
  const fit = tellings.find((c) => reaction(c, c.at, best, commands).length > 0) ?? tellings[0];
  return fit ? amend(commands, () => false, [fit, ...reaction(fit, fit.at, best, commands)]) : undefined;
}

/**
 * A searcher told where people in danger are that did not search there at once (told-search.ts): its search aimed at
 * that room, given when the message reached it plus the best play's delay between its telling and its aimed search
 * (the school's 00:14 message, cd-e1 at toilet-3 at 00:14:30: 30 s). The play's own late aimed order is moved to then;
 * with none, the best play's aimed order is given, aimed at the room told. Undefined when the best play aims no search.
 */
function aimFix(x: EvalContext, f: Finding, commands: readonly Command[], best: readonly Command[]): Command[] | undefined {
  const by = f.agency ?? "";
  const e = x.events[x.messageEvent.get(f.evidence.messages[0] ?? "") ?? -1];
  // the room told (the finding's key is gone once numbered: the room its message names, as its text says)
  const room = f.key?.split(">")[1] ?? (e?.type === "messageSent" ? namedRooms(x, e.text).find((r) => f.message.zh.includes(r.name.zh))?.id : undefined);
  if (room === undefined || e === undefined) return undefined;
  const aimedBy = (c: Command) => c.type === "dispatch" && (c as Cmd).by === by && RESCUE_TASKS.includes((c as Cmd).task ?? "") && (c as Cmd & { target?: string }).target !== undefined;
  const tellingOf = (c: Command) => [...best].reverse().find((m) => m.type === "message" && (m as Cmd).by !== by && tos(m as Cmd).includes(by) && m.at < c.at && c.at <= m.at + REACT_MS);
  const aim = best.find((c) => aimedBy(c) && tellingOf(c) !== undefined);
  const told = aim && tellingOf(aim);
  if (aim === undefined || told === undefined) return undefined;
  const at = e.at + (aim.at - told.at);
  const own = commands.find((c) => aimedBy(c) && (c as Cmd & { target?: string }).target === room && c.at > at);
  const fixed = own ? ({ ...own, at } as Command) : ({ ...aim, at, target: room } as Command);
  return amend(commands, (c) => c === own, [fixed]);
}

/** The play with fault `f` corrected, or undefined when there is no correction to build (header). */
export function correctedPlay(x: EvalContext, f: Finding, commands: readonly Command[], best: readonly Command[]): Command[] | undefined {
  if (f.ruleId === TOLD_SEARCH_RULE) return aimFix(x, f, commands, best);
  if (f.ruleId === TELL_RESCUERS_RULE) return tellFix(x, f, commands, best);
  if (NOTICE.has(f.code) && f.evidence.obligations.length > 0) return noticeFix(x, f, commands, best);
  if (REQUIREMENT.has(f.code)) return requirementFix(x, f, commands, best);
  if (f.code === "PROTECTIVE_ACTION_LATE" || f.code === "EVACUATION_SLOW") return protectFix(x, f, commands, best);
  const duty = x.c.rules.linkage[x.c.scenario.kind].find((d) => d.id === f.ruleId);
  const organs = new Set(duty?.actions.flatMap((a) => (a.by ?? []).flatMap((k) => resolveAgencies(x.c, k))).filter((a) => a !== f.agency));
  if (duty === undefined) return undefined;
  const types = [...new Set(duty.actions.map((a) => a.type))];
  return (f.code === "LINKAGE_SLOW" ? slowFix(x, f, types, commands, best) : undefined) ?? dutyFix(x, f, types, commands, best, organs);
}

/**
 * A duty met late (LINKAGE_SLOW): only its timing is the fault, so only its timing is corrected — the play's own act that
 * met it (its first command of the duty's types, at the finding's time) given when the best play's first act of the
 * duty comes, no earlier than the agency knew; the rest of the play unchanged (review21 school 1: the brigade's
 * 1-minute-late turnout, corrected by the best play's whole dispatch, carried its search and took the pupil's death
 * from the search's own faults, F11/F18). What the act sent, and what it never sent, are the need's own faults
 * (requirementFix). Undefined when the play has no such act (then the duty's whole correction, dutyFix).
 */
function slowFix(x: EvalContext, f: Finding, types: readonly string[], commands: readonly Command[], best: readonly Command[]): Command[] | undefined {
  const mine = (c: Command) => (c as Cmd).by === f.agency && types.includes(c.type);
  const act = commands.find((c) => mine(c) && c.at === f.atMs) ?? commands.find(mine);
  if (act === undefined) return undefined;
  const first = best.find(mine);
  const told = toldIn(x, f.agency ?? undefined, commands);
  const at = Math.max(first?.at ?? 0, Number.isFinite(told) ? told : 0);
  return at < act.at ? amend(commands, (c) => c === act, [{ ...act, at } as Command]) : undefined;
}

/**
 * `cleared(root)` for the preventable harm (header): memoised per finding id. `cleared.avoided(root)`: the rubric
 * points of harm its correction avoids (the measure's fall, ≥ 0; undefined when no correction could be built);
 * `cleared.itemPoints`: the harm item's points (a finding's rubric points = quantity × itemPoints), so the harm no
 * single correction avoids can be told apart (harm-share.ts).
 */
export type Cleared = ((root: Finding) => boolean | undefined) & {
  avoided?: (root: Finding) => number | undefined;
  /** the harm (rubric points) the corrections of all `roots` together avoid; undefined when one cannot be built */
  together?: (roots: readonly Finding[]) => number | undefined;
  itemPoints?: number;
};

export function harmCleared(x: EvalContext, commands: readonly Command[], best: BestPlay, measure: (commands: readonly Command[]) => number, itemPoints?: number): Cleared {
  const seen = new Map<string, number | undefined>();
  let base: number | undefined;
  const avoided = (root: Finding): number | undefined => {
    if (seen.has(root.id)) return seen.get(root.id);
    const fixed = correctedPlay(x, root, commands, best.commands);
    base ??= fixed === undefined ? undefined : measure(commands);
    const v = fixed === undefined || base === undefined ? undefined : Math.max(0, base - measure(fixed));
    seen.set(root.id, v);
    return v;
  };
  // a reduction of at least 1/10 000 of a point (the grading's precision, harm-costs.ts)
  const cleared = (root: Finding) => {
    const v = avoided(root);
    return v === undefined ? undefined : v > 1e-4;
  };
  const together = (roots: readonly Finding[]): number | undefined => {
    let play: readonly Command[] = commands;
    // the tellings last: a telling's correction re-aims the crews the play has sent by then (untoldFix), and those the
    // other corrections send count (review21 school 1: the school's silence about the pupil, corrected before the
    // brigade's late search, found no crew to aim and left 2.5 points on no agency)
    const tellsLast = [...roots.filter((r) => r.ruleId !== TELL_RESCUERS_RULE), ...roots.filter((r) => r.ruleId === TELL_RESCUERS_RULE)];
    for (const r of tellsLast) {
      // a correction another one already made (the school's whole duty, the best play's calls included, replaces the
      // concealing call the alarm's correction would replace) is skipped; one that cannot be built at all fails
      const next = correctedPlay(x, r, play, best.commands);
      if (next !== undefined) play = next;
      else if (correctedPlay(x, r, commands, best.commands) === undefined) return undefined;
    }
    base ??= measure(commands);
    return Math.max(0, base - measure(play));
  };
  return Object.assign(cleared, { avoided, together, ...(itemPoints !== undefined ? { itemPoints } : {}) });
}
