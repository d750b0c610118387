// @vitest-environment happy-dom
/**
 * The evaluator's observation form names the four sections as the report does (newcomer trial: the
 * form said 处置效果 where the report says 处置结果): the client's words equal the report model's
 * SECTION_TEXT in both languages.
 */
import { afterEach, describe, expect, it } from "vitest";
import { setLang, t } from "../../client/i18n/index.ts";
import { SECTION_TEXT } from "../../engine/evaluate/report-model.ts";

afterEach(() => setLang("zh"));

describe("section words", () => {
  for (const lang of ["zh", "en"] as const) {
    it(`${lang}: the console's section names are the report's`, () => {
      setLang(lang);
      for (const [id, text] of Object.entries(SECTION_TEXT)) expect(t(`section.${id}`), id).toBe(text[lang]);
      expect(t("section.outcomes")).toBe(lang === "zh" ? "处置结果" : "Outcomes");
    });
  }
});
