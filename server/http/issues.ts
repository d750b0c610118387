/**
 * The HTTP API's language (README "HTTP API"): zh-CN unless the request's Accept-Language prefers
 * English, and zod's validation problems worded in it, field first ("speed：应 ≤ 60（收到 100）",
 * "speed: must be ≤ 60 (got 100)"), never zod's own English.
 */
import type { IncomingMessage } from "node:http";
import * as z from "zod";
import type { Locale } from "../../i18n/index.ts";

/**
 * The locale of an API answer: the first language in Accept-Language (RFC 9110 §12.5.4: by
 * q-value, then order) that is Chinese or English; zh-CN when none is, or there is no header.
 */
export function requestLocale(req: IncomingMessage): Locale {
  const header = req.headers["accept-language"];
  if (typeof header !== "string") return "zh-CN";
  const ranked = header.split(",").map((part, i) => {
    const [tag = "", ...params] = part.trim().toLowerCase().split(";");
    const q = Number(params.map((p) => p.trim()).find((p) => p.startsWith("q="))?.slice(2) ?? 1);
    return { lang: tag.split("-")[0]!, q: Number.isFinite(q) ? q : 0, i };
  });
  ranked.sort((a, b) => b.q - a.q || a.i - b.i);
  const first = ranked.find((r) => r.q > 0 && (r.lang === "zh" || r.lang === "en"));
  return first?.lang === "en" ? "en" : "zh-CN";
}

type Words = { zh: string; en: string };

const TYPES: Record<string, Words> = {
  number: { zh: "数字", en: "a number" },
  int: { zh: "整数", en: "an integer" },
  string: { zh: "文本", en: "text" },
  boolean: { zh: "true 或 false", en: "true or false" },
  array: { zh: "数组", en: "a list" },
  object: { zh: "对象", en: "an object" },
};

/** A value as the problem quotes it: JSON, at most 40 characters. */
function shown(v: unknown): string {
  const s = v === undefined ? "undefined" : JSON.stringify(v) ?? String(v);
  return s.length > 40 ? `${s.slice(0, 39)}…` : s;
}

/** The zod options that word a parse's problems in `locale` and keep each input for the "got …". */
export function zodOptions(locale: Locale): { error: z.core.$ZodErrorMap; reportInput: true } {
  return { error: (locale === "en" ? z.locales.en() : z.locales.zhCN()).localeError, reportInput: true };
}

/**
 * One problem per field: zod may report several for one value (seed -1e300: "≥ 0" and the
 * integer check's own "≥ -9007199254740991"), which read as contradicting each other (review 8
 * item 7). The first, from the schema's first check, stands.
 */
export function firstPerField<I extends { path: readonly PropertyKey[] }>(issues: readonly I[]): I[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const key = i.path.map(String).join(".");
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** One zod issue as "field：problem（收到 …）" in `locale` (the body itself: "请求体" / "body"). */
export function issueText(issue: z.core.$ZodIssue, locale: Locale): string {
  const en = locale === "en";
  const field = issue.path.length > 0 ? issue.path.map(String).join(".") : en ? "body" : "请求体";
  const input = (issue as { input?: unknown }).input;
  const got = input === undefined && issue.code !== "invalid_type" ? "" : en ? ` (got ${shown(input)})` : `（收到 ${shown(input)}）`;
  const say = (w: Words) => `${field}${en ? ": " : "："}${en ? w.en : w.zh}`;
  switch (issue.code) {
    case "too_big":
    case "too_small": {
      const big = issue.code === "too_big";
      const limit = Number(big ? issue.maximum : issue.minimum);
      const inclusive = issue.inclusive !== false;
      if (issue.origin === "string" || issue.origin === "array") {
        const unit = issue.origin === "string" ? { zh: "个字符", en: "characters" } : { zh: "项", en: "items" };
        if (!big && limit === 1) return say({ zh: "不能为空", en: "must not be empty" });
        return say({ zh: `${big ? "最多" : "至少"} ${limit} ${unit.zh}`, en: `must have ${big ? "at most" : "at least"} ${limit} ${unit.en}` }) + got;
      }
      const op = big ? (inclusive ? "≤" : "<") : inclusive ? "≥" : ">";
      return say({ zh: `应 ${op} ${limit}`, en: `must be ${op} ${limit}` }) + got;
    }
    case "invalid_type": {
      const t = TYPES[issue.expected] ?? { zh: issue.expected, en: issue.expected };
      return say(input === undefined ? { zh: `缺少此项（应为${t.zh}）`, en: `is missing (must be ${t.en})` } : { zh: `应为${t.zh}`, en: `must be ${t.en}` }) + (input === undefined ? "" : got);
    }
    case "invalid_value":
      return say({ zh: `应为以下之一：${issue.values.map(shown).join("、")}`, en: `must be one of ${issue.values.map(shown).join(", ")}` }) + got;
    case "unrecognized_keys":
      return say({ zh: `未知的字段：${issue.keys.join("、")}`, en: `unknown field${issue.keys.length > 1 ? "s" : ""}: ${issue.keys.join(", ")}` });
    default:
      // zod's own message, already in `locale` (zodOptions)
      return say({ zh: issue.message, en: issue.message });
  }
}
