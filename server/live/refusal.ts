/**
 * The server's own refusals (intake, room, console), worded from the shared catalogues
 * (i18n/*.json, keys `refused.<code>`) in zh-CN, the default language, as the engine's rejection
 * reasons are. The `code` is the stable part; clients may word it themselves in English.
 */
import * as z from "zod";
import { translator } from "../../i18n/index.ts";
import { MAX_RADIUS_M, MAX_REPORT_FIGURE } from "../../engine/scenario/play-schema.ts";
import type { ServerRefusalCode } from "../../protocol/refusals.ts";
import { wordIssue, type FieldIssue } from "../../i18n/refusal-issue.ts";

/** zod's own zh-CN messages (zod/v4/locales), for parses whose problems go to a client */
export const ZOD_ZH = { error: z.locales.zhCN().localeError };

/** The zh-CN sentence for refusal `code` (`refused.<code>`, or a whole catalogue key such as `refusedText.blankText`) with its parameters (names already in words). */
export function refusalText(code: string, params: Record<string, string | number> = {}): string {
  return translator("zh-CN")(code.includes(".") ? code : `refused.${code}`, params) as string;
}

/** A catalogue label in zh-CN (`refusedRole.seat`, `agencyKind.fireRescue`, `commandField.units` …), the group's `other` when unknown. */
export function label(group: string, id: string): string {
  const t = translator("zh-CN");
  return (t(`${group}.${id}`, { defaultValue: "" }) as string) || (t(`${group}.other`, { defaultValue: id }) as string);
}

/**
 * A zod issue (from a parse with ZOD_ZH) as a refusal's params: the field and its problem as codes and figures
 * (i18n/refusal-issue.ts FieldIssue), which a client words in its own language (newcomer 19 item 7), and the same in
 * zh-CN words (`field`, `problem`) for the reason, worded like the room's own refusals ("倍速须在 0.5 到 60 之间"),
 * never zod's jargon (review 8 item 7). A field with a known range says the whole range (a casualty figure, a radius,
 * a response level); an unknown key names the key and the object it was found in; an unknown discriminator lists
 * the allowed values in words; a union the value fits no branch of is worded from its first branch. `whole`: the
 * catalogue key naming the whole message; `type`: the command type, when known (a `level` is a response level only
 * in activateResponse). `message`: the live message type (seatMode, clock, observation …) whose own fields are named
 * first (liveField: a seat mode's `mode` is 席位方式, never a report's 报告方式).
 */
export function fieldProblem(issue: z.core.$ZodIssue | undefined, whole: string, valueGroup = "command", type?: string, message?: string): { words: Record<string, string>; params: Record<string, string | number> } {
  const i = fieldIssue(issue, whole, valueGroup, type, message);
  const params = Object.fromEntries(Object.entries(i).filter(([, v]) => v !== undefined)) as Record<string, string | number>;
  return { words: wordIssue(i, "zh-CN"), params };
}

/** fieldProblem's codes and figures. */
function fieldIssue(issue: z.core.$ZodIssue | undefined, whole: string, valueGroup: string, type: string | undefined, message: string | undefined): FieldIssue {
  const path = (issue?.path ?? []).map(String);
  const at = { fieldPath: path.join("."), whole, message: message ?? "" };
  if (issue?.code === "unrecognized_keys") {
    // an unknown key at the top: of the live message named (席位切换：没有…), else of the command itself (命令：没有…)
    return { ...at, whole: path.length > 0 || message !== undefined ? whole : "commandField.command", problem: "unknownKeys", keys: issue.keys.join(",") };
  }
  // a live message's own id, by which a re-send is carried out once: what it must be and why, never zod's 应为文字
  // for a missing one (a clock or reissue from an older script, round 30)
  if (message !== undefined && path.length === 1 && path[0] === "id") return { ...at, problem: "clientId" };
  const range = rangeIssue(path, type);
  if (range && issue && RANGE_CODES.has(issue.code)) return { ...at, ...range };
  if (issue?.code === "invalid_union") {
    const options = (issue as { options?: unknown[] }).options;
    if (Array.isArray(options)) return { ...at, problem: "oneOf", values: options.map(String).join(","), valueGroup, valueCode: 1 };
    const values = issue.errors.flatMap((branch) => (branch.length === 1 && branch[0]!.code === "invalid_value" ? branch[0]!.values : [undefined]));
    if (values.length > 0 && !values.includes(undefined)) return { ...at, problem: "oneOf", values: values.map(String).join(",") };
    const first = issue.errors[0]?.[0];
    if (first) return fieldIssue({ ...first, path: [...(issue.path ?? []), ...first.path] } as z.core.$ZodIssue, whole, valueGroup, type, message);
  }
  if (issue?.code === "invalid_value" && issue.values.length > 0) {
    const leaf = path[path.length - 1] ?? "";
    const own = message !== undefined && path.length === 1;
    const group = own ? `liveValue.${message}.${leaf}` : VALUE_GROUP[leaf];
    return { ...at, problem: "oneOf", values: issue.values.map(String).join(","), ...(group ? { valueGroup: group, ...(own ? { valueCode: 1 } : {}) } : {}) };
  }
  if (issue?.code === "too_small" || issue?.code === "too_big") return { ...at, ...boundIssue(issue) };
  if (issue?.code === "invalid_type" && TYPES.has(issue.expected)) return { ...at, problem: "expected", type: issue.expected };
  return { ...at, problem: "invalid", ...(issue?.message ? { detail: issue.message } : {}) };
}

