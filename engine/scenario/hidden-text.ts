/**
 * Where a file's text (a scenario, a play, a rules profile, a rubric: any YAML or JSON the drill reads) holds a
 * character engine/model/text.ts hiddenChar refuses: a bidi override U+202E, an isolate, a zero-width or other
 * format or control character. Its names, messages and injects reach every seat and the report, so what people
 * read must be what the file says: such a file is refused whole, never cleaned. The one check both the CLI
 * (`drill validate` / run / evaluate, through yaml-source.ts parseYaml) and the server's uploads (POST /api/drills,
 * server/live/text-check.ts) apply, so they refuse the same files (newcomer 22: validate said ok, upload said 422).
 * Shape: 1-based line, 1-based column in characters (code points, as the server's message says "第 N 个字"),
 * the character as "U+202E", and its UTF-16 offset in `text` (for the YAML node it lies in). A byte-order mark at
 * the very start is the file's encoding, not text.
 */
import { hiddenChar } from "../model/text.ts";

export function hiddenInText(text: string): { line: number; column: number; char: string; offset: number } | undefined {
  return hiddenAllInText(text)[0];
}

/**
 * Every invisible character of the file, in reading order (same shape as hiddenInText): `drill validate` and the
 * upload list each one with the file's other problems, so one run names them all (README: "one line per problem";
 * newcomer 23 item 4: one U+202E hid five other faults).
 */
export function hiddenAllInText(text: string): Array<{ line: number; column: number; char: string; offset: number }> {
  const bom = text.startsWith("\ufeff") ? 1 : 0;
  const lines = text.slice(bom).split("\n");
  const out: Array<{ line: number; column: number; char: string; offset: number }> = [];
  let offset = bom;
  for (let i = 0; i < lines.length; i++) {
    const chars = [...lines[i]!];
    let from = 0;
    for (;;) {
      const h = hiddenChar(chars.slice(from).join(""));
      if (!h) break;
      const column = from + h.position;
      out.push({ line: i + 1, column, char: h.char, offset: offset + chars.slice(0, column - 1).join("").length });
      from = column;
    }
    offset += lines[i]!.length + 1;
  }
  return out;
}
