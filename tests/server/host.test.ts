/**
 * HOST=127.0.0.1 keeps the drill server on this computer (newcomer run 6, item 11: it could not be
 * bound to 127.0.0.1, `ss` showed *:2677): the socket listens on 127.0.0.1 only, the start line
 * says that other devices cannot connect, and the server offers no LAN URL for join links.
 */
import { mkdtempSync } from "node:fs";
import type { NetworkInterfaceInfo } from "node:os";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { serve } from "../../server/main.ts";
import { freePort } from "./harness.ts";

const lanCard: NetworkInterfaceInfo = { address: "192.168.1.23", netmask: "255.255.255.0", family: "IPv4", mac: "02:00:00:00:00:01", internal: false, cidr: "192.168.1.23/24" };

describe("a server bound to 127.0.0.1", async () => {
  const port = await freePort();
  const lines: string[] = [];
  const s = await serve({ port, host: "127.0.0.1", data: join(mkdtempSync(join(tmpdir(), "host-")), "d.sqlite"), log: (l) => lines.push(l), interfaces: { eth0: [lanCard] } });
  afterAll(() => s.close());

  it("listens on 127.0.0.1 only, not on every interface", () => {
    expect(s.address).toBe("127.0.0.1");
  });

  it("says so on start, with this computer's URL and no LAN URL", () => {
    const out = lines.join("\n");
    expect(out).toContain(`http://localhost:${port}/`);
    expect(out).toContain("127.0.0.1 only");
    expect(out).not.toContain("192.168.1.23");
  });

  it("offers no LAN URL to put in QR codes (a phone could not connect)", async () => {
    const r = await fetch(`http://127.0.0.1:${port}/api/lan`);
    expect(await r.json()).toEqual({ urls: [] });
  });
});
