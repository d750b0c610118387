/**
 * Compile a drill's stored scenario text (never the file on disk: it may have changed since the
 * drill began), with the rules profile text stored beside it; drills stored before the profile was
 * kept with them read it from the rules folder.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { compile, type Compiled } from "../../engine/compile.ts";
import { parseRules, parseScenario } from "../../engine/scenario/load.ts";
import type { Problem } from "../../engine/scenario/problems.ts";
import { compiledProblems } from "../../engine/scenario/check-compiled.ts";
import type { PartialParse } from "../../engine/scenario/parse-with.ts";
import { partialValueProblems } from "../../engine/partial-values.ts";
import type { Scenario } from "../../engine/scenario/schema.ts";

/** $LIANYAN_SCENARIOS/rules (as the server reads it), else scenarios/rules/ of this checkout */
export const RULES_DIR = process.env.LIANYAN_SCENARIOS ? join(process.env.LIANYAN_SCENARIOS, "rules") : fileURLToPath(new URL("../../scenarios/rules/", import.meta.url));

/** `rulesYaml`: the profile text the scenario was compiled with, to be stored with a new drill. */
export type CompiledText = { ok: true; compiled: Compiled; rulesYaml: string } | { ok: false; problems: Problem[] };

/**
 * Scenario YAML text → compiled scenario. `name` is the file name used in problems (e.g. the
 * drill id); problems carry line and column like `drill validate`'s. `rulesYaml`: the stored
 * profile text; absent, the profile the scenario names is read from `rulesDir`.
 */
export function compileScenarioText(text: string, name: string, rulesDir = RULES_DIR, rulesYaml?: string): CompiledText {
  const parsed = parseScenario(text, name);
  if (!parsed.ok) return { ok: false, problems: [...parsed.problems, ...partialProblems(parsed.partial, rulesDir, rulesYaml)] };
  const rulesFile = join(rulesDir, `${parsed.value.rules}.yaml`);
  if (rulesYaml === undefined && !existsSync(rulesFile)) {
    return { ok: false, problems: [{ file: name, line: 1, col: 1, path: ["rules"], message: `no rules profile "${parsed.value.rules}" in ${rulesDir}` }] };
  }
  const profile = rulesYaml ?? readFileSync(rulesFile, "utf8");
  const rules = parseRules(profile, rulesYaml === undefined ? rulesFile : `${name} (stored rules profile "${parsed.value.rules}")`);
  if (!rules.ok) return rules;
  const compiled = compile(parsed.value, rules.value);
  // a new drill passes the CLI's checks after compiling too (an upload naming an unknown capability is refused at its
  // line, not run); a stored drill (its profile text given) compiles as it began, so none is lost on recovery
  const problems = rulesYaml === undefined ? compiledProblems(compiled, parsed.source!, rules.source!) : [];
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, compiled, rulesYaml: profile };
}

/** The value checks on the parts of a broken upload that parsed, as `drill validate` runs them (partial-values.ts); none when its profile is missing or broken. */
function partialProblems(partial: PartialParse<Scenario> | undefined, rulesDir: string, rulesYaml: string | undefined): Problem[] {
  if (!partial) return [];
  const rulesFile = join(rulesDir, `${partial.value.rules}.yaml`);
  if (rulesYaml === undefined && !existsSync(rulesFile)) return [];
  const rules = parseRules(rulesYaml ?? readFileSync(rulesFile, "utf8"), rulesFile);
  return rules.ok ? partialValueProblems(partial, rules.value) : [];
}
