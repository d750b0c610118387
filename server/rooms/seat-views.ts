/**
 * What each seat of a drill room is shown (split from drill-room.ts, as live/view-clock.ts was): one StateView per
 * seat, shared by all its clients and numbered in its own ref block (ref-blocks.ts); the `welcome` a client gets on
 * joining, and again once a double-blind seat (or observer) that got a map without the incident place is told;
 * each step's push of every occupied view; and the empty patch frames a view that may not know the drill runs is
 * never sent.
 */
import { Protocol, type Client } from "@colyseus/core";
import { StateView } from "@colyseus/schema";
import type { DrillState } from "../../protocol/schema.ts";
import type { LiveDrill } from "../live/drill.ts";
import { countyRoster } from "../live/roster.ts";
import { CONTROL_VIEW, type Presence } from "../live/seats.ts";
import { hidesIncident, welcome } from "../live/views.ts";
import { viewClock, viewHidden } from "../live/view-clock.ts";
import type { SeatCode } from "../store/store.ts";
import type { RefBlocks } from "./ref-blocks.ts";
import { newSeatView, syncClock, syncSeat } from "./sync.ts";

/** What a joined client carries that its view needs: its seat, the name it gave, its view key. */
export interface Viewer { seat: SeatCode; name: string; view: string }

/** The room's side the views use: its synced state, its clients, and shipping a patch now. */
export interface ViewRoom {
  state: InstanceType<typeof DrillState>;
  clients: Iterable<Client>;
  broadcastPatch(): unknown;
}

export class SeatViews {
  private readonly views = new Map<string, StateView>();
  /** double-blind seats (and observers) whose people got a map without the incident place, by view: they get it once told */
  private readonly partialMap = new Map<string, SeatCode>();

  constructor(private readonly room: ViewRoom, private readonly drill: LiveDrill, private readonly blocks: RefBlocks) {}

  /** One StateView per seat, shared by its clients; its SeatView is created and filled first. */
  viewFor(key: string): StateView {
    let view = this.views.get(key);
    if (!view) {
      const v = (view = this.blocks.within(key, () => newSeatView(this.drill, this.room.state.views, key)));
      this.views.set(key, v);
      this.blocks.within(key, () => syncClock(this.room.state.views.get(key)!, viewClock(this.drill, key)));
      // who is on which seat: the director's and evaluators' (the agency ids name the scenario)
      if (key === CONTROL_VIEW) this.room.state.seats.forEach((p) => v.add(p));
      // ship the new view's ADD now, before this client's full state: else the next patch sends it again or not, by the
      // wall clock (whether a patch fell between onJoin and the full state), and a standby seat's frames would differ by chance
      this.room.broadcastPatch();
    }
    return view;
  }

  /** `client`'s `welcome`: the whole map, or for a seat that may not know the incident yet, without its place. */
  sendWelcome(client: Client, who: Viewer): void {
    const hide = hidesIncident(this.drill.state, this.drill.record.settings.blindness, who.seat);
    if (hide) this.partialMap.set(who.view, who.seat);
    const w = welcome(this.drill.c, { id: this.drill.id, blindness: this.drill.record.settings.blindness }, who.seat, who.name, who.view, hide, countyRoster());
    // a recovered drill tells its director where it resumed and what it may have lost (live/clock-keep.ts)
    const note = who.seat.kind === "director" ? this.drill.recovery : undefined;
    const earlier = note ? this.drill.earlierRecoveries ?? [] : [];
    client.send("welcome", note ? { ...w, recovered: note, ...(earlier.length ? { earlierRecoveries: earlier } : {}) } : w);
  }

  /** Push every view someone is on (the director's overlay too when `overlay`), then welcome again the views just told. */
  push(people: Presence, overlay: boolean, viewerOf: (c: Client) => Viewer): void {
    for (const [key, sv] of this.room.state.views) {
      if (people.people(key).length === 0) continue;
      this.blocks.within(key, () => {
        syncSeat(this.drill, key, sv, overlay, people.all());
        syncClock(sv, viewClock(this.drill, key));
      });
    }
    for (const [key, code] of this.partialMap) if (!hidesIncident(this.drill.state, this.drill.record.settings.blindness, code)) {
      this.partialMap.delete(key);
      for (const cl of this.room.clients) if (viewerOf(cl).view === key) this.sendWelcome(cl, viewerOf(cl));
    }
  }
}

/**
 * Colyseus sends every client a patch frame whenever anything in the room changed, an empty one
 * (the 1-byte ROOM_STATE_PATCH) when none of it is in the client's view: so a standby seat would
 * hear, 10 times a second, that the drill runs and others act. A view that may not know the
 * drill is under way (view-clock.ts viewHidden) is not sent them; they carry nothing.
 */
export function muteEmptyPatches(client: Client, drill: LiveDrill, key: string): void {
  const raw = client.raw.bind(client);
  client.raw = (data, options, cb) => {
    if (data.length === 1 && data[0] === Protocol.ROOM_STATE_PATCH && viewHidden(drill, key)) return;
    raw(data, options, cb);
  };
}
