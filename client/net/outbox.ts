/**
 * The outbox: every command gets a client-made id and is kept (in localStorage per drill and code, net/kept.ts, so a
 * reload or a closed tab opened again keeps it too) until the server acknowledges or rejects it. While the connection is down,
 * commands wait here rather than in the SDK's 10-message buffer (which drops the oldest
 * silently); after a reconnect every unanswered command is re-sent with the same id, and the
 * server's de-duplication by id applies it once.
 *
 * Ids are `<prefix>-<n>` (net/client-id.ts) with a prefix drawn fresh at every page load, never restored: a
 * duplicated tab copies the page's storage, and with a copied prefix and counter both tabs made the
 * same ids for different commands (review 8 item 1). Restored entries keep their own ids, so a
 * re-send after a reload still carries the id it was first sent with.
 */
import type { CommandEntry, CommandState, OutCommand } from "./session.ts";
import { answered } from "./drafts.ts";
import { Store } from "./store.ts";
import { idMaker } from "./client-id.ts";
import type { Kept } from "./kept.ts";

/** Does the command still wait for the server's answer (queued here, or sent and not yet answered)? */
export const waitsForAnswer = (e: CommandEntry): boolean => e.status.state === "queued" || e.status.state === "pending";

export class Outbox {
  readonly entries: Store<CommandEntry[]>;
  private readonly nextId = idMaker();

  /** `kept`: this code's list in the browser's storage (net/kept.ts keptFor "outbox") */
  constructor(private readonly kept: Kept<CommandEntry>) {
    // a command in flight when the page went away was perhaps never received: it waits to be re-sent (the server de-duplicates)
    this.entries = new Store(kept.load().map((e) => (e.status?.state === "pending" ? { ...e, status: { state: "queued" } } : e)));
    this.entries.subscribe(() => this.kept.save(this.entries.get()));
  }

  /** A new command, queued; returns its entry. */
  add(command: OutCommand): CommandEntry {
    const e: CommandEntry = { id: this.nextId(), command, createdAt: Date.now(), status: { state: "queued" } };
    this.entries.update((xs) => [...xs, e]);
    return e;
  }

  /** Commands not yet answered by the server (queued or pending), oldest first. */
  unanswered(): CommandEntry[] {
    return this.entries.get().filter(waitsForAnswer);
  }

  /**
   * The command's fate. An acknowledged command stays acknowledged, unless the engine refuses it at its tick (the
   * room's `rejected` after its `ack`, server/live/drill.ts tick): it was logged, but it did nothing, and says so.
   */
  set(id: string, status: CommandState): void {
    this.entries.update((xs) => xs.map((e) => (e.id === id && (e.status.state !== "acked" || status.state === "rejected") ? { ...e, status } : e)));
    if (status.state === "acked" || status.state === "rejected") answered(id, status.state === "rejected" ? status : false);
  }

  /** After a drop: whatever was in flight waits again. */
  requeue(): void {
    this.entries.update((xs) => xs.map((e) => (e.status.state === "pending" ? { ...e, status: { state: "queued" } } : e)));
  }
}
