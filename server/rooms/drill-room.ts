/**
 * DrillRoom (room name `drill`, one per drill, its roomId the drill id): authenticates a join by
 * code, turns messages into calls on the live drill (live/console.ts), steps the drill on its
 * clock and pushes each seat its own view. One StateView per seat, shared by all its clients.
 */
import { Protocol, Room, ServerError, type Client } from "@colyseus/core";
import { StateView } from "@colyseus/schema";
import { REVOKED_CLOSE } from "../../protocol/messages.ts";
import { DrillState, SeatPresence } from "../../protocol/schema.ts";
import { context, isHostKey } from "../context.ts";
import { ClientGate, deliver, onceLater, type Reply, type Session } from "../live/console.ts";
import type { LiveDrill } from "../live/drill.ts";
import { fromRate, Throttle } from "../live/throttle.ts";
import { messageId, refused, refusalText } from "../live/refusal.ts";
import { admit, codeStillValid, CONTROL_VIEW, Presence, PUBLIC_VIEW } from "../live/seats.ts";
import { hidesIncident, welcome } from "../live/views.ts";
import { viewClock, viewHidden } from "../live/view-clock.ts";
import type { SeatCode } from "../store/store.ts";
import { newSeatView, syncClock, syncPresence, syncSeat } from "./sync.ts";
import { RefBlocks, rootOf } from "./ref-blocks.ts";

/** the clock is persisted, and the director's overlay re-sent, at most this often (wall ms) */
const EVERY_MS = 2_000;

/** `code`: SHA-256 of the code the person joined with, so a reissue can lock them out */
type Auth = Session & { view: string; code: string };

export class DrillRoom extends Room<{ state: InstanceType<typeof DrillState> }> {
  override state = new DrillState();
  override autoDispose = false;
  private drill!: LiveDrill;
  private readonly views = new Map<string, StateView>();
  /** double-blind seats (and observers) whose people got a map without the incident place, by view: they get it once told */
  private readonly partialMap = new Map<string, SeatCode>();
  private readonly people = new Presence();
  private readonly gates = new Map<string, ClientGate>();
  private lastPersist = 0;
  private lastOverlay = 0;
  private readonly pumpSoon = onceLater(() => this.pump());
  private blocks!: RefBlocks;

  override onCreate(options: { drillId?: unknown; key?: unknown }): void {
    if (!isHostKey(options.key)) throw new ServerError(403, "drills are created through POST /api/drills");
    const drill = context().drills.get(String(options.drillId));
    if (!drill) throw new ServerError(404, "no such live drill");
    this.drill = drill;
    this.roomId = drill.id;
    this.patchRate = 100;
    for (const a of drill.c.scenario.agencies) this.state.seats.set(a.id, Object.assign(new SeatPresence(), { seat: a.id, mode: "person", people: 0 }));
    // each seat's synced objects are numbered in a block of their own, whatever else the room holds (ref-blocks.ts)
    this.blocks = new RefBlocks(rootOf(this), [...drill.c.scenario.agencies.map((a) => a.id), PUBLIC_VIEW]);
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
    client.view = this.viewFor(key);
    this.muteEmptyPatches(client);
    this.people.join(key, client.sessionId, auth.name, auth.seat.seat);
    this.gates.set(client.sessionId, new ClientGate(new Throttle(fromRate(context().ratePerSecond, context().rateBurst), "message")));
    this.sendWelcome(client);
    this.refreshSeats();
    this.drill.audit(auth.name, "join", { seat: auth.seat.seat, kind: auth.seat.kind });
  }

  override async onDrop(client: Client, code?: number): Promise<void> {
    if (code === REVOKED_CLOSE || !this.codeValid(client)) return; // locked out: no seat held for them
    await this.allowReconnection(client, 20);
  }

  override onReconnect(client: Client): void {
    this.muteEmptyPatches(client);
  }

