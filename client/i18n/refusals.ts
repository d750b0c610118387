/**
 * Why the server refused a command or a message, in the user's language: the client's own words
 * for the code (`reject.<code>` in zh.ts and en.ts; every code of protocol/refusals.ts has both),
 * and for a text refusal that names its field (`params.fieldId`: blankText, textTooLong) the
 * sentence with that field in words (`rejectField.<code>`); for a field the room refused (`params` a FieldIssue:
 * the field's path, the problem's code, its limit) the field and what it must be (i18n/refusal-issue.ts), and for a
 * refusal of figures only (`params.key`) the shared catalogue's `refused.<key>` with them. The server's zh-CN
 * reason is the fallback for a code this client does not know.
 */
import { translator } from "../../i18n/index.ts";
import { isFieldIssue, wordIssue, type FieldIssue } from "../../i18n/refusal-issue.ts";
import { lang, t } from "./index.ts";

/** A text field's name (the shared catalogue's `textField` group: 文字内容 / The text …). */
export function textFieldName(id: string): string {
  const tr = translator(lang() === "en" ? "en" : "zh-CN");
  return (tr(`textField.${id}`, { defaultValue: "" }) as string) || id;
}

export function rejection(code: string, reason: string, params: Record<string, string | number> = {}): string {
  const tr = translator(lang() === "en" ? "en" : "zh-CN");
  // a field refused by the room (a client other than our forms): the field and what it must be, limit and all
  if (isFieldIssue(params)) return tr("refused.badField", wordIssue(params as unknown as FieldIssue, lang() === "en" ? "en" : "zh-CN")) as string;
  // a refusal of figures only, with the catalogue key it was worded from: "Messages are limited to 32768 bytes"
  if (typeof params.key === "string") {
    const s = tr(`refused.${params.key}`, { ...params, defaultValue: "" }) as string;
    if (s) return s;
  }
  if (params.fieldId !== undefined) {
    const key = `rejectField.${code}`;
    const s = t(key, { ...params, field: textFieldName(String(params.fieldId)) });
    if (s !== key) return s;
  }
  const key = `reject.${code}`;
  const s = t(key);
  return s === key ? reason || t("reject.unknown") : s;
}
