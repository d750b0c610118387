/**
 * What a console has sent and not yet seen answered, kept in the browser's localStorage per drill and per code, so a
 * page reload, or a closed tab opened again, re-sends it under the ids it was first sent with (round 30: an
 * observation or a seat's command in flight was lost on a reload; the server answers a re-send as the first and
 * carries it out once). Two lists per code: the outbox's commands (net/outbox.ts) and the other requests that change
 * the drill (net/records.ts: observations, clock controls, code reissues).
 *
 * Roles see only what they should: a list belongs to the code it was sent under. Its key is the drill and a digest
 * of that code as the server reads it (protocol/seat-code.ts canonicalCode: case, spaces and dashes do not make
 * another seat), and the list holds that code's canonical form besides, checked on every read: a list found under the
 * key that names another code (a digest collision, a hand-edited entry) is never read, so nothing one seat queued is
 * ever sent under another seat's code. The code itself is already on this computer (net/seat-memory.ts).
 *
 * Several tabs of one seat share a list: each writes its own items over the ones it holds and keeps another tab's
 * still-open items as they are, so one tab's save never drops another's unanswered request.
 */
import { canonicalCode } from "../../protocol/seat-code.ts";

/** the most items a list keeps (the outbox's answered commands are its history on screen; the newest stay) */
const MAX = 200;

export interface Kept<T extends { id: string }> {
  /** the list as this code left it ([] when none, when storage is off, or when it is another code's) */
  load(): T[];
  /**
   * Write `ours` (this tab's items, answered ones included where the list shows them); another tab's items stay
   * when `open(item)` says they still wait for an answer and their id is neither ours nor in `gone` (answered here).
   */
  save(ours: readonly T[], gone?: ReadonlySet<string>): void;
}

/** 32-bit FNV-1a of `s`, twice with two offsets: 16 hex characters naming a code without spelling it. */
export function codeDigest(code: string): string {
  const c = canonicalCode(code);
  const fnv = (seed: number) => {
    let h = seed >>> 0;
    for (let i = 0; i < c.length; i++) h = Math.imul(h ^ c.charCodeAt(i), 16777619) >>> 0;
    return h.toString(16).padStart(8, "0");
  };
  return fnv(2166136261) + fnv(0x811c9dc5 ^ 0x5bd1e995);
}

/** The storage key of list `what` for `code` in drill `drillId`. */
export function keptKey(what: "outbox" | "records", drillId: string, code: string): string {
  return `lianyan.${what}.${drillId}.${codeDigest(code)}`;
}

/** List `what` of code `code` in drill `drillId`; `open(item)`: does it still wait for an answer. */
export function keptFor<T extends { id: string }>(what: "outbox" | "records", drillId: string, code: string, open: (item: T) => boolean): Kept<T> {
  const key = keptKey(what, drillId, code);
  const owner = canonicalCode(code);
  const read = (): T[] => {
    try {
      const v = JSON.parse(localStorage.getItem(key) ?? "null") as { code?: unknown; items?: unknown } | null;
      return v && v.code === owner && Array.isArray(v.items) ? (v.items as T[]).filter((x) => typeof x?.id === "string") : [];
    } catch {
      return [];
    }
  };
  return {
    load: read,
    save(ours, gone = new Set()) {
      const mine = new Set(ours.map((x) => x.id));
      const others = read().filter((x) => !mine.has(x.id) && !gone.has(x.id) && open(x));
      try {
        localStorage.setItem(key, JSON.stringify({ code: owner, items: [...others, ...ours].slice(-MAX) }));
      } catch {
        /* storage full or disabled: the list lives in this page only */
      }
    },
  };
}
