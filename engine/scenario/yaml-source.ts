/**
 * Parse YAML keeping positions, so any problem found later (by zod or by cross-reference
 * checks) can be pinned to the line and column of the offending node.
 */
import { isMap, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from "yaml";
import type { PathSegment, Problem } from "./problems.ts";
import { hiddenAllInText } from "./hidden-text.ts";

export interface YamlSource {
  file: string;
  doc: Document;
  lines: LineCounter;
  data: unknown;
}

/** Alias expansions allowed per alias node (yaml's own guard against "billion laughs" files). */
const MAX_ALIAS_COUNT = 100;
/** Beyond this a number is an overflow or a typo in every field of every format (fields have tighter bounds). */
const MAX_MAGNITUDE = 1e15;

/**
 * YAML text → a document with positions and its plain data. Merge keys (`<<: *defaults`) are
 * supported. Hostile files become problems, never exceptions: syntax errors, an alias that
 * contains itself, an alias bomb, and numbers that are not finite (`.inf`, `.nan`, 1e400) or
 * overflow any sane bound. A file holding an invisible character (hidden-text.ts) is refused whole, each one listed.
 * When the only problems are invisible characters or numbers out of bounds, the data did parse: `source` comes with
 * them, so parse-with.ts still checks the rest of the file and one run lists every independent problem (README;
 * newcomer 23 item 4: a U+202E hid crew 1e300, which hid four more).
 */
/** The yaml parser's words for a flow collection whose closing bracket never came (its compose/resolve-flow-collection). */
const NO_END = /^Flow (sequence|map)( in block collection)? must (be sufficiently indented and )?end with a [\]}]/;

/**
 * The opening bracket of the flow collection `e` says is unclosed (`units: [a, b` with no `]`), by its node: the parser
 * ends such a collection where its last item ends and reports the error there (its code BAD_INDENT inside a block, or
 * MISSING_CHAR at the root). undefined for any other error.
 */
function unclosedFlow(doc: Document, e: { message: string; pos: [number, number] }): { offset: number; bracket: "[" | "{"; close: "]" | "}" } | undefined {
  if (!NO_END.test(e.message)) return undefined;
  let found: { offset: number; bracket: "[" | "{"; close: "]" | "}" } | undefined;
  visit(doc, (_, n) => {
    if ((isSeq(n) || isMap(n)) && n.flow && n.range && n.range[1] === e.pos[0] && (!found || n.range[0] > found.offset)) {
      found = isSeq(n) ? { offset: n.range[0], bracket: "[", close: "]" } : { offset: n.range[0], bracket: "{", close: "}" };
    }
  });
  return found;
}

export function parseYaml(text: string, file: string): { ok: true; source: YamlSource } | { ok: false; problems: Problem[]; source?: YamlSource } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, merge: true });
  // an invisible character makes people read other text than the file holds: refused whole, as the server's upload is
  const hidden: Problem[] = hiddenAllInText(text).map((h) => ({ file, line: h.line, col: h.column, path: pathAt(doc.contents, h.offset), message: `invisible control character ${h.char} (such as a text-direction override): people would read other text than the file holds`, expected: "the file without it", code: "hiddenChar" }));
  if (doc.errors.length > 0) {
    const opens = doc.errors.map((e) => unclosedFlow(doc, e));
    // what follows an unclosed [ or { is read as part of it: the parser's later errors are its consequences (README:
    // a problem that only follows from another is not listed again), so only errors before the first opening stay
    const firstOpen = Math.min(...opens.map((o) => o?.offset ?? Infinity));
    return {
      ok: false,
      problems: [...hidden, ...doc.errors.flatMap((e, i) => {
        const open = opens[i];
        if (open) {
          // an unclosed [ or { is reported where it opens, as a bracket, not as the indentation the parser tripped on
          const at = lines.linePos(open.offset);
          return [{ file, line: at.line, col: at.col, path: pathAt(doc.contents, open.offset), message: `YAML syntax: unclosed ${open.bracket} (opened at line ${at.line}, column ${at.col}): its ${open.close} is missing`, expected: `a closing ${open.close}`, code: `yaml:UNCLOSED_${open.bracket === "[" ? "SEQ" : "MAP"}` }];
        }
        if (e.pos[0] >= firstOpen) return [];
        const pos = lines.linePos(e.pos[0]);
        // the parser's own words stay for English readers; `code` lets the shells word it by kind;
        // the field is the deepest one the parser had read around the error
        return [{ file, line: pos.line, col: pos.col, path: pathAt(doc.contents, e.pos[0]), message: `YAML syntax: ${firstLine(e.message)}`, expected: "valid YAML (indentation, quotes, closing brackets)", code: `yaml:${e.code}` }];
      })],
    };
  }
  const at = (offset: number, message: string, expected: string): Problem => ({ file, ...lines.linePos(offset), path: [], message, expected });
  let cycle: Problem | undefined;
  let firstAlias: number | undefined;
  visit(doc, {
    Alias(_, alias) {
      firstAlias ??= alias.range?.[0];
      const target = alias.resolve(doc);
      const inside = target?.range && alias.range && alias.range[0] >= target.range[0] && alias.range[1] <= target.range[1];
      if (inside && !cycle) cycle = at(alias.range![0], `alias *${alias.source} refers to the node that contains it (a cycle)`, "an alias to a node defined before it and outside it");
    },
  });
  if (cycle) return { ok: false, problems: [...hidden, cycle] };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    // yaml throws a ReferenceError for an alias bomb ("billion laughs")
    return { ok: false, problems: [...hidden, { ...at(firstAlias ?? 0, `aliases expand too far (${firstLine((e as Error).message)})`, `at most ${MAX_ALIAS_COUNT} expansions per alias`), code: "yaml:RESOURCE_EXHAUSTION" }] };
  }
  const source: YamlSource = { file, doc, lines, data };
  const numbers = badNumbers(data, []).map(({ path, value }) =>
    problemAt(source, path, Number.isNaN(value) ? "not a number (.nan)" : Number.isFinite(value) ? `${value} is too large` : "an infinite number (.inf, or too large for a number)", `a finite number of magnitude below ${MAX_MAGNITUDE.toExponential()}`),
  );
  const problems = [...hidden, ...numbers];
  return problems.length > 0 ? { ok: false, problems, source } : { ok: true, source };
}

