/** File I/O for the CLI: read a scenario with its rules profile, or a play. Problems, never stack traces. */
import { readFileSync, existsSync } from "node:fs";
import { dirname, isAbsolute, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { compile, GENERIC_TASKS, type Compiled } from "../engine/compile.ts";
import { modelTasks } from "../engine/hazards/index.ts";
import { checkPlay } from "../engine/scenario/check-play.ts";
import { oneOf } from "../engine/scenario/check-values.ts";
import { compiledProblems } from "../engine/scenario/check-compiled.ts";
import { parsePlay, parseRules, parseScenario } from "../engine/scenario/load.ts";
import { playCommands } from "../engine/replay.ts";
import { Play as PlaySchema, type Play } from "../engine/scenario/play-schema.ts";
import type { Problem } from "../engine/scenario/problems.ts";
import type { RulesProfile } from "../engine/scenario/rules-schema.ts";
import type { Scenario } from "../engine/scenario/schema.ts";
import { parseYaml, problemAt, type YamlSource } from "../engine/scenario/yaml-source.ts";
import type { PartialParse } from "../engine/scenario/parse-with.ts";
import { partialValueProblems } from "../engine/partial-values.ts";
import { asWritten, knockOn } from "../engine/scenario/repair.ts";
import type { BestPlay } from "../engine/evaluate/references.ts";
import { cached, cacheKey, store } from "./file-cache.ts";

/** A valid scenario, compiled, with warnings for inputs outside its hazard model's range (the drill still runs). */
export interface LoadedScenario {
  scenario: Scenario;
  rules: RulesProfile;
  compiled: Compiled;
  warnings: Problem[];
}

export type Loaded<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

export function readText(file: string): Loaded<string> {
  try {
    return { ok: true, value: readFileSync(file, "utf8") };
  } catch (e) {
    const msg = (e as NodeJS.ErrnoException).code === "ENOENT" ? "file not found" : `cannot read: ${(e as Error).message}`;
    // a scenario named by its id (as the HTTP API takes it): point at its file
    const guess = (e as NodeJS.ErrnoException).code === "ENOENT" && !/[./\\]/.test(file) ? join("scenarios", `${file}.yaml`) : undefined;
    return { ok: false, problems: [{ file, line: 1, col: 1, path: [], message: msg, ...(guess && existsSync(guess) ? { expected: `a file path, e.g. ${guess}` } : {}) }] };
  }
}

/**
 * The project's own scenarios folder, for profiles a scenario kept elsewhere names: beside cli/ when
 * run from the sources, two floors up from the compiled bundle in dist/cli/.
 */
const PROJECT_SCENARIOS = ["../scenarios/", "../../scenarios/"].map((p) => fileURLToPath(new URL(p, import.meta.url))).find((p) => existsSync(join(p, "rules"))) ?? fileURLToPath(new URL("../scenarios/", import.meta.url));

/**
 * Where a profile a scenario names may be: a path (ends in .yaml, relative to the scenario), else
 * <folder>/<id>.yaml beside the scenario, in the working directory's scenarios/, then in the project's.
 */
export function profileCandidates(scenarioFile: string, folder: "rules" | "rubrics" | "plays", ref: string): string[] {
  if (ref.endsWith(".yaml") || ref.endsWith(".yml")) return [isAbsolute(ref) ? ref : resolve(dirname(scenarioFile), ref)];
  return [...new Set([join(dirname(scenarioFile), folder, `${ref}.yaml`), join("scenarios", folder, `${ref}.yaml`), join(PROJECT_SCENARIOS, folder, `${ref}.yaml`)])];
}

/** The rules profile a scenario names: the first of profileCandidates that exists (the first if none does). */
export function rulesPathFor(scenarioFile: string, rulesId: string): string {
  const all = profileCandidates(scenarioFile, "rules", rulesId);
  return all.find((p) => existsSync(p)) ?? all[0]!;
}

/** What the file cache keeps of a scenario that passed: the values, and the rules text it was checked with. */
interface CachedScenario {
  scenario: Scenario;
  rules: RulesProfile;
  warnings: Problem[];
  rulesKey: string;
}

/** The cache key each compiled scenario was loaded under: a play checked against it is cached under both. */
const keyOf = new WeakMap<Compiled, string>();

export function loadScenario(file: string): Loaded<LoadedScenario> {
  const text = readText(file);
  if (!text.ok) return text;
  const key = cacheKey("scenario", file, text.value);
  const hit = cached<CachedScenario>(key);
  if (hit && rulesKey(file, hit.scenario.rules) === hit.rulesKey) {
    const compiled = compile(hit.scenario, hit.rules);
    keyOf.set(compiled, cacheKey("compiled", key, hit.rulesKey));
    return { ok: true, value: { scenario: hit.scenario, rules: hit.rules, compiled, warnings: hit.warnings } };
  }
  const loaded = scenarioFromText(text.value, file);
  if (loaded.ok) {
    const { scenario, rules, warnings, compiled } = loaded.value;
    const rk = rulesKey(file, scenario.rules);
    store(key, { scenario, rules, warnings, rulesKey: rk } satisfies CachedScenario);
    keyOf.set(compiled, cacheKey("compiled", key, rk));
  }
  return loaded;
}

function rulesKey(scenarioFile: string, rulesId: string): string {
  const f = rulesPathFor(scenarioFile, rulesId);
  const text = readText(f);
  return cacheKey("rules", f, text.ok ? text.value : "");
}

/** A scenario's text as if read from `file` (its rules profile is looked up beside that path). */
export function scenarioFromText(text: string, file: string): Loaded<LoadedScenario> {
  const parsed = parseScenario(text, file);
  // format errors: the value checks still run on the parts that parsed, so one run lists every independent problem
  if (!parsed.ok) return parsed.partial ? { ok: false, problems: [...parsed.problems, ...valueProblems(file, parsed.partial)] } : parsed;
  const rulesFile = rulesPathFor(file, parsed.value.rules);
  if (!existsSync(rulesFile)) {
    const looked = profileCandidates(file, "rules", parsed.value.rules).join(", ");
    return { ok: false, problems: [problemAt(parsed.source!, ["rules"], `no rules profile "${parsed.value.rules}" (looked for ${looked})`, "the id of a file in scenarios/rules/, or a path to a profile")] };
  }
  const rules = loadRules(rulesFile);
  if (!rules.ok) return rules;
  const compiled = compile(parsed.value, rules.value);
  const problems = compiledProblems(compiled, parsed.source!, rules.source!);
  if (problems.length > 0) return { ok: false, problems };
  const warnings = (compiled.hazard.warnings?.(parsed.value) ?? []).map((f) => problemAt(parsed.source!, f.path, f.message, f.expected));
  return { ok: true, value: { scenario: parsed.value, rules: rules.value, compiled, warnings } };
}

/**
 * The value checks (check-values.ts, check-roads.ts) on a scenario whose format errors were patched (repair.ts):
 * their problems, less the knock-ons of the patched values; none when its rules profile is missing or broken (that
 * is its own problem once the format is fixed) or the patched scenario does not compile.
 */
function valueProblems(file: string, partial: PartialParse<Scenario>): Problem[] {
  const rulesFile = rulesPathFor(file, partial.value.rules);
  if (!existsSync(rulesFile)) return [];
  const rules = loadRules(rulesFile);
  return rules.ok ? partialValueProblems(partial, rules.value) : [];
}

export function loadRules(file: string): Loaded<RulesProfile> & { source?: YamlSource } {
  const text = readText(file);
  if (!text.ok) return text;
  const parsed = parseRules(text.value, file);
  if (!parsed.ok) return parsed;
  // control tasks no hazard model knows: a typo would silently explain no late control (checked per scenario too)
  const known = new Set<string>([...GENERIC_TASKS, ...modelTasks()]);
  const problems = Object.entries(parsed.value.control).flatMap(([kind, ctl]) => (ctl?.tasks ?? []).flatMap((t, i) =>
    known.has(t) ? [] : [problemAt(parsed.source!, ["control", kind, "tasks", i], `unknown task "${t}"`, oneOf(known))]));
  return problems.length > 0 ? { ok: false, problems } : parsed;
}

/**
 * A play, checked against its scenario: the compiled one given, or else scenarios/<id>.yaml
 * beside the play's folder when it exists. Names the scenario lacks are problems with their lines.
 */
export function loadPlay(file: string, against?: Compiled | ((id: string) => Compiled | undefined)): Loaded<Play> {
  const text = readText(file);
  if (!text.ok) return text;
  // a play checked against a cached scenario is cached with it (checkPlay reads the scenario)
  const scenarioKey = against && typeof against !== "function" ? keyOf.get(against) : undefined;
  const key = scenarioKey && cacheKey("play", file, text.value, scenarioKey);
  const hit = key ? cached<Play>(key) : undefined;
  if (hit) return { ok: true, value: hit };
  const loaded = playFromText(text.value, file, against);
  if (key && loaded.ok) store(key, loaded.value);
  return loaded;
}

/**
 * `loadPlay` for text already read (`file` names it in problems, e.g. an uploaded bot play):
 * the same file:line:col problems, including "this play is for scenario X" against `against`.
 */
export function playFromText(text: string, file: string, against?: Compiled | ((id: string) => Compiled | undefined)): Loaded<Play> {
  const parsed = parsePlay(text, file);
  if (!parsed.ok) {
    // the other commands are still checked against the scenario (`drill validate` finds it by the play's
    // `scenario:` as for a sound play), so one bad line never hides an unknown role or task on another
    const named = typeof against === "function" ? namedScenario(text, file, against) : { scenario: against };
    if (named.scenario) {
      // the play patched to pass (repair.ts: a misspelt `plase` lends its value to the missing `place`) is checked
      // whole, less the patched fields' knock-ons, so a misspelt key does not hide a wrong unit in its own command
      const more = parsed.partial ? partialPlayProblems(parsed.partial, named.scenario) : otherCommandsProblems(text, file, named.scenario, parsed.problems);
      return { ok: false, problems: [...parsed.problems, ...more] };
    }
    // never silently unchecked: say that the scenario to check the rest against was not found
    return named.missing ? { ok: false, problems: [...parsed.problems, named.missing] } : parsed;
  }
  const source = parsed.source!;
  if (typeof against === "function") {
    // `drill validate`: the scenario given beside it, else the one in the scenarios folder; never unchecked
    const found = against(parsed.value.scenario) ?? findScenario(file, parsed.value.scenario);
    if (!found) return { ok: false, problems: [noScenario(source, parsed.value.scenario)] };
    return playFromText(text, file, found);
  }
  if (against && parsed.value.scenario !== against.scenario.id) {
    return { ok: false, problems: [problemAt(source, ["scenario"], `this play is for scenario "${parsed.value.scenario}", not "${against.scenario.id}"`, `"${against.scenario.id}"`)] };
  }
  const found = against ?? findScenario(file, parsed.value.scenario);
  if (!found || found.scenario.id !== parsed.value.scenario) return { ok: true, value: parsed.value };
  const problems = checkPlay(parsed.value, found).map((f) => problemAt(source, f.path, f.message, f.expected));
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: parsed.value };
}

