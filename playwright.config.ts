/**
 * Browser tests (tests/e2e): the built drill server on a test port with a temporary data
 * folder, driven by Chromium — Debian's /usr/bin/chromium when present (stack-notes.md §4),
 * else Playwright's own. Screenshots go to test-results/.
 */
import { defineConfig } from "@playwright/test";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

// a port of its own per run (set once here, inherited by the workers): two checkouts can test at once
export const E2E_PORT = Number(process.env.E2E_PORT ?? (process.env.E2E_PORT = String(21000 + (process.pid % 8000))));
export const E2E_DIRECTOR_CODE = "E2E-DIRECTOR-CODE";
const data = process.env.E2E_DATA ?? (process.env.E2E_DATA = join(mkdtempSync(join(tmpdir(), "lianyan-e2e-")), "drills.sqlite"));
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "test-results/e2e",
  timeout: 300_000,
  expect: { timeout: 15_000 },
  workers: 1,
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${E2E_PORT}`,
    browserName: "chromium",
    headless: true,
    // a Chinese user's browser: the consoles follow the browser's language (an en-US context opens them in English)
    locale: "zh-CN",
    launchOptions: {
      ...(existsSync(chromium) ? { executablePath: chromium } : {}),
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  webServer: {
    // the server bundle and the client as `npm ci` builds them (prepare), rebuilt only when a source is newer than
    // dist/ (so CI's `npm ci && npm test` builds once), then the server as `npm start` runs it
    command: "node_modules/.bin/tsx tests/e2e/fresh-build.ts && node dist/server.js",
    env: { PORT: String(E2E_PORT), LIANYAN_DATA: data, LIANYAN_DIRECTOR_CODE: E2E_DIRECTOR_CODE },
    url: `http://127.0.0.1:${E2E_PORT}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "ignore",
    stderr: "pipe",
  },
});
