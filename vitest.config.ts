import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    reporters: ["default", "./tests/support/summary-reporter.ts"],
    // DOM tests run in a Chinese user's browser (the consoles follow the browser's language)
    setupFiles: ["./tests/support/zh-browser.ts"],
    // whole 4-hour drills run inside some tests: seconds, not milliseconds
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
