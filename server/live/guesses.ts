/**
 * Wrong codes per remote address (review 19 item 1): every path that looks a code, drill id or
 * reconnection token up — the matchmaker's joinById, reconnect and create (the SDK's joins go
 * through them), POST /api/join and every /api/* route that takes a Bearer code — counts the
 * attempts that opened nothing against the address they came from. Past `attempts` wrong ones in
 * `windowS` seconds, the address is refused (HTTP 429, `tooManyGuesses`) on every path until the
 * window has passed, right code or not; other addresses are untouched, and right codes never count.
 * The counting is rate-limiter-flexible's RateLimiterMemory: per process (with REDIS_URL each
 * process counts its own).
 *
 * The address is the TCP peer (socket.remoteAddress), never X-Forwarded-For or X-Real-IP, which a
 * guesser writes himself (Colyseus' own AuthContext.ip prefers them), unless the peer is a reverse proxy the
 * operator trusts (LIANYAN_TRUSTED_PROXIES, client-address.ts): then the right-most address in X-Forwarded-For
 * the proxies did not write themselves. `watchPeers` settles it once per request, for HTTP requests and WebSocket
 * upgrades alike. The matchmaker's route hands Colyseus a fetch Request without its socket, so `watchPeers` runs
 * each request's (and upgrade's) handling inside an AsyncLocalStorage holding the request, and `currentPeer`
 * reads it there.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import type { IncomingMessage, Server } from "node:http";
import { RateLimiterMemory } from "rate-limiter-flexible";
import { clientAddress, TrustedProxies } from "./client-address.ts";

export interface GuessLimit {
  /** wrong attempts an address may make in a window */
  attempts: number;
  /** the window, and how long an address that used it up is refused, in seconds */
  windowS: number;
}

/** 20 wrong codes in 10 minutes: a person mistyping a 20-letter code never gets there; a guesser of 100-bit codes gains nothing by it */
export const GUESS_LIMIT: GuessLimit = { attempts: 20, windowS: 600 };

export class Guesses {
  private readonly wrong: RateLimiterMemory;
  /** which wrong codes an address has been counted for in the window: the same typo sent again is one guess */
  private readonly seen: RateLimiterMemory;

  constructor(readonly limit: GuessLimit = GUESS_LIMIT) {
    this.wrong = new RateLimiterMemory({ keyPrefix: "guess", points: limit.attempts, duration: limit.windowS, blockDuration: limit.windowS });
    this.seen = new RateLimiterMemory({ keyPrefix: "guessed", points: 1, duration: limit.windowS });
  }

  /** Has `peer` used up its wrong attempts (so is refused whatever it sends)? */
  async spent(peer: string): Promise<boolean> {
    const r = await this.wrong.get(peer);
    return r !== null && r.consumedPoints >= this.limit.attempts;
  }

  /**
   * Count one wrong attempt from `peer`: a code, id or token that opened nothing. `attempt` (the code's hash, the id
   * or token) counts once per window: the join page looks one typed code up on two routes (newcomer 20: each typo
   * cost two of the 20, so ten typos locked an office out), and a guesser gains nothing by sending a code twice.
   */
  async miss(peer: string, attempt?: string): Promise<void> {
    if (attempt !== undefined && !(await this.seen.consume(`${peer}|${attempt}`).then(() => true, () => false))) return;
    await this.wrong.consume(peer).catch(() => undefined); // over the limit: the block is the answer, not an error
  }

  /** the refusal's parameters: whole minutes until the window has passed */
  get minutes(): number {
    return Math.ceil(this.limit.windowS / 60);
  }
}

const requests = new AsyncLocalStorage<IncomingMessage>();
/** each watched request's client address (clientAddress), settled when it arrived */
const addresses = new WeakMap<IncomingMessage, string>();

/**
 * Run each HTTP request and WebSocket upgrade `server` receives inside a context `currentPeer` reads, its client
 * address settled by `trusted` (client-address.ts; nobody by default). Install before listening.
 */
export function watchPeers(server: Server, trusted: TrustedProxies = TrustedProxies.none): void {
  const emit = server.emit as (this: Server, event: string | symbol, ...args: unknown[]) => boolean;
  server.emit = function (this: Server, event: string | symbol, ...args: unknown[]): boolean {
    if (event !== "request" && event !== "upgrade") return emit.call(this, event, ...args);
    const req = args[0] as IncomingMessage;
    addresses.set(req, clientAddress(req.socket.remoteAddress ?? "unknown", req.headers["x-forwarded-for"], trusted));
    return requests.run(req, () => emit.call(this, event, ...args));
  } as Server["emit"];
}

/** The client of the HTTP request or upgrade being handled, as counted ("unknown" outside one). */
export function currentPeer(): string {
  return peerOf(requests.getStore());
}

/** The client of `req` as counted, by peerKey: the address watchPeers settled, else its socket's remote address. */
export function peerOf(req: IncomingMessage | undefined): string {
  return peerKey((req && addresses.get(req)) ?? req?.socket.remoteAddress ?? "unknown");
}

/**
 * The key an address's wrong codes count under: an IPv4 address as such (also when written as
 * IPv6, "::ffff:127.0.0.2"); an IPv6 address by its /64 network, since one host holds a whole /64
 * and could otherwise try 20 codes from each of 2^64 addresses (RFC 4291 §2.5.4: interface ids are 64 bits).
 */
export function peerKey(address: string): string {
  const v4 = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (v4) return v4[1]!;
  if (!address.includes(":")) return address;
  const [head = "", tail] = address.toLowerCase().split("%")[0]!.split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups = tail === undefined ? left : [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill("0"), ...right];
  return `${groups.slice(0, 4).map((g) => Number.parseInt(g || "0", 16).toString(16)).join(":")}::/64`;
}
