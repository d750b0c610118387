/**
 * The DOM tests' browser is a Chinese user's (navigator.languages zh-CN, zh): the consoles then
 * open in Chinese, as they do for the county offices they are made for (client/i18n/index.ts
 * initialLang). happy-dom's own default is en-US, which now opens them in English; a test of the
 * English default sets its own languages (tests/client/browser-lang.test.ts).
 */
if (typeof navigator !== "undefined" && typeof document !== "undefined") {
  Object.defineProperty(navigator, "languages", { value: ["zh-CN", "zh"], configurable: true });
  Object.defineProperty(navigator, "language", { value: "zh-CN", configurable: true });
}
