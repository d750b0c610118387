/**
 * DrillRoom (room name `drill`, one per drill, its roomId the drill id): authenticates a join by
 * code, turns messages into calls on the live drill (live/console.ts), steps the drill on its
 * clock and pushes each seat its own view (seat-views.ts: one StateView per seat, shared by all its clients).
 */
import { Room, ServerError, type Client } from "@colyseus/core";
import { BOT_SEAT_CLOSE, REVOKED_CLOSE } from "../../protocol/messages.ts";
import { DrillState, SeatPresence } from "../../protocol/schema.ts";
import { context, isHostKey } from "../context.ts";
import { ClientGate, deliver, onceLater, type Reply, type Session } from "../live/console.ts";
import type { LiveDrill } from "../live/drill.ts";
import { fromRate, Throttle } from "../live/throttle.ts";
import { messageId, refused, refusalText } from "../live/refusal.ts";
import { admit, codeStillValid, leaveReason, Presence, PUBLIC_VIEW, seatsHandedToBots } from "../live/seats.ts";
import { viewHidden } from "../live/view-clock.ts";
import { seatHistory } from "../live/history.ts";
import { syncPresence } from "./sync.ts";
import { RefBlocks, rootOf } from "./ref-blocks.ts";
import { muteEmptyPatches, SeatViews } from "./seat-views.ts";
import { echoLogged, sendRejected } from "./seat-echo.ts";

/** the director's overlay is re-sent at most this often (wall ms); the clock is kept by the drill (live/clock-keep.ts) */
const EVERY_MS = 2_000;

/** `code`: SHA-256 of the code the person joined with, so a reissue can lock them out */
type Auth = Session & { view: string; code: string };

export class DrillRoom extends Room<{ state: InstanceType<typeof DrillState> }> {
  override state = new DrillState();
  override autoDispose = false;
  private drill!: LiveDrill;
  private views!: SeatViews;
  private readonly people = new Presence();
  private readonly gates = new Map<string, ClientGate>();
  private lastOverlay = 0;
  private readonly pumpSoon = onceLater(() => this.pump());

  override onCreate(options: { drillId?: unknown; key?: unknown }): void {
    if (!isHostKey(options.key)) throw new ServerError(403, "drills are created through POST /api/drills");
    const drill = context().drills.get(String(options.drillId));
    if (!drill) throw new ServerError(404, "no such live drill");
    this.drill = drill;
    this.roomId = drill.id;
    this.patchRate = 100;
    for (const a of drill.c.scenario.agencies) this.state.seats.set(a.id, Object.assign(new SeatPresence(), { seat: a.id, mode: "person", people: 0 }));
    // each seat's synced objects are numbered in a block of their own, whatever else the room holds (ref-blocks.ts)
    this.views = new SeatViews(this, drill, new RefBlocks(rootOf(this), [...drill.c.scenario.agencies.map((a) => a.id), PUBLIC_VIEW]));
    this.refreshSeats();
    this.onMessage("*", (client: Client, type: string | number, message: unknown) => this.receive(client, type, message));
    this.setFixedTimestep(() => this.pump(), 10);
    this.pump();
  }

  override onAuth(_client: Client, options: unknown): Auth {
    const r = admit(context().store, this.drill.id, options, context().directorHash);
    if (!("admitted" in r)) throw new ServerError(r.status, refusalText(r.key, r.params));
    return { ...r.admitted, sessionId: "" };
  }

  /**
   * Why a join with these options would be refused (the very refusal onAuth gives), or null: asked
   * by the matchmaker before it reserves a seat (server/rooms/matchmaking.ts), from any process.
   */
  joinRefusal(options: unknown): { status: number; text: string } | null {
    const r = admit(context().store, this.drill.id, options, context().directorHash);
    return "admitted" in r ? null : { status: r.status, text: refusalText(r.key, r.params) };
  }

