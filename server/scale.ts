/**
 * Scale-out over several processes (issue 7 §13): with REDIS_URL set, rooms are shared through
 * @colyseus/redis-presence and @colyseus/redis-driver. Each process must then announce the address
 * clients reach it at (`publicAddress`): a seat reservation made through one process names the
 * process hosting the room, and without it the join fails with "seat reservation expired" (524)
 * (stack-notes.md §5). Without REDIS_URL: nothing, the single-process defaults.
 *
 * Each process keeps its own store and hosts the drills created through it (or recovered from its
 * store); a client may join through any process.
 *
 * Environment: REDIS_URL (redis://host:port/db), LIANYAN_PUBLIC_ADDRESS (host:port as clients see
 * this process; default 127.0.0.1:PORT, which only works on one machine).
 */
import { createRequire } from "node:module";
import { matchMaker, type Presence, type ServerOptions } from "@colyseus/core";
import type { RedisDriver } from "@colyseus/redis-driver";
import type { RedisPresence } from "@colyseus/redis-presence";

// loaded only with REDIS_URL: ioredis costs ~90 ms of every single-process start
const load = createRequire(import.meta.url);

export type ScaleOptions = Pick<ServerOptions, "presence" | "driver" | "publicAddress" | "selectProcessIdToCreateRoom">;

/** The presence/driver/publicAddress options for `defineServer`, given the port this process listens on. */
export function scaleOptions(port: number, env: NodeJS.ProcessEnv = process.env): ScaleOptions {
  const url = env.REDIS_URL;
  if (!url) return {};
  return {
    presence: new (load("@colyseus/redis-presence").RedisPresence as typeof RedisPresence)(url) as Presence,
    driver: new (load("@colyseus/redis-driver").RedisDriver as typeof RedisDriver)(url),
    publicAddress: env.LIANYAN_PUBLIC_ADDRESS || `127.0.0.1:${port}`,
    // a drill's room lives where its LiveDrill was created or recovered (server/context.ts), not
    // on whichever process hosts fewest rooms (Colyseus' default would put it where no drill is)
    selectProcessIdToCreateRoom: async () => matchMaker.processId,
  };
}