  /**
   * Colyseus sends every client a patch frame whenever anything in the room changed, an empty one
   * (the 1-byte ROOM_STATE_PATCH) when none of it is in the client's view: so a standby seat would
   * hear, 10 times a second, that the drill runs and others act. A view that may not know the
   * drill is under way (view-clock.ts viewHidden) is not sent them; they carry nothing.
   */
  private muteEmptyPatches(client: Client): void {
    const key = (client.auth as Auth).view;
    const raw = client.raw.bind(client);
    client.raw = (data, options, cb) => {
      if (data.length === 1 && data[0] === Protocol.ROOM_STATE_PATCH && viewHidden(this.drill, key)) return;
      raw(data, options, cb);
    };
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
    if (replies.some((r) => r.type === "seatMode")) this.refreshSeats();
    if (replies.some((r) => r.type === "reissue")) this.lockOut();
    if (replies.some((r) => r.type === "clock")) this.pump();
    if (replies.some((r) => r.type === "ack")) this.pumpSoon(); // once for a whole group commit's acks
  }

  /** Is the code this client joined with still this drill's (or the server's director code)? */
  private codeValid(client: Client): boolean {
    return codeStillValid(context().store, this.drill.id, (client.auth as Auth).code, context().directorHash);
  }

  /** Disconnect everyone whose code was just revoked (a reissue), with a reason their join page shows. */
  private lockOut(): void {
    for (const cl of [...this.clients]) if (!this.codeValid(cl)) cl.leave(REVOKED_CLOSE, refusalText("revoked"));
  }

  private sendWelcome(client: Client): void {
    const { seat, name, view } = client.auth as Auth;
    const hide = hidesIncident(this.drill.state, this.drill.record.settings.blindness, seat);
    if (hide) this.partialMap.set(view, seat);
    client.send("welcome", welcome(this.drill.c, { id: this.drill.id, blindness: this.drill.record.settings.blindness }, seat, name, view, hide));
  }

  /** One StateView per seat, shared by its clients; its SeatView is created and filled first. */
  private viewFor(key: string): StateView {
    let view = this.views.get(key);
    if (!view) {
      view = this.blocks.within(key, () => newSeatView(this.drill, this.state.views, key));
      this.views.set(key, view);
      this.blocks.within(key, () => syncClock(this.state.views.get(key)!, viewClock(this.drill, key)));
      // who is on which seat: the director's and evaluators' (the agency ids name the scenario)
      if (key === CONTROL_VIEW) this.state.seats.forEach((p) => view!.add(p));
      // ship the new view's ADD now, before this client's full state: else the next patch sends it again or not, by the
      // wall clock (whether a patch fell between onJoin and the full state), and a standby seat's frames would differ by chance
      this.broadcastPatch();
    }
    return view;
  }

  /** Step what the clock says is due, answer engine rejections, push views, persist the clock. */
  private pump(): void {
    const out = this.drill.advance();
    for (const { origin, rejection } of out.rejections) {
      this.clients.getById(origin.sessionId)?.send("rejected", { ...rejection, type: "command" });
    }
    const { paused } = this.drill.clock.status();
    const now = Date.now();
    const overlay = now - this.lastOverlay >= EVERY_MS;
    if (overlay) this.lastOverlay = now;
    for (const [key, sv] of this.state.views) {
      if (this.people.people(key).length === 0) continue;
      this.blocks.within(key, () => {
        syncSeat(this.drill, key, sv, overlay, this.people.all());
        syncClock(sv, viewClock(this.drill, key));
      });
    }
    for (const [key, code] of this.partialMap) if (!hidesIncident(this.drill.state, this.drill.record.settings.blindness, code)) {
      this.partialMap.delete(key);
      for (const cl of this.clients) if ((cl.auth as Auth).view === key) this.sendWelcome(cl);
    }
    if (now - this.lastPersist >= EVERY_MS || out.events.some((e) => e.type === "drillEnded")) {
      this.lastPersist = now;
      this.drill.persistClock(this.drill.state.ended || paused);
    }
  }

  private refreshSeats(): void {
    syncPresence(this.state.seats, new Set(this.drill.botSeats()), (seat) => this.people.people(seat).length);
  }
}
