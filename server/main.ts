/**
 * `npm start` / `drill serve`: open the store (./data/lianyan.sqlite, or LIANYAN_DATA), recover
 * unfinished drills, listen on PORT (2567) at HOST (every interface when unset), print the
 * director's code and the URLs: this computer's and the LAN's, which phones open (server/lan.ts).
 */
import { createServer as createNetServer } from "node:net";
import { networkInterfaces } from "node:os";
import { createServer } from "./app.ts";
import { recoverDrills } from "./live/recover.ts";
import { hashCode, newCode } from "./live/seats.ts";
import { openSqliteStore } from "./store/sqlite.ts";
import { hostRoom, type LiveContext } from "./context.ts";
import { isAnyHost, lanUrls, startLines, type Interfaces } from "./lan.ts";
import { TrustedProxies } from "./live/client-address.ts";
import { countyRoster, exampleCountyLine, rosterFile } from "./live/roster.ts";

export interface ServeOptions {
  port?: number;
  /** the address to bind (HOST): 127.0.0.1 for this computer only, a LAN address, or unset for every interface */
  host?: string;
  data?: string;
  log?: (line: string) => void;
  /** the network interfaces to take LAN addresses from (tests); os.networkInterfaces() by default */
  interfaces?: Interfaces;
}

export async function serve(o: ServeOptions = {}): Promise<{ close: () => Promise<void>; port: number; address: string; directorCode?: string }> {
  const log = o.log ?? console.log;
  const port = o.port ?? Number(process.env.PORT ?? 2567);
  const given = o.host ?? process.env.HOST;
  const host = isAnyHost(given) ? undefined : given;
  const ifaces = o.interfaces ?? networkInterfaces();
  const data = o.data ?? process.env.LIANYAN_DATA ?? "data/lianyan.sqlite";
  // read first: a setting that names no address stops the start, before the store is opened (live/client-address.ts)
  const trustedProxies = TrustedProxies.parse(process.env.LIANYAN_TRUSTED_PROXIES);
  const roster = countyRoster(); // and a county roster that cannot be read (live/roster.ts)
  const store = openSqliteStore(data);
  const fromEnv = process.env.LIANYAN_DIRECTOR_CODE;
  const code = fromEnv && fromEnv.length >= 8 ? fromEnv : newCode();
  const ctx: LiveContext = {
    store, drills: new Map(), directorHash: hashCode(code),
    ratePerSecond: Number(process.env.LIANYAN_RATE ?? 20), rateBurst: Number(process.env.LIANYAN_BURST ?? 40),
    lanUrls: lanUrls(host, port, ifaces), trustedProxies,
  };
  // a port already taken is the one start-up failure a user causes (Colyseus's listen then logs a stack
  // and never settles): try the port first, and say what to do
  try {
    await portFree(port, host);
  } catch (e) {
    store.close();
    if ((e as NodeJS.ErrnoException).code === "EADDRINUSE") throw new Error(`端口 ${port} 已被占用：请停止占用它的程序，或换一个端口（PORT=2568 npm start，或 drill serve --port 2568）。Port ${port} is in use: set PORT or --port.`);
    if ((e as NodeJS.ErrnoException).code === "EADDRNOTAVAIL" || (e as NodeJS.ErrnoException).code === "ENOTFOUND") throw new Error(`本机没有地址 ${host}：HOST 应为本机的一个地址（如 127.0.0.1 或局域网地址），或不设（所有网卡）。No interface has address ${host}: set HOST to one of this computer's addresses, or leave it unset.`);
    throw e;
  }
  const server = createServer(ctx, port);
  await (host === undefined ? server.listen(port) : server.listen(port, host));
  for (const drill of recoverDrills(store, log)) await hostRoom(drill);
  const bound = server.transport.server?.address();
  for (const line of startLines(host, port, ifaces)) log(line);
  log(`data: ${data}`);
  if (trustedProxies.entries.length > 0) log(`trusted proxies (X-Forwarded-For believed from): ${trustedProxies.entries.join(", ")}`);
  log(fromEnv ? "director code: from LIANYAN_DIRECTOR_CODE" : `director code: ${code}`);
  const example = exampleCountyLine(roster, rosterFile());
  if (example) log(example);
  return {
    port,
    address: typeof bound === "object" && bound ? bound.address : host ?? "",
    ...(fromEnv ? {} : { directorCode: code }),
    close: async () => {
      await server.gracefullyShutdown(false);
      store.close();
    },
  };
}

/** Resolves when `port` can be bound at `host` (every interface when undefined) (and frees it again); rejects with the bind error (e.g. EADDRINUSE). */
function portFree(port: number, host: string | undefined): Promise<void> {
  return new Promise((ok, fail) => {
    const probe = createNetServer().once("error", fail).once("listening", () => probe.close(() => ok()));
    if (host === undefined) probe.listen(port);
    else probe.listen(port, host);
  });
}
