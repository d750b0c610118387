// @vitest-environment happy-dom
/**
 * Newcomer 17 (d01): a wrong director code in the creation form showed nothing (the 401 went only
 * to the console, and the create button just stayed grey). It is said under the code box, in the
 * page's language; a failure other than a wrong code is said in the server's words.
 */
import { h, render } from "preact";
import { afterEach, describe, expect, it, vi } from "vitest";
import { setLang } from "../../client/i18n/index.ts";

// a .tsx page: vitest loads it, the root tsc need not (as forms-dom.ts does for the panels)
const page = "JoinPage.tsx";
const { JoinPage } = (await import(/* @vite-ignore */ `../../client/pages/${page}`)) as { JoinPage: (p: object) => never };
afterEach(() => (setLang("zh"), vi.unstubAllGlobals()));

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function typeCode(status: number, error: string) {
  vi.stubGlobal("fetch", vi.fn(async () => new Response(JSON.stringify({ error }), { status, headers: { "content-type": "application/json" } })));
  const root = document.createElement("div");
  render(h(JoinPage, {}), root);
  const box = root.querySelector<HTMLInputElement>("input[name=directorCode]")!;
  box.value = "AAAA-BBBB-CCCC";
  box.dispatchEvent(new Event("input", { bubbles: true }));
  await wait(500);
  return root.querySelector("[data-testid=director-code-error]")?.textContent;
}

describe("a wrong director code in the creation form", () => {
  it("zh: 导调码无效 under the box", async () => {
    expect(await typeCode(401, "想定列表需要服务器导调码（启动时打印）")).toContain("导调码无效");
  });
  it("en: Invalid director code", async () => {
    setLang("en");
    expect(await typeCode(401, "x")).toContain("Invalid director code");
  });
  it("any other failure: the server's reason", async () => {
    expect(await typeCode(429, "尝试次数过多，请稍候一分钟再试。")).toBe("尝试次数过多，请稍候一分钟再试。");
  });
});

describe("a seat's join link (newcomer 23 item 16)", () => {
  it("shows no 导调入口; the plain join page does", async () => {
    vi.stubGlobal("fetch", vi.fn(async () => new Response("{}", { status: 404, headers: { "content-type": "application/json" } })));
    const link = document.createElement("div");
    render(h(JoinPage, { code: "AAAA-BBBB-CCCC-DDDD-EEEE" }), link);
    const plain = document.createElement("div");
    render(h(JoinPage, {}), plain);
    await wait(50);
    expect(link.querySelector("[data-testid=director-entry]")).toBeNull();
    expect(link.textContent).not.toContain("导调入口");
    expect(plain.querySelector("[data-testid=director-entry]")).not.toBeNull();
  });
});
