/**
 * What a console's form checks before it sends (the server checks the same and refuses with a
 * reason: server/live/text-check.ts, seats.ts): a required text that is empty or only whitespace,
 * a text over its limit (protocol/limits.ts), a message without a recipient, a report with nothing
 * in it, a join without a code or a name, a text holding a character that could make it read otherwise than it is
 * (engine/model/text.ts hiddenChar, the very check the server refuses `hiddenChars` by: a bidi override U+202E, a
 * zero-width space …, named with its place as the server names it). Each problem is a code and its figures, for the
 * field it belongs to; panels/fields.tsx words it next to that field. Pure: no DOM, no i18n.
 */
import { MAX_RADIUS_M, MAX_REPORT_FIGURE } from "../../engine/scenario/play-schema.ts";
import { isBlank, TEXT_LIMITS, type TextField } from "../../protocol/limits.ts";
import { hiddenChar, trimInvisible, trimSpaces } from "../../engine/model/text.ts";

export type FieldProblem =
  | { key: "blank" }
  | { key: "tooLong"; max: number; length: number }
  | { key: "tooManyLines"; max: number; length: number }
  | { key: "noRecipient" }
  | { key: "noAddressee" }
  | { key: "figuresIncomplete" }
  | { key: "blankReport" }
  | { key: "noCode" }
  | { key: "noName" }
  | { key: "noUnits" }
  /** a support request with no unit kind to ask for (the drill lists none) */
  | { key: "noKinds" }
  | { key: "noneDeployed" }
  | { key: "notPositive" }
  | { key: "radiusRange"; max: number; length?: undefined }
  | { key: "notCount"; max: number; length?: undefined }
  | { key: "notNegative" }
  /** `position`: 1-based, in characters of the text as sent (trimmed); `char`: "U+202E" (hiddenChar) */
  | { key: "hiddenChars"; position: number; char: string };

/** field name → its problem; empty when the form may send */
export type Problems = Partial<Record<string, FieldProblem>>;

/**
 * `value` checked as the server checks what the form sends (server/live/text-check.ts, in its order): blank when
 * `required`, a hidden character in the trimmed text, then over `limit` (characters, as the server counts them).
 */
export function textProblem(value: string, limit: TextField, required: boolean): FieldProblem | undefined {
  if (required && isBlank(value)) return { key: "blank" };
  const hidden = hiddenChar(value.trim());
  if (hidden) return { key: "hiddenChars", ...hidden };
  const max = TEXT_LIMITS[limit];
  // the server counts what is sent: the trimmed text
  const length = value.trim().length;
  return length > max ? { key: "tooLong", max, length } : undefined;
}

/** A figure typed in a number box (a radius in metres, a count): empty, zero or negative is a problem, never read as 1. */
export function positiveProblem(value: string): FieldProblem | undefined {
  const n = Number(value);
  return value.trim() === "" || !Number.isFinite(n) || n <= 0 ? { key: "notPositive" } : undefined;
}

/**
 * A radius in metres as typed: above 0 (as positiveProblem) and at most MAX_RADIUS_M, the play schema's bound. A radius
 * of 99999999 was sent and refused as "the command is incomplete or malformed"; now the box says the range.
 */
export function radiusProblem(value: string): FieldProblem | undefined {
  const n = Number(value);
  if (value.trim() === "" || !Number.isFinite(n) || n <= 0) return { key: "notPositive" };
  return n > MAX_RADIUS_M ? { key: "radiusRange", max: MAX_RADIUS_M } : undefined;
}

/**
 * A casualty figure as typed (review 8 item 2): blank (not given) or a whole number of people
 * from 0 to MAX_REPORT_FIGURE, the play schema's bound; -5, 2.5 or 1e9 is a problem beside the
 * box, never turned into another number. A figure ticked 未知 is not checked.
 */
export function figureProblem(value: string): FieldProblem | undefined {
  if (value.trim() === "") return undefined;
  const n = Number(value);
  return Number.isInteger(n) && n >= 0 && n <= MAX_REPORT_FIGURE ? undefined : { key: "notCount", max: MAX_REPORT_FIGURE };
}

/** An amount (直接经济损失, yuan) as typed: blank, or a number not below 0. */
export function amountProblem(value: string): FieldProblem | undefined {
  if (value.trim() === "") return undefined;
  const n = Number(value);
  return Number.isFinite(n) && n >= 0 ? undefined : { key: "notNegative" };
}