/** the issue codes a field's whole range answers (too small or big, not whole, no branch of figure | "unknown") */
const RANGE_CODES: ReadonlySet<string> = new Set(["too_small", "too_big", "invalid_type", "invalid_union", "invalid_value"]);

/** The whole allowed range of a field whose bounds the play schema sets (engine/scenario/play-schema.ts), as a problem and its figures. */
function rangeIssue(path: readonly string[], type?: string): Pick<FieldIssue, "problem" | "min" | "max"> | undefined {
  const leaf = path[path.length - 1];
  if (path.includes("casualties") && path.length >= 2) return { problem: "figure", max: MAX_REPORT_FIGURE };
  if (leaf === "radiusM") return { problem: "radiusM", max: MAX_RADIUS_M };
  if (leaf === "level" && type === "activateResponse") return { problem: "responseLevel" };
  if (leaf === "count" && type === "requestSupport") return { problem: "wholeBetween", min: 1, max: 1000 };
  if (leaf === "lossCNY") return { problem: "notNegative" };
  return undefined;
}

/** A bound zod reports (number, list or text) as a problem and its figure. */
function boundIssue(issue: z.core.$ZodIssue & { code: "too_small" | "too_big" }): Pick<FieldIssue, "problem" | "min" | "max"> {
  const big = issue.code === "too_big";
  const n = Number(big ? (issue as { maximum: unknown }).maximum : (issue as { minimum: unknown }).minimum);
  const origin = (issue as { origin?: string }).origin;
  if (origin === "array") return big ? { problem: "atMostItems", max: n } : { problem: "chooseAtLeast", min: n };
  if (origin === "string") return big ? { problem: "atMostChars", max: n } : { problem: "notEmpty" };
  if (big) return { problem: "atMost", max: n };
  return issue.inclusive === false ? { problem: "above", min: n } : { problem: "atLeast", min: n };
}

/** the catalogue group naming a field's allowed values (zod would list the codes: "phone"|"radio"…) */
const VALUE_GROUP: Record<string, string> = { channel: "channel", kind: "reportKind", mode: "reportMode", level: "warningLevel" };
/** the types a problem names in words (refusedIssue.type; zod's zh-CN locale says 期望 数字，实际接收 string) */
const TYPES: ReadonlySet<string> = new Set(["number", "int", "string", "array", "object", "record", "boolean"]);

/** The client's command id when its message carried one (a string), else "" . */
export function messageId(raw: unknown): string {
  const id = (raw as { id?: unknown } | null | undefined)?.id;
  return typeof id === "string" ? id.slice(0, 64) : "";
}

/**
 * A `rejected` answer for the sender: its message type, its id when it carried one, the code, the
 * reason (zh-CN) and, when there are any, the params a client words the code with in its own
 * language (a text refusal's `fieldId`, `max`, `length`).
 */
export function refused(type: unknown, id: string, code: ServerRefusalCode, key: string = code, params: Record<string, string | number> = {}): { type: "rejected"; body: { id: string; type: string; code: string; reason: string; params?: Record<string, string | number> } } {
  const body = { id, type: String(type).slice(0, 40), code, reason: refusalText(key, params) };
  const sent = { ...plainKey(key, params), ...params };
  return { type: "rejected", body: Object.keys(sent).length > 0 ? { ...body, params: sent } : body };
}

/**
 * `{ key }`, the catalogue key (`refused.<key>`) a refusal was worded from, when its params are figures only (the
 * limit of tooLarge, none for speedRange): a client words it in its own language from the shared catalogue, limit
 * and all (newcomer 19 item 7), where the code alone says only 内容过长. Nothing when a param is already words.
 */
export function plainKey(key: string, params: Record<string, string | number>): { key?: string } {
  return !key.includes(".") && Object.values(params).every((v) => typeof v === "number") ? { key } : {};
}
