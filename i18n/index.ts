/**
 * The one i18n library of the shells (CLI, report, browser client): i18next with the zh-CN
 * (default) and en catalogues beside this file. The engine emits codes and parameters; these
 * catalogues word them. Keys: `event.<type>`, `rejected.<code>`, `hazard.<what>`,
 * `status.<code>`, `taskFailed.<code>`, and labels (`task.<id>`, `grade.<n>`, `agencyKind.<kind>` …)
 * named after domain.md §6.
 */
import i18next, { type i18n, type TFunction } from "i18next";
import en from "./en.json" with { type: "json" };
import zhCN from "./zh-CN.json" with { type: "json" };

export type Locale = "zh-CN" | "en";
export const LOCALES: readonly Locale[] = ["zh-CN", "en"];
export const CATALOGUES: Readonly<Record<Locale, Record<string, unknown>>> = { "zh-CN": zhCN, en };

/** `--lang` values: zh and zh-CN are Chinese, en English; anything else is undefined. */
export function localeOf(arg: string): Locale | undefined {
  return arg === "zh" || arg === "zh-CN" ? "zh-CN" : arg === "en" ? "en" : undefined;
}

/** Which half of a scenario's `{ zh, en }` name goes with a locale. */
export function nameKey(locale: Locale): "zh" | "en" {
  return locale === "en" ? "en" : "zh";
}

const instances = new Map<Locale, i18n>();

/**
 * An initialised i18next instance for `locale` (synchronous: the catalogues are bundled). A key
 * missing from a catalogue is a bug (tests check both have the same keys): there is no fallback to
 * the other language, so English never leaks into a Chinese line.
 */
export function createI18n(locale: Locale = "zh-CN"): i18n {
  const cached = instances.get(locale);
  if (cached) return cached;
  const inst = i18next.createInstance();
  void inst.init({
    lng: locale,
    fallbackLng: false,
    resources: { "zh-CN": { translation: zhCN }, en: { translation: en } },
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  instances.set(locale, inst);
  return inst;
}

/** The translate function for `locale`. */
export function translator(locale: Locale = "zh-CN"): TFunction {
  return createI18n(locale).t;
}
