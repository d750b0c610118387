/**
 * Guessing codes and drill ids is hopeless (review 19 item 1): ids and codes carry 100 random bits
 * (≥ 96 asked), and an address that has tried LIMIT wrong codes — on any path: the matchmaker's
 * joinById, POST /api/join, a Bearer code on /api/drills/:id/* — is refused 429 on every path, its
 * right codes too, while another address still joins with a right code. The guesser is 127.0.0.2
 * (an HTTP client bound to that loopback address), the seat 127.0.0.1; a forged X-Forwarded-For
 * does not make the guesser someone else. Counts are bounded (LIMIT + a few); no timing is asserted.
 */
import { request } from "node:http";
import { Client } from "@colyseus/sdk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashCode, newCode, newDrillId } from "../../server/live/seats.ts";
import { peerKey } from "../../server/live/guesses.ts";
import { createDrill, startServer, type Created, type Harness } from "./harness.ts";

const LIMIT = 5;
const GUESSER = "127.0.0.2";
let h: Harness;
let d: Created;
beforeAll(async () => {
  h = await startServer(undefined, undefined, { attempts: LIMIT, windowS: 3600 });
  d = await createDrill(h, { scenario: "chemical-leak", seed: 7, blindness: "DOUBLE_BLIND", paused: true });
});
afterAll(async () => {
  await h.close();
});

/** One HTTP request from loopback address `from`: its status and body. */
function send(from: string, method: "GET" | "POST", path: string, body?: unknown, headers: Record<string, string> = {}): Promise<{ status: number; text: string }> {
  const url = new URL(path, h.url);
  const data = body === undefined ? undefined : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request({ host: url.hostname, port: url.port, path: url.pathname, method, localAddress: from, headers: { ...(data ? { "content-type": "application/json" } : {}), ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString("utf8") }));
    });
    req.on("error", reject);
    req.end(data);
  });
}

describe("ids and codes", () => {
  it("carry 100 random bits: 20 Crockford base-32 symbols (5 bits each), a code in groups of four a person can type", () => {
    expect(d.id).toMatch(/^[0-9a-hjkmnp-tv-z]{20}$/);
    for (const code of [d.codes.director, d.codes.observer, ...Object.values(d.codes.seats), newCode()]) expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){4}$/);
    // fresh each time (node:crypto), not a counter: 50 of each are all different
    expect(new Set(Array.from({ length: 50 }, newDrillId)).size).toBe(50);
    expect(new Set(Array.from({ length: 50 }, newCode)).size).toBe(50);
  });

  it("are read as typed in lower case, with spaces, and with O for 0 and I or L for 1 (Crockford's reading)", () => {
    const code = "0A1B-C2D3-E4F5-G6H7-J8K9";
    expect(hashCode(" oa1b c2d3 e4f5 g6h7 j8k9 ")).toBe(hashCode(code));
    expect(hashCode("0AIB-C2D3-E4F5-G6H7-J8K9")).toBe(hashCode(code));
    expect(hashCode("0ALB-C2D3-E4F5-G6H7-J8K9")).toBe(hashCode(code));
  });
});

