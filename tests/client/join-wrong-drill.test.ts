// @vitest-environment happy-dom
/**
 * Newcomer 17 (b03): a valid seat code in a link with an unknown drill id (/join/<code>?drill=deadbeef)
 * ended at 参演码无效. The code is good: it opens its own drill instead.
 */
import { h, render } from "preact";
import { afterEach, describe, expect, it, vi } from "vitest";

// the consoles (and the map's canvas) are not what this is about
vi.mock("../../client/pages/AgencyConsole.tsx", () => ({ AgencyConsole: () => null }));
vi.mock("../../client/pages/ControlConsole.tsx", () => ({ ControlConsole: () => null }));
vi.mock("../../client/net/live.ts", () => ({ LiveSession: { join: () => Promise.reject({ code: 4001, message: "no such drill" }) } }));
// a .tsx page: vitest loads it, the root tsc need not (as forms-dom.ts does for the panels)
const page = "DrillPage.tsx";
const { DrillPage } = (await import(/* @vite-ignore */ `../../client/pages/${page}`)) as { DrillPage: (p: object) => never };
afterEach(() => vi.unstubAllGlobals());
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("a good code under a wrong drill id", () => {
  it("opens the code's own drill, not 参演码无效", async () => {
    vi.stubGlobal("fetch", vi.fn(async () => new Response(JSON.stringify({ drillId: "b134cdb9", kind: "seat", status: "running" }), { status: 200, headers: { "content-type": "application/json" } })));
    sessionStorage.setItem("lianyan.join.deadbeef", JSON.stringify({ code: "7Y0K-RSG8-ZC9J", name: "测试" }));
    history.pushState(null, "", "/drill/deadbeef");
    render(h(DrillPage, { drillId: "deadbeef" }), document.createElement("div"));
    await wait(150);
    expect(location.pathname).toBe("/drill/b134cdb9");
    expect(location.search).not.toContain("bad");
    expect(JSON.parse(sessionStorage.getItem("lianyan.join.b134cdb9") ?? "null")).toEqual({ code: "7Y0K-RSG8-ZC9J", name: "测试" });
  });
});
