/**
 * The server's own refusals (intake, room, console), worded from the shared catalogues
 * (i18n/*.json, keys `refused.<code>`) in zh-CN, the default language, as the engine's rejection
 * reasons are. The `code` is the stable part; clients may word it themselves in English.
 */
import * as z from "zod";
import { translator } from "../../i18n/index.ts";
import { MAX_RADIUS_M, MAX_REPORT_FIGURE } from "../../engine/scenario/play-schema.ts";
import type { ServerRefusalCode } from "../../protocol/refusals.ts";

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
 * A zod issue (from a parse with ZOD_ZH) as a refusal's params: the field in words and the problem
 * worded like the room's own refusals ("倍速须在 0.5 到 60 之间"), never zod's jargon (review 8
 * item 7). A field with a known range says the whole range (a casualty figure, a radius, a
 * response level); an unknown key names the key and the object it was found in; an unknown
 * discriminator lists the allowed values in words; a union the value fits no branch of is worded
 * from its first branch. `type`: the command type, when known (a `level` is a response level only
 * in activateResponse). `message`: the live message type (seatMode, clock, observation …) whose own
 * fields are named first (liveField: a seat mode's `mode` is 席位方式, never a report's 报告方式).
 */
export function fieldProblem(issue: z.core.$ZodIssue | undefined, whole: string, valueGroup = "command", type?: string, message?: string): Record<string, string> {
  const path = issue?.path ?? [];
  if (issue?.code === "unrecognized_keys") {
    const keys = issue.keys.map((k) => `“${k}”`).join("、");
    // an unknown key at the top: of the live message named (席位切换：没有…), else of the command itself (命令：没有…)
    return { field: path.length > 0 ? fieldName(path, message) : message !== undefined ? whole : label("commandField", "command"), problem: refusalText("unknownKeys", { keys }) };
  }
  const field = path.length === 0 ? whole : fieldName(path, message);
  const range = rangeProblem(path, type);
  if (range && issue && RANGE_CODES.has(issue.code)) return { field, problem: range };
  if (issue?.code === "invalid_union") {
    const options = (issue as { options?: unknown[] }).options;
    if (Array.isArray(options)) return { field, problem: refusalText("oneOf", { values: options.map((o) => `${label(valueGroup, String(o))}（${String(o)}）`).join("、") }) };
    const values = issue.errors.flatMap((branch) => (branch.length === 1 && branch[0]!.code === "invalid_value" ? branch[0]!.values : [undefined]));
    if (values.length > 0 && !values.includes(undefined)) return { field, problem: refusalText("oneOf", { values: values.map(String).join("、") }) };
    const first = issue.errors[0]?.[0];
    if (first) return fieldProblem({ ...first, path: [...path, ...first.path] } as z.core.$ZodIssue, whole, valueGroup, type, message);
  }
  if (issue?.code === "invalid_value" && issue.values.length > 0) {
    const leaf = String(path[path.length - 1]);
    const own = message !== undefined && path.length === 1 ? `liveValue.${message}` : undefined;
    const word = (v: unknown) => (own ? `${label(own, `${leaf}.${String(v)}`)}（${String(v)}）` : VALUE_GROUP[leaf] ? label(VALUE_GROUP[leaf]!, String(v)) : String(v));
    return { field, problem: refusalText("oneOf", { values: issue.values.map(word).join("、") }) };
  }
  if (issue?.code === "too_small" || issue?.code === "too_big") return { field, problem: boundProblem(issue) };
  if (issue?.code === "invalid_type" && TYPE_ZH[issue.expected]) return { field, problem: `应为${TYPE_ZH[issue.expected]}` };
  return { field, problem: issue?.message ?? "无效输入" };
}

/**
 * A field by its path: a live message's own field (`message`: liveField), else the innermost named
 * key alone (content.casualties.deaths → 死亡人数), else the top one and where. A path that is only
 * `command` (the command message without one) is the command itself.
 */
function fieldName(path: readonly PropertyKey[], message?: string): string {
  if (message !== undefined && path.length === 1) {
    // label() answers the key itself when the catalogue has no word for it
    const own = label(`liveField.${message}`, String(path[0]));
    if (own !== String(path[0])) return own;
  }
  const steps = path[0] === "command" && path.length > 1 ? path.slice(1) : path;
  const other = label("commandField", "other");
  for (let i = steps.length - 1; i >= 0; i--) {
    const named = typeof steps[i] === "string" ? label("commandField", String(steps[i])) : other;
    if (named !== other) return i === steps.length - 1 ? named : `${named}（${steps.map(String).join(".")}）`;
  }
  return `${other}（${steps.map(String).join(".")}）`;
}

/** the issue codes a field's whole range answers (too small or big, not whole, no branch of figure | "unknown") */
const RANGE_CODES: ReadonlySet<string> = new Set(["too_small", "too_big", "invalid_type", "invalid_union", "invalid_value"]);

/** The whole allowed range of a field whose bounds the play schema sets (engine/scenario/play-schema.ts), in words. */
function rangeProblem(path: readonly PropertyKey[], type?: string): string | undefined {
  const leaf = String(path[path.length - 1]);
  if (path.includes("casualties") && path.length >= 2) return refusalText("figure", { max: MAX_REPORT_FIGURE });
  if (leaf === "radiusM") return refusalText("radiusM", { max: MAX_RADIUS_M });
  if (leaf === "level" && type === "activateResponse") return refusalText("responseLevel");
  if (leaf === "count" && type === "requestSupport") return refusalText("wholeBetween", { min: 1, max: 1000 });
  if (leaf === "lossCNY") return refusalText("notNegative");
  return undefined;
}

/** A bound zod reports (number, list or text) as the catalogue words it. */
function boundProblem(issue: z.core.$ZodIssue & { code: "too_small" | "too_big" }): string {
  const big = issue.code === "too_big";
  const n = Number(big ? (issue as { maximum: unknown }).maximum : (issue as { minimum: unknown }).minimum);
  const origin = (issue as { origin?: string }).origin;
  if (origin === "array") return big ? refusalText("atMostItems", { max: n }) : refusalText("chooseAtLeast", { min: n });
  if (origin === "string") return big ? refusalText("atMostChars", { max: n }) : refusalText("notEmpty");
  if (big) return refusalText("atMost", { max: n });
  return issue.inclusive === false ? refusalText("above", { min: n }) : refusalText("atLeast", { min: n });
}

/** the catalogue group naming a field's allowed values (zod would list the codes: "phone"|"radio"…) */
const VALUE_GROUP: Record<string, string> = { channel: "channel", kind: "reportKind", mode: "reportMode", level: "warningLevel" };
/** zod's expected types in words (its zh-CN locale says 期望 数字，实际接收 string) */
const TYPE_ZH: Record<string, string> = { number: "数字", int: "整数", string: "文字", array: "列表", object: "对象", record: "对象", boolean: "是或否" };

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
  return { type: "rejected", body: Object.keys(params).length > 0 ? { ...body, params } : body };
}
