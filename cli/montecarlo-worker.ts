/**
 * A worker thread of `drill montecarlo` (run by tinypool): loads the scenario, play and rubric
 * once per thread, then runs the seeds it is given. Inputs were validated by the main thread.
 */
import type { Compiled } from "../engine/compile.ts";
import type { Command } from "../engine/model/commands.ts";
import { runSeed, type SeedResult } from "../engine/montecarlo/seed-run.ts";
import { playCommands } from "../engine/replay.ts";
import { canonicalJson } from "../engine/model/hash.ts";
import type { RubricProfile } from "../engine/scenario/rubric-schema.ts";
import { fileURLToPath } from "node:url";
import { loadRubric } from "./evaluate.ts";
import { useFileCache } from "./file-cache.ts";
import { loadBestPlay, loadPlay, loadScenario } from "./files.ts";
import type { BestPlay } from "../engine/evaluate/references.ts";

export interface SeedTask {
  scenarioFile: string;
  playFile: string;
  rubricFile?: string;
  seeds: number[];
}

// the bundle's worker shares the command's cache of checked files (file-cache.ts)
if (!import.meta.url.endsWith(".ts")) useFileCache(fileURLToPath(new URL("./.cache/", import.meta.url)));

let cached: { key: string; c: Compiled; commands: readonly Command[]; rubric: RubricProfile; best?: BestPlay } | undefined;

function inputs(t: SeedTask) {
  const key = JSON.stringify([t.scenarioFile, t.playFile, t.rubricFile]);
  if (cached?.key === key) return cached;
  const s = loadScenario(t.scenarioFile);
  if (!s.ok) throw new Error(`${t.scenarioFile} does not load`);
  const p = loadPlay(t.playFile, s.value.compiled);
  const r = loadRubric(t.scenarioFile, s.value.compiled, t.rubricFile);
  const b = loadBestPlay(t.scenarioFile, s.value.compiled);
  if (!p.ok || !r.ok || !b.ok) throw new Error(`${t.playFile}, its rubric or the scenario's best play does not load`);
  const commands = playCommands(p.value);
  // the best play itself (a Monte Carlo of the good play) is passed as the best play's own commands,
  // so each seed knows its run is that reference without comparing the logs again (references.ts)
  const same = b.value !== undefined && canonicalJson(commands) === canonicalJson(b.value.commands);
  cached = { key, c: s.value.compiled, commands: same ? b.value!.commands : commands, rubric: r.value, ...(b.value ? { best: b.value } : {}) };
  return cached;
}

export default function runSeeds(t: SeedTask): SeedResult[] {
  const { c, commands, rubric, best } = inputs(t);
  return t.seeds.map((seed) => runSeed(c, commands, rubric, seed, best));
}