/**
 * "One line per problem" when some commands do not parse (review 8 item 12: `at: "00:61:00"` hid
 * `at: "99:00:00"`, past the drill's end, until it was fixed): the commands that do parse are
 * checked against the scenario too, their problems placed at their own index. Nothing more when
 * a problem lies outside `commands[i]` (the play's head is broken).
 */
function otherCommandsProblems(text: string, file: string, against: Compiled, syntax: readonly Problem[]): Problem[] {
  const bad = new Set<number>();
  for (const p of syntax) {
    if (p.path[0] !== "commands" || typeof p.path[1] !== "number") return [];
    bad.add(p.path[1]);
  }
  const y = parseYaml(text, file);
  if (!y.ok) return [];
  const data = y.source.data as { commands?: unknown };
  if (!Array.isArray(data.commands)) return [];
  const kept = data.commands.map((_, i) => i).filter((i) => !bad.has(i));
  const rest = PlaySchema.safeParse({ ...data, commands: kept.map((i) => (data.commands as unknown[])[i]) });
  if (!rest.success) return [];
  return checkPlay(rest.data, against).map((f) => {
    const path = f.path[0] === "commands" && typeof f.path[1] === "number" ? ["commands", kept[f.path[1]]!, ...f.path.slice(2)] : f.path;
    return problemAt(y.source, path, f.message, f.expected);
  });
}

