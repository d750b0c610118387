/**
 * Text → typed, validated scenario / rules profile / play. No file I/O here: callers pass the
 * text and the file name used in messages. Nothing runs unless this returns ok.
 */
import { checkScenario } from "./check-scenario.ts";
import { parseWith } from "./parse-with.ts";
import { Play } from "./play-schema.ts";
import type { Parsed } from "./problems.ts";
import { RulesProfile } from "./rules-schema.ts";
import { Scenario } from "./schema.ts";
import { problemAt, type YamlSource } from "./yaml-source.ts";

export function parseScenario(text: string, file: string): ReturnType<typeof parseWith<Scenario>> {
  return parseWith(Scenario, text, file, (scenario, source) =>
    checkScenario(scenario).map((f) => problemAt(source, f.path, f.message, f.expected)),
  );
}

export function parseRules(text: string, file: string): Parsed<RulesProfile> & { source?: YamlSource } {
  return parseWith(RulesProfile, text, file);
}

/** A play's text → the play, or its problems; with format errors, `partial` is the play patched to pass (repair.ts). */
export function parsePlay(text: string, file: string): ReturnType<typeof parseWith<Play>> {
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
