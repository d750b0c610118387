/**
 * Phones open the server at the computer's LAN address, never localhost (newcomer run 6, item 11:
 * the start line printed http://localhost:2677/ and the QR codes carried the page's localhost
 * origin). Unset HOST binds every interface as before; the start line and GET /api/lan name the
 * non-internal IPv4 addresses, private ranges first; the drill's creation answer carries them too,
 * with the seats bots play (no code to hand out), the scenario title and the creation time.
 */
import { mkdtempSync } from "node:fs";
import type { NetworkInterfaceInfo } from "node:os";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { serve } from "../../server/main.ts";
import { lanAddresses, lanUrls } from "../../server/lan.ts";
import { freePort } from "./harness.ts";

const card = (address: string, internal = false): NetworkInterfaceInfo => ({ address, netmask: "255.255.255.0", family: "IPv4", mac: "02:00:00:00:00:01", internal, cidr: `${address}/24` });
const v6 = (address: string): NetworkInterfaceInfo => ({ address, netmask: "ffff:ffff:ffff:ffff::", family: "IPv6", mac: "02:00:00:00:00:01", internal: false, cidr: `${address}/64`, scopeid: 0 });
// a laptop: loopback, a Docker bridge listed first, the Wi-Fi card with an IPv6 address too
const laptop = { lo: [card("127.0.0.1", true)], docker0: [card("172.17.0.1")], wlan0: [v6("fe80::1"), card("192.168.1.23")] };

describe("LAN addresses (pure)", () => {
  it("non-internal IPv4 only, the 192.168 network before a Docker bridge", () => {
    expect(lanAddresses(laptop)).toEqual(["192.168.1.23", "172.17.0.1"]);
  });
  it("every interface: each LAN address; a bound LAN address: itself; loopback: none", () => {
    expect(lanUrls(undefined, 2567, laptop)).toEqual(["http://192.168.1.23:2567", "http://172.17.0.1:2567"]);
    expect(lanUrls("0.0.0.0", 2567, laptop)).toEqual(["http://192.168.1.23:2567", "http://172.17.0.1:2567"]);
    expect(lanUrls("192.168.1.23", 2567, laptop)).toEqual(["http://192.168.1.23:2567"]);
    expect(lanUrls("127.0.0.1", 2567, laptop)).toEqual([]);
    expect(lanUrls(undefined, 2567, { lo: [card("127.0.0.1", true)] })).toEqual([]);
  });
});

describe("a server on every interface", async () => {
  const port = await freePort();
  const lines: string[] = [];
  const s = await serve({ port, data: join(mkdtempSync(join(tmpdir(), "lan-")), "d.sqlite"), log: (l) => lines.push(l), interfaces: laptop });
  afterAll(() => s.close());
  const url = `http://127.0.0.1:${port}`;

  it("listens on every interface, as before HOST existed", () => {
    expect(["::", "0.0.0.0"]).toContain(s.address);
  });

  it("prints the URL phones open: the LAN address, not localhost", () => {
    const phones = lines.find((l) => l.includes("phones"));
    expect(phones).toContain(`http://192.168.1.23:${port}/`);
    expect(phones).not.toContain("localhost");
  });

  it("serves the LAN URLs for join links and QR codes, and hands them with a new drill's codes", async () => {
    expect(await (await fetch(`${url}/api/lan`)).json()).toEqual({ urls: [`http://192.168.1.23:${port}`, `http://172.17.0.1:${port}`] });
    const r = await fetch(`${url}/api/drills`, { method: "POST", headers: { authorization: `Bearer ${s.directorCode}`, "content-type": "application/json" }, body: JSON.stringify({ scenario: "chemical-leak", seed: 7, bots: ["city"], paused: true }) });
    expect(r.status).toBe(201);
    const made = (await r.json()) as { id: string; lan: string[]; bots: string[]; title: { zh: string }; createdAt: string; codes: { seats: Record<string, string> } };
    expect(made.lan[0]).toBe(`http://192.168.1.23:${port}`);
    expect(made.bots).toEqual(["city"]);
    expect(made.title.zh).toContain("液氯");
    expect(Date.parse(made.createdAt)).toBeGreaterThan(Date.parse("2026-01-01"));
  });
});
