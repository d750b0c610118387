/**
 * Behind a reverse proxy (nginx in a county office) every client's TCP peer is the proxy: the limits would lump the
 * whole office into one address. LIANYAN_TRUSTED_PROXIES names the proxies; only a request whose peer is one of them
 * is taken to come from X-Forwarded-For's right-most address that is no trusted proxy (each proxy appends the address
 * it got the request from; what lies left of it the client wrote: MDN X-Forwarded-For, "Selecting an IP address").
 * Unset (the default) the header is never believed: a guesser writing a fresh X-Forwarded-For on each try still
 * counts as one address. The same rule settles HTTP requests and WebSocket upgrades (live/guesses.ts watchPeers).
 */
import { createServer, request, type Server } from "node:http";
import { afterAll, describe, expect, it } from "vitest";
import { clientAddress, TrustedProxies } from "../../server/live/client-address.ts";
import { currentPeer, watchPeers } from "../../server/live/guesses.ts";
import { freePort, startServer, type Harness } from "./harness.ts";

const open: Array<{ close(): unknown }> = [];
afterAll(async () => {
  for (const s of open) await s.close();
});

describe("clientAddress: the right-most address no trusted proxy wrote", () => {
  const nginx = TrustedProxies.parse("127.0.0.1, 10.0.0.0/8, ::1");
  it("nobody trusted (the default): the peer, whatever the header says", () => {
    expect(clientAddress("127.0.0.1", "203.0.113.7", TrustedProxies.none)).toBe("127.0.0.1");
    expect(clientAddress("127.0.0.1", "203.0.113.7", TrustedProxies.parse(undefined))).toBe("127.0.0.1");
    expect(clientAddress("127.0.0.1", "203.0.113.7", TrustedProxies.parse(""))).toBe("127.0.0.1");
  });
  it("a trusted proxy: its right-most entry; a spoofed entry left of it is ignored; a chain of two proxies is walked", () => {
    expect(clientAddress("127.0.0.1", "203.0.113.7", nginx)).toBe("203.0.113.7");
    expect(clientAddress("::ffff:127.0.0.1", "198.51.100.9, 203.0.113.7", nginx)).toBe("203.0.113.7");
    expect(clientAddress("::1", ["198.51.100.9", "203.0.113.7, 10.1.2.3"], nginx)).toBe("203.0.113.7");
    expect(clientAddress("127.0.0.1", "2001:db8::5", nginx)).toBe("2001:db8::5");
    // some proxies write the client's port too (RFC 7239 §6 allows it in Forwarded; IIS ARR does it in X-Forwarded-For)
    expect(clientAddress("127.0.0.1", "203.0.113.7:51234", nginx)).toBe("203.0.113.7");
    expect(clientAddress("127.0.0.1", "[2001:db8::5]:443", nginx)).toBe("2001:db8::5");
  });
  it("a peer that is no trusted proxy, a missing header, an entry that is no address", () => {
    expect(clientAddress("198.51.100.1", "203.0.113.7", nginx)).toBe("198.51.100.1");
    expect(clientAddress("127.0.0.1", undefined, nginx)).toBe("127.0.0.1");
    expect(clientAddress("127.0.0.1", "203.0.113.7, unknown", nginx)).toBe("127.0.0.1");
    expect(clientAddress("127.0.0.1", "10.0.0.2, 10.0.0.3", nginx)).toBe("10.0.0.2");
  });
  it("a setting that names no address stops the start, naming the entry", () => {
    expect(() => TrustedProxies.parse("10.0.0.300")).toThrow(/"10\.0\.0\.300"/);
    expect(() => TrustedProxies.parse("10.0.0.0/33")).toThrow(/10\.0\.0\.0\/33/);
  });
});

/** POST /api/join with a wrong code `n`, as if forwarded for `client` */
const wrongJoin = (h: Harness, n: number, client: string) =>
  fetch(`${h.url}/api/join`, { method: "POST", headers: { "content-type": "application/json", "x-forwarded-for": client }, body: JSON.stringify({ code: `WRNG-0000-0000-0000-000${n}` }) }).then((r) => r.status);

describe("the wrong-code limit (3 here) behind a proxy", () => {
  it("LIANYAN_TRUSTED_PROXIES=127.0.0.1: each forwarded client has its own 3 tries", async () => {
    const h = await startServer(undefined, undefined, { attempts: 3, windowS: 3600 }, "127.0.0.1,::1");
    open.push(h);
    const a = [];
    for (let i = 0; i < 4; i++) a.push(await wrongJoin(h, i, "203.0.113.7"));
    expect(a).toEqual([404, 404, 404, 429]);
    // another office PC behind the same nginx is not locked out by its neighbour's typos
    expect(await wrongJoin(h, 5, "203.0.113.8")).toBe(404);
  });

  it("unset (the default): a fresh X-Forwarded-For on each try is still the one peer", async () => {
    const h = await startServer(undefined, undefined, { attempts: 3, windowS: 3600 });
    open.push(h);
    const a = [];
    for (let i = 0; i < 4; i++) a.push(await wrongJoin(h, i, `203.0.113.${10 + i}`));
    expect(a).toEqual([404, 404, 404, 429]);
  });
});

describe("a WebSocket upgrade is settled by the same rule", () => {
  /** the address currentPeer() reads while `server` handles an upgrade request with this X-Forwarded-For */
  async function upgradePeer(trusted: TrustedProxies, forwarded: string): Promise<string> {
    const server: Server = createServer();
    watchPeers(server, trusted);
    const seen = new Promise<string>((resolve) => server.on("upgrade", (_req, socket) => {
      resolve(currentPeer());
      socket.destroy();
    }));
    const port = await freePort();
    await new Promise<void>((r) => server.listen(port, "127.0.0.1", r));
    open.push(server);
    const req = request({ port, host: "127.0.0.1", headers: { connection: "Upgrade", upgrade: "websocket", "x-forwarded-for": forwarded } });
    req.on("error", () => undefined);
    req.end();
    return seen;
  }
  it("trusted: the forwarded client; not trusted: the peer", async () => {
    expect(await upgradePeer(TrustedProxies.parse("127.0.0.1"), "198.51.100.9, 203.0.113.7")).toBe("203.0.113.7");
    expect(await upgradePeer(TrustedProxies.none, "203.0.113.7")).toBe("127.0.0.1");
  });
});