/** checkPlay on a play whose format errors were patched (repair.ts), less the knock-ons of the patched values. */
function partialPlayProblems(partial: PartialParse<Play>, against: Compiled): Problem[] {
  return checkPlay(partial.value, against).filter((f) => !knockOn(f.path, partial.patched)).map((f) => problemAt(partial.source, asWritten(f.path, partial.renamed), f.message, f.expected));
}

/** scenarios/<id>.yaml for a play in scenarios/plays/. */
function scenarioFileFor(playFile: string, id: string): string {
  return join(dirname(dirname(playFile)), `${id}.yaml`);
}

/**
 * The scenario a play that does not parse names in its `scenario:` field, found as validate finds a
 * sound play's; else the problem saying it was not found (none when the field itself is unreadable).
 */
function namedScenario(text: string, file: string, against: (id: string) => Compiled | undefined): { scenario?: Compiled; missing?: Problem } {
  const y = parseYaml(text, file);
  const id = y.ok ? (y.source.data as { scenario?: unknown } | null)?.scenario : undefined;
  if (!y.ok || typeof id !== "string") return {};
  const scenario = against(id) ?? findScenario(file, id);
  return scenario ? { scenario } : { missing: noScenario(y.source, id) };
}

const noScenario = (source: YamlSource, id: string): Problem =>
  problemAt(source, ["scenario"], `no scenario "${id}" to check this play against`, `scenarios/${id}.yaml beside the plays folder, or that scenario file on the same command line`);

