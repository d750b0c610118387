/**
 * Scale-out over several processes (issue 7 §13): with REDIS_URL set, rooms are shared through
 * @colyseus/redis-presence and @colyseus/redis-driver. Each process must then announce the address
 * clients reach it at (`publicAddress`): a seat reservation made through one process names the
 * process hosting the room, and without it the join fails with "seat reservation expired" (524)
 * (stack-notes.md §5). Without REDIS_URL: nothing, the single-process defaults.
 *
 * Environment: REDIS_URL (redis://host:port/db), LIANYAN_PUBLIC_ADDRESS (host:port as clients see
 * this process; default 127.0.0.1:PORT, which only works on one machine).
 */
import type { Presence, ServerOptions } from "@colyseus/core";
import { RedisDriver } from "@colyseus/redis-driver";
import { RedisPresence } from "@colyseus/redis-presence";

export type ScaleOptions = Pick<ServerOptions, "presence" | "driver" | "publicAddress">;

/** The presence/driver/publicAddress options for `defineServer`, given the port this process listens on. */
export function scaleOptions(port: number, env: NodeJS.ProcessEnv = process.env): ScaleOptions {
  const url = env.REDIS_URL;
  if (!url) return {};
  return {
    presence: new RedisPresence(url) as Presence,
    driver: new RedisDriver(url),
    publicAddress: env.LIANYAN_PUBLIC_ADDRESS || `127.0.0.1:${port}`,
  };
}
