/**
 * The free-text fields of a client's message or command, checked before anything else looks at
 * them: a required text that is empty or only whitespace is refused as such (`blankText`), any
 * text longer than its limit (protocol/limits.ts, the one place the limits live) as `textTooLong`,
 * an information report with nothing in it as `blankReport`. Refusals go to the sender only.
 */
import { isBlank, TEXT_LIMITS, type TextField } from "../../protocol/limits.ts";
import { label } from "./refusal.ts";

export interface TextProblem {
  code: "blankText" | "textTooLong" | "blankReport";
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