function findScenario(playFile: string, id: string): Compiled | undefined {
  const f = scenarioFileFor(playFile, id);
  const loaded = existsSync(f) ? loadScenario(f) : undefined;
  return loaded?.ok ? loaded.value.compiled : undefined;
}

/**
 * The best play a scenario names (`bestPlay:`, the reference its harm is graded against): found
 * like a profile (a path relative to the scenario, else plays/<id>.yaml beside it, in ./scenarios,
 * in the project's), checked against the scenario. undefined when the scenario names none;
 * problems point at the scenario's `bestPlay:` line, and at the play's own lines.
 */
export function loadBestPlay(scenarioFile: string, c: Compiled): Loaded<BestPlay | undefined> {
  const ref = c.scenario.bestPlay;
  if (ref === undefined) return { ok: true, value: undefined };
  const candidates = profileCandidates(scenarioFile, "plays", ref);
  const file = candidates.find((p) => existsSync(p));
  const at = (message: string, expected: string): Problem => {
    const text = readText(scenarioFile);
    const yaml = text.ok ? parseYaml(text.value, scenarioFile) : undefined;
    return yaml?.ok ? problemAt(yaml.source, ["bestPlay"], message, expected) : { file: scenarioFile, line: 1, col: 1, path: ["bestPlay"], message, expected };
  };
  if (!file) return { ok: false, problems: [at(`no best play "${ref}" (looked for ${candidates.join(", ")})`, "the id of a play in scenarios/plays/, or a path to one")] };
  const play = loadPlay(file, c);
  if (!play.ok) return { ok: false, problems: [at(`best play "${ref}" does not load`, "a play for this scenario"), ...play.problems] };
  return { ok: true, value: { ref, ...(play.value.title ? { title: play.value.title } : {}), commands: playCommands(play.value) } };
}
