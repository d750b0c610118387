/**
 * Text → typed, validated scenario / rules profile / play. No file I/O here: callers pass the
 * text and the file name used in messages. Nothing runs unless this returns ok.
 */
import type { z } from "zod";
import { checkScenario } from "./check-scenario.ts";
import { keysAt } from "./keys.ts";
import { Play } from "./play-schema.ts";
import type { Parsed, Problem } from "./problems.ts";
import { RulesProfile } from "./rules-schema.ts";
import { Scenario } from "./schema.ts";
import { parseYaml, problemAt, type YamlSource } from "./yaml-source.ts";
import { zodProblems } from "./zod-problems.ts";

function parseWith<T>(schema: z.ZodType<T>, text: string, file: string, extra?: (value: T, source: YamlSource) => Problem[]): Parsed<T> {
  const parsed = parseYaml(text, file);
  if (!parsed.ok) return parsed;
  const { source } = parsed;
  if (source.data === null || typeof source.data !== "object" || Array.isArray(source.data)) {
    return { ok: false, problems: [problemAt(source, [], "the file is not a YAML mapping", "key: value pairs at the top level")] };
  }
  const result = schema.safeParse(source.data);
  if (!result.success) {
    return { ok: false, problems: zodProblems(source, result.error, (path) => keysAt(schema, source.data, path)) };
  }
  const problems = extra ? extra(result.data, source) : [];
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: result.data };
}

export function parseScenario(text: string, file: string): Parsed<Scenario> {
  return parseWith(Scenario, text, file, (scenario, source) =>
    checkScenario(scenario).map((f) => problemAt(source, f.path, f.message, f.expected)),
  );
}

export function parseRules(text: string, file: string): Parsed<RulesProfile> {
  return parseWith(RulesProfile, text, file);
}

export function parsePlay(text: string, file: string): Parsed<Play> {
  return parseWith(Play, text, file);
}

/** Which format a YAML file is, from its top-level keys: lets `drill validate` take any of them. */
export function sniffKind(text: string): "scenario" | "rules" | "play" | "rubric" | "observations" {
  if (/^commands\s*:/m.test(text)) return "play";
  if (/^observations\s*:/m.test(text)) return "observations";
  if (/^sections\s*:/m.test(text)) return "rubric";
  if (/^grading\s*:/m.test(text)) return "rules";
  return "scenario";
}
