/**
 * A seat's own commands from the drill's log, for the `history` message a seat and the director get on join
 * (protocol/messages.ts HistoryMessage). Newcomer 21 item 4: a person joining the fire seat again in a new browser read
 * 尚未下达命令 / "No command given yet" though the seat's dispatch was logged as #8: the console's list came from
 * the browser's storage only. The log is the one truth of what was given (design.md), so the list comes from it.
 */
import type { HistoryMessage } from "../../protocol/messages.ts";
import type { LogRecord } from "../store/store.ts";
import type { Rejection } from "./drill.ts";

/** how many of a seat's newest commands are sent (the console's outbox keeps as many) */
export const HISTORY_LIMIT = 200;

/**
 * The commands `by` (an agency id, or "director") gave, oldest first, the newest HISTORY_LIMIT: each with its client
 * id, log number and time, the command without the log's `at` and `by`, and, when the engine refused it once its tick
 * came (a unit already busy…), `refused`: the code, the zh-CN reason and its parameters, from `refusals` (LiveDrill
 * refusals(): the drill's events, i.e. the replay of this same log). Round 22 item 1: without it a seat rejoining in a
 * new browser saw a refused dispatch as ✔ 已记录. `untimed`: a seat that may not know the time (view-clock.ts
 * viewHidden) gets 0 for both numbers, as its acks do.
 */
export function seatHistory(log: readonly LogRecord[], by: string, untimed: boolean, refusals: ReadonlyMap<number, Omit<Rejection, "id">> = new Map()): HistoryMessage {
  const mine = log.filter((r) => r.by === by).slice(-HISTORY_LIMIT);
  return {
    commands: mine.map((r) => {
      const { at: _at, by: _by, ...command } = r.command as { at?: unknown; by?: unknown; type: string } & Record<string, unknown>;
      const refused = refusals.get(r.seq);
      return { id: r.clientId, seq: untimed ? 0 : r.seq, atMs: untimed ? 0 : r.atMs, command, ...(refused ? { refused } : {}) };
    }),
  };
}
