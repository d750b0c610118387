// @vitest-environment happy-dom
/**
 * Newcomer 17 (s10): an English seat read a bot's report as "DeadUnknown、Seriously injured (incl.
 * acute industrial poisoning)Unknown". A report's inbox line keeps each label apart from its value
 * and uses English list punctuation in English; the Chinese line keeps its own (死亡未知、…；).
 */
import { afterEach, describe, expect, it } from "vitest";
import { reportSummary } from "../../client/i18n/describe.ts";
import { setLang } from "../../client/i18n/index.ts";

afterEach(() => setLang("zh"));
const content = { unit: "Linjiang Chemical", casualties: { deaths: "unknown", seriousInjuries: 2, injured: "unknown", missing: 0 }, measures: ["Valve shut", "Area cleared"] };
const line = () => reportSummary({ report: { kind: "initial", mode: "oral", content } } as never, "chemical-leak");

describe("a report's line in the inbox", () => {
  it("en: each label apart from its value, English punctuation", () => {
    setLang("en");
    const s = line();
    expect(s).toContain("Dead: Unknown, Seriously injured (incl. acute industrial poisoning): 2, Injured: Unknown, Missing: 0");
    expect(s).toContain("Valve shut; Area cleared");
    expect(s).not.toMatch(/[、；【】·]/);
  });
  it("zh: its own punctuation", () => {
    const s = line();
    expect(s).toMatch(/^【初报·口头/);
    expect(s).toContain("死亡未知、重伤（含急性工业中毒）2、受伤未知、下落不明0");
    expect(s).toContain("Valve shut；Area cleared");
  });
});
