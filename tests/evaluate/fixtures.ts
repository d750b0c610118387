/** Shared fixtures for the evaluator tests: scenarios with their plays, run once per file and evaluated. */
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { join } from "node:path";
import { deserialize, serialize } from "node:v8";
import { inject } from "vitest";
import type { Compiled } from "../../engine/compile.ts";
import { evaluate } from "../../engine/evaluate/evaluate.ts";
import type { ReportModel } from "../../engine/evaluate/report-model.ts";
import type { Command } from "../../engine/model/commands.ts";
import type { DrillEvent } from "../../engine/model/events.ts";
import type { DrillState } from "../../engine/model/state.ts";
import { parseRubric, type Observations, type RubricProfile } from "../../engine/scenario/rubric-schema.ts";
import { compiled, playOf, SCENARIOS } from "../helpers.ts";
import { loadBestPlay } from "../../cli/files.ts";
import { runKeepingReference, type BestPlay } from "../../engine/evaluate/references.ts";

export function rubric(id = "default"): RubricProfile {
  const file = `${SCENARIOS}/rubrics/${id}.yaml`;
  const r = parseRubric(readFileSync(file, "utf8"), file);
  if (!r.ok) throw new Error(r.problems.map((p) => `${p.file}:${p.line} ${p.message}`).join("\n"));
  return r.value;
}

/** The scenario's best play, as the shells load it (harm is graded against it and no response). */
export function bestPlay(id: string, c: Compiled = compiled(id)): BestPlay | undefined {
  const b = loadBestPlay(`${SCENARIOS}/${id}.yaml`, c);
  if (!b.ok) throw new Error(b.problems.map((p) => `${p.file}:${p.line} ${p.message}`).join("\n"));
  return b.value;
}

/** Scenarios that have both a good and a poor play. */
export const WITH_PLAYS = readdirSync(SCENARIOS)
  .filter((f) => f.endsWith(".yaml"))
  .map((f) => f.replace(/\.yaml$/, ""))
  .filter((id) => existsSync(`${SCENARIOS}/plays/${id}.good.yaml`) && existsSync(`${SCENARIOS}/plays/${id}.poor.yaml`));

export interface Drill {
  c: Compiled;
  commands: Command[];
  events: DrillEvent[];
  state: DrillState;
  report: ReportModel;
}

const cache = new Map<string, Drill>();

/** Forget this file's drills: run before each test file (tests/support/fresh-fixtures.ts), so files sharing one module graph
 * (vitest isolate: false) still each get their own copy from the run's cache folder. */
export function forgetFileDrills(): void {
  cache.clear();
}

type Outcome = Pick<Drill, "events" | "state" | "report">;

/**
 * A shipped play's run and evaluation, shared by every test file of this run: read from the run's cache folder
 * (tests/support/fixture-cache.ts) when another file has made it, else made here and written for the next.
 * Each reader gets its own copy (a file that changes its report changes nobody else's); the key names the
 * scenario and play only, so it holds for one run of unchanged files and the folder goes with the run.
 */
function shared(key: string, make: () => Outcome): Outcome {
  return once(key, () => {
    const made = make();
    return { events: made.events, state: made.state, report: made.report };
  });
}

/**
 * `make()`, made once per test run and shared by every file and worker: read from the run's cache folder
 * (tests/support/fixture-cache.ts) when another file has made it under `key`, else made here and written (v8-serialised)
 * for the next. Each reader gets its own copy. `key` must name everything `make` depends on that can differ within
 * one run (scenario, the play's commands, options); without the folder (vitest.mutation.config.ts) it is made afresh.
 */
export function once<T>(key: string, make: () => T): T {
  const dir = inject("fixtureCache");
  if (!dir) return make();
  const file = join(dir, `${key.replace(/\//g, ".")}.v8`);
  if (existsSync(file)) return deserialize(readFileSync(file)) as T;
  const made = make();
  // written whole then renamed, so a file running beside this one never reads half of it
  const part = `${file}.${process.pid}.part`;
  writeFileSync(part, serialize(made));
  renameSync(part, file);
  return made;
}

/** A key part naming a command log: the SHA-256 of its JSON (the commands as given, order and seq included). */
export function logKey(commands: readonly Command[]): string {
  return createHash("sha256").update(JSON.stringify(commands)).digest("hex");
}

/** Run a scenario's play ("good" or "poor") once per test file and evaluate it with the default rubric. */
export function drill(id: string, which: "good" | "poor", observations?: Observations): Drill {
  const key = `${id}/${which}`;
  const hit = cache.get(key);
  if (hit && !observations) return hit;
  const c = compiled(id);
  const commands = playOf(c, `${SCENARIOS}/plays/${id}.${which}.yaml`);
  const make = (): Outcome => {
    const best = bestPlay(id, c);
    // the best play's own run is its reference (as the shells keep it): not replayed again
    const r = runKeepingReference(c, 7, commands, best);
    return { events: r.events, state: r.state, report: evaluate(c, r.events, r.state, rubric(), observations, best, { commands }) };
  };
  const d = { c, commands, ...(observations ? make() : shared(key, make)) };
  if (!observations) cache.set(key, d);
  return d;
}

export const MIN = 60_000;

/** The scenario with no command at all (no response), seed 7, evaluated with the default rubric against its best play; once per test file. */
export function noResponse(id: string): Drill {
  const key = `${id}/none`;
  const hit = cache.get(key);
  if (hit) return hit;
  const c = compiled(id);
  const made = shared(key, () => {
    const r = runKeepingReference(c, 7, [], undefined);
    return { events: r.events, state: r.state, report: evaluate(c, r.events, r.state, rubric(), undefined, bestPlay(id, c)) };
  });
  const d = { c, commands: [], ...made };
  cache.set(key, d);
  return d;
}