/**
 * The path of the deepest map key or list item whose node spans `offset` in a document that may
 * have errors (what yaml parsed of it): a duplicate key's own key, the field whose value is broken;
 * [] when the offset lies outside every node.
 */
function pathAt(node: unknown, offset: number, path: PathSegment[] = []): PathSegment[] {
  const spans = (n: unknown) => ((r) => r != null && r[0] <= offset && offset < r[1])((n as Node | null | undefined)?.range);
  if (isMap(node)) {
    for (const pair of node.items) {
      // a key the error swallowed (text running over lines) names no field, nor does an empty key (`: : :` parses
      // as null keys, which read "null.null" — newcomer 23 item 16): stop at its map
      if (isEmptyKey(pair.key) || !/^[\w.-]{1,64}$/.test(keyText(pair.key))) continue;
      const k = pair.key as Node | null;
      const keyAt = k?.range && k.range[0] <= offset && offset <= k.range[1];
      if (keyAt) return [...path, keyText(pair.key)];
      if (spans(pair.value)) return pathAt(pair.value, offset, [...path, keyText(pair.key)]);
    }
  } else if (isSeq(node)) {
    const i = node.items.findIndex((it) => spans(it));
    if (i >= 0) return pathAt(node.items[i], offset, [...path, i]);
  }
  return path;
}

function badNumbers(v: unknown, path: PathSegment[]): Array<{ path: PathSegment[]; value: number }> {
  if (typeof v === "number") return Number.isFinite(v) && Math.abs(v) < MAX_MAGNITUDE ? [] : [{ path, value: v }];
  if (Array.isArray(v)) return v.flatMap((x, i) => badNumbers(x, [...path, i]));
  if (v !== null && typeof v === "object") return Object.entries(v).flatMap(([k, x]) => badNumbers(x, [...path, k]));
  return [];
}

function firstLine(s: string): string {
  return s.split("\n")[0] ?? s;
}

/**
 * Position of the deepest node that exists along `path`. When `key` is true and the last
 * segment names a map key, point at the key itself (for unknown-key errors).
 */
export function locate(source: YamlSource, path: readonly PathSegment[], key = false): { line: number; col: number } {
  let node: unknown = source.doc.contents;
  let offset = rangeStart(node) ?? 0;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    if (isMap(node)) {
      const pair = node.items.find((p) => keyText(p.key) === String(seg));
      if (!pair) break;
      const isLast = i === path.length - 1;
      if (key && isLast) {
        offset = rangeStart(pair.key) ?? offset;
        break;
      }
      node = pair.value;
      offset = rangeStart(node) ?? rangeStart(pair.key) ?? offset;
    } else if (isSeq(node) && typeof seg === "number") {
      const item = node.items[seg];
      if (item === undefined) break;
      node = item;
      offset = rangeStart(node) ?? offset;
    } else break;
  }
  return source.lines.linePos(offset);
}

function rangeStart(node: unknown): number | undefined {
  const r = (node as Node | null | undefined)?.range;
  return r ? r[0] : undefined;
}

function isEmptyKey(key: unknown): boolean {
  return key === null || key === undefined || (typeof key === "object" && "value" in key && ((key as { value: unknown }).value ?? null) === null);
}

function keyText(key: unknown): string {
  if (key && typeof key === "object" && "value" in key) return String((key as { value: unknown }).value);
  return String(key);
}

export function problemAt(source: YamlSource, path: PathSegment[], message: string, expected?: string, atKey = false): Problem {
  const pos = locate(source, path, atKey);
  return { file: source.file, line: pos.line, col: pos.col, path, message, ...(expected ? { expected } : {}) };
}
