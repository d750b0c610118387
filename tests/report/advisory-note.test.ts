/**
 * A line that deducts nothing and condemns no one is no finding (review19, an emergency-office evaluator): the 0-point
 * 防护提示 (an entry without masks below chlorine's NIOSH IDLH of 10 ppm that harmed nobody, ERG 2024 指南124;
 * order-faults.ts) is printed under 情况说明, not among 发现的问题, nor counted among the 不足. The play is review16's
 * chemical A1 variant (tests/evaluate/chem-r17.test.ts): the shipped poor play with the police's car sent to the school
 * at 01:17, its crew unmasked at 3.7 ppm.
 */
import { describe, expect, it } from "vitest";
import { renderMarkdown } from "../../cli/report/markdown.ts";
import { wordReport } from "../../cli/report/worded.ts";
import { evaluate } from "../../engine/evaluate/evaluate.ts";
import type { Command } from "../../engine/model/commands.ts";
import { compiled, ms, playOf, runPlay, SCENARIOS } from "../helpers.ts";
import { bestPlay, rubric } from "../evaluate/fixtures.ts";

const c = compiled("chemical-leak");
const poor = playOf(c, `${SCENARIOS}/plays/chemical-leak.poor.yaml`);
const seq = Math.max(...poor.map((x) => x.seq)) + 1;
const commands = [...poor, { at: ms("01:17:00"), seq, by: "police", type: "dispatch", units: ["pol-2"], place: "school", task: "cordonGuard" } as unknown as Command]
  .sort((a, b) => a.at - b.at || a.seq - b.seq);
const r = runPlay(c, commands, 7);
const report = evaluate(c, r.events, r.state, rubric(), undefined, bestPlay("chemical-leak", c), { commands });
const worded = wordReport(c, report, rubric());
const md = { zh: renderMarkdown(worded, "zh"), en: renderMarkdown(worded, "en") };
const advisory = report.findings.find((f) => f.code === "PROTECTION_ADVISORY")!;

/** The rows of 三、发现的问题's tables, and the section's note lines. */
const part = (text: string, from: string, to: string) => text.slice(text.indexOf(from), text.indexOf(to));

describe("a 0-point 防护提示 is a note, not a finding", () => {
  it("the variant has the 防护提示 of 0 points on the police (the premise)", () => {
    expect(advisory).toMatchObject({ agency: "police", points: 0 });
  });
  it("zh: listed under 情况说明, not in a findings row, not among 不足", () => {
    const findings = part(md.zh, "## 三、", "## 四、");
    expect(findings.split("\n").some((l) => l.startsWith(`| ${advisory.id} |`))).toBe(false);
    // under the notes' heading, among other 0-point lines (a joint holder whose share the first holder's lateness covers)
    expect(findings).toMatch(new RegExp(`\\*\\*情况说明（不列为问题、不扣分）\\*\\*\\n\\n(- .*\\n)*- ${advisory.id} .*防护提示`));
    expect(part(md.zh, "### 不足", "## 五、")).not.toContain("防护提示");
  });
  it("en: listed under Notes, not in a findings row, not among the shortcomings", () => {
    const findings = part(md.en, "## 3.", "## 4.");
    expect(findings.split("\n").some((l) => l.startsWith(`| ${advisory.id} |`))).toBe(false);
    expect(findings).toMatch(new RegExp(`\\*\\*Notes \\(not findings: nothing deducted\\)\\*\\*\\n\\n(- .*\\n)*- ${advisory.id} .*Protection note`));
    expect(part(md.en, "### Shortcomings", "## 5.")).not.toContain("Protection note");
  });
});