describe("the address wrong codes count under", () => {
  it("is an IPv4 address as such, however written, and an IPv6 address's /64 network (RFC 4291: 64-bit interface ids)", () => {
    expect(peerKey("::ffff:127.0.0.2")).toBe("127.0.0.2");
    expect(peerKey("127.0.0.2")).toBe("127.0.0.2");
    // one host's /64: every interface id in it is the same guesser
    expect(peerKey("2001:db8:1:2::1")).toBe("2001:db8:1:2::/64");
    expect(peerKey("2001:0db8:0001:0002:ffff:aaaa:bbbb:cccc")).toBe("2001:db8:1:2::/64");
    expect(peerKey("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(peerKey("2001:db8:1:3::1")).not.toBe(peerKey("2001:db8:1:2::1"));
    expect(peerKey("::1")).toBe("0:0:0:0::/64");
  });
});

describe("a person mistyping (newcomer 20)", () => {
  it("counts one typo once, though the join page looks it up on two routes and it is sent again: the right code still opens", async () => {
    const typo = "WRNG-TYP0-0000-0000-0001";
    for (let i = 0; i < LIMIT + 2; i++) {
      expect((await send("127.0.0.3", "POST", "/api/join", { code: typo })).status).toBe(404);
      expect((await send("127.0.0.3", "GET", "/api/drills", undefined, { authorization: `Bearer ${typo}` })).status).toBe(401);
    }
    expect((await send("127.0.0.3", "POST", "/api/join", { code: d.codes.seats.eb! })).status).toBe(200);
  });

  it("opens the drill's log with its director code typed in lower case with spaces, as the join page takes it", async () => {
    const typed = d.codes.director.toLowerCase().replace(/-/g, " ");
    const r = await send("127.0.0.4", "GET", `/api/drills/${d.id}/log`, undefined, { authorization: `Bearer ${typed}` });
    expect(r.status).toBe(200);
  });
});

describe(`an address that tried ${LIMIT} wrong codes`, () => {
  it("is refused 429 on every path, right code or not, and another address still joins", async () => {
    const seat = d.codes.seats.eb!;
    const wrong = (i: number) => `WRNG-C0DE-0000-0000-000${i}`;
    // LIMIT wrong codes, spread over the three paths: each answered as a wrong code
    const answers = [
      await send(GUESSER, "POST", `/matchmake/joinById/${d.id}`, { code: wrong(1), name: "猜码者" }),
      await send(GUESSER, "POST", "/api/join", { code: wrong(2) }),
      await send(GUESSER, "GET", `/api/drills/${d.id}/log`, undefined, { authorization: `Bearer ${wrong(3)}` }),
      await send(GUESSER, "POST", `/matchmake/joinById/${newDrillId()}`, { code: wrong(4), name: "猜码者" }),
      await send(GUESSER, "POST", "/api/join", { code: wrong(5) }),
    ];
    expect(answers.map((a) => a.status)).toEqual([401, 404, 401, 401, 404]);

    // now every path refuses the guesser, even with the seat's right code, and a forged forwarding header changes nothing
    const spoof = { "x-forwarded-for": "203.0.113.9", "x-real-ip": "203.0.113.9" };
    const refused = [
      await send(GUESSER, "POST", `/matchmake/joinById/${d.id}`, { code: seat, name: "猜码者" }),
      await send(GUESSER, "POST", `/matchmake/joinById/${d.id}`, { code: seat, name: "猜码者" }, spoof),
      await send(GUESSER, "POST", "/api/join", { code: seat }),
      await send(GUESSER, "POST", "/api/join", { code: seat }, spoof),
      await send(GUESSER, "GET", `/api/drills/${d.id}/log`, undefined, { authorization: `Bearer ${d.codes.director}` }),
    ];
    for (const r of refused) {
      expect(r.status).toBe(429);
      expect(r.text).toContain("错误的码试过太多次");
      expect(r.text).not.toContain("sessionId");
    }

    // the seat, from 127.0.0.1, still looks its code up and joins through the SDK
    const found = await send("127.0.0.1", "POST", "/api/join", { code: seat });
    expect(found.status).toBe(200);
    expect(JSON.parse(found.text)).toMatchObject({ drillId: d.id, seat: "eb" });
    const room = await new Client(h.url).joinById(d.id, { code: seat, name: "值班员" });
    expect(room.roomId).toBe(d.id);
    await room.leave();
  });

  it("is refused through the SDK too, with the refusal's code 429 (the SDK's own address, last: it blocks 127.0.0.1)", async () => {
    const sdk = async (code: string) => {
      try {
        const room = await new Client(h.url).joinById(d.id, { code, name: "猜码者" });
        await room.leave();
        return "joined";
      } catch (e) {
        return `${(e as { code?: number }).code} ${(e as Error).message}`;
      }
    };
    for (let i = 0; i < LIMIT; i++) expect(await sdk(`WRNG-SDK0-0000-0000-000${i}`)).toMatch(/^401 /);
    expect(await sdk(d.codes.seats.eb!)).toMatch(/^429 错误的码试过太多次/);
  });
});
