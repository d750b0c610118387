/** Bundled for Chromium by the browser determinism test: the same engine code, run in the page. */
import { compile } from "../../engine/compile.ts";
import type { Command } from "../../engine/model/commands.ts";
import { run, stateHash } from "../../engine/replay.ts";
import type { RulesProfile } from "../../engine/scenario/rules-schema.ts";
import type { Scenario } from "../../engine/scenario/schema.ts";

export function runInPage(scenario: Scenario, rules: RulesProfile, seed: number, commands: Command[]): { hash: string; events: number } {
  const c = compile(scenario, rules);
  const r = run(c, seed, commands);
  return { hash: stateHash(c, r.state), events: r.events.length };
}
