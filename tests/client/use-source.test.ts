// @vitest-environment happy-dom
/**
 * A console shows the room's first state even when it lands between the page's first render
 * and its subscription: on a slow phone the welcome and the state arrived in that gap while
 * the drill was paused, and the page said 载入中… for good (CI's browser test, 2026-11-30).
 */
import { h, render } from "preact";
import { describe, expect, it } from "vitest";
import { Store, useSource } from "../../client/net/store.ts";

const settle = () => new Promise((r) => setTimeout(r, 50));

describe("useSource", () => {
  it("shows a value set after the first render but before the subscription", async () => {
    const src = new Store<string | undefined>(undefined);
    const root = document.createElement("div");
    const View = () => h("p", null, useSource(src) ?? "载入中…");
    render(h(View, null), root);
    expect(root.textContent).toBe("载入中…");
    src.set("液氯泄漏"); // effects have not run yet: nobody is subscribed
    await settle();
    expect(root.textContent).toBe("液氯泄漏");
  });

  it("follows later changes and stops listening once unmounted", async () => {
    const src = new Store(1);
    const root = document.createElement("div");
    const View = () => h("p", null, String(useSource(src)));
    render(h(View, null), root);
    await settle();
    src.set(2);
    await settle();
    expect(root.textContent).toBe("2");
    render(null, root);
    await settle();
    src.set(3); // no listener left to re-render a gone component
    await settle();
    expect(root.textContent).toBe("");
    expect((src as unknown as { subs: Set<unknown> }).subs.size).toBe(0);
  });
});

describe("usePath", () => {
  it("follows a navigation made before the router subscribed (a page that sends you back at once)", async () => {
    const { navigate, usePath } = await import("../../client/nav.ts");
    history.replaceState(null, "", "/drill/abc");
    const root = document.createElement("div");
    const Router = () => h("p", null, usePath());
    render(h(Router, null), root);
    navigate("/"); // as DrillPage does with no remembered seat, from an effect that runs first
    await settle();
    expect(root.textContent).toBe("/");
  });
});
