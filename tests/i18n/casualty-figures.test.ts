/**
 * A report's casualty figures in the event list (report appendix, CLI timeline, the client's feed) as an English speaker
 * says them (review19: "not known dead, not known seriously injured…" read as nonsense): a figure given as unknown
 * (快报事实, issue 10 §7) is "dead: not yet known", a number is itself and 0 is 0, and a report with all four unknown says
 * "casualties not yet known". Chinese keeps 死亡 不详 per figure.
 */
import { describe, expect, it } from "vitest";
import { describeEvent, words } from "../../i18n/describe.ts";
import { cmd, compiled, ms, runPlay } from "../helpers.ts";

const chem = compiled("chemical-leak");
const lineOf = (casualties: Record<string, number | string>, locale: "en" | "zh-CN") => {
  const content = { unit: "临江化工", scene: "液氯泄漏", casualties };
  const r = runPlay(chem, [cmd("00:05:00", "ent", { type: "report", to: "eb", kind: "initial", mode: "oral", content }, 1)], 7, ms("00:06:00"));
  return describeEvent(chem, words(chem, locale), r.events.find((e) => e.type === "reportSubmitted")!)!;
};

describe("casualty figures in a report's event line", () => {
  it("en: unknown figures read \"dead: not yet known\", numbers as themselves, 0 as 0", () => {
    const line = lineOf({ deaths: "unknown", seriousInjuries: 2, injured: "unknown", missing: 0 }, "en");
    expect(line).toContain(", dead: not yet known, 2 seriously injured, injured: not yet known, 0 missing");
    expect(line).not.toMatch(/not known dead|not known (seriously )?injured/);
  });
  it("en: all four unknown read \"casualties not yet known\"", () => {
    const line = lineOf({ deaths: "unknown", seriousInjuries: "unknown", injured: "unknown", missing: "unknown" }, "en");
    expect(line).toContain("casualties not yet known");
    expect(line).not.toContain("dead");
  });
  it("zh: each figure 死亡 不详 / 重伤 2, all unknown 伤亡人数均不详", () => {
    expect(lineOf({ deaths: "unknown", seriousInjuries: 2, injured: 0, missing: "unknown" }, "zh-CN")).toContain("死亡不详、重伤 2、受伤 0、下落不明不详");
    expect(lineOf({ deaths: "unknown", seriousInjuries: "unknown", injured: "unknown", missing: "unknown" }, "zh-CN")).toContain("伤亡人数均不详");
  });
});
