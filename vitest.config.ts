import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    reporters: ["default", "./tests/support/summary-reporter.ts"],
    // DOM tests run in a Chinese user's browser (the consoles follow the browser's language)
    setupFiles: ["./tests/support/zh-browser.ts"],
    // each shipped play is run and evaluated once per test run, not once per file (tests/evaluate/fixtures.ts)
    globalSetup: ["./tests/support/fixture-cache.ts"],
    // whole 4-hour drills run inside some tests: seconds, not milliseconds
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
