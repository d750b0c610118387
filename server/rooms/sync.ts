/**
 * Projection → synced SeatView, touching only what changed: unit and obligation fields are
 * assigned when they differ, messages are appended (never rewritten), and the JSON pictures are
 * re-assigned only when their text changes, so a patch carries just the news.
 */
import type { MessageRow, ObligationRow, Projection, UnitRow } from "../../protocol/views.ts";
import { Msg, Obligation, SeatPresence, Unit, type SeatViewT } from "../../protocol/schema.ts";
import type { LiveDrill } from "../live/drill.ts";
import { CONTROL_VIEW, PUBLIC_VIEW } from "../live/seats.ts";
import { controlProjection, hazardOverlay, publicProjection, seatProjection } from "../live/views.ts";

/** Bring view `key` up to date with the drill; the (large) hazard overlay only when `withOverlay`. */
export function syncSeat(drill: LiveDrill, key: string, sv: SeatViewT, withOverlay: boolean): void {
  const { c, state } = drill;
  if (key === CONTROL_VIEW) syncView(sv, controlProjection(c, state), withOverlay || sv.overlay === "" ? JSON.stringify(hazardOverlay(c, state)) : undefined);
  else if (key === PUBLIC_VIEW) syncView(sv, publicProjection(state));
  else syncView(sv, seatProjection(c, state, key, drill.record.settings.blindness));
}

type Fields<T> = { [K in keyof T]?: unknown };

function assign<T extends object>(target: T, values: Fields<T>): void {
  const t = target as Record<string, unknown>;
  for (const [k, v] of Object.entries(values)) if (t[k] !== v) t[k] = v;
}

export function syncView(sv: SeatViewT, p: Projection<unknown>, overlay?: string): void {
  syncMap(sv.units, p.units, (u: UnitRow) => u.id, () => new Unit(), (u) => ({ ...u }));
  syncMap(sv.obligations, p.obligations, (o: ObligationRow) => o.id, () => new Obligation(), (o) => ({ ...o, text: JSON.stringify(o.text) }));
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
