/**
 * Projection → synced SeatView, touching only what changed: unit and obligation fields are
 * assigned when they differ, messages are appended (never rewritten), and the JSON pictures are
 * re-assigned only when their text changes, so a patch carries just the news.
 */
import { FEED_MAX_CHARS, type MessageRow, type ObligationRow, type Projection, type UnitRow } from "../../protocol/views.ts";
import { StateView } from "@colyseus/schema";
import { Clock, Msg, Obligation, SeatPresence, SeatView, Unit, type SeatViewT } from "../../protocol/schema.ts";
import type { LiveDrill } from "../live/drill.ts";
import { CONTROL_VIEW, PUBLIC_VIEW } from "../live/seats.ts";
import { controlProjection, hazardOverlay, observerHidden, publicProjection, seatOpen, seatProjection } from "../live/views.ts";

/** events in the drill when each control view's feed was last written */
const fedCount = new WeakMap<SeatViewT, number>();
/** whether each agency view was last synced open (live/views.ts seatOpen): its messages carried no time before */
const wasOpen = new WeakMap<SeatViewT, boolean>();

/** Bring view `key` up to date with the drill; the (large) hazard overlay only when `withOverlay`; `people` by seat for the control view. */
/** A seat's SeatView, filled, in `views` under `key`, and the one StateView all the seat's clients share. */
export function newSeatView(drill: LiveDrill, views: { set(key: string, sv: SeatViewT): unknown }, key: string): StateView {
  const sv = new SeatView();
  sv.seat = key;
  views.set(key, sv);
  syncSeat(drill, key, sv, true);
  const view = new StateView();
  view.add(sv);
  return view;
}

export function syncSeat(drill: LiveDrill, key: string, sv: SeatViewT, withOverlay: boolean, people: Record<string, string[]> = {}): void {
  const { c, state } = drill;
  if (key === CONTROL_VIEW) {
    const p = controlProjection(c, state, people, drill.events);
    syncView(sv, p, withOverlay || sv.overlay === "" ? JSON.stringify(hazardOverlay(c, state)) : undefined);
    // the feed changes only when events happen: re-encode it only then
    if (fedCount.get(sv) !== drill.events.length) {
      fedCount.set(sv, drill.events.length);
      sv.feed = feedText(p.feed ?? []);
    }
  }
  else if (key === PUBLIC_VIEW) syncView(sv, publicProjection(state, observerHidden(state, drill.record.settings.blindness)));
  else {
    const open = seatOpen(state, key, drill.record.settings.blindness);
    // told: the messages it got untold (times withheld) are sent again, with their times
    if (wasOpen.get(sv) === false && open) sv.messages.clear();
    wasOpen.set(sv, open);
    syncView(sv, seatProjection(c, state, key, drill.record.settings.blindness, drill.events));
  }
}

/**
 * The feed as JSON, at most FEED_MAX_CHARS long: the oldest events go first when a few large ones
 * (reports, long messages: up to the 32 kB message limit each) would make every re-send heavy.
 */
export function feedText(feed: readonly unknown[]): string {
  const parts = feed.map((e) => JSON.stringify(e));
  let size = parts.reduce((n, x) => n + x.length + 1, 1);
  let from = 0;
  while (size > FEED_MAX_CHARS && from < parts.length) size -= parts[from++]!.length + 1;
  return `[${parts.slice(from).join(",")}]`;
}

/** The drill clock as one view shows it: `undefined` takes it away (or never gives it) while the view may not know the time. */
export function syncClock(sv: SeatViewT, clock: { tMs: number; speed: number; paused: boolean; ended: boolean } | undefined): void {
  if (!clock) {
    if (sv.clock !== undefined) sv.clock = undefined as never;
    return;
  }
  if (!sv.clock) sv.clock = new Clock();
  assign(sv.clock, clock);
}

type Fields<T> = { [K in keyof T]?: unknown };

function assign<T extends object>(target: T, values: Fields<T>): void {
  const t = target as Record<string, unknown>;
  for (const [k, v] of Object.entries(values)) if (t[k] !== v) t[k] = v;
}

export function syncView(sv: SeatViewT, p: Projection<unknown>, overlay?: string): void {
  syncMap(sv.units, p.units, (u: UnitRow) => u.id, () => new Unit(), (u) => ({ ...u }));
  syncMap(sv.obligations, p.obligations, (o: ObligationRow) => o.id, () => new Obligation(), (o) => ({ ...o, text: JSON.stringify(o.text), partsLeft: JSON.stringify(o.partsLeft), why: o.why ? JSON.stringify(o.why) : "" }));
  for (let i = sv.messages.length; i < p.messages.length; i++) sv.messages.push(msg(p.messages[i]!));
  const info = JSON.stringify(p.info);
  if (sv.info !== info) sv.info = info;
  if (overlay !== undefined && sv.overlay !== overlay) sv.overlay = overlay;

}

function msg(m: MessageRow): InstanceType<typeof Msg> {
  const out = new Msg();
  out.id = m.id;
  out.atMs = m.atMs;
  out.json = JSON.stringify(m);
  return out;
}

interface SyncMap<S> {
  get(k: string): S | undefined;
  set(k: string, v: S): unknown;
  delete(k: string): unknown;
  keys(): IterableIterator<string>;
}

function syncMap<R, S extends object>(map: SyncMap<S>, rows: readonly R[], key: (r: R) => string, make: () => S, fields: (r: R) => Fields<S>): void {
  const seen = new Set<string>();
  for (const r of rows) {
    const k = key(r);
    seen.add(k);
    const existing = map.get(k);
    if (existing) assign(existing, fields(r));
    else {
      const fresh = make();
      assign(fresh, fields(r));
      map.set(k, fresh);
    }
  }
  for (const k of [...map.keys()]) if (!seen.has(k)) map.delete(k);
}

/** Seat presence (public): person or bot, and how many people are on each seat. */
export function syncPresence(seats: { forEach(f: (p: InstanceType<typeof SeatPresence>, id: string) => void): void }, bots: ReadonlySet<string>, people: (seat: string) => number): void {
  seats.forEach((p, id) => {
    const mode = bots.has(id) ? "bot" : "person";
    const n = people(id);
    if (p.mode !== mode) p.mode = mode;
    if (p.people !== n) p.people = n;
  });
}

