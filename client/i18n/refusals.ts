/**
 * Why the server refused a command or a message, in the user's language: the client's own words
 * for the code (`reject.<code>` in zh.ts and en.ts; every code of protocol/refusals.ts has both),
 * and for a text refusal that names its field (`params.fieldId`: blankText, textTooLong) the
 * sentence with that field in words (`rejectField.<code>`). The server's zh-CN reason is the
 * fallback for a code this client does not know.
 */
import { translator } from "../../i18n/index.ts";
import { lang, t } from "./index.ts";

/** A text field's name (the shared catalogue's `textField` group: 文字内容 / The text …). */
export function textFieldName(id: string): string {
  const tr = translator(lang() === "en" ? "en" : "zh-CN");
  return (tr(`textField.${id}`, { defaultValue: "" }) as string) || id;
}

export function rejection(code: string, reason: string, params: Record<string, string | number> = {}): string {
  if (params.fieldId !== undefined) {
    const key = `rejectField.${code}`;
    const s = t(key, { ...params, field: textFieldName(String(params.fieldId)) });
    if (s !== key) return s;
  }
  const key = `reject.${code}`;
  const s = t(key);
  return s === key ? reason || t("reject.unknown") : s;
}
