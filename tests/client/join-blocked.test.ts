// @vitest-environment happy-dom
/**
 * r19-blind: an address past its wrong-code limit is refused (429, tooManyGuesses) on every path, a right
 * code included, for up to 10 minutes. Opening its drill then fell back to a code lookup, also 429, and the join
 * page said 参演码无效或已被收回 — the code is good, and it was forgotten. The page must give the server's reason
 * (how long the address is refused) and keep the code for the retry.
 */
import { h, render } from "preact";
import { afterEach, describe, expect, it, vi } from "vitest";

vi.mock("../../client/pages/AgencyConsole.tsx", () => ({ AgencyConsole: () => null }));
vi.mock("../../client/pages/ControlConsole.tsx", () => ({ ControlConsole: () => null }));
vi.mock("../../client/net/live.ts", () => ({ LiveSession: { join: () => Promise.reject({ code: 429, message: "blocked" }) } }));
const page = "DrillPage.tsx";
const { DrillPage } = (await import(/* @vite-ignore */ `../../client/pages/${page}`)) as { DrillPage: (p: object) => never };
afterEach(() => vi.unstubAllGlobals());
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
const REASON = "错误的码试过太多次：本地址 10 分钟内不能再加入或查询，请向导调核对参演码后再试";

describe("an address refused for too many wrong codes", () => {
  it("goes back to the join page with the server's reason, keeping its code, not 参演码无效", async () => {
    vi.stubGlobal("fetch", vi.fn(async () => new Response(JSON.stringify({ error: REASON }), { status: 429, headers: { "content-type": "application/json" } })));
    sessionStorage.clear();
    sessionStorage.setItem("lianyan.join.abcdefghijklmnopqrst", JSON.stringify({ code: "7KQ2-M9XD-4TRA-B3NE-Q8WZ", name: "测试" }));
    history.pushState(null, "", "/drill/abcdefghijklmnopqrst");
    render(h(DrillPage, { drillId: "abcdefghijklmnopqrst" }), document.createElement("div"));
    await wait(150);
    expect(location.search).not.toContain("bad=1");
    expect(sessionStorage.getItem("lianyan.joinError")).toBe(REASON);
    expect(JSON.parse(sessionStorage.getItem("lianyan.join.abcdefghijklmnopqrst") ?? "null")).toEqual({ code: "7KQ2-M9XD-4TRA-B3NE-Q8WZ", name: "测试" });
  });
});
