/**
 * Vitest global setup: one scratch folder per test run where tests/evaluate/fixtures.ts keeps each shipped play's
 * evaluation, so the hundred-odd evaluator test files share one run of each play instead of replaying and
 * evaluating it again in every file (the suite's largest single cost). Removed when the run ends.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    /** absolute path of this run's fixture cache folder */
    fixtureCache: string;
  }
}

export default function setup(project: TestProject): () => void {
  const dir = mkdtempSync(join(tmpdir(), "lianyan-fixtures-"));
  project.provide("fixtureCache", dir);
  return () => rmSync(dir, { recursive: true, force: true });
}
