/**
 * Parse YAML keeping positions, so any problem found later (by zod or by cross-reference
 * checks) can be pinned to the line and column of the offending node.
 */
import { isMap, isSeq, LineCounter, parseDocument, type Document, type Node } from "yaml";
import type { PathSegment, Problem } from "./problems.ts";

export interface YamlSource {
  file: string;
  doc: Document;
  lines: LineCounter;
  data: unknown;
}

export function parseYaml(text: string, file: string): { ok: true; source: YamlSource } | { ok: false; problems: Problem[] } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map((e) => {
        const pos = lines.linePos(e.pos[0]);
        return { file, line: pos.line, col: pos.col, path: [], message: `YAML syntax: ${firstLine(e.message)}` };
      }),
    };
  }
  return { ok: true, source: { file, doc, lines, data: doc.toJS({ maxAliasCount: 100 }) } };
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

function keyText(key: unknown): string {
  if (key && typeof key === "object" && "value" in key) return String((key as { value: unknown }).value);
  return String(key);
}

export function problemAt(source: YamlSource, path: PathSegment[], message: string, expected?: string, atKey = false): Problem {
  const pos = locate(source, path, atKey);
  return { file: source.file, line: pos.line, col: pos.col, path, message, ...(expected ? { expected } : {}) };
}
