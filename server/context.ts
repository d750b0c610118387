/**
 * What the server process shares between its HTTP routes and its rooms: the store, the live
 * drills it hosts, the hash of the server's director code, and the per-client rate limit.
 * main.ts (or a test) sets it once before the server listens.
 */
import { randomBytes } from "node:crypto";
import { matchMaker } from "@colyseus/core";
import type { LiveDrill } from "./live/drill.ts";
import type { TrustedProxies } from "./live/client-address.ts";
import { Guesses } from "./live/guesses.ts";
import type { Store } from "./store/store.ts";

export interface LiveContext {
  store: Store;
  drills: Map<string, LiveDrill>;
  /** SHA-256 of the server's director code: creates drills, opens any drill's director seat */
  directorHash: string;
  /** messages per second per client on average, and the burst (live/throttle.ts fromRate) */
  ratePerSecond: number;
  rateBurst: number;
  /** the base URLs phones on the network open (server/lan.ts); none when bound to loopback or unknown (tests) */
  lanUrls?: string[];
  /** reverse proxies whose X-Forwarded-For is believed (LIANYAN_TRUSTED_PROXIES, live/client-address.ts); nobody when unset */
  trustedProxies?: TrustedProxies;
  /** wrong codes per remote address (live/guesses.ts); GUESS_LIMIT's when unset */
  guesses?: Guesses;
}

let current: LiveContext | undefined;
/** a per-process secret the server passes when it creates a drill's room: clients cannot create rooms */
const roomKey = randomBytes(16).toString("hex");

/** Open the room of a drill this process hosts (after creating or recovering it). */
export async function hostRoom(drill: LiveDrill): Promise<void> {
  context().drills.set(drill.id, drill);
  await matchMaker.createRoom("drill", { drillId: drill.id, key: roomKey });
}

/** Whether room options came from hostRoom (a client's create/joinOrCreate carries no key). */
export function isHostKey(key: unknown): boolean {
  return key === roomKey;
}

export function setContext(ctx: LiveContext): LiveContext {
  ctx.guesses ??= new Guesses();
  current = ctx;
  return ctx;
}

/** The context; throws if the server was started without one (a programming error). */
export function context(): LiveContext {
  if (!current) throw new Error("server context not set: call setContext() before listening");
  return current;
}

/** The context's count of wrong codes per address (set by setContext). */
export function guesses(): Guesses {
  return (context().guesses ??= new Guesses());
}
