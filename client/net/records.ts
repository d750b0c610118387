/**
 * Messages other than commands that create a record on the server: an evaluator's (or the director's) observation.
 * Commands go through the outbox (net/outbox.ts); these are answered by a message of their own name, so they have
 * this small queue of their own with the same rule: each gets a client-made id once, when the person acts (`send`),
 * and while unanswered is sent again with that same id after every reconnect (`resend`). The server stores one per
 * (drill, seat, id) and answers a re-send as it answered the first (server/live/console.ts), so a save whose answer
 * was lost in a dropped connection is stored once, not once per send (round 29: two identical rows in the report).
 */
import { idMaker } from "./client-id.ts";

/** the message types sent through RecordSends (each answered by a message of the same name carrying the id) */
export const RECORD_TYPES: ReadonlySet<string> = new Set(["observation"]);

interface Open {
  type: string;
  message: Record<string, unknown>;
  resolve: (answer: unknown) => void;
  reject: (e: Error) => void;
}

export class RecordSends {
  private readonly open = new Map<string, Open>();

  /** `transport(type, message)`: put a message on the socket now; `nextId`: the id maker (net/client-id.ts) */
  constructor(private readonly transport: (type: string, message: Record<string, unknown>) => void, private readonly nextId: () => string = idMaker()) {}

  /** One person's action: `body` with a new id, sent now; settles with the server's answer (or its refusal). */
  send(type: string, body: Record<string, unknown>): Promise<unknown> {
    const id = this.nextId();
    const message = { ...body, id };
    return new Promise((resolve, reject) => {
      this.open.set(id, { type, message, resolve, reject });
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
    for (const o of open) o.reject(error);
  }

  private take(id: unknown): Open | undefined {
    if (typeof id !== "string") return undefined;
    const o = this.open.get(id);
    this.open.delete(id);
    return o;
  }
}
