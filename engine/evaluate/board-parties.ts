/**
 * Who first told an agency of the incident (the deadline board's "told by another", review: the
 * director's board credited the bureau with the township's notice that a scenario inject gave).
 */
import type { Compiled } from "../compile.ts";
import { notifierIn } from "./blame.ts";
import type { AgencyId } from "../model/ids.ts";
import type { DrillState, Obligation } from "../model/state.ts";
import type { DrillEvent } from "../model/events.ts";
import type { LocalText } from "../model/ids.ts";
import { partDone } from "./duty-parts.ts";

/**
 * The teller of `agency`'s first notice: the sending agency's id, `"scenario"` for an inject, or
 * undefined while it has not been told. Of several messages that reached it at that same instant,
 * `notifier`'s counts when among them (it told in time, whoever else also did).
 */
export function toldBy(state: Pick<DrillState, "knowledge" | "messages">, agency: AgencyId, notifier?: AgencyId): AgencyId | "scenario" | undefined {
  const at = state.knowledge.find((k) => k.agency === agency)?.notifiedAtMs;
  if (at === undefined) return undefined;
  const first = state.messages.filter((m) => m.atMs === at && m.to.includes(agency));
  return (first.find((m) => m.from === notifier) ?? first[0])?.from;
}

/**
 * The deadline board's parties of obligation `o`: `owner`, who owes it (the agency itself; for a
 * notice its notifier, blame.ts notifierIn, "" when none), and `toldBy`, for a notice no longer open,
 * who told its agency first ("" otherwise). The live room (server/live/views.ts) and the replay
 * console (client/local/model.ts) show the same.
 */
export function boardParties(c: Compiled, state: Pick<DrillState, "knowledge" | "messages">, o: Obligation): { owner: string; toldBy: string } {
  if (o.kind !== "notified") return { owner: o.agency, toldBy: "" };
  const owner = notifierIn(c, o.agency) ?? "";
  return { owner, toldBy: o.status === "open" ? "" : toldBy(state, o.agency, owner) ?? "" };
}

/**
 * The obligations seat `agency` owes, as its deadline board lists them (newcomer 19 item 1: the school's tab showed
 * three items, not the 119/120 calls it was then charged for): every duty of its own but a notice to it, and each
 * notice it must give (`kind` "notified", whose notifier is `agency`: blame.ts notifierIn, the very function the
 * evaluator charges a late or missing notice by). In the state's order. Errors: none.
 */
export function seatDuties(c: Compiled, state: Pick<DrillState, "obligations">, agency: AgencyId): Obligation[] {
  return state.obligations.filter((o) => (o.kind === "notified" ? o.agency !== agency && notifierIn(c, o.agency) === agency : o.agency === agency));
}

/**
 * A part of a duty still undone: a part's own words (rules profile `parts`), a notice to agency `notice`, or units of
 * `types` still to arrive for a resource requirement (`arrived` of `need` so far: seat-requirements.ts).
 */
export type PartLeft = { text: LocalText } | { notice: AgencyId } | { units: { types: string[]; need: number; arrived: number } };

/**
 * What is still undone of act duty `o` whose act is met (an item with two parts is done only when both are): each
 * of its rule's `parts` not yet done (duty-parts.ts partDone, judged on `events`, the drill's so far; without
 * `events` they are not judged here), then each notice its rule's `withNotices` names that the holder owes (seatDuties)
 * and has not given (no `metAtMs`: open, or missed once past its deadline). [] for an obligation of another kind, or not yet met. Errors: none.
 */
export function partsLeft(c: Compiled, state: Pick<DrillState, "obligations" | "knowledge">, o: Obligation & { left?: PartLeft[] }, events?: readonly DrillEvent[]): PartLeft[] {
  // a resource requirement's row says itself what it still lacks (seat-requirements.ts)
  if (o.left) return o.left;
  if (o.kind !== "act" || o.status === "open" || o.status === "missed") return [];
  const rule = c.rules.linkage[c.scenario.kind].find((r) => r.id === o.ruleId);
  if (!rule) return [];
  const toldMs = state.knowledge.find((k) => k.agency === o.agency)?.notifiedAtMs ?? 0;
  const parts: PartLeft[] = events ? (rule.parts ?? []).filter((p) => !partDone(c, events, p, o.agency, toldMs)).map((p) => ({ text: p.text })) : [];
  const kinds: readonly string[] = rule.withNotices ?? [];
  const notices = seatDuties(c, state, o.agency).filter((n) => n.kind === "notified" && n.metAtMs === undefined && kinds.includes(c.agencies.get(n.agency)?.kind ?? ""));
  return [...parts, ...notices.map((n) => ({ notice: n.agency }))];
}
