/**
 * The server's own refusals (intake, room, console), worded from the shared catalogues
 * (i18n/*.json, keys `refused.<code>`) in zh-CN, the default language, as the engine's rejection
 * reasons are. The `code` is the stable part; clients may word it themselves in English.
 */
import * as z from "zod";
import { translator } from "../../i18n/index.ts";
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
 * in zh-CN. An unknown discriminator lists the allowed values in words (zod says only 无效输入);
 * a union the value fits no branch of says what the first branch expected.
 */
export function fieldProblem(issue: z.core.$ZodIssue | undefined, whole: string, valueGroup = "command"): Record<string, string> {
  const path = issue?.path ?? [];
  const top = path[0] === "command" ? path[1] : path[0];
  // a field the catalogue names alone goes by its name; a nested one (units.0) or an unnamed one also shows where
  const named = top === undefined ? "" : label("commandField", String(top));
  const alone = path.length === 1 && named !== label("commandField", "other");
  const field = top === undefined ? whole : alone ? named : `${named}（${path.map(String).join(".")}）`;
  if (issue?.code === "invalid_union") {
    const options = (issue as { options?: unknown[] }).options;
    if (Array.isArray(options)) return { field, problem: `应为以下之一：${options.map((o) => `${label(valueGroup, String(o))}（${String(o)}）`).join("、")}` };
    const first = issue.errors[0]?.[0];
    if (first) return { field, problem: first.message };
  }
  if (issue?.code === "invalid_value" && issue.values.length > 0) {
    const group = VALUE_GROUP[String(top)];
    return { field, problem: `应为以下之一：${issue.values.map((v) => (group ? label(group, String(v)) : String(v))).join("、")}` };
  }
  if (issue?.code === "invalid_type" && TYPE_ZH[issue.expected]) return { field, problem: `应为${TYPE_ZH[issue.expected]}` };
  return { field, problem: issue?.message ?? "无效输入" };
}

/** the catalogue group naming a field's allowed values (zod would list the codes: "phone"|"radio"…) */
const VALUE_GROUP: Record<string, string> = { channel: "channel", kind: "reportKind", mode: "reportMode", level: "warningLevel" };
/** zod's expected types in words (its zh-CN locale says 期望 数字，实际接收 string) */
const TYPE_ZH: Record<string, string> = { number: "数字", int: "整数", string: "文字", array: "列表", object: "对象", boolean: "是或否" };

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
