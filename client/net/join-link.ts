/**
 * Join links (`/join/<code>?drill=<id>`, also inside the QR codes): a phone cannot open localhost,
 * so a page opened on this computer (http://localhost:2567/) puts the server's LAN URL in them
 * (GET /api/lan, server/lan.ts).
 */
import { isLoopback } from "../../protocol/hosts.ts";

/**
 * The origin a join link carries: the page's own, unless the page was opened on loopback; then the
 * server's first LAN URL, or still the page's own when the server knows none (bound to 127.0.0.1, or no network).
 */
export function joinOrigin(origin: string, lan: readonly string[]): string {
  return isLoopback(new URL(origin).hostname) && lan.length > 0 ? lan[0]! : origin;
}

/** The link a seat opens: `/join/<code>`, with the drill id so no lookup is needed. */
export function joinLink(code: string, drillId: string | undefined, origin: string): string {
  return `${origin}/join/${encodeURIComponent(code)}${drillId ? `?drill=${encodeURIComponent(drillId)}` : ""}`;
}

let lanOnce: Promise<string[]> | undefined;
/** The LAN URLs the server listens at, asked once per page; none when the server cannot say. */
export function fetchLanUrls(): Promise<string[]> {
  lanOnce ??= fetch("/api/lan").then((r) => (r.ok ? (r.json() as Promise<{ urls: string[] }>) : { urls: [] })).then((b) => b.urls, () => []);
  return lanOnce;
}
