import { defineConfig } from "vitest/config";
import base from "./vitest.config.ts";

/**
 * The long checks (`npm run check:long`, not part of `npm test`): exhaustive sweeps too slow for the suite's 15-minute CI
 * budget, whose representative cases the suite keeps (tests/long/*.check.ts). The suite's setup (fixture cache, shared
 * runs, timeouts), its projects replaced by one of the long checks only.
 */
export default defineConfig({
  ...base,
  test: { ...base.test, projects: [{ extends: true, test: { name: "long", include: ["tests/long/**/*.check.ts"], isolate: false, setupFiles: ["./tests/support/fresh-fixtures.ts"] } }] },
});
