/**
 * Setup file of every test file: lends the evaluator's memo of reruns (engine/evaluate/references.ts) this test run's
 * folder (tests/support/fixture-cache.ts) as its store of finished runs, so a play replayed to the drill's end (a shipped
 * play's reference, a cause rerun: the play with one fault corrected) is replayed once per test run and read back by every
 * other file and worker that asks for it — the CLI's evaluate and whatif of a shipped play, the same variant in two files.
 * One file per run, named by the SHA-256 of the memo key (scenario hash | rules hash | seed | the log's canonical
 * commands), holding { state, series, next, lastT } (FinishedRun) in node:v8's format; written whole then renamed, so a
 * reader never sees half of one. Without the folder (vitest.mutation.config.ts: every mutant replays afresh) nothing is lent.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { deserialize, serialize } from "node:v8";
import { inject } from "vitest";
import { shareFinishedRuns, type FinishedRun } from "../../engine/evaluate/run-store.ts";
import { createHash } from "node:crypto";

const root = inject("fixtureCache");
if (root) {
  const dir = join(root, "runs");
  mkdirSync(dir, { recursive: true });
  const file = (key: string) => join(dir, `${createHash("sha256").update(key).digest("hex")}.v8`);
  shareFinishedRuns({
    get: (key) => {
      const f = file(key);
      return existsSync(f) ? (deserialize(readFileSync(f)) as FinishedRun) : undefined;
    },
    put: (key, run) => {
      const f = file(key);
      if (existsSync(f)) return;
      const part = `${f}.${process.pid}.part`;
      writeFileSync(part, serialize(run));
      renameSync(part, f);
    },
  });
}
