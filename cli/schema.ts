/**
 * JSON Schemas for editors (the YAML language server): one per file format, generated from the
 * same zod schemas the loader enforces, so autocomplete and validation never drift apart.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { toJSONSchema, type z } from "zod";
import { Play } from "../engine/scenario/play-schema.ts";
import { Observations, RubricProfile } from "../engine/scenario/rubric-schema.ts";
import { RulesProfile } from "../engine/scenario/rules-schema.ts";
import { Scenario } from "../engine/scenario/schema.ts";
import { parseArgv as args, UsageError, type Out } from "./args.ts";

/** Each format, the file its schema is written to (in scenarios/), and the modeline its files start with. */
export const SCHEMAS: Record<string, { schema: z.ZodType; file: string; folder: string }> = {
  scenario: { schema: Scenario, file: "schema.json", folder: "." },
  play: { schema: Play, file: "play.schema.json", folder: "plays" },
  rules: { schema: RulesProfile, file: "rules.schema.json", folder: "rules" },
  rubric: { schema: RubricProfile, file: "rubric.schema.json", folder: "rubrics" },
  observations: { schema: Observations, file: "observations.schema.json", folder: "observations" },
};

export function schemaJson(kind: string): string {
  const entry = SCHEMAS[kind];
  if (!entry) throw new Error(`no schema "${kind}"`);
  return `${JSON.stringify(toJSONSchema(entry.schema, { io: "input", unrepresentable: "any" }), null, 2)}\n`;
}

/** The first line a file of this kind carries, relative to its folder in scenarios/. */
export function modeline(kind: string): string {
  const entry = SCHEMAS[kind]!;
  return `# yaml-language-server: $schema=${entry.folder === "." ? "./" : "../"}${entry.file}`;
}

/** `drill schema [--kind K] [--dir DIR]`: print one schema, or write them all. */
export function schemaCommand(argv: string[], out: Out): number {
  const { values } = args(argv, { kind: { type: "string", default: "scenario" }, dir: { type: "string" }, lang: { type: "string", default: "zh" } });
  if (values.dir) {
    for (const kind of Object.keys(SCHEMAS)) writeFileSync(join(values.dir as string, SCHEMAS[kind]!.file), schemaJson(kind));
    return 0;
  }
  if (!SCHEMAS[values.kind as string]) throw new UsageError("oneOf", { option: "--kind", allowed: Object.keys(SCHEMAS).join(", "), value: String(values.kind) });
  out.log(schemaJson(values.kind as string).trimEnd());
  return 0;
}
