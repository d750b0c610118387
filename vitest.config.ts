import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

/**
 * The engine's own tests (pure functions of scenario, seed and command log: no DOM, no server, no mocks, no globals) run
 * without a fresh module graph per file: the engine is imported once per worker instead of once per file, and the
 * evaluator's rerun memo (engine/evaluate/references.ts, keyed by scenario, seed and command log) serves the next file
 * that evaluates the same play. tests/evaluate/fixtures.ts still gives each file its own copy of a shipped play's drill.
 * The CLI, i18n and Monte-Carlo tests join them: they call cli/main.ts in-process (as tests/evaluate/cli.test.ts already
 * did here), mock nothing, and the CLI's module-level state is caches of unchanging inputs (i18n instances per locale,
 * the report's script assets) or is reset by the one test that sets it (file-cache.test.ts useFileCache, pdf-font.test.ts
 * FONTCONFIG_FILE); each of those files re-imported the whole engine and CLI (a second or more of a 2-core CI's time each).
 * DOM (client) and server tests keep their own module graph per file (mocks, globals, Colyseus's matchmaker singleton).
 */
const PURE = ["evaluate", "engine", "hazards", "rules", "world", "people", "knowledge", "scenario", "report", "cli", "i18n", "montecarlo"].map((d) => `tests/${d}/**/*.test.ts`);

export default defineConfig({
  test: {
    reporters: ["default", "./tests/support/summary-reporter.ts"],
    // DOM tests run in a Chinese user's browser (the consoles follow the browser's language)
    // every file lends the evaluator's rerun memo this run's folder of finished runs (one replay per test run, not per worker)
    setupFiles: ["./tests/support/zh-browser.ts", "./tests/support/shared-runs.ts"],
    // each shipped play is run and evaluated once per test run, not once per file (tests/evaluate/fixtures.ts)
    globalSetup: ["./tests/support/fixture-cache.ts"],
    // whole 4-hour drills run inside some tests: seconds, not milliseconds
    // (a file's first test may evaluate a shipped play with all its cause reruns: minutes on a loaded 2-core machine)
    testTimeout: 300_000,
    hookTimeout: 300_000,
    // every core: vitest's default leaves one for its main process, which here mostly waits — on a 2-core CI machine
    // that ran the whole suite on one worker
    maxWorkers: availableParallelism(),
    projects: [
      { extends: true, test: { name: "engine", include: PURE, isolate: false, setupFiles: ["./tests/support/fresh-fixtures.ts"] } },
      { extends: true, test: { name: "isolated", include: ["tests/**/*.test.ts"], exclude: PURE } },
    ],
  },
});
