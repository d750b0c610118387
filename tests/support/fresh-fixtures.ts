/**
 * Setup file of the engine tests, which share one module graph per worker (vitest.config.ts, isolate: false): before
 * each test file, the per-file fixture caches are emptied, so every file gets its own copy of a shipped play's drill
 * (tests/evaluate/fixtures.ts) and its own rendered reports (tests/report/reports.ts), as it did with a graph of its own.
 * The engine's pure memo of reruns (engine/evaluate/references.ts) stays: same scenario, seed and log, same states.
 */
import { forgetFileDrills } from "../evaluate/fixtures.ts";
import { forgetRendered } from "../report/reports.ts";

forgetFileDrills();
forgetRendered();
