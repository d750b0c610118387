/**
 * What the server process shares between its HTTP routes and its rooms: the store, the live
 * drills it hosts, the hash of the server's director code, and the per-client rate limit.
 * main.ts (or a test) sets it once before the server listens.
 */
import type { LiveDrill } from "./live/drill.ts";
import type { Store } from "./store/store.ts";

export interface LiveContext {
  store: Store;
  drills: Map<string, LiveDrill>;
  /** SHA-256 of the server's director code: creates drills, opens any drill's director seat */
  directorHash: string;
  /** messages per second per client (token bucket refill), and the bucket size */
  ratePerSecond: number;
  rateBurst: number;
}

let current: LiveContext | undefined;

export function setContext(ctx: LiveContext): LiveContext {
  current = ctx;
  return ctx;
}

/** The context; throws if the server was started without one (a programming error). */
export function context(): LiveContext {
  if (!current) throw new Error("server context not set: call setContext() before listening");
  return current;
}
