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
 * under their ids once the page has joined. Round 31: the reloaded page shows their answers as the page that sent them
 * would have (a refusal's reason, a reissued code, a saved observation): each comes back as a `Carried` request, its
 * answer a promise, which the panel that sends that type takes once (`carriedOver`) and follows as its own.
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

/** A request sent before a page reload and sent again by this page: what it asked, and its answer (or refusal) to come. */
export interface Carried {
  type: string;
  /** the message without its id, as the panel sent it */
  body: Record<string, unknown>;
  /** settles with the server's answer; rejects with its refusal worded in the page's language */
  answer: Promise<unknown>;
}

interface Open extends KeptRecord {
  resolve: (answer: unknown) => void;
  reject: (e: Error) => void;
}

export class RecordSends {
  private readonly open = new Map<string, Open>();
  /** ids answered in this page: another tab's copy of them in storage is dropped at the next save */
  private readonly gone = new Set<string>();
  /** the requests kept from before a reload, not yet taken by a panel (carriedOver) */
  private carried: Carried[] = [];

  /**
   * `transport(type, message)`: put a message on the socket now; `nextId`: the id maker (net/client-id.ts); `kept`:
   * this code's list in storage (net/kept.ts keptFor "records"), whose messages are open again at once (sent by
   * `resend`), each also waiting in `carriedOver` for the panel that shows its answer.
   */
  constructor(
    private readonly transport: (type: string, message: Record<string, unknown>) => void,
    private readonly nextId: () => string = idMaker(),
    private readonly kept?: Kept<KeptRecord>,
  ) {
    for (const k of kept?.load() ?? []) {
      if (!RECORD_TYPES.has(k.type) || k.message?.id !== k.id) continue;
      let settle!: Pick<Open, "resolve" | "reject">;
      const answer = new Promise<unknown>((resolve, reject) => (settle = { resolve, reject }));
      answer.catch(() => {}); // a refusal no panel has taken yet is not an unhandled rejection; the panel's own catch sees it
      const { id: _id, ...body } = k.message;
      this.carried.push({ type: k.type, body, answer });
      this.open.set(k.id, { ...k, ...settle });
    }
  }

  /**
   * The requests of `type` sent before the page was reloaded, oldest first, each given out once: the panel that sends
   * that type (DirectorPanels ClockControls, SeatsPanel; ObservationForm) follows their answers as it follows its own.
   */
  carriedOver(type: string): Carried[] {
    const mine = this.carried.filter((c) => c.type === type);
    this.carried = this.carried.filter((c) => c.type !== type);
    return mine;
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
