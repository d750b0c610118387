import { availableParallelism } from "node:os";
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
    // (a file's first test may evaluate a shipped play with all its cause reruns: minutes on a loaded 2-core machine)
    testTimeout: 300_000,
    hookTimeout: 300_000,
    // every core: vitest's default leaves one for its main process, which here mostly waits — on a 2-core CI machine
    // that ran the whole suite on one worker
    maxWorkers: availableParallelism(),
  },
});
