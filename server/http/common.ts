/**
 * What every HTTP route shares: the request/response shapes express gives, JSON errors
 * `{ error, problems? }`, the Bearer code check and a size-limited JSON body reader.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { translator } from "../../i18n/index.ts";
import { requestLocale } from "./issues.ts";
import { hashCode } from "../live/seats.ts";
import { peerOf } from "../live/guesses.ts";
import type { LiveContext } from "../context.ts";
import type { SeatKind } from "../store/store.ts";

export const MAX_BODY = 1024 * 1024;

export type Req = IncomingMessage & { params: Record<string, string>; query: Record<string, unknown> };
export type Res = ServerResponse & { status(n: number): Res; json(v: unknown): void; type(t: string): Res; send(b: unknown): void };
export type App = {
  get(path: string, h: (req: Req, res: Res) => unknown): void;
  post(path: string, h: (req: Req, res: Res) => unknown): void;
  use(path: string, h: (req: Req, res: Res, next: () => void) => unknown): void;
};

/**
 * An API error from the shared catalogues (`apiError.<key>`) in the request's language: zh-CN
 * unless its Accept-Language prefers English (issues.ts requestLocale).
 */
export const apiText = (req: IncomingMessage, key: string, params: Record<string, string | number> = {}): string => translator(requestLocale(req))(`apiError.${key}`, params) as string;

export const fail = (res: Res, status: number, error: string, problems?: string[]) => res.status(status).json({ error, ...(problems ? { problems } : {}) });

export function bearer(req: Req): string | undefined {
  const h = req.headers.authorization;
  // the scheme name is case-insensitive (RFC 9110 §11.1): "bearer" works as "Bearer" does
  // the code as typed, spaces and all ("bf9z dhvq …": newcomer 20 joined with it, then the report refused it)
  const m = typeof h === "string" ? /^bearer\s+(\S(?:.*\S)?)\s*$/i.exec(h) : null;
  return m ? m[1] : undefined;
}

/** Does the request carry the server's director code, or one of `kinds` for this drill? */
export function allowed(ctx: LiveContext, req: Req, drillId: string | undefined, kinds: readonly SeatKind[]): boolean {
  return access(ctx, req, drillId, kinds) === "ok";
}

/**
 * `allowed`, and why not: "noDrill" (told 404) when the request carries the server's director code
 * and no drill has this id, or a live code of one of `kinds` for another drill than this id, whether
 * a drill has this id or not (for that code, none it may open does); any other request is "denied"
 * (401) whether the drill exists or not. So only the server's director code, which lists every
 * drill anyway, learns which drill ids exist (review 18 item 2: a drill's code once told another
 * drill's id apart from an unknown one, 401 against 404). A Bearer code that opens nothing counts
 * as a wrong guess of the request's address (live/guesses.ts).
 */
export function access(ctx: LiveContext, req: Req, drillId: string | undefined, kinds: readonly SeatKind[]): "ok" | "noDrill" | "denied" {
  const code = bearer(req);
  if (!code) return "denied";
  const h = hashCode(code);
  if (code.length <= 64 && h === ctx.directorHash) return drillId === undefined || ctx.store.getDrill(drillId) !== undefined ? "ok" : "noDrill";
  const found = code.length > 64 ? undefined : ctx.store.findCode(h);
  // a code that opens nothing is a guess of this address (live/guesses.ts); a right code of another kind is not
  if (found === undefined) void ctx.guesses?.miss(peerOf(req), h);
  if (found === undefined || drillId === undefined || !kinds.includes(found.kind)) return "denied";
  return found.drillId === drillId ? "ok" : "noDrill";
}

/** The body as JSON: 413 when it is over `limit` bytes (said by Content-Length or counted), 400 when it is not JSON. */
export async function readJson(req: Req, limit = MAX_BODY): Promise<{ ok: true; value: unknown } | { ok: false; status: 400 | 413; error: string }> {
  const tooLarge = { ok: false as const, status: 413 as const, error: apiText(req, "tooLarge", { limit }) };
  if (Number(req.headers["content-length"] ?? 0) > limit) return tooLarge;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) return tooLarge;
    chunks.push(chunk as Buffer);
  }
  try {
    return { ok: true, value: JSON.parse(Buffer.concat(chunks).toString("utf8")) };
  } catch {
    return { ok: false, status: 400, error: apiText(req, "notJson") };
  }
}


/** Wrap a handler: an exception is logged on the server and answered with a plain 500, never a stack. */
export const guard = (h: (req: Req, res: Res) => Promise<unknown> | unknown) => async (req: Req, res: Res): Promise<void> => {
  try {
    await h(req, res);
  } catch (e) {
    console.error(`${req.method} ${req.url}:`, e);
    if (!res.headersSent) fail(res, 500, apiText(req, "internal"));
  }
};
