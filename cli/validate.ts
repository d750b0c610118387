/** `drill validate FILE... [--lang zh|en]`: check scenarios, rules profiles, plays, rubrics and observations; one line per problem, in the reader's language (Chinese by default, like every drill command). */
import { readFileSync } from "node:fs";
import type { Compiled } from "../engine/compile.ts";
import { sniffKind } from "../engine/scenario/load.ts";
import { warningText } from "../i18n/problems.ts";
import { parseObservations, parseRubric } from "../engine/scenario/rubric-schema.ts";
import { langOption, printProblems } from "./problems.ts";
import { parseArgv as args, UsageError, type Out } from "./args.ts";
import { loadBestPlay, loadPlay, loadRules, loadScenario, type Loaded, type LoadedScenario } from "./files.ts";

export function validate(argv: string[], out: Out): number {
  const { positionals, values } = args(argv, { lang: { type: "string", default: "zh" } });
  const locale = langOption(values.lang);
  if (positionals.length === 0) throw new UsageError("someFile", { command: "validate" });
  let bad = 0;
  // plays are checked against a scenario given on the same command line, as `run` checks them
  const scenarios = new Map<string, Compiled>();
  for (const file of positionals) {
    let text = "";
    try {
      text = readFileSync(file, "utf8");
    } catch {
      printProblems([{ file, line: 1, col: 1, path: [], message: "file not found" }], out, locale);
      bad++;
      continue;
    }
    const kind = sniffKind(text);
    const result =
      kind === "play" ? loadPlay(file, (id) => scenarios.get(id))
      : kind === "rules" ? loadRules(file)
      : kind === "rubric" ? parseRubric(text, file)
      : kind === "observations" ? parseObservations(text, file)
      : withBestPlay(file, loadScenario(file));
    if (result.ok && kind === "scenario") {
      const { compiled, warnings } = result.value as LoadedScenario;
      scenarios.set(compiled.scenario.id, compiled);
      out.log(`ok ${idOf(result.value)}`);
      // inputs outside a model's range: printed with their place, the exit code stays 0
      for (const w of warnings) out.err(warningText(w, locale));
    } else if (result.ok) out.log(`ok ${idOf(result.value)}`);
    else {
      printProblems(result.problems, out, locale);
      bad++;
    }
  }
  return bad === 0 ? 0 : 1;
}

/** A scenario that names a best play passes only if that play exists and fits it (issue 10 §9). */
function withBestPlay(file: string, loaded: Loaded<LoadedScenario>): Loaded<LoadedScenario> {
  if (!loaded.ok) return loaded;
  const best = loadBestPlay(file, loaded.value.compiled);
  return best.ok ? loaded : best;
}

function idOf(v: unknown): string {
  const o = v as { id?: string; scenario?: string | { id: string }; observations?: unknown[] };
  if (Array.isArray(o.observations)) return `observations (${o.observations.length})`;
  if (typeof o.scenario === "object") return o.scenario.id;
  if (o.id) return o.id;
  return `play for ${String(o.scenario)}`;
}
