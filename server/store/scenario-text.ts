/**
 * Compile a drill's stored scenario text (never the file on disk: it may have changed since the
 * drill began). The rules profile it names is read from the shipped rules folder.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { compile, type Compiled } from "../../engine/compile.ts";
import { parseRules, parseScenario } from "../../engine/scenario/load.ts";
import type { Problem } from "../../engine/scenario/problems.ts";

/** $LIANYAN_SCENARIOS/rules (as the server reads it), else scenarios/rules/ of this checkout */
export const RULES_DIR = process.env.LIANYAN_SCENARIOS ? join(process.env.LIANYAN_SCENARIOS, "rules") : fileURLToPath(new URL("../../scenarios/rules/", import.meta.url));

export type CompiledText = { ok: true; compiled: Compiled } | { ok: false; problems: Problem[] };

/**
 * Scenario YAML text → compiled scenario. `name` is the file name used in problems (e.g. the
 * drill id); problems carry line and column like `drill validate`'s.
 */
export function compileScenarioText(text: string, name: string, rulesDir = RULES_DIR): CompiledText {
  const parsed = parseScenario(text, name);
  if (!parsed.ok) return parsed;
  const rulesFile = join(rulesDir, `${parsed.value.rules}.yaml`);
  if (!existsSync(rulesFile)) {
    return { ok: false, problems: [{ file: name, line: 1, col: 1, path: ["rules"], message: `no rules profile "${parsed.value.rules}" in ${rulesDir}` }] };
  }
  const rules = parseRules(readFileSync(rulesFile, "utf8"), rulesFile);
  if (!rules.ok) return rules;
  return { ok: true, compiled: compile(parsed.value, rules.value) };
}
