/** Turn zod issues into file:line:col problems with a readable "expected". */
import type { z } from "zod";
import type { PathSegment, Problem } from "./problems.ts";
import { problemAt, type YamlSource } from "./yaml-source.ts";

export function zodProblems(source: YamlSource, error: z.ZodError, knownKeys?: (path: PathSegment[]) => string[] | undefined): Problem[] {
  const out: Problem[] = [];
  for (const issue of flatten(error.issues as unknown as Issue[])) {
    const path = issue.path.filter((p): p is PathSegment => typeof p === "string" || typeof p === "number");
    switch (issue.code) {
      case "unrecognized_keys":
        for (const k of issue.keys ?? []) {
          const allowed = knownKeys?.(path);
          out.push(problemAt(source, [...path, k], `unknown key "${k}"`, allowed ? `one of: ${allowed.join(", ")}` : undefined, true));
        }
        break;
      case "invalid_type": {
        const got = describe(valueAt(source.data, path));
        out.push(problemAt(source, path, got === "missing" ? "required field is missing" : `wrong type: got ${got}`, issue.expected));
        break;
      }
      case "invalid_value":
        out.push(problemAt(source, path, `${JSON.stringify(valueAt(source.data, path))} is not allowed`, `one of: ${(issue.values ?? []).map(String).join(", ")}`));
        break;
      case "invalid_union":
        if (issue.discriminator) {
          // zod 4 puts the discriminator at the end of the path already
          const disc = issue.discriminator;
          const at = path[path.length - 1] === disc ? path : [...path, disc];
          const allowed = (issue.options ?? []).map(String);
          out.push(problemAt(source, at, `unknown ${disc} ${JSON.stringify(valueAt(source.data, at))}`, allowed.length ? `one of: ${allowed.join(", ")}` : undefined));
        } else out.push(problemAt(source, path, issue.message));
        break;
      case "too_small":
      case "too_big": {
        const bound = issue.code === "too_small" ? (issue.inclusive === false ? ">" : "≥") : (issue.inclusive === false ? "<" : "≤");
        const what = issue.origin === "array" ? "items" : issue.origin === "string" ? "characters" : "";
        out.push(problemAt(source, path, `value ${JSON.stringify(valueAt(source.data, path))} is out of range`, `${bound} ${String(issue.minimum ?? issue.maximum)}${what ? ` ${what}` : ""}`));
        break;
      }
      case "invalid_format":
        out.push(problemAt(source, path, `${JSON.stringify(valueAt(source.data, path))} has the wrong format`, issue.message.replace(/^Invalid string: /, "")));
        break;
      default:
        out.push(problemAt(source, path, issue.message));
    }
  }
  return out;
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

function flatten(issues: Issue[]): Issue[] {
  return issues;
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
  if (v === undefined) return "missing";
  if (v === null) return "null";
  if (Array.isArray(v)) return "a list";
  if (typeof v === "object") return "a mapping";
  return `${typeof v} ${JSON.stringify(v)}`;
}
