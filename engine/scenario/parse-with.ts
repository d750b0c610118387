/** YAML text → a value of a zod schema, or problems with file:line:col; every file format parses through here. */
import type { z } from "zod";
import { keysAt } from "./keys.ts";
import type { Parsed, PathSegment, Problem } from "./problems.ts";
import { parseYaml, problemAt, type YamlSource } from "./yaml-source.ts";
import { zodProblems } from "./zod-problems.ts";
import { asWritten, knockOn, repairForChecks, type Renamed } from "./repair.ts";

/** The parts of a file with format errors that parsed, patched to pass the schema (repair.ts), for the later checks. */
export interface PartialParse<T> { value: T; source: YamlSource; patched: PathSegment[][]; renamed: Renamed[] }

/**
 * Text → value, or every problem: with format errors, the `extra` checks still run on the parts that parsed
 * (repair.ts) and their problems follow the format errors, less the knock-ons of the patched values; `partial`
 * carries that patched value so a caller can run its own checks the same way (cli/files.ts).
 */
export function parseWith<T>(schema: z.ZodType<T>, text: string, file: string, extra?: (value: T, source: YamlSource) => Problem[]): Parsed<T> & { source?: YamlSource; partial?: PartialParse<T> } {
  const parsed = parseYaml(text, file);
  // invisible characters and numbers out of bounds leave the data parsed (yaml-source.ts): they are listed first, and
  // the checks below still run, so one run names every independent problem (newcomer 23 item 4)
  if (!parsed.ok && !parsed.source) return parsed;
  const { source } = parsed as { source: YamlSource };
  const first = parsed.ok ? [] : parsed.problems;
  if (source.data === null || typeof source.data !== "object" || Array.isArray(source.data)) {
    return { ok: false, problems: [...first, problemAt(source, [], "the file is not a YAML mapping", "key: value pairs at the top level")] };
  }
  // a number already listed as out of bounds is not listed again by the schema at the same field
  const same = (p: Problem) => first.some((f) => f.code !== "hiddenChar" && f.path.length === p.path.length && f.path.every((s, i) => p.path[i] === s));
  const result = schema.safeParse(source.data);
  if (!result.success) {
    const format = [...first, ...zodProblems(source, result.error, (path) => keysAt(schema, source.data, path)).filter((p) => !same(p))];
    const repaired = repairForChecks(schema, source.data, result.error.issues);
    if (!repaired) return { ok: false, problems: format };
    const more = (extra ? extra(repaired.value, source) : []).filter((p) => !knockOn(p.path, repaired.patched)).map((p) => {
      // a finding on a value written under a misspelt key is placed at that key (repair.ts asWritten)
      const path = asWritten(p.path, repaired.renamed);
      return path === p.path ? p : { ...p, ...problemAt(source, path, p.message, p.expected) };
    });
    return { ok: false, problems: [...format, ...more], partial: { ...repaired, source } };
  }
  const problems = [...first, ...(extra ? extra(result.data, source) : [])];
  // the source travels with the value, so later checks can place their problems without parsing again
  return problems.length > 0 ? { ok: false, problems, partial: { value: result.data, source, patched: [], renamed: [] } } : { ok: true, value: result.data, source };
}
