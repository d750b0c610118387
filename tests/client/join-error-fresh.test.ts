// @vitest-environment happy-dom
/**
 * Newcomer 17 (b02): after a wrong code, clearing the name and pressing 进入席位 again showed
 * 请填写姓名或岗位 with the old 参演码无效 still under it. Each try answers afresh.
 */
import { h, render } from "preact";
import { afterEach, describe, expect, it, vi } from "vitest";
import { setLang } from "../../client/i18n/index.ts";

// a .tsx page: vitest loads it, the root tsc need not (as forms-dom.ts does for the panels)
const page = "JoinPage.tsx";
const { JoinPage } = (await import(/* @vite-ignore */ `../../client/pages/${page}`)) as { JoinPage: (p: object) => never };
afterEach(() => (setLang("zh"), vi.unstubAllGlobals()));
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
const type = (el: HTMLInputElement, v: string) => ((el.value = v), el.dispatchEvent(new Event("input", { bubbles: true })));

describe("join errors", () => {
  it("an old 参演码无效 does not stay under a new problem", async () => {
    vi.stubGlobal("fetch", vi.fn(async () => new Response(JSON.stringify({ error: "no" }), { status: 401, headers: { "content-type": "application/json" } })));
    const root = document.createElement("div");
    render(h(JoinPage, {}), root);
    const form = root.querySelector<HTMLFormElement>("[data-testid=join-form]")!;
    const submit = async () => (form.dispatchEvent(new Event("submit", { bubbles: true, cancelable: true })), await wait(100));
    type(root.querySelector<HTMLInputElement>("[data-testid=join-code]")!, "ZZZZ-ZZZZ-ZZZZ");
    type(root.querySelector<HTMLInputElement>("[data-testid=join-name]")!, "测试");
    await wait(30);
    await submit();
    expect(root.querySelector("[data-testid=join-error]")?.textContent).toContain("参演码无效");
    type(root.querySelector<HTMLInputElement>("[data-testid=join-name]")!, "");
    await wait(30);
    await submit();
    expect(root.querySelector("[data-testid=join-name-error]")?.textContent).toBe("请填写姓名或岗位");
    expect(root.querySelector("[data-testid=join-error]")).toBeNull();
  });
});
