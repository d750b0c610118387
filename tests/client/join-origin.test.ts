/**
 * The join links and QR codes on the codes page and the director's seat list: a phone cannot open
 * localhost, so a page opened on http://localhost:2567/ puts the server's LAN URL in them
 * (newcomer run 6, item 11); a page opened at a LAN address keeps its own; with no LAN URL
 * (server bound to 127.0.0.1) the page's own is all there is.
 */
import { describe, expect, it } from "vitest";
import { joinLink, joinOrigin } from "../../client/net/join-link.ts";

const lan = ["http://192.168.1.23:2567", "http://172.17.0.1:2567"];

describe("the join link's origin", () => {
  it("localhost, 127.0.0.1 and [::1] give way to the first LAN URL", () => {
    for (const o of ["http://localhost:2567", "http://127.0.0.1:2567", "http://[::1]:2567"]) expect(joinOrigin(o, lan)).toBe("http://192.168.1.23:2567");
  });
  it("a LAN or named origin is kept; no LAN URL keeps localhost", () => {
    expect(joinOrigin("http://10.0.0.5:2567", lan)).toBe("http://10.0.0.5:2567");
    expect(joinOrigin("https://drill.example.org", lan)).toBe("https://drill.example.org");
    expect(joinOrigin("http://localhost:2567", [])).toBe("http://localhost:2567");
  });
  it("the QR's link: that origin, the code and the drill", () => {
    expect(joinLink("GNX8-BP5X-PHMW", "a1b2c3d4", joinOrigin("http://localhost:2567", lan))).toBe("http://192.168.1.23:2567/join/GNX8-BP5X-PHMW?drill=a1b2c3d4");
  });
});
