/**
 * One fuzz case: load a mutated scenario or play the way `drill validate` / `drill run` do, and
 * run it for `horizonMs` of simulated time when it is valid. Shared by the unit test and the bench.
 */
import { performance } from "node:perf_hooks";
import { scenarioFromText } from "../../cli/files.ts";
import type { Compiled } from "../../engine/compile.ts";
import { checkPlay } from "../../engine/scenario/check-play.ts";
import { parsePlay } from "../../engine/scenario/load.ts";
import { playCommands, run } from "../../engine/replay.ts";
import { mutant, uselessMessages, type FuzzResult } from "./mutate.ts";

export function fuzzScenario(text: string, file: string, index: number, horizonMs: number): FuzzResult {
  const t0 = performance.now();
  try {
    const r = scenarioFromText(mutant(text, file, index), file);
    if (r.ok) run(r.value.compiled, 1, [], { untilMs: horizonMs });
    return { ms: performance.now() - t0, valid: r.ok, useless: r.ok ? [] : uselessMessages(r.problems) };
  } catch (e) {
    return { crash: String((e as Error).stack ?? e).split("\n").slice(0, 3).join(" | "), ms: performance.now() - t0, valid: false, useless: [] };
  }
}

export function fuzzPlay(text: string, c: Compiled, index: number, horizonMs: number): FuzzResult {
  const t0 = performance.now();
  try {
    const r = parsePlay(mutant(text, `${c.scenario.id}-play`, index), "p.yaml");
    const findings = r.ok ? checkPlay(r.value, c) : [];
    const valid = r.ok && findings.length === 0;
    if (valid) run(c, r.value.seed, playCommands(r.value), { untilMs: horizonMs });
    const problems = r.ok ? findings : r.problems;
    return { ms: performance.now() - t0, valid, useless: uselessMessages(problems) };
  } catch (e) {
    return { crash: String((e as Error).stack ?? e).split("\n").slice(0, 3).join(" | "), ms: performance.now() - t0, valid: false, useless: [] };
  }
}
