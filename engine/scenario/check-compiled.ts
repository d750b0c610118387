/**
 * The checks a scenario passes once compiled, as problems at their lines: closed-set values (check-values.ts), roads
 * by direction (check-roads.ts), then the rules profile's control tasks for its kind. The one list `drill validate`
 * and the server's upload both give: an upload with `capabilities: [flying]` was accepted by the server while the CLI
 * refused it (newcomer 21). Pure; errors: none (problems are returned, never thrown).
 */
import type { Compiled } from "../compile.ts";
import { checkRoads } from "../world/check-roads.ts";
import { checkControlTasks, checkValues } from "./check-values.ts";
import type { Problem } from "./problems.ts";
import { problemAt, type YamlSource } from "./yaml-source.ts";

/**
 * `scenario` and `rules`: the parsed sources the problems point into (file, line, column). A value or road problem is
 * the scenario file's; a control-task problem, listed only once the scenario's own are fixed, is the profile's.
 */
export function compiledProblems(c: Compiled, scenario: YamlSource, rules: YamlSource): Problem[] {
  const values = [...checkValues(c), ...checkRoads(c)];
  if (values.length > 0) return values.map((f) => problemAt(scenario, f.path, f.message, f.expected));
  return checkControlTasks(c).map((f) => problemAt(rules, f.path, f.message, f.expected));
}
