/**
 * The live session: joins a drill with `joinById(id, { code, name })`, turns the synced state
 * into a ConsoleModel (net/view-store.ts), sends commands through the outbox, and follows the
 * connection (drop → banner and outbox; reconnect → re-send unanswered commands).
 */
import { Client, type Room } from "@colyseus/sdk";
import { BOT_SEAT_CLOSE, REVOKED_CLOSE, type HistoryMessage } from "../../protocol/messages.ts";
import { mergeHistory } from "./history.ts";
import { mergeLogged } from "./logged.ts";
import { rejection } from "../i18n/describe.ts";
import { t } from "../i18n/index.ts";
import type { ConsoleModel } from "../model/console.ts";
import { Outbox, waitsForAnswer } from "./outbox.ts";
import { RECORD_TYPES, RecordSends, type Carried, type KeptRecord } from "./records.ts";
import { idMaker } from "./client-id.ts";
import { keptFor } from "./kept.ts";
import { rememberCode } from "./seat-memory.ts";
import { rejoinOutcome, type Connection, type OutCommand, type Session, type SessionSnapshot } from "./session.ts";
import { Store } from "./store.ts";
import { ViewStore } from "./view-store.ts";
import { oncePerId } from "../model/once.ts";

/** The server's `rejected` answer (server/live/refusal.ts `refused`): the message type, its id when it had one. */
interface Refusal { id?: string; type?: string; code: string; reason: string; params?: Record<string, string | number> }

export interface JoinResult { session: LiveSession; kind: string; seat: string }

export class LiveSession implements Session {
  private readonly snap: Store<SessionSnapshot>;
  private readonly outbox: Outbox;
  private readonly views: ViewStore;
  private room?: Room;
  private leaving = false;
  private readonly waiting = new Map<string, Array<{ resolve: (v: unknown) => void; reject: (e: Error) => void }>>();
  // observations, clock controls, reissues: an id each, re-sent with it after a reconnect or a reload until answered (net/records.ts)
  private readonly records: RecordSends;

  private constructor(readonly drillId: string, readonly name: string, readonly code: string) {
    // both lists are this code's own in the browser's storage: never sent under another code (net/kept.ts)
    this.outbox = new Outbox(keptFor("outbox", drillId, code, waitsForAnswer));
    // offline, a record waits (kept) for the reconnect's resend: the socket would drop it (newcomer r31: a skip clicked
    // offline was said to wait in the outbox and was lost)
    this.records = new RecordSends((type, message) => { if (this.get().connection === "online") this.room?.send(type, message); }, idMaker(), keptFor<KeptRecord>("records", drillId, code, () => true));
    this.snap = new Store<SessionSnapshot>({ commands: oncePerId(this.outbox.entries.get()), connection: "connecting", outbox: 0, name, drillId });
    this.views = new ViewStore();
    this.outbox.entries.subscribe(() => this.patch({ commands: oncePerId(this.outbox.entries.get()), outbox: this.outbox.unanswered().filter((e) => e.status.state === "queued").length }));
    this.views.model.subscribe(() => this.patch({ model: this.views.model.get() }));
  }

  /** Join; rejects with the server's message when the code is wrong or revoked. */
  static async join(drillId: string, code: string, name: string): Promise<LiveSession> {
    const s = new LiveSession(drillId, name, code);
    await s.connect();
    return s;
  }

  private async connect(): Promise<void> {
    const client = new Client(location.origin);
    const room = await client.joinById(this.drillId, { code: this.code, name: this.name });
    this.room = room;
    this.views.attach(room);
    room.onMessage("ack", (a: { id: string; seq: number; atMs: number }) => this.outbox.set(a.id, { state: "acked", seq: a.seq, atMs: a.atMs }));
    // the seat's commands from the room's log: another browser's, and this one's answered while away (net/history.ts)
    room.onMessage("history", (h: HistoryMessage) => this.outbox.entries.update((xs) => mergeHistory(xs, h)));
    // a command of this seat given in another browser on it, as it is logged (net/logged.ts)
    room.onMessage("logged", (h: HistoryMessage) => this.outbox.entries.update((xs) => mergeLogged(xs, h)));
    // the SDK gives "*" only the types no handler of their own takes: a refused control message is answered here
    room.onMessage("rejected", (r: Refusal) => this.refused(r));
    room.onMessage("*", (type, payload) => {
      this.views.message(String(type), payload);
      this.answer(String(type), payload);
    });
    room.onDrop(() => {
      this.outbox.requeue();
      this.unanswered();
      this.setConnection("offline");
    });
    room.onReconnect(() => {
      this.setConnection("online");
      this.flush();
      this.records.resend();
    });
    // the SDK retries with backoff while the room holds the seat (20 s on the server); past that,
    // or when it gives up, join again with the same code: the outbox re-sends, the server de-duplicates
    room.reconnection.minDelay = 200;
    room.reconnection.maxDelay = 2_000;
    room.onLeave((code?: number, reason?: string) => {
      if (this.room !== room) return;
      if (this.leaving) return this.closed({});
      // the director reissued this seat's code: no rejoin with the old one; the page says why
      if (code === REVOKED_CLOSE) return this.closed({ revoked: reason || t("join.revoked") });
      // the director handed the seat to a bot: the same code opens it again once switched back to a person
      if (code === BOT_SEAT_CLOSE) return this.closed({ revoked: reason || t("join.seatToBot"), toBot: true });
      this.outbox.requeue();
      this.unanswered();
      this.setConnection("offline");
      void this.rejoin();
    });
    room.onError((_c, message) => this.patch({ error: message ?? "error" }));
    this.setConnection("online");
    this.flush();
    // joined again after the seat's hold ran out: what was unanswered goes again, under its first id
    this.records.resend();
  }

