/**
 * Strings through i18next: the language chosen before (kept in localStorage), else the browser's
 * (the first of navigator.languages that is Chinese or English, as the HTTP API reads
 * Accept-Language), else zh-CN.
 * `useLang()` re-renders a component when the language changes.
 */
import i18next from "i18next";
import { useSyncExternalStore } from "preact/compat";
import { en } from "./en.ts";
import { zh } from "./zh.ts";

export type Lang = "zh" | "en";
const KEY = "lianyan.lang";

const stored = (() => {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
})();

/**
 * The first language: `stored` ("zh" | "en") when set, else the first of the browser's
 * `languages` that is Chinese or English ("en-US" → English, review 8 item 12), else Chinese.
 */
export function initialLang(stored: string | null, languages: readonly string[]): Lang {
  if (stored === "en" || stored === "zh") return stored;
  const first = languages.map((l) => l.toLowerCase().split("-")[0]).find((l) => l === "zh" || l === "en");
  return first === "en" ? "en" : "zh";
}

const browserLanguages = (): readonly string[] => {
  try {
    return navigator.languages?.length ? navigator.languages : navigator.language ? [navigator.language] : [];
  } catch {
    return [];
  }
};

const first = initialLang(stored, browserLanguages());
if (typeof document !== "undefined") document.documentElement.lang = first === "en" ? "en" : "zh-CN";

void i18next.init({
  lng: first === "en" ? "en" : "zh-CN",
  fallbackLng: "zh-CN",
  resources: { "zh-CN": { translation: zh }, en: { translation: en } },
  interpolation: { escapeValue: false },
  initImmediate: false,
} as Parameters<typeof i18next.init>[0]);

export const t = (key: string, opts?: Record<string, unknown>): string => (opts ? i18next.t(key, opts as never) : i18next.t(key)) as string;

export function lang(): Lang {
  return i18next.language === "en" ? "en" : "zh";
}

export function setLang(l: Lang): void {
  void i18next.changeLanguage(l === "en" ? "en" : "zh-CN");
  document.documentElement.lang = l === "en" ? "en" : "zh-CN";
  try {
    localStorage.setItem(KEY, l);
  } catch {
    /* private mode: the switch lasts this page only */
  }
}

const onLang = (fn: () => void): (() => void) => {
  i18next.on("languageChanged", fn);
  return () => i18next.off("languageChanged", fn);
};

/** Subscribe a component to language changes (one made before it subscribed included); returns the current language. */
export function useLang(): Lang {
  return useSyncExternalStore(onLang, lang);
}

/** Pick the current language from a {zh, en} pair. */
export function local(text: { zh: string; en: string } | undefined, fallback = ""): string {
  return text ? text[lang()] : fallback;
}
