/**
 * The value checks (check-values.ts, check-roads.ts) on a scenario whose format errors were patched (repair.ts) or
 * that failed only its own checks: their problems, less the knock-ons of the patched values. The one list `drill
 * validate` (cli/files.ts) and the server's upload (server/store/scenario-text.ts) add to the format problems, so both
 * name every independent problem in one run (README; newcomer 23 item 4: the upload named only the first).
 * `rules`: the profile the scenario names, parsed; none when the patched scenario does not compile its roads.
 */
import { compile, GENERIC_TASKS } from "./compile.ts";
import { hazardModel } from "./hazards/index.ts";
import { checkRoads } from "./world/check-roads.ts";
import { checkValues } from "./scenario/check-values.ts";
import type { PartialParse } from "./scenario/parse-with.ts";
import type { Problem } from "./scenario/problems.ts";
import { asWritten, knockOn } from "./scenario/repair.ts";
import type { RulesProfile } from "./scenario/rules-schema.ts";
import type { Scenario } from "./scenario/schema.ts";
import { problemAt } from "./scenario/yaml-source.ts";

export function partialValueProblems(partial: PartialParse<Scenario>, rules: RulesProfile): Problem[] {
  const hazard = hazardModel(partial.value.hazard.model);
  const light = { scenario: partial.value, hazard, tasks: new Set<string>([...GENERIC_TASKS, ...Object.keys(hazard.tasks)]) };
  // the road graph does not build with a road to an unknown place (a reference problem already listed): no route checks then
  let routes: ReturnType<typeof checkRoads> = [];
  try {
    routes = checkRoads(compile(partial.value, rules));
  } catch {
    routes = [];
  }
  return [...checkValues(light), ...routes]
    .filter((f) => !knockOn(f.path, partial.patched))
    .map((f) => problemAt(partial.source, asWritten(f.path, partial.renamed), f.message, f.expected));
}
