/**
 * What a console has sent and not yet seen answered, kept in the browser's storage per drill and per code, so a page
 * reload re-sends it under the ids it was first sent with (round 30: an observation or a seat's command in flight was
 * lost on a reload; the server answers a re-send as the first and carries it out once). Two lists per code: the
 * outbox's commands (net/outbox.ts) and the other requests that change the drill (net/records.ts: observations,
 * clock controls, code reissues).
 *
 * Each list is kept where its code is (net/seat-memory.ts): an agency seat this browser keeps (localStorage
 * `lianyan.seat.<drillId>`, so a closed tab opened again rejoins it) has its lists in localStorage too, and they go
 * when the seat is left; any other code (the director's, whose server code opens every drill, an evaluator's, an
 * observer's) stays in this tab's sessionStorage, as that code does: a reload keeps them, a closed tab does not.
 *
 * Roles see only what they should: a list belongs to the code it was sent under. Its key is the drill and a digest
 * of that code as the server reads it (protocol/seat-code.ts canonicalCode: case, spaces and dashes do not make
 * another seat), and the list holds that code's canonical form besides, checked on every read: a list found under the
 * key that names another code (a digest collision, a hand-edited entry) is never read, so nothing one seat queued is
 * ever sent under another seat's code. The code itself is already in the same storage.
 *
 * Several tabs of one seat share a localStorage list: each writes its own items over the ones it holds and keeps
 * another tab's still-open items as they are, so one tab's save never drops another's unanswered request.
 */
import { canonicalCode } from "../../protocol/seat-code.ts";
import { keptPrefix, keptSeat, sameCode } from "./seat-memory.ts";

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
  return `${keptPrefix(what, drillId)}${codeDigest(code)}`;
}

/** List `what` of code `code` in drill `drillId`; `open(item)`: does it still wait for an answer. */
export function keptFor<T extends { id: string }>(what: "outbox" | "records", drillId: string, code: string, open: (item: T) => boolean): Kept<T> {
  const key = keptKey(what, drillId, code);
  const owner = canonicalCode(code);
  // asked at each save: the seat is kept once its console has opened (pages/DrillPage.tsx keepSeat), and forgotten when left
  const onComputer = () => sameCode(keptSeat(drillId)?.code ?? "", code);
  const read = (storage: () => Storage): T[] => {
    try {
      const v = JSON.parse(storage().getItem(key) ?? "null") as { code?: unknown; items?: unknown } | null;
      return v && v.code === owner && Array.isArray(v.items) ? (v.items as T[]).filter((x) => typeof x?.id === "string") : [];
    } catch {
      return []; // storage off (private mode, a test without a DOM) or a damaged entry
    }
  };
  const tab = () => sessionStorage;
  const computer = () => localStorage;
  return {
    load() {
      // the tab's copy, then the computer's (written once the seat was kept): the later copy of an item wins
      const byId = new Map<string, T>();
      for (const x of [...read(tab), ...read(computer)]) byId.set(x.id, x);
      return [...byId.values()];
    },
    save(ours, gone = new Set()) {
      const where = onComputer() ? computer : tab;
      const mine = new Set(ours.map((x) => x.id));
      const others = read(where).filter((x) => !mine.has(x.id) && !gone.has(x.id) && open(x));
      try {
        where().setItem(key, JSON.stringify({ code: owner, items: [...others, ...ours].slice(-MAX) }));
        if (where === computer) tab().removeItem(key);
      } catch {
        /* storage full or disabled: the list lives in this page only */
      }
    },
  };
}
