/**
 * A field's problem in a refused message, as codes and figures (what leaves the server, in a refusal's `params`), and
 * its wording in either language from the shared catalogues (newcomer 19 item 7: a client other than our forms was
 * told only "incomplete or malformed", without the field or the limit). The server words its zh-CN `reason` with
 * `wordIssue(…, "zh-CN")` (server/live/refusal.ts), a client in its own language from the same params
 * (client/i18n/refusals.ts). Pure: no I/O.
 */
import { translator, type Locale } from "./index.ts";

/**
 * `fieldPath`: the field's path in the message, dot-joined ("radiusM", "content.casualties.deaths"), "" for the whole;
 * `whole`: the catalogue key naming the whole ("commandField.type", "liveMessage.clock"); `message`: the live message
 * type whose own fields are named first (`liveField.<message>`), "" for a command; `problem`: a key of the catalogue's
 * `refused` group (radiusM, figure, atMost …) or of `refusedIssue` (expected, invalid); `min`, `max`: its figures;
 * `values`: the allowed values' codes, comma-joined, worded from `valueGroup` ("" = as they are), with the code beside
 * the word when `valueCode` is 1; `keys`: unknown keys, comma-joined; `type`: the type expected (number, string …);
 * `detail`: zod's own zh-CN message, for a problem none of these words.
 */
export interface FieldIssue {
  fieldPath: string;
  whole: string;
  message: string;
  problem: string;
  min?: number;
  max?: number;
  values?: string;
  valueGroup?: string;
  valueCode?: number;
  keys?: string;
  type?: string;
  detail?: string;
}

/** Whether refusal params carry a FieldIssue (a refusal of code badCommand or badMessage for one field). */
export function isFieldIssue(p: Record<string, string | number>): boolean {
  return typeof p.problem === "string" && typeof p.whole === "string" && typeof p.fieldPath === "string";
}

/** `i` in `locale`: the field in words and the problem in words (the catalogue's `refused.badField` joins them). */
export function wordIssue(i: FieldIssue, locale: Locale): { field: string; problem: string } {
  const tr = translator(locale);
  const label = (group: string, id: string): string =>
    (tr(`${group}.${id}`, { defaultValue: "" }) as string) || (tr(`${group}.other`, { defaultValue: id }) as string);
  const sep = tr("refusedIssue.listSep") as string;
  const field = i.fieldPath === "" ? (tr(i.whole) as string) : fieldName(i.fieldPath.split("."), i.message, label, tr);
  const figures = { ...(i.min !== undefined ? { min: i.min } : {}), ...(i.max !== undefined ? { max: i.max } : {}) };
  const problem = (() => {
    switch (i.problem) {
      case "unknownKeys":
        return tr("refused.unknownKeys", { keys: (i.keys ?? "").split(",").map((k) => tr("refusedIssue.quote", { k })).join(sep) }) as string;
      case "oneOf": {
        const word = (v: string) => (!i.valueGroup ? v : i.valueCode ? (tr("refusedIssue.valueCode", { label: label(i.valueGroup, v), code: v }) as string) : label(i.valueGroup, v));
        return tr("refused.oneOf", { values: (i.values ?? "").split(",").map(word).join(sep) }) as string;
      }
      case "expected":
        return tr("refusedIssue.expected", { type: tr(`refusedIssue.type.${i.type ?? ""}`, { defaultValue: i.type ?? "" }) }) as string;
      case "invalid":
        // zod's own words are Chinese: a zh-CN reader gets them, anyone else the plain "is not valid"
        return locale === "zh-CN" && i.detail ? i.detail : (tr("refusedIssue.invalid") as string);
      default:
        return tr(`refused.${i.problem}`, figures) as string;
    }
  })();
  return { field, problem };
}

/**
 * A field by its path: a live message's own field (`message`: liveField), else the innermost named key alone
 * (content.casualties.deaths → 死亡人数 / deaths), else the top one and where. A path that is only `command` (the
 * command message without one) is the command itself.
 */
function fieldName(path: readonly string[], message: string, label: (group: string, id: string) => string, tr: ReturnType<typeof translator>): string {
  if (message !== "" && path.length === 1) {
    // label() answers the key itself when the catalogue has no word for it
    const own = label(`liveField.${message}`, path[0]!);
    if (own !== path[0]) return own;
  }
  const steps = path[0] === "command" && path.length > 1 ? path.slice(1) : path;
  const other = label("commandField", "other");
  for (let i = steps.length - 1; i >= 0; i--) {
    const named = /^\d+$/.test(steps[i]!) ? other : label("commandField", steps[i]!);
    if (named !== other) return i === steps.length - 1 ? named : (tr("refusedIssue.fieldAt", { name: named, path: steps.join(".") }) as string);
  }
  return tr("refusedIssue.fieldAt", { name: other, path: steps.join(".") }) as string;
}
