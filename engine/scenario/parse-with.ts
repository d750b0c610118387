/** YAML text → a value of a zod schema, or problems with file:line:col; every file format parses through here. */
import type { z } from "zod";
import { keysAt } from "./keys.ts";
import type { Parsed, Problem } from "./problems.ts";
import { parseYaml, problemAt, type YamlSource } from "./yaml-source.ts";
import { zodProblems } from "./zod-problems.ts";

export function parseWith<T>(schema: z.ZodType<T>, text: string, file: string, extra?: (value: T, source: YamlSource) => Problem[]): Parsed<T> & { source?: YamlSource } {
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
  // the source travels with the value, so later checks can place their problems without parsing again
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: result.data, source };
}
