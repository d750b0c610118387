/** Validation problems with file, line and column: `FILE:LINE:COL PATH: message (expected ...)`. */
export type PathSegment = string | number;

export interface Problem {
  file: string;
  line: number;
  col: number;
  path: PathSegment[];
  message: string;
  expected?: string;
  /**
   * what kind of problem it is, where the message quotes a library's own English words: the `yaml`
   * parser's error code (`yaml:BAD_INDENT`, `yaml:DUPLICATE_KEY` …, its ErrorCode), so the shells
   * word it in the reader's language by kind (i18n/problems.ts), never with the parser's text
   */
  code?: string;
}

export function formatPath(path: readonly PathSegment[]): string {
  let out = "";
  for (const seg of path) {
    if (typeof seg === "number") out += `[${seg}]`;
    else out += out === "" ? seg : `.${seg}`;
  }
  return out === "" ? "(root)" : out;
}

export function formatProblem(p: Problem): string {
  const expected = p.expected ? ` (expected ${p.expected})` : "";
  return `${p.file}:${p.line}:${p.col} ${formatPath(p.path)}: ${p.message}${expected}`;
}

/** A warning (an input outside a model's range): the same place and wording, marked so it is not read as an error. */
export function formatWarning(p: Problem): string {
  const expected = p.expected ? ` (expected ${p.expected})` : "";
  return `${p.file}:${p.line}:${p.col} ${formatPath(p.path)}: warning: ${p.message}${expected}`;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };
