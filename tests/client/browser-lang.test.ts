/**
 * The consoles open in the browser's language when none was chosen before (review 8 item 12: an
 * en-US browser got the Chinese UI while the HTTP errors followed Accept-Language): the first of
 * navigator.languages that is Chinese or English decides, as the API's requestLocale does with
 * Accept-Language; a choice made with the 中文/English switch (localStorage) wins; otherwise zh-CN.
 */
import { describe, expect, it } from "vitest";
import { initialLang } from "../../client/i18n/index.ts";

describe("the consoles' first language", () => {
  it("en-US → English; zh-CN, zh-TW → Chinese; fr then en → English; fr alone or none → Chinese", () => {
    expect(initialLang(null, ["en-US", "en"])).toBe("en");
    expect(initialLang(null, ["zh-CN", "en-US"])).toBe("zh");
    expect(initialLang(null, ["zh-TW"])).toBe("zh");
    expect(initialLang(null, ["fr-FR", "en"])).toBe("en");
    expect(initialLang(null, ["fr-FR"])).toBe("zh");
    expect(initialLang(null, [])).toBe("zh");
  });

  it("a language chosen with the switch wins over the browser's", () => {
    expect(initialLang("zh", ["en-US"])).toBe("zh");
    expect(initialLang("en", ["zh-CN"])).toBe("en");
  });
});