/** The report form's number boxes: each casualty figure not ticked 未知, and the loss. */
export function reportNumberProblems(figures: Record<string, string>, unknown: Record<string, boolean>, lossCNY: string): Problems {
  // once the casualty element is given, each figure is a number or 未知: a box left blank beside the others is
  // not 0 (the newcomer's blank deaths sent as 死亡 0), so it is said beside the box, as a bad number is
  const given = Object.entries(figures).some(([k, v]) => unknown[k] || v.trim() !== "");
  const problem = (k: string, v: string) => (unknown[k] ? undefined : given && v.trim() === "" ? ({ key: "notCount", max: MAX_REPORT_FIGURE } as const) : figureProblem(v));
  return only({ ...Object.fromEntries(Object.entries(figures).map(([k, v]) => [k, problem(k, v)])), lossCNY: amountProblem(lossCNY) });
}

/**
 * A past drill time typed as H:MM[:SS] (the evaluator's 按席位回看, review 8 item 3): minutes and
 * seconds 0–59, and no later than `nowMs`, the drill time run through so far (a view of 03:59 in a
 * drill at 00:29 would show a seat that "knew nothing"). Returns the time in ms or the problem.
 */
export function pastTime(text: string, nowMs: number): { atMs: number } | { problem: "badTime" | "afterNow" } {
  const m = /^\s*(\d{1,3}):(\d{2})(?::(\d{2}))?\s*$/.exec(text);
  if (!m) return { problem: "badTime" };
  const [h, mi, s] = [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)];
  if (mi > 59 || s > 59) return { problem: "badTime" };
  const atMs = (h * 3600 + mi * 60 + s) * 1000;
  return atMs > nowMs ? { problem: "afterNow" } : { atMs };
}

/** Keep only the fields that have a problem. */
function only(p: Record<string, FieldProblem | undefined>): Problems {
  return Object.fromEntries(Object.entries(p).filter(([, v]) => v !== undefined)) as Problems;
}

/** A message (通知): at least one recipient and some text. */
export function messageProblems(to: readonly string[], text: string): Problems {
  return only({ to: to.length === 0 ? { key: "noRecipient" } : undefined, text: textProblem(text, "text", true) });
}

/** An acknowledgement (签收): the text is optional but limited. */
export function ackProblems(text: string): Problems {
  return only({ text: textProblem(text, "text", false) });
}

/** An evaluator's observation: what was seen and why it matters, both required (AQ/T 9009 记录表). */
export function observationProblems(seen: string, why: string): Problems {
  return only({ seen: textProblem(seen, "observation", true), why: textProblem(why, "observation", true) });
}

/** Joining: a code, and a name or post of 1 to TEXT_LIMITS.name characters with no hidden character (it signs every command). */
export function joinProblems(code: string, name: string): Problems {
  const n = trimInvisible(name).length;
  // at either end too: the server refuses such a name (server/live/seats.ts readJoin), never strips it
  const hidden = hiddenChar(trimSpaces(name));
  return only({
    code: isBlank(code) ? { key: "noCode" } : undefined,
    name: n === 0 ? { key: "noName" } : hidden ? { key: "hiddenChars", ...hidden } : n > TEXT_LIMITS.name ? { key: "tooLong", max: TEXT_LIMITS.name, length: n } : undefined,
  });
}

/**
 * An information report's content (model/report.ts reportContent): something in it at all
 * (`form` carries that problem), each text within its limit, at most TEXT_LIMITS.measures lines
 * of measures.
 */
export function reportProblems(content: Record<string, unknown>): Problems {
  if (Object.keys(content).length === 0) return { form: { key: "blankReport" } };
  const out: Record<string, FieldProblem | undefined> = {};
  for (const [k, v] of Object.entries(content)) if (typeof v === "string") out[k] = textProblem(v, "reportField", false);
  const measures = content.measures;
  if (Array.isArray(measures)) {
    out.measures = measures.length > TEXT_LIMITS.measures
      ? { key: "tooManyLines", max: TEXT_LIMITS.measures, length: measures.length }
      : measures.map((line) => textProblem(String(line), "reportField", false)).find((p) => p !== undefined);
  }
  return only(out);
}

export const hasProblems = (p: Problems): boolean => Object.keys(p).length > 0;
