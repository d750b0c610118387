/**
 * "Same inputs give the same state hash in Node and in the browser": the engine is bundled
 * with esbuild, run in headless Chromium on each shipped scenario's good play, and its hash
 * compared with Node's. Both run the same bytes of engine code; only the JavaScript engine differs.
 */
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { compiled, playOf, runPlay, SCENARIOS } from "../helpers.ts";
import { launchChromium } from "../support/chromium.ts";

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe("the engine in Chromium", () => {
  let bundle: string;
  beforeAll(async () => {
    const built = await build({ entryPoints: ["tests/support/browser-entry.ts"], bundle: true, format: "iife", globalName: "lianyan", platform: "browser", write: false, logLevel: "silent" });
    bundle = built.outputFiles[0]!.text;
  });

  it.each(["chemical-leak", "mine-flood", "school-fire"])("gives the %s good play the same state hash as Node", async (id) => {
    const c = compiled(id);
    const play = playOf(c, `${SCENARIOS}/plays/${id}.good.yaml`);
    const node = runPlay(c, play, 7);
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.setContent("<!doctype html><title>engine</title>");
    await page.addScriptTag({ content: bundle });
    const inPage = await page.evaluate(
      ([scenario, rules, commands]) => (globalThis as unknown as { lianyan: { runInPage: Function } }).lianyan.runInPage(scenario, rules, 7, commands),
      [c.scenario, c.rules, play] as const,
    );
    await page.close();
    expect(errors).toEqual([]);
    expect(inPage).toEqual({ hash: node.hash, events: node.events.length });
  });
});
