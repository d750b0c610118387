/**
 * The seat's commands as the room's log holds them (the `history` message on join, server/live/history.ts), merged
 * into the console's list. Newcomer 21 item 4: joining the seat again in a new browser read 尚未下达命令 though the
 * seat's dispatch was logged as #8; the list came from this browser's storage only.
 */
import type { HistoryMessage } from "../../protocol/messages.ts";
import type { CommandEntry, CommandState } from "./session.ts";

/** A logged command's standing by the room's history: refused when the engine refused it (its `refused`), else acknowledged. */
function verdict(c: HistoryMessage["commands"][number]): CommandState {
  return c.refused ? { state: "rejected", code: c.refused.code, reason: c.refused.reason, ...(c.refused.params ? { params: c.refused.params } : {}) } : { state: "acked", seq: c.seq, atMs: c.atMs };
}

/**
 * `entries` (this browser's, in the order given) with the logged commands of `history` (oldest first): a command this
 * browser knows by its id still waiting (queued, pending) or acknowledged takes the log's verdict (its number, or the
 * engine's refusal: round 22 item 1, a refused dispatch read ✔ in a new browser); one this browser already has refused
 * stays refused; one it does not know (given in another browser, or by a bot on the seat) goes before this browser's,
 * with its verdict, in log order.
 */
export function mergeHistory(entries: readonly CommandEntry[], history: HistoryMessage): CommandEntry[] {
  const logged = new Map(history.commands.map((c) => [c.id, c]));
  const known = new Set(entries.map((e) => e.id));
  const earlier: CommandEntry[] = history.commands.filter((c) => !known.has(c.id))
    .map((c) => ({ id: c.id, command: c.command, createdAt: 0, status: verdict(c) }));
  const mine = entries.map((e): CommandEntry => {
    const c = logged.get(e.id);
    return c && e.status.state !== "rejected" ? { ...e, status: verdict(c) } : e;
  });
  return [...earlier, ...mine];
}
