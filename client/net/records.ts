/**
 * Messages other than commands that change the drill: an evaluator's (or the director's) observation, the director's
 * clock controls (pause, resume, speed, jump) and code reissues. Commands go through the outbox (net/outbox.ts);
 * these are answered by a message of their own name, so they have this small queue of their own with the same rule:
 * each gets a client-made id once, when the person acts (`send`), and while unanswered is sent again with that same
 * id after every reconnect (`resend`). The server stores one per (drill, seat, id) and answers a re-send as it
 * answered the first (server/live/console.ts, controls.ts), so a save whose answer was lost in a dropped connection is
 * stored once (round 29: two identical rows in the report), a jump re-sent jumps once and a reissue re-sent hands back
 * the code it made (round 30).
 *
 * The open messages are kept in the browser's storage per drill and code (net/kept.ts): after a reload they go again
 * under their ids once the page has joined; their answers then reach `late` (nothing on the page waits for them).
 */
import { idMaker } from "./client-id.ts";
import type { Kept } from "./kept.ts";

/** the message types sent through RecordSends (each answered by a message of the same name carrying the id) */
export const RECORD_TYPES: ReadonlySet<string> = new Set(["observation", "clock", "reissue"]);

/** An open message as kept in storage: its type and the message with its id. */
export interface KeptRecord {
  id: string;
  type: string;
  message: Record<string, unknown>;
}

interface Open extends KeptRecord {
  resolve: (answer: unknown) => void;
  reject: (e: Error) => void;
}

export class RecordSends {
  private readonly open = new Map<string, Open>();
  /** ids answered in this page: another tab's copy of them in storage is dropped at the next save */
  private readonly gone = new Set<string>();

  /**
   * `transport(type, message)`: put a message on the socket now; `nextId`: the id maker (net/client-id.ts); `kept`:
   * this code's list in storage (net/kept.ts keptFor "records"), whose messages are open again at once (sent by
   * `resend`); `late(type, answer)`: the answer to a message nobody waits for any more (sent before a reload).
   */
  constructor(
    private readonly transport: (type: string, message: Record<string, unknown>) => void,
    private readonly nextId: () => string = idMaker(),
    private readonly kept?: Kept<KeptRecord>,
    private readonly late: (type: string, answer: unknown) => void = () => {},
  ) {
    for (const k of kept?.load() ?? []) {
      if (!RECORD_TYPES.has(k.type) || k.message?.id !== k.id) continue;
      this.open.set(k.id, { ...k, resolve: (a) => this.late(k.type, a), reject: () => {} });
    }
  }

  /** One person's action: `body` with a new id, sent now; settles with the server's answer (or its refusal). */
  send(type: string, body: Record<string, unknown>): Promise<unknown> {
    const id = this.nextId();
    const message = { ...body, id };
    return new Promise((resolve, reject) => {
      this.open.set(id, { id, type, message, resolve, reject });
      this.save(); // kept before it goes: a reload now still sends it
      this.transport(type, message);
    });
  }

  /** After a reconnect: every message still unanswered, again, with the id it was first sent with, oldest first. */
  resend(): void {
    for (const o of this.open.values()) this.transport(o.type, o.message);
  }

  /** The server's answer to message `id`: settles it; false when no open message has that id (a second answer to a re-send). */
  answered(id: unknown, answer: unknown): boolean {
    const o = this.take(id);
    o?.resolve(answer);
    return o !== undefined;
  }

  /** The server's refusal of message `id`: rejects it with `error`; false when no open message has that id. */
  refused(id: unknown, error: Error): boolean {
    const o = this.take(id);
    o?.reject(error);
    return o !== undefined;
  }

  /** The session closed for good (left, code reissued or gone): every message still unanswered rejects with `error`. */
  abandon(error: Error): void {
    const open = [...this.open.values()];
    this.open.clear();
    for (const o of open) this.gone.add(o.id);
    this.save();
    for (const o of open) o.reject(error);
  }

  private take(id: unknown): Open | undefined {
    if (typeof id !== "string") return undefined;
    const o = this.open.get(id);
    if (!o) return undefined;
    this.open.delete(id);
    this.gone.add(id);
    this.save();
    return o;
  }

  private save(): void {
    this.kept?.save([...this.open.values()].map(({ id, type, message }) => ({ id, type, message })), this.gone);
  }
}
