import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    reporters: ["default", "./tests/support/summary-reporter.ts"],
    // whole 4-hour drills run inside some tests: seconds, not milliseconds
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
