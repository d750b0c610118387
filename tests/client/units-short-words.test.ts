// @vitest-environment happy-dom
/**
 * A duty's units still to come, as the deadline board words them (DutiesPanel deskAid.units). Newcomer r31: the English
 * board read "2 more fire engine" — a unit type's name is a label, not a countable noun the sentence can inflect, so it
 * leads: "fire engine: 2 more (0 of 2 on scene)"; zh-CN 「消防车还差 2（需 2，已到场 0）」 as before.
 */
import { afterEach, describe, expect, it } from "vitest";
import { setLang, t } from "../../client/i18n/index.ts";

afterEach(() => setLang("zh"));

describe("units still to come on the deadline board", () => {
  it("en: the type as a label, then the count (no '2 more fire engine')", () => {
    setLang("en");
    expect(t("deskAid.units", { types: "fire engine", left: 2, need: 2, arrived: 0 })).toBe("fire engine: 2 more (0 of 2 on scene)");
  });
  it("zh-CN: unchanged", () => {
    setLang("zh");
    expect(t("deskAid.units", { types: "消防车", left: 2, need: 2, arrived: 0 })).toBe("消防车还差 2（需 2，已到场 0）");
  });
});