  override onJoin(client: Client, _options: unknown, auth: Auth): void {
    const key = auth.view;
    client.view = this.views.viewFor(key);
    muteEmptyPatches(client, this.drill, key);
    this.people.join(key, client.sessionId, auth.name, auth.seat.seat);
    this.gates.set(client.sessionId, new ClientGate(new Throttle(fromRate(context().ratePerSecond, context().rateBurst), "message")));
    this.views.sendWelcome(client, auth);
    // the commands this seat gave, from the log: a person joining again in another browser sees them (live/history.ts)
    const by = auth.seat.kind === "director" ? "director" : auth.seat.kind === "seat" ? auth.seat.seat : undefined;
    if (by) client.send("history", seatHistory(context().store.log(this.drill.id), by, viewHidden(this.drill, key), this.drill.refusals()));
    this.refreshSeats();
    this.drill.audit(auth.name, "join", { seat: auth.seat.seat, kind: auth.seat.kind });
  }

  override async onDrop(client: Client, code?: number): Promise<void> {
    if (code === REVOKED_CLOSE || code === BOT_SEAT_CLOSE || !this.codeValid(client)) return; // locked out: no seat held for them
    await this.allowReconnection(client, 20);
  }

  override onReconnect(client: Client): void {
    muteEmptyPatches(client, this.drill, (client.auth as Auth).view);
  }

  override onLeave(client: Client): void {
    const auth = client.auth as Auth;
    this.people.leave(auth.view, client.sessionId);
    this.gates.delete(client.sessionId);
    this.refreshSeats();
    this.drill.audit(auth.name, "leave", { seat: auth.seat.seat });
  }

  override onDispose(): void { this.drill?.persistClock(true); } // a room refused in onCreate has no drill

  private receive(client: Client, type: string | number, message: unknown): void {
    if (!this.codeValid(client)) return this.answer(client, [refused(type, messageId(message), "revoked")]);
    const gate = this.gates.get(client.sessionId);
    const session = { ...(client.auth as Auth), sessionId: client.sessionId };
    if (gate) deliver(() => gate.receive(this.drill, context().store, session, type, message), (r) => this.answer(client, r), `drill ${this.drill.id}`, type, messageId(message));
  }

  private answer(client: Client, replies: Reply[]): void {
    // a seat that may not know the time is told its command was accepted, not when, nor how many the drill holds (seq)
    const untimed = viewHidden(this.drill, (client.auth as Auth).view);
    for (const r of replies) client.send(r.type, r.type === "ack" && untimed ? { ...(r.body as object), seq: 0, atMs: 0 } : r.body);
    if (replies.some((r) => r.type === "seatMode" || r.type === "reissue")) this.putOut(seatsHandedToBots(replies));
    if (replies.some((r) => r.type === "seatMode")) this.refreshSeats();
    if (replies.some((r) => r.type === "clock")) this.pump();
    if (replies.some((r) => r.type === "ack")) this.pumpSoon(); // once for a whole group commit's acks
    // the seat's other browsers see the command as it is logged (seat-echo.ts)
    echoLogged(this.clients, client, replies, { logged: (by, id) => context().store.findByClientId(this.drill.id, by, id), untimed: (c) => viewHidden(this.drill, (c.auth as Auth).view) });
  }

  /** Is the code this client joined with still this drill's (or the server's director code)? */
  private codeValid(client: Client): boolean {
    return codeStillValid(context().store, this.drill.id, (client.auth as Auth).code, context().directorHash);
  }

  /** Disconnect whoever may no longer hold their seat (live/seats.ts leaveReason), with words their join page shows. */
  private putOut(toBots: ReadonlySet<string>): void {
    for (const cl of [...this.clients]) {
      const why = leaveReason((cl.auth as Auth).seat, () => this.codeValid(cl), toBots);
      if (why) cl.leave(why === "revoked" ? REVOKED_CLOSE : BOT_SEAT_CLOSE, refusalText(why));
    }
  }

  /** Step what the clock says is due, answer engine rejections, push views, persist the clock. */
  private pump(): void {
    const out = this.drill.advance();
    for (const { origin, rejection } of out.rejections) sendRejected(this.clients, origin.sessionId, { ...rejection, type: "command" });
    const now = Date.now();
    const overlay = now - this.lastOverlay >= EVERY_MS;
    if (overlay) this.lastOverlay = now;
    this.views.push(this.people, overlay, (c) => c.auth as Auth);
    this.drill.keepClock(); // the end writes it with its hash as it happens (LiveDrill setStatus)
  }

  private refreshSeats(): void {
    syncPresence(this.state.seats, new Set(this.drill.botSeats()), (seat) => this.people.people(seat).length);
  }
}
