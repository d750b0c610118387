/**
 * A file with format errors still has parts that parsed: its ids, places, roads and capabilities. A trainer fixing
 * a broken file wants every independent problem in one run (README: "a broken one prints one line per problem";
 * newcomer 21 needed three rounds for five planted errors). Here a copy of the data is patched just enough to pass
 * the schema, so the reference and value checks can run on it: an unknown key is left out (the engine ignores it),
 * a value out of range or not allowed takes the same field of a sibling in its list, else the nearest bound or the
 * first allowed value. The patched paths are returned: a check's finding under one is a knock-on of the placeholder,
 * never shown. A missing field takes the value under its misspelt key, else the same field of a sibling, else a
 * neutral number or false (missingStandIn).
 * When a value cannot be patched (a missing text with no sibling, a wrong type with no sibling), undefined: the
 * format errors alone are reported, as before.
 */
import type { z } from "zod";
import type { PathSegment } from "./problems.ts";

type Issue = z.core.$ZodIssue;
type Obj = Record<string | number, unknown>;

const clone = <T>(v: T): T => structuredClone(v);

function at(data: unknown, path: readonly PathSegment[]): unknown {
  let v: unknown = data;
  for (const seg of path) {
    if (v === null || typeof v !== "object") return undefined;
    v = (v as Obj)[seg];
  }
  return v;
}

function set(data: unknown, path: readonly PathSegment[], value: unknown): boolean {
  const parent = at(data, path.slice(0, -1));
  if (parent === null || typeof parent !== "object") return false;
  (parent as Obj)[path[path.length - 1]!] = value;
  return true;
}

const under = (path: readonly PathSegment[], prefix: readonly PathSegment[]) => prefix.length <= path.length && prefix.every((s, i) => path[i] === s);

/** The same field of another element of the nearest enclosing list, one no issue touches. */
function donor(data: unknown, path: readonly PathSegment[], bad: ReadonlyArray<readonly PathSegment[]>): { value: unknown } | undefined {
  for (let i = path.length - 1; i >= 0; i--) {
    if (typeof path[i] !== "number") continue;
    const list = at(data, path.slice(0, i));
    if (!Array.isArray(list)) return undefined;
    const rest = path.slice(i + 1);
    for (let k = 0; k < list.length; k++) {
      const other = [...path.slice(0, i), k, ...rest];
      if (k === path[i] || bad.some((b) => under(other, b) || under(b, other))) continue;
      const v = at(data, other);
      if (v !== undefined) return { value: clone(v) };
    }
    return undefined;
  }
  return undefined;
}

/** A value the issue itself says would pass: a bound of a number's range, the first allowed value. */
function fromIssue(issue: Issue): { value: unknown } | undefined {
  if (issue.code === "too_small" && issue.origin === "number") return { value: Number(issue.minimum) + (issue.inclusive ? 0 : 1) };
  if (issue.code === "too_big" && issue.origin === "number") return { value: Number(issue.maximum) - (issue.inclusive ? 0 : 1) };
  if (issue.code === "invalid_value" && issue.values.length > 0) return { value: issue.values[0] };
  return undefined;
}

/**
 * `data` patched to pass `schema` (module comment), with the paths patched (a finding under one is a knock-on) and
 * `renamed`, the missing fields given the value under their misspelt key (a finding under one is the author's own,
 * shown at the key as written: asWritten); undefined when some issue has no patch or the patched data still fails.
 * `data` itself is not changed.
 */
