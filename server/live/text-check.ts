/**
 * The free-text fields of a client's message or command, checked before anything else looks at
 * them: a required text that is empty or only whitespace is refused as such (`blankText`), any
 * text longer than its limit (protocol/limits.ts, the one place the limits live) as `textTooLong`,
 * an information report with nothing in it as `blankReport`, a text holding a character that could make it read
 * otherwise than it is (a bidi override U+202E, an isolate, a zero-width or other format or control character:
 * engine/model/text.ts hiddenChar) as `hiddenChars`, naming the character and where it is: the director and the
 * evaluator must read what the seat wrote. Refusals go to the sender only; the room runs on.
 */
import { hiddenChar } from "../../engine/model/text.ts";
import { hiddenInText } from "../../engine/scenario/hidden-text.ts";
import { isBlank, TEXT_LIMITS, type TextField } from "../../protocol/limits.ts";
import { label } from "./refusal.ts";

export interface TextProblem {
  code: "blankText" | "textTooLong" | "blankReport" | "hiddenChars";
  params: Record<string, string | number>;
}

/** One field to check: its name (catalogue group `textField`), its value, its limit, and whether it must hold text. */
type Rule = [field: string, value: unknown, limit: TextField, required: boolean];

const REPORT_TEXT = ["unit", "time", "location", "scene", "sequence", "cause", "other"] as const;

/** Does a report field hold anything: a figure, a non-blank text, a list with a non-blank line? */
const filled = (v: unknown): boolean => (typeof v === "string" ? !isBlank(v) : Array.isArray(v) ? v.some(filled) : v !== undefined && v !== null);

/** The first problem among `rules` (in order), or undefined. Values that are not strings are the schema's to refuse. */
function firstProblem(rules: Rule[]): TextProblem | undefined {
  for (const [field, value, limit, required] of rules) {
    if (typeof value !== "string") continue;
    const name = label("textField", field);
    if (required && isBlank(value)) return { code: "blankText", params: { field: name, fieldId: field } };
    const hidden = hiddenChar(value);
    if (hidden) return { code: "hiddenChars", params: { field: name, fieldId: field, ...hidden } };
    const max = TEXT_LIMITS[limit];
    if (value.length > max) return { code: "textTooLong", params: { field: name, fieldId: field, max, length: value.length } };
  }
  return undefined;
}

/** A room message's free text (`inject` free text, `spotQuestion`, `observation`, `end`). `raw` is unparsed. */
export function messageTextProblem(type: string, raw: unknown): TextProblem | undefined {
  if (typeof raw !== "object" || raw === null) return undefined;
  const m = raw as Record<string, unknown>;
  switch (type) {
    case "inject":
    case "spotQuestion":
      return firstProblem([["text", m.text, "text", true]]);
    case "observation":
      return firstProblem([["seen", m.seen, "observation", true], ["why", m.why, "observation", true]]);
    case "end":
      return firstProblem([["reason", m.reason, "reason", false]]);
  }
  return undefined;
}

/** A play-format command's free text (`raw` as the client sent it, before the play schema). */
export function commandTextProblem(raw: Record<string, unknown>): TextProblem | undefined {
  const required = raw.type === "message" || raw.type === "adHocInject";
  const rules: Rule[] = [["text", raw.text, "text", required], ["note", raw.note, "reason", false], ["reason", raw.reason, "reason", false]];
  // a message's or acknowledgement's wording in both languages (engine/scenario/common.ts LocalText)
  const local = raw.localText;
  if (typeof local === "object" && local !== null && !Array.isArray(local)) {
    const l = local as Record<string, unknown>;
    rules.push(["localTextZh", l.zh, "text", false], ["localTextEn", l.en, "text", false]);
  }
  const content = raw.content;
  if (raw.type === "report" && typeof content === "object" && content !== null && !Array.isArray(content)) {
    const c = content as Record<string, unknown>;
    if (!Object.values(c).some(filled)) return { code: "blankReport", params: {} };
    for (const k of REPORT_TEXT) rules.push([k, c[k], "reportField", false]);
    if (Array.isArray(c.measures)) {
      if (c.measures.length > TEXT_LIMITS.measures) return { code: "textTooLong", params: { field: label("textField", "measuresCount"), fieldId: "measuresCount", max: TEXT_LIMITS.measures, length: c.measures.length } };
      for (const line of c.measures) rules.push(["measures", line, "reportField", false]);
    }
  }
  return firstProblem(rules);
}

/**
 * Where an uploaded file (a scenario's or a bot play's YAML text) holds a character hiddenChar refuses, as 1-based
 * line and column (characters) and "U+202E"; a byte-order mark at the very start is the file's encoding, not text.
 * Its names, messages and injects reach every seat: the upload is refused whole (HTTP 422), never cleaned. The
 * same check `drill validate` applies (engine/scenario/hidden-text.ts), so both refuse the same files.
 */
export function uploadProblem(text: string): { line: number; column: number; char: string } | undefined {
  const h = hiddenInText(text);
  return h && { line: h.line, column: h.column, char: h.char };
}
