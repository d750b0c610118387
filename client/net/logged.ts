/**
 * A command of this seat logged from another browser on it (the room's `logged` echo, server/rooms/seat-echo.ts),
 * merged into the console's list as it happens (newcomer 22 #3: the colleague's #20 never showed in the other browser).
 */
import type { HistoryMessage } from "../../protocol/messages.ts";
import type { CommandEntry } from "./session.ts";

/**
 * `entries` with `logged`'s commands: one this browser already lists (its own, or echoed before) keeps its entry, a
 * waiting one (queued, pending) turning acknowledged with its log number; a new one is appended, acknowledged, in
 * log order, so it is the newest on the list (the console's 最新指令 strip shows it).
 */
export function mergeLogged(entries: readonly CommandEntry[], logged: HistoryMessage): CommandEntry[] {
  const byId = new Map(logged.commands.map((c) => [c.id, c]));
  const known = new Set(entries.map((e) => e.id));
  const out = entries.map((e): CommandEntry => {
    const c = byId.get(e.id);
    return c && (e.status.state === "queued" || e.status.state === "pending") ? { ...e, status: { state: "acked", seq: c.seq, atMs: c.atMs } } : e;
  });
  const fresh = logged.commands.filter((c) => !known.has(c.id))
    .map((c): CommandEntry => ({ id: c.id, command: c.command, createdAt: Date.now(), status: { state: "acked", seq: c.seq, atMs: c.atMs } }));
  return [...out, ...fresh];
}
