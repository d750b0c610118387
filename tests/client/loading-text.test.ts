// @vitest-environment happy-dom
/**
 * Round 27 item 5: the join page showed nothing while it loaded (a phone fetches the 1.6 MB bundle first; a lazy page
 * or pane rendered nothing until its code came). The page says 载入中… / Loading… from the first byte of index.html
 * (both: it cannot know its language before its script runs), and each lazy part says it in the page's language.
 */
import { readFileSync } from "node:fs";
import { h, render } from "preact";
import { afterEach, describe, expect, it } from "vitest";
import { setLang } from "../../client/i18n/index.ts";
import { zh } from "../../client/i18n/zh.ts";
import { en } from "../../client/i18n/en.ts";

const file = "lazy.tsx";
const { lazy } = (await import(/* @vite-ignore */ `../../client/${file}`)) as { lazy: (load: () => Promise<unknown>) => (p: object) => never };
afterEach(() => setLang("zh"));

describe("the page before its code has come", () => {
  it("index.html's app root says loading in Chinese and English, the catalogues' own words", () => {
    const doc = new DOMParser().parseFromString(readFileSync("client/index.html", "utf8"), "text/html");
    const boot = doc.querySelector("#app [data-testid=boot-loading]");
    expect(boot?.querySelector("[lang=zh-CN]")?.textContent).toBe(zh.common.loading);
    expect(boot?.querySelector("[lang=en]")?.textContent).toBe(en.common.loading);
  });

  for (const [lang, words] of [["zh", "载入中…"], ["en", "Loading…"]] as const) {
    it(`${lang}: a lazy page says ${words} until its code arrives`, async () => {
      setLang(lang);
      const Never = lazy(() => new Promise(() => {}));
      const root = document.createElement("div");
      render(h(Never, {}), root);
      await new Promise((r) => setTimeout(r, 20));
      expect(root.querySelector("[data-testid=lazy-loading]")?.textContent).toBe(words);
    });
  }
});
