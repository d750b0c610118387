/**
 * Playwright's `test`, closing at each test's end the browser contexts the test opened with
 * `browser.newContext()`: the worker's browser outlives the test, and a console left open keeps
 * drawing its map and taking the room's patches, so the contexts of earlier tests slowed every
 * later one (CI stop 35: simple page checks at 30–70 s late in the run, 3–8 s after the worker restarted).
 */
import { test as base } from "@playwright/test";

export { expect } from "@playwright/test";

export const test = base.extend<{ closeOpenedContexts: void }>({
  closeOpenedContexts: [
    async ({ browser }, use) => {
      const before = new Set(browser.contexts());
      await use();
      await Promise.all(browser.contexts().filter((c) => !before.has(c)).map((c) => c.close().catch(() => undefined)));
    },
    { auto: true },
  ],
});
