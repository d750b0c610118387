/**
 * Who first told an agency of the incident (the deadline board's "told by another", review: the
 * director's board credited the bureau with the township's notice that a scenario inject gave).
 */
import type { Compiled } from "../compile.ts";
import { notifierIn } from "./blame.ts";
import type { AgencyId } from "../model/ids.ts";
import type { DrillState, Obligation } from "../model/state.ts";

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
