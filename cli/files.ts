/** File I/O for the CLI: read a scenario with its rules profile, or a play. Problems, never stack traces. */
import { readFileSync, existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { compile, type Compiled } from "../engine/compile.ts";
import { checkPlay } from "../engine/scenario/check-play.ts";
import { checkValues } from "../engine/scenario/check-values.ts";
import { checkRoads } from "../engine/world/check-roads.ts";
import { parsePlay, parseRules, parseScenario } from "../engine/scenario/load.ts";
import type { Play } from "../engine/scenario/play-schema.ts";
import type { Problem } from "../engine/scenario/problems.ts";
import type { RulesProfile } from "../engine/scenario/rules-schema.ts";
import type { Scenario } from "../engine/scenario/schema.ts";
import { problemAt } from "../engine/scenario/yaml-source.ts";
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
    return { ok: false, problems: [{ file, line: 1, col: 1, path: [], message: msg }] };
  }
}

/** The rules profile a scenario names: scenarios/rules/<id>.yaml beside the scenario file. */
export function rulesPathFor(scenarioFile: string, rulesId: string): string {
  return join(dirname(scenarioFile), "rules", `${rulesId}.yaml`);
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
  if (!parsed.ok) return parsed;
  const rulesFile = rulesPathFor(file, parsed.value.rules);
  if (!existsSync(rulesFile)) {
    return { ok: false, problems: [problemAt(parsed.source!, ["rules"], `no rules profile "${parsed.value.rules}" (looked for ${rulesFile})`, "the id of a file in scenarios/rules/")] };
  }
  const rules = loadRules(rulesFile);
  if (!rules.ok) return rules;
  const compiled = compile(parsed.value, rules.value);
  const values = [...checkValues(compiled), ...checkRoads(compiled)];
  if (values.length > 0) return { ok: false, problems: values.map((f) => problemAt(parsed.source!, f.path, f.message, f.expected)) };
  const warnings = (compiled.hazard.warnings?.(parsed.value) ?? []).map((f) => problemAt(parsed.source!, f.path, f.message, f.expected));
  return { ok: true, value: { scenario: parsed.value, rules: rules.value, compiled, warnings } };
}

export function loadRules(file: string): Loaded<RulesProfile> {
  const text = readText(file);
  if (!text.ok) return text;
  return parseRules(text.value, file);
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
  if (!parsed.ok) return parsed;
  const source = parsed.source!;
  if (typeof against === "function") {
    // `drill validate`: the scenario given beside it, else the one in the scenarios folder; never unchecked
    const found = against(parsed.value.scenario) ?? findScenario(file, parsed.value.scenario);
    if (!found) return { ok: false, problems: [problemAt(source, ["scenario"], `no scenario "${parsed.value.scenario}" to check this play against`, `scenarios/${parsed.value.scenario}.yaml beside the plays folder, or that scenario file on the same command line`)] };
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

/** scenarios/<id>.yaml for a play in scenarios/plays/. */
function scenarioFileFor(playFile: string, id: string): string {
  return join(dirname(dirname(playFile)), `${id}.yaml`);
}

function findScenario(playFile: string, id: string): Compiled | undefined {
  const f = scenarioFileFor(playFile, id);
  const loaded = existsSync(f) ? loadScenario(f) : undefined;
  return loaded?.ok ? loaded.value.compiled : undefined;
}