  get(): SessionSnapshot {
    return this.snap.get();
  }
  subscribe(fn: () => void): () => void {
    return this.snap.subscribe(fn);
  }
  get model(): Store<ConsoleModel | undefined> {
    return this.views.model;
  }

  send(command: OutCommand): string {
    const e = this.outbox.add(command);
    this.flush();
    return e.id;
  }

  /**
   * A director/evaluator message answered by a message of the same name (or `rejected` naming
   * it): clock, seatMode, forecast, viewAt, findings, board, observation, reissue. An observation, a clock control and
   * a reissue get their id here, once, and are sent again with it after a reconnect or a reload until answered
   * (net/records.ts): the server carries each out once.
   */
  control(type: string, body: unknown): Promise<unknown> {
    // a clock control, reissue or observation waits offline and goes with its id on the reconnect; the rest need an answer now
    if (RECORD_TYPES.has(type)) return this.records.send(type, body as Record<string, unknown>);
    if (!this.room || this.get().connection !== "online") return Promise.reject(new Error(t("conn.offline")));
    return new Promise((resolve, reject) => {
      const q = this.waiting.get(type) ?? [];
      q.push({ resolve, reject });
      this.waiting.set(type, q);
      this.room!.send(type, body);
    }).then((r) => {
      if (type !== "viewAt") return r;
      const v = r as { atMs: number; view: Parameters<ViewStore["fromProjection"]>[0] };
      return this.views.fromProjection(v.view, { tMs: v.atMs, speed: 1, paused: true, ended: false });
    });
  }

  /**
   * The observations, clock controls and reissues of `type` this session re-sent from before a page reload, each given
   * out once, with their answers to come (net/records.ts carriedOver): the panel shows them as it shows its own.
   */
  carried(type: string): Carried[] {
    return this.records.carriedOver(type);
  }

  /**
   * A refusal: a control message awaited by `control()` (its `type`) rejects that promise with the reason worded in
   * the page's language; a command's (its outbox `id`) marks the command refused.
   */
  private refused(r: Refusal): void {
    if (r.type && RECORD_TYPES.has(r.type) && this.records.refused(r.id, new Error(rejection(r.code, r.reason, r.params)))) return;
    const w = r.type && r.type !== "command" ? this.waiting.get(r.type)?.shift() : undefined;
    if (w) return w.reject(new Error(rejection(r.code, r.reason, r.params)));
    if (r.id) this.outbox.set(r.id, { state: "rejected", code: r.code, reason: r.reason, ...(r.params ? { params: r.params } : {}) });
  }

  private answer(type: string, payload: unknown): void {
    // a reissued code is kept with the others, so the seat list shows it after a reload, or when it answers a request
    // sent before one; a director code never (it stays in the tab, as the codes page keeps none: net/seat-memory.ts)
    const fresh = type === "reissue" ? (payload as { seat?: unknown; code?: unknown } | null) : null;
    if (typeof fresh?.seat === "string" && fresh.seat !== "director" && typeof fresh.code === "string") {
      rememberCode(this.drillId, fresh.seat, fresh.code);
      this.patch({});
    }
    if (RECORD_TYPES.has(type)) return void this.records.answered((payload as { id?: unknown } | null)?.id, payload);
    const w = this.waiting.get(type)?.shift();
    if (!w) return;
    const err = (payload as { error?: string })?.error;
    if (err) w.reject(new Error(err));
    else w.resolve(payload);
  }

  leave(): void {
    this.leaving = true;
    if (this.get().revoked) return; // the server closed it already: nothing to say on a closed socket
    void this.room?.leave(true);
  }

  private async rejoin(): Promise<void> {
    for (let i = 0; !this.leaving; i++) {
      await new Promise((r) => setTimeout(r, Math.min(500 * 2 ** i, 4_000)));
      try {
        await this.connect();
        return;
      } catch (e) {
        // a code refused will be refused again: close, and let the page say why; else still unreachable, try again
        if (rejoinOutcome(e) === "codeGone") return this.closed({ codeGone: true });
      }
    }
  }

  /** Send every queued command (in order) while the connection is up. */
  private flush(): void {
    if (!this.room || this.get().connection !== "online") return;
    for (const e of this.outbox.unanswered()) {
      if (e.status.state !== "queued") continue;
      this.room.send("command", { id: e.id, command: e.command });
      this.outbox.set(e.id, { state: "pending" });
    }
  }

  /**
   * The connection dropped: a request still waiting that carries no id (a forecast, a board, a seat's switch…) gets no
   * answer on the new socket and is not sent again, so it rejects now, saying its outcome is unknown, instead of
   * leaving its button busy for good. Observations, clock controls and reissues are re-sent under their id
   * (records.ts) and wait on: the server answers a re-send as the first.
   */
  private unanswered(): void {
    for (const q of this.waiting.values()) for (const w of q.splice(0)) w.reject(new Error(t("conn.unanswered")));
  }

  /** Closed for good (left, code reissued, code gone): nothing still waiting can be answered, observations included. */
  private closed(why: Partial<SessionSnapshot>): void {
    this.unanswered();
    this.records.abandon(new Error(t("conn.closedUnsaved")));
    this.patch({ connection: "closed", ...why });
  }

  private setConnection(c: Connection): void {
    this.patch({ connection: c });
  }

  private patch(p: Partial<SessionSnapshot>): void {
    this.snap.set({ ...this.snap.get(), ...p });
  }
}
