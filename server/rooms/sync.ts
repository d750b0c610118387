/**
 * Projection → synced SeatView, touching only what changed: unit and obligation fields are
 * assigned when they differ, messages are appended (never rewritten), and the JSON pictures are
 * re-assigned only when their text changes, so a patch carries just the news.
 */
import type { MessageRow, ObligationRow, Projection, UnitRow } from "../../protocol/views.ts";
import { Msg, Obligation, Unit, type SeatViewT } from "../../protocol/schema.ts";

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
