/**
 * Every browser on a seat sees each command of that seat as it is logged (newcomer 22 #3): two people sharing the fire
 * seat (README allows it) both dispatched one unit; the first was logged as #20, the second refused
 * 「力量正在执行任务」, and the second browser never showed its colleague's #20 (only a join sent the seat's
 * history, live/history.ts). Now an acknowledged command is echoed at once to the seat's other clients as a `logged`
 * message (protocol/messages.ts HistoryMessage's shape: client id, log number, time, the command without `at`/`by`),
 * and an engine rejection of it at its tick to them too, so no browser shows it acknowledged while the seat's owner
 * reads it refused.
 */
import type { Client } from "@colyseus/core";
import type { HistoryMessage } from "../../protocol/messages.ts";
import type { Reply } from "../live/console.ts";
import type { SeatCode } from "../store/store.ts";

/** the log's `by` of a client's seat: an agency id, "director", or none (evaluators and observers give no logged commands) */
const byOf = (c: Client): string | undefined => {
  const seat = (c.auth as { seat?: SeatCode } | undefined)?.seat;
  return seat?.kind === "director" ? "director" : seat?.kind === "seat" ? seat.seat : undefined;
};

/** the other clients on `from`'s seat (not `from` itself) */
export function seatMates(clients: Iterable<Client>, from: Client): Client[] {
  const by = byOf(from);
  return by === undefined ? [] : [...clients].filter((c) => c.sessionId !== from.sessionId && byOf(c) === by);
}

/** What the room needs: the logged record of a seat's client id; whether a client's view may not know the time (viewHidden). */
export interface EchoDeps {
  logged(by: string, clientId: string): { seq: number; atMs: number; command: unknown } | undefined;
  untimed(c: Client): boolean;
}

/**
 * Send each of `replies`' acknowledged commands (`ack` bodies {id, seq, atMs}) to `from`'s seat mates as `logged`; a
 * seat that may not know the time gets 0 for the log number and time, as its own acks (drill-room answer).
 */
export function echoLogged(clients: Iterable<Client>, from: Client, replies: readonly Reply[], deps: EchoDeps): void {
  const by = byOf(from);
  const mates = seatMates(clients, from);
  if (by === undefined || mates.length === 0) return;
  const commands: HistoryMessage["commands"] = [];
  for (const r of replies) {
    if (r.type !== "ack") continue;
    const rec = deps.logged(by, (r.body as { id: string }).id);
    if (!rec) continue;
    const { at: _at, by: _by, ...command } = rec.command as { at?: unknown; by?: unknown; type: string } & Record<string, unknown>;
    commands.push({ id: (r.body as { id: string }).id, seq: rec.seq, atMs: rec.atMs, command });
  }
  if (commands.length === 0) return;
  for (const c of mates) {
    const untimed = deps.untimed(c);
    c.send("logged", { commands: untimed ? commands.map((x) => ({ ...x, seq: 0, atMs: 0 })) : commands } satisfies HistoryMessage);
  }
}

/** An engine rejection (at the command's tick) to the client that gave it and to its seat mates. */
export function sendRejected(clients: Iterable<Client> & { getById(id: string): Client | undefined }, originSessionId: string, body: unknown): void {
  const origin = clients.getById(originSessionId);
  if (!origin) return;
  for (const c of [origin, ...seatMates(clients, origin)]) c.send("rejected", body);
}
