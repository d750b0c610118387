/** Turn zod issues into file:line:col problems with a readable "expected". */
import type { z } from "zod";
import type { PathSegment, Problem } from "./problems.ts";
import { problemAt, type YamlSource } from "./yaml-source.ts";

export function zodProblems(source: YamlSource, error: z.ZodError, knownKeys?: (path: PathSegment[]) => string[] | undefined): Problem[] {
  return issueProblems(source, error.issues as unknown as Issue[], [], knownKeys);
}

function issueProblems(source: YamlSource, issues: readonly Issue[], prefix: PathSegment[], knownKeys?: (path: PathSegment[]) => string[] | undefined): Problem[] {
  const out: Problem[] = [];
  for (const issue of issues) {
    const path = [...prefix, ...issue.path.filter((p): p is PathSegment => typeof p === "string" || typeof p === "number")];
    const value = valueAt(source.data, path);
    const missing = value === undefined;
    switch (issue.code) {
      case "unrecognized_keys":
        for (const k of issue.keys ?? []) {
          const allowed = knownKeys?.(path);
          out.push(problemAt(source, [...path, k], `unknown key "${k}"`, allowed ? `one of: ${allowed.join(", ")}` : "no other keys here", true));
        }
        break;
      case "invalid_type":
        out.push(problemAt(source, path, missing ? "required field is missing" : `wrong type: got ${describe(value)}`, typeName(issue.expected)));
        break;
      case "invalid_value":
        out.push(problemAt(source, path, missing ? "required field is missing" : `${show(value)} is not allowed`, `one of: ${(issue.values ?? []).map(String).join(", ")}`));
        break;
      case "invalid_union":
        out.push(...unionProblems(source, issue, path, knownKeys));
        break;
      case "too_small":
      case "too_big": {
        const bound = issue.code === "too_small" ? (issue.inclusive === false ? ">" : "≥") : (issue.inclusive === false ? "<" : "≤");
        const what = issue.origin === "array" ? "items" : issue.origin === "string" ? "characters" : "";
        // blank text is no value "out of range" to a reader (newcomer 22: 「数值 "" 超出范围」): it must not be empty
        if (issue.code === "too_small" && issue.origin === "string" && typeof value === "string" && value.trim() === "") {
          out.push(problemAt(source, path, "must not be empty", "some text"));
          break;
        }
        out.push(problemAt(source, path, `value ${show(value)} is out of range`, `${bound} ${String(issue.minimum ?? issue.maximum)}${what ? ` ${what}` : ""}`));
        break;
      }
      case "invalid_format":
        out.push(problemAt(source, path, `${show(value)} has the wrong format`, issue.message.replace(/^Invalid string: /, "")));
        break;
      case "not_multiple_of":
        out.push(problemAt(source, path, `${show(value)} is not a whole multiple`, `a multiple of ${String((issue as { divisor?: number }).divisor)}`));
        break;
      default:
        out.push(problemAt(source, path, issue.message, "a value that satisfies the rule above"));
    }
  }
  return out;
}

/**
 * A union's failure, said usefully: the discriminator's allowed values; literals merged into one
 * "one of"; otherwise the problems of the branch that got furthest (a string id that fails its
 * pattern), or the wrong type with every accepted type.
 */
function unionProblems(source: YamlSource, issue: Issue, path: PathSegment[], knownKeys?: (path: PathSegment[]) => string[] | undefined): Problem[] {
  if (issue.discriminator) {
    // zod 4 puts the discriminator at the end of the path already
    const disc = issue.discriminator;
    const at = path[path.length - 1] === disc ? path : [...path, disc];
    const v = valueAt(source.data, at);
    const allowed = (issue.options ?? []).map(String);
    return [problemAt(source, at, v === undefined ? `required field "${disc}" is missing` : `unknown ${disc} ${show(v)}`, allowed.length ? `one of: ${allowed.join(", ")}` : `a known ${disc}`)];
  }
  const branches = issue.errors ?? [];
  const all = branches.flat();
  if (all.length > 0 && all.every((i) => i.code === "invalid_value" && i.path.length === 0)) {
    const v = valueAt(source.data, path);
    return [problemAt(source, path, v === undefined ? "required field is missing" : `${show(v)} is not allowed`, `one of: ${all.flatMap((i) => i.values ?? []).map(String).join(", ")}`)];
  }
  const typeMiss = (b: Issue[]) => b.every((i) => i.code === "invalid_type" && i.path.length === 0);
  const closest = branches.find((b) => b.length > 0 && !typeMiss(b));
  if (closest) return issueProblems(source, closest, path, knownKeys);
  const v = valueAt(source.data, path);
  const types = [...new Set(all.map((i) => typeName(i.expected)))];
  return [problemAt(source, path, v === undefined ? "required field is missing" : `wrong type: got ${describe(v)}`, types.join(" or ") || "another type")];
}

/** zod's type names in the words of a file's author. */
function typeName(t: string | undefined): string {
  const names: Record<string, string> = { string: "text", number: "a number", int: "a whole number", boolean: "true or false", array: "a list", object: "a mapping (key: value)", record: "a mapping (key: value)" };
  return t === undefined ? "another type" : names[t] ?? t;
}

/** A value as a message can show it: short, never "undefined" or "null" for a number. */
function show(v: unknown): string {
  if (v === undefined) return "nothing";
  if (Array.isArray(v)) return `a list of ${v.length} item${v.length === 1 ? "" : "s"}`;
  if (v !== null && typeof v === "object") return "a mapping";
  if (typeof v === "number" && !Number.isFinite(v)) return Number.isNaN(v) ? ".nan" : v > 0 ? ".inf" : "-.inf";
  const text = JSON.stringify(v);
  return text.length > 60 ? `${text.slice(0, 57)}…"` : text;
}

interface Issue {
  code: string;
  path: PropertyKey[];
  message: string;
  expected?: string;
  keys?: string[];
  values?: unknown[];
  minimum?: number | bigint;
  maximum?: number | bigint;
  inclusive?: boolean;
  origin?: string;
  discriminator?: string;
  note?: string;
  options?: unknown[];
  errors?: Issue[][];
}

export function valueAt(data: unknown, path: readonly PathSegment[]): unknown {
  let v: unknown = data;
  for (const seg of path) {
    if (v === null || typeof v !== "object") return undefined;
    v = (v as Record<string | number, unknown>)[seg];
  }
  return v;
}

function describe(v: unknown): string {
  if (v === undefined) return "nothing";
  if (v === null) return "null (an empty value)";
  if (typeof v === "string") return `text ${show(v)}`;
  if (typeof v === "number") return `number ${show(v)}`;
  if (typeof v === "boolean") return `${v}`;
  return show(v);
}
