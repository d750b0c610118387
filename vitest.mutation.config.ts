import { defineConfig } from "vitest/config";

/** `npm run mutation` (StrykerJS): only the tests of the rules and the evaluator, the code it mutates. */
export default defineConfig({
  test: {
    include: ["tests/rules/**/*.test.ts", "tests/evaluate/**/*.test.ts"],
    exclude: ["tests/evaluate/cli.test.ts", "tests/evaluate/report-html.test.ts", "tests/evaluate/report-pdf.test.ts"],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