export function repairForChecks<T>(schema: z.ZodType<T>, data: unknown, issues: readonly Issue[]): { value: T; patched: PathSegment[][]; renamed: Renamed[] } | undefined {
  const copy = clone(data);
  const patched: PathSegment[][] = [];
  const renamed: Renamed[] = [];
  // an unknown key's issue sits at its parent's path (the root, for a top-level key): what is bad is the key itself,
  // else every sibling under that parent would be refused as a donor (newcomer 22: `sensitiv` hid `eb-offise`)
  const bad = issues.flatMap((i) => i.code === "unrecognized_keys" ? i.keys.map((k) => [...(i.path as PathSegment[]), k]) : [i.path as PathSegment[]]);
  for (const issue of issues) {
    const path = issue.path as PathSegment[];
    if (issue.code === "unrecognized_keys") {
      const parent = at(copy, path);
      if (parent === null || typeof parent !== "object") return undefined;
      for (const k of issue.keys) delete (parent as Obj)[k];
      continue;
    }
    if (path.length === 0) return undefined;
    const missing = at(copy, path) === undefined;
    // a misspelt required key must not hide the rest (newcomer r31: `tikS`, `speedKhm`): the value written under the
    // misspelt key is what the author meant; else a sibling's (never for an id: two items would share it, a false
    // "duplicate"); else a neutral stand-in (missingStandIn)
    const written = missing ? misspelt(data, path, issues) : undefined;
    if (written) {
      // the author's own value: a finding on it is no knock-on, and is shown at the misspelt key
      if (!set(copy, path, written.value)) return undefined;
      renamed.push({ from: [...path.slice(0, -1), written.key], to: path });
      continue;
    }
    const lend = missing && path[path.length - 1] === "id" ? undefined : donor(data, path, bad);
    const patch = lend ?? (missing ? missingStandIn(issue) : fromIssue(issue));
    if (!patch || !set(copy, path, patch.value)) return undefined;
    patched.push(path);
  }
  const again = schema.safeParse(copy);
  if (again.success) return { value: again.data, patched, renamed };
  // a stand-in outside its field's range (tickS ≥ 1 …) is moved once more to the bound the new issue names
  // (a value under a misspelt key that is itself out of range, `tikS: 0`, too: then its findings are knock-ons)
  for (const issue of again.error.issues) {
    const path = issue.path as PathSegment[];
    const eq = (p: readonly PathSegment[]) => under(path, p) && under(p, path);
    const patch = patched.some(eq) || renamed.some((r) => eq(r.to)) ? fromIssue(issue) : undefined;
    if (!patch || !set(copy, path, patch.value)) return undefined;
    if (!patched.some(eq)) patched.push(path);
  }
  const last = schema.safeParse(copy);
  return last.success ? { value: last.data, patched, renamed } : undefined;
}

/** A missing required field given the value under its misspelt key: `from` the key as written, `to` the field. */
export interface Renamed { from: PathSegment[]; to: PathSegment[] }

/** A finding's path as the file has it: under a misspelt key (`incidentPlce`), not the field it stood in for. */
export function asWritten(path: PathSegment[], renamed: readonly Renamed[]): PathSegment[] {
  const r = renamed.find((x) => under(path, x.to));
  return r ? [...r.from, ...path.slice(r.to.length)] : path;
}

/** The value under an unknown key beside a missing one that differs from it by at most two letters (`tikS` for `tickS`). */
function misspelt(data: unknown, path: readonly PathSegment[], issues: readonly Issue[]): { value: unknown; key: string } | undefined {
  const parent = path.slice(0, -1);
  const key = String(path[path.length - 1]);
  const same = (a: readonly PropertyKey[]) => a.length === parent.length && a.every((s, i) => s === parent[i]);
  const unknown = issues.flatMap((i) => i.code === "unrecognized_keys" && same(i.path) ? i.keys : []);
  const near = unknown.filter((k) => distance(k.toLowerCase(), key.toLowerCase()) <= 2);
  return near.length === 1 ? { value: clone(at(data, [...parent, near[0]!])), key: near[0]! } : undefined;
}

/** Edits (insert, delete, change a letter) from a to b: Levenshtein's distance. */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}

/**
 * A stand-in for a missing number or true/false that no sibling could lend: 1, the smallest positive whole number
 * (a tick, a count, a speed; a divisor of every whole number, so no "not a multiple" knock-on), or false. A missing
 * text, list or mapping has none: a made-up id or place would make knock-ons outside its own field (every place "not
 * connected" to a made-up incidentPlace), so the format errors alone are listed, as before.
 */
function missingStandIn(issue: Issue): { value: unknown } | undefined {
  if (issue.code !== "invalid_type") return undefined;
  if (issue.expected === "number" || issue.expected === "int") return { value: 1 };
  if (issue.expected === "boolean") return { value: false };
  return undefined;
}

/** A finding at or under a patched path speaks of the placeholder, not of the file: a knock-on, left out. */
export function knockOn(path: readonly PathSegment[], patched: ReadonlyArray<readonly PathSegment[]>): boolean {
  return patched.some((p) => under(path, p));
}
