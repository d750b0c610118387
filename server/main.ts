/**
 * `npm start` / `drill serve`: open the store (./data/lianyan.sqlite, or LIANYAN_DATA), recover
 * unfinished drills, listen on PORT (2567), print the director's code and the URL.
 */
import { createServer as createNetServer } from "node:net";
import { createServer } from "./app.ts";
import { recoverDrills } from "./live/recover.ts";
import { hashCode, newCode } from "./live/seats.ts";
import { openSqliteStore } from "./store/sqlite.ts";
import { hostRoom, type LiveContext } from "./context.ts";

export interface ServeOptions {
  port?: number;
  data?: string;
  log?: (line: string) => void;
}

export async function serve(o: ServeOptions = {}): Promise<{ close: () => Promise<void>; port: number; directorCode?: string }> {
  const log = o.log ?? console.log;
  const port = o.port ?? Number(process.env.PORT ?? 2567);
  const data = o.data ?? process.env.LIANYAN_DATA ?? "data/lianyan.sqlite";
  const store = openSqliteStore(data);
  const fromEnv = process.env.LIANYAN_DIRECTOR_CODE;
  const code = fromEnv && fromEnv.length >= 8 ? fromEnv : newCode();
  const ctx: LiveContext = {
    store, drills: new Map(), directorHash: hashCode(code),
    ratePerSecond: Number(process.env.LIANYAN_RATE ?? 20), rateBurst: Number(process.env.LIANYAN_BURST ?? 40),
  };
  // a port already taken is the one start-up failure a user causes (Colyseus's listen then logs a stack
  // and never settles): try the port first, and say what to do
  try {
    await portFree(port);
  } catch (e) {
    store.close();
    if ((e as NodeJS.ErrnoException).code === "EADDRINUSE") throw new Error(`端口 ${port} 已被占用：请停止占用它的程序，或换一个端口（PORT=2568 npm start，或 drill serve --port 2568）。Port ${port} is in use: set PORT or --port.`);
    throw e;
  }
  const server = createServer(ctx, port);
  await server.listen(port);
  for (const drill of recoverDrills(store, log)) await hostRoom(drill);
  log(`联演 Lianyan drill server: http://localhost:${port}/  (data: ${data})`);
  log(fromEnv ? "director code: from LIANYAN_DIRECTOR_CODE" : `director code: ${code}`);
  return {
    port,
    ...(fromEnv ? {} : { directorCode: code }),
    close: async () => {
      await server.gracefullyShutdown(false);
      store.close();
    },
  };
}

/** Resolves when `port` can be bound (and frees it again); rejects with the bind error (e.g. EADDRINUSE). */
function portFree(port: number): Promise<void> {
  return new Promise((ok, fail) => {
    const probe = createNetServer().once("error", fail).once("listening", () => probe.close(() => ok()));
    probe.listen(port);
  });
}
