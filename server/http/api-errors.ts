/**
 * The API's last word (README "HTTP API": errors are JSON `{ error }`): a path under /api that no
 * route answers is a JSON 404, and an error express itself raises there (a malformed URL, an
 * oversized or aborted body) is JSON with its own status, never express's HTML page or a stack.
 * Mounted after every API route and before the static client.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { apiText, MAX_BODY } from "./common.ts";

type Res = ServerResponse & { status(n: number): Res; json(v: unknown): void };
type Next = (e?: unknown) => void;
type Req = IncomingMessage & { originalUrl?: string };
type App = { use(path: string, h: (...args: never[]) => void): void };

export function mountApiErrors(app: App): void {
  app.use("/api", (req: Req, res: Res) => {
    res.status(404).json({ error: apiText(req, "noRoute", { route: `${req.method} ${(req.originalUrl ?? req.url ?? "").split("?")[0]}` }) });
  });
  app.use("/api", (e: unknown, req: Req, res: Res, next: Next) => {
    if (res.headersSent) return next(e);
    const status = (e as { status?: unknown; statusCode?: unknown })?.status ?? (e as { statusCode?: unknown })?.statusCode;
    const code = typeof status === "number" && status >= 400 && status < 600 ? status : 500;
    if (code === 500) console.error(`${req.method} ${req.url}:`, e);
    res.status(code).json({ error: code === 413 ? apiText(req, "tooLarge", { limit: MAX_BODY }) : code === 500 ? apiText(req, "internal") : apiText(req, "badRequest") });
  });
}
