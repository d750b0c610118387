/**
 * The built browser client (dist/client, or LIANYAN_CLIENT_DIR) as static files, with
 * index.html for other non-API paths without a file extension, so client-side routes load. Nothing
 * when not built.
 */
import { existsSync, statSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { join, normalize, resolve, sep } from "node:path";

type Res = ServerResponse & { sendFile(path: string): void; status(n: number): Res; json(v: unknown): void };
type App = { use(h: (req: IncomingMessage, res: Res, next: () => void) => void): void };

export function clientDir(): string {
  return resolve(process.env.LIANYAN_CLIENT_DIR ?? join("dist", "client"));
}

export function mountStatic(app: App, dir = clientDir()): boolean {
  if (!existsSync(join(dir, "index.html"))) return false;
  app.use((req, res, next) => {
    const url = (req.url ?? "/").split("?")[0]!;
    if (req.method !== "GET" || url.startsWith("/api/") || url.startsWith("/matchmake")) return next();
    let rel: string;
    try {
      rel = normalize(decodeURIComponent(url)).replace(/^([/\\])+/, "");
    } catch {
      return next();
    }
    const file = resolve(dir, rel);
    if (!file.startsWith(dir + sep) && file !== dir) return next();
    if (existsSync(file) && statSync(file).isFile()) return res.sendFile(file);
    // a missing asset is a 404; any other path is a client-side route: the app's page
    if (/\.[A-Za-z0-9]+$/.test(rel)) return next();
    res.sendFile(join(dir, "index.html"));
  });
  return true;
}
